// EAS and END on the full path (provenancekit §4.2, §4.3): one pass over the embedding, a block of
// rows at a time, collecting every row norm (END) and the anchor rows (EAS) as it goes.
//
// Precision: the reference uses torch f32 (`torch.norm`, `A / r`, `N @ N.T`), whose reduction order
// depends on the BLAS and the CPU. Here every sum of squares and every dot product is accumulated in
// float64 and rounded once to f32: the result is the correctly rounded value, within the f32
// BLAS error of the reference, and deterministic on every platform (conventions §9).

import type { TensorInfo } from "../../formats/safetensors/header.js";
import type { TensorBytes } from "../../formats/safetensors/tensor-reader.js";
import { endHistogram } from "../../scoring/end-histogram.js";
import type { EasMatrix } from "../../scoring/similarity.js";
import { forEachRangeBlock } from "../../io/block-stream.js";
import { HalfKernelStats, HalfKernelStream } from "./half-kernel.js";
import { halfValueTable, isHalf, type HalfDtype } from "./half-stats.js";
import { DEFAULT_BLOCK_ELEMENTS, forEachBlock, type BlockVisitor } from "./tensor-blocks.js";

/** Embeddings with more rows than this get no EAS/END (reference constant). */
export const MAX_EAS_VOCAB = 1_000_000;
/** Fewer anchors than this give no EAS and no END (reference constant). */
export const MIN_EAS_ANCHORS = 16;
/** Row norms below this are replaced by it before normalising (reference constant). */
const MIN_ROW_NORM = 1e-8;

const f32 = Math.fround;

export interface EasEnd {
  readonly eas: EasMatrix | null;
  /** K when EAS is present, else 0. */
  readonly anchorCount: number;
  readonly end: Float64Array | null;
}

const NONE: EasEnd = { eas: null, anchorCount: 0, end: null };

/**
 * EAS and END of `embedding` (null when the model has none). A non-2-D embedding gives neither
 * (the reference would fail on it and swallow the error). Anchor ids must be rows of the embedding.
 * `transposed`: the table is stored as [D, V], so vocabulary rows are tensor columns; the whole
 * tensor is then read (a block of D-rows at a time, every block spanning all V columns) and the
 * columns gathered, which costs V·D values read in every profile. Sums run over d ascending in
 * float64 either way, so the result is bit-identical to the [V, D] layout (a BF16/F16 [V, D] table
 * sums each row in the SIMD kernel's order instead: see halfRowPass).
 */
export async function extractEasEnd(
  from: TensorBytes,
  embedding: TensorInfo | null,
  anchorIds: readonly number[] | null,
  blockElements: number = DEFAULT_BLOCK_ELEMENTS,
  transposed = false,
): Promise<EasEnd> {
  const geometry = embeddingGeometry(embedding, anchorIds, transposed);
  if (geometry === null || embedding === null || anchorIds === null) return NONE;
  const { rows, width } = geometry;
  const slots = anchorSlots(anchorIds, rows, embedding.name);
  const k = anchorIds.length;
  const anchors = new Float32Array(k * width);
  const norms = new Float32Array(rows);
  const sums = transposed ? new Float64Array(rows) : null;
  // Rows wider than a block keep the decoding path (one row at a time, capped by MAX_DECODED_ELEMENTS).
  if (sums === null && isHalf(embedding.dtype) && width > 0 && width <= blockElements) {
    const rowsPerBlock = Math.floor(blockElements / width);
    await halfRowPass(from, embedding as HalfTensor, rowsPerBlock, slots, anchors, norms);
  } else {
    const visit =
      sums === null ? rowVisitor(width, slots, anchors, norms) : columnVisitor(width, slots, anchors, sums);
    await forEachBlock(from, embedding, visit, blockElements);
  }
  if (sums !== null) for (let v = 0; v < rows; v++) norms[v] = f32(Math.sqrt(sums[v] as number));
  return { eas: selfSimilarity(anchors, k, width), anchorCount: k, end: endHistogram(norms) };
}

/** V (vocabulary rows) and D of the embedding, or null when EAS/END cannot be computed. */
export function embeddingGeometry(
  embedding: TensorInfo | null,
  anchorIds: readonly number[] | null,
  transposed: boolean,
): { rows: number; width: number } | null {
  if (embedding === null || embedding.shape.length !== 2) return null;
  const [a = 0, b = 0] = embedding.shape;
  const [rows, width] = transposed ? [b, a] : [a, b];
  if (rows > MAX_EAS_VOCAB || anchorIds === null || anchorIds.length < MIN_EAS_ANCHORS) return null;
  return { rows, width };
}

function rowVisitor(
  width: number,
  slots: ReadonlyMap<number, number[]>,
  anchors: Float32Array,
  norms: Float32Array,
): BlockVisitor {
  return (values, start) => {
    const first = start / width;
    const count = width === 0 ? 0 : values.length / width;
    for (let r = 0; r < count; r++) {
      const row = values.subarray(r * width, (r + 1) * width);
      norms[first + r] = f32(Math.sqrt(sumOfSquares(row)));
      for (const slot of slots.get(first + r) ?? []) anchors.set(row, slot * width);
    }
  };
}

