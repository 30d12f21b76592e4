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
import { DEFAULT_BLOCK_ELEMENTS, forEachBlock } from "./tensor-blocks.js";

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
 */
export async function extractEasEnd(
  from: TensorBytes,
  embedding: TensorInfo | null,
  anchorIds: readonly number[] | null,
  blockElements: number = DEFAULT_BLOCK_ELEMENTS,
): Promise<EasEnd> {
  if (embedding === null || embedding.shape.length !== 2) return NONE;
  const [rows = 0, width = 0] = embedding.shape;
  if (rows > MAX_EAS_VOCAB || anchorIds === null || anchorIds.length < MIN_EAS_ANCHORS) return NONE;
  const slots = anchorSlots(anchorIds, rows, embedding.name);
  const k = anchorIds.length;
  const anchors = new Float32Array(k * width);
  const norms = new Float32Array(rows);
  await forEachBlock(
    from,
    embedding,
    (values, start) => {
      const first = start / width;
      const count = width === 0 ? 0 : values.length / width;
      for (let r = 0; r < count; r++) {
        const row = values.subarray(r * width, (r + 1) * width);
        norms[first + r] = f32(Math.sqrt(sumOfSquares(row)));
        for (const slot of slots.get(first + r) ?? []) anchors.set(row, slot * width);
      }
    },
    blockElements,
  );
  return { eas: selfSimilarity(anchors, k, width), anchorCount: k, end: endHistogram(norms) };
}

/** Row → the positions it takes in the anchor list (a repeated id fills several positions). */
function anchorSlots(ids: readonly number[], rows: number, name: string): Map<number, number[]> {
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
