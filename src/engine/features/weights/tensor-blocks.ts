// Visits a tensor's values in row-major order, one bounded block at a time, so extraction never
// holds more than one block of one tensor in memory. Small tensors arrive as one block; larger ones
// as runs of whole rows (dimension 0) of at most `blockElements` values (at least one row).

import type { TensorInfo } from "../../formats/safetensors/header.js";
import {
  readRows,
  readTensor,
  rowGeometry,
  type TensorBytes,
} from "../../formats/safetensors/tensor-reader.js";

/**
 * Values decoded at once during full extraction: 2^22 floats = 16 MiB of Float32Array, decoded
 * into one scratch buffer per weight set that is reused for every block (see below).
 */
export const DEFAULT_BLOCK_ELEMENTS = 2 ** 22;

/**
 * One decode buffer per byte source (a WeightSet), grown to the largest block and reused: fresh
 * memory costs a page fault per page on first touch, which dominated full extraction. Extraction
 * of one weight set is sequential, and visitors copy what they keep, so reuse is safe.
 */
const scratchBuffers = new WeakMap<object, Float32Array>();

function scratch(from: TensorBytes, n: number): Float32Array {
  let buf = scratchBuffers.get(from);
  if (buf === undefined || buf.length < n) {
    buf = new Float32Array(n);
    scratchBuffers.set(from, buf);
  }
  return buf.subarray(0, n);
}

/**
 * Receives consecutive blocks; `start` is the flat (row-major) index of `values[0]`. `values` is
 * only valid during the call (the buffer is reused): copy what must be kept.
 */
export type BlockVisitor = (values: Float32Array, start: number) => void;

/** Product of the shape (1 for a scalar). */
export function numelOf(t: TensorInfo): number {
  return t.shape.reduce((a, b) => a * b, 1);
}

/** Calls `visit` for every block of `t`, in order; reads are sequential (one block in memory). */
export async function forEachBlock(
  from: TensorBytes,
  t: TensorInfo,
  visit: BlockVisitor,
  blockElements: number = DEFAULT_BLOCK_ELEMENTS,
): Promise<void> {
  const n = numelOf(t);
  if (t.shape.length === 0 || n <= blockElements) {
    visit(await readTensor(from, t, undefined, scratch(from, n)), 0);
    return;
  }
  const { rows, rowLength } = rowGeometry(t);
  const rowsPerBlock = Math.max(1, Math.floor(blockElements / rowLength));
  for (let row = 0; row < rows; row += rowsPerBlock) {
    const count = Math.min(rowsPerBlock, rows - row);
    visit(await readRows(from, t, row, count, undefined, scratch(from, count * rowLength)), row * rowLength);
  }
}

/**
 * WVC's subsample of a flattened tensor of n values (reference §4.7): all of them when n ≤ S, else
 * flat[0], flat[stride], …, flat[(S−1)·stride] with stride = ⌊n / S⌋; filled block by block.
 * Null when S is 0 (no WVC wanted).
 */
export class StrideSampler {
  readonly samples: Float32Array;
  private readonly stride: number;

  private constructor(n: number, subsample: number) {
    this.samples = new Float32Array(Math.min(n, subsample));
    this.stride = n > subsample ? Math.floor(n / subsample) : 1;
  }

  static create(n: number, subsample: number): StrideSampler | null {
    return subsample > 0 ? new StrideSampler(n, subsample) : null;
  }

  /** Takes the samples inside a block that starts at flat index `start`; `value(i)` reads its i-th value. */
  take(start: number, length: number, value: (i: number) => number): void {
    const { samples, stride } = this;
    for (let k = Math.ceil(start / stride); k < samples.length && k * stride < start + length; k++) {
      samples[k] = value(k * stride - start);
    }
  }
}