type HalfTensor = TensorInfo & { dtype: HalfDtype };

/**
 * rowVisitor for a BF16/F16 [V, D] embedding, streamed as raw bytes with the next block read while
 * this one is summed. Each row's Σx² comes from the SIMD kernel (half-kernel.ts; float64 sums of
 * exact squares, in the kernel's lane order), or where wasm SIMD is missing from the pattern table
 * in d order; anchor rows are copied through the table (the exact f32 the decoder gives). A norm is
 * the f32 rounding of the float64 sum, so the summation order changes it only when that sum lies
 * within a few float64 ulps of an f32 rounding boundary (about one row in 10^7).
 */
async function halfRowPass(
  from: TensorBytes,
  t: HalfTensor,
  rowsPerBlock: number,
  slots: ReadonlyMap<number, number[]>,
  anchors: Float32Array,
  norms: Float32Array,
): Promise<void> {
  const table = halfValueTable(t.dtype);
  const width = t.shape[1] as number;
  const rowBytes = 2 * width;
  const source = "read" in from ? from : from.source(t.file);
  const blockBytes = rowsPerBlock * rowBytes;
  // With wasm SIMD a file's blocks are read into the kernel's memory and each row summed where it is.
  const inMemory = !("readInto" in source);
  const stream = inMemory ? null : HalfKernelStream.create(Math.min(blockBytes, t.byteLength));
  const own = stream === null ? HalfKernelStats.create(t.dtype, table, 0) : null;
  const kernel = stream?.stats(t.dtype, table, 0) ?? own;
  const value = (b: Uint8Array, j: number): number => table[b[2 * j]! | (b[2 * j + 1]! << 8)] as number;
  const visit = (bytes: Uint8Array, done: number): void => {
    const first = done / rowBytes;
    for (let r = 0, at = 0; at < bytes.length; r++, at += rowBytes) {
      const row = bytes.subarray(at, at + rowBytes);
      let s = 0;
      if (kernel !== null) s = kernel.sumOfSquares(row);
      else {
        for (let j = 0; j < width; j++) {
          const x = value(row, j);
          s += x * x;
        }
      }
      norms[first + r] = f32(Math.sqrt(s));
      for (const slot of slots.get(first + r) ?? []) {
        for (let j = 0; j < width; j++) anchors[slot * width + j] = value(row, j);
      }
    }
  };
  const range = [{ offset: t.offset, length: t.byteLength }];
  try {
    await forEachRangeBlock(source, range, blockBytes, (_r, b, done) => visit(b, done), stream?.buffers);
  } finally {
    stream?.release();
    own?.release();
  }
}

/** [D, V] layout: accumulates Σx² per column into `sums` (float64; the caller takes roots). */
function columnVisitor(
  width: number,
  slots: ReadonlyMap<number, number[]>,
  anchors: Float32Array,
  sums: Float64Array,
): BlockVisitor {
  const vocab = sums.length;
  return (values, start) => {
    const first = start / vocab;
    const count = vocab === 0 ? 0 : values.length / vocab;
    for (let r = 0; r < count; r++) {
      const d = first + r;
      for (let v = 0; v < vocab; v++) {
        const x = values[r * vocab + v] as number;
        sums[v] = (sums[v] as number) + x * x;
      }
      for (const [id, list] of slots) {
        for (const slot of list) anchors[slot * width + d] = values[r * vocab + id] as number;
      }
    }
  };
}

/** Row → the positions it takes in the anchor list (a repeated id fills several positions). */
export function anchorSlots(ids: readonly number[], rows: number, name: string): Map<number, number[]> {
  const slots = new Map<number, number[]>();
  ids.forEach((id, slot) => {
    if (!Number.isSafeInteger(id) || id < 0 || id >= rows) {
      throw new RangeError(`anchor id ${id} is not a row of "${name}", which has ${rows} rows`);
    }
    const list = slots.get(id);
    if (list) list.push(slot);
    else slots.set(id, [slot]);
  });
  return slots;
}

function sumOfSquares(v: Float32Array): number {
  let s = 0;
  for (const x of v) s += x * x;
  return s;
}

/** N_i = A_i / max(‖A_i‖, 1e-8) in f32, then S = N·Nᵀ (f64 sums rounded to f32), row-major K×K. */
export function selfSimilarity(anchors: Float32Array, k: number, width: number): EasMatrix {
  const unit = new Float32Array(k * width);
  for (let i = 0; i < k; i++) {
    const row = anchors.subarray(i * width, (i + 1) * width);
    const r = Math.max(f32(Math.sqrt(sumOfSquares(row))), f32(MIN_ROW_NORM));
    for (let j = 0; j < width; j++) unit[i * width + j] = f32((row[j] as number) / r);
  }
  const data = new Float32Array(k * k);
  for (let i = 0; i < k; i++) {
    for (let j = i; j < k; j++) {
      let s = 0;
      for (let c = 0; c < width; c++) s += (unit[i * width + c] as number) * (unit[j * width + c] as number);
      data[i * k + j] = s;
      data[j * k + i] = s;
    }
  }
  return { k, data };
}
