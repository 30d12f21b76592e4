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
 * Values decoded at once during full extraction: 2^26 floats = 256 MiB of Float32Array. Bounds the
 * memory of one decoded block well below MAX_DECODED_ELEMENTS (the reader's hard 1 GiB cap).
 */
export const DEFAULT_BLOCK_ELEMENTS = 2 ** 26;

/** Receives consecutive blocks; `start` is the flat (row-major) index of `values[0]`. */
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
    visit(await readTensor(from, t), 0);
    return;
  }
  const { rows, rowLength } = rowGeometry(t);
  const rowsPerBlock = Math.max(1, Math.floor(blockElements / rowLength));
  for (let row = 0; row < rows; row += rowsPerBlock) {
    const count = Math.min(rowsPerBlock, rows - row);
    visit(await readRows(from, t, row, count), row * rowLength);
  }
}
