// NLF (provenancekit §4.4) on the full path, with design §4.4's deviation: the kept vectors are
// taken in sorted-name order (code-unit order, which equals Python's code-point order for the
// ASCII names checkpoints use), not state-dict order, so every extraction path agrees.
//
// Kept: norm-named (§4.1) tensors with exactly one dimension and at least 64 values, widened to
// f32. Per-vector stats reproduce numpy on an f32 array: pairwise summation with f32 accumulators
// (Math.fround after every operation), mean = f32(sum / n), std = sqrt(f32 mean of f32 squares of
// f32 deviations).

import type { TensorInfo } from "../../formats/safetensors/header.js";
import { readTensor, type TensorBytes } from "../../formats/safetensors/tensor-reader.js";
import { numelOf } from "./tensor-blocks.js";
import { isNormName } from "./tensor-names.js";

/** Norm vectors shorter than this are ignored (reference constant). */
const MIN_NLF_NUMEL = 64;
/** numpy's pairwise-summation block. */
const PAIRWISE_BLOCK = 128;

const f32 = Math.fround;

export interface NlfSignal {
  readonly vector: Float32Array | Float64Array | null;
  readonly mode: "direct" | "stats" | null;
  readonly numLayers: number;
}

/** The tensors NLF reads, in sorted-name order. */
export function nlfTensors(tensors: readonly TensorInfo[]): TensorInfo[] {
  return tensors
    .filter((t) => t.shape.length === 1 && numelOf(t) >= MIN_NLF_NUMEL && isNormName(t.name))
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

/**
 * Reads the kept norm vectors (already chosen and ordered: nlfTensors, or the shape rule of
 * extraction-roles.ts) one at a time; direct concatenation if all equal length, else stats.
 */
export async function extractNlf(from: TensorBytes, kept: readonly TensorInfo[]): Promise<NlfSignal> {
  const vectors: Float32Array[] = [];
  for (const t of kept) vectors.push(await readTensor(from, t));
  return nlfFromVectors(vectors);
}

/** NLF of the kept vectors, in order: direct concatenation if all have one length, else stats. */
export function nlfFromVectors(vectors: readonly Float32Array[]): NlfSignal {
  const first = vectors[0];
  if (first === undefined) return { vector: null, mode: null, numLayers: 0 };
  const direct = vectors.every((w) => w.length === first.length);
  const out = direct
    ? new Float32Array(vectors.reduce((n, w) => n + w.length, 0))
    : new Float64Array(4 * vectors.length);
  let at = 0;
  for (const [i, w] of vectors.entries()) {
    if (direct) {
      out.set(w, at);
      at += w.length;
    } else {
      out.set(f32Stats(w), 4 * i);
    }
  }
  return { vector: out, mode: direct ? "direct" : "stats", numLayers: vectors.length };
}

/** numpy's pairwise_sum on float32: f32 accumulators, 8-way unrolled up to 128 values. */
function pairwiseSumF32(v: Float32Array, start: number, n: number): number {
  if (n < 8) {
    let res = 0;
    for (let i = 0; i < n; i++) res = f32(res + (v[start + i] as number));
    return res;
  }
  if (n <= PAIRWISE_BLOCK) {
    const r = new Float32Array(8);
    for (let j = 0; j < 8; j++) r[j] = v[start + j] as number;
    let i = 8;
    for (; i < n - (n % 8); i += 8) {
      for (let j = 0; j < 8; j++) r[j] = (r[j] as number) + (v[start + i + j] as number);
    }
    const at = (j: number): number => r[j] as number;
    let res = f32(
      f32(f32(at(0) + at(1)) + f32(at(2) + at(3))) + f32(f32(at(4) + at(5)) + f32(at(6) + at(7))),
    );
    for (; i < n; i++) res = f32(res + (v[start + i] as number));
    return res;
  }
  let n2 = Math.trunc(n / 2);
  n2 -= n2 % 8;
  return f32(pairwiseSumF32(v, start, n2) + pairwiseSumF32(v, start + n2, n - n2));
}

/** [mean, std (ddof 0), max, min] of an f32 vector as numpy computes them, as f64 values. */
export function f32Stats(w: Float32Array): [number, number, number, number] {
  const n = w.length;
  const mean = f32(pairwiseSumF32(w, 0, n) / n);
  const sq = new Float32Array(n);
  for (let i = 0; i < n; i++) {
    const d = f32((w[i] as number) - mean);
    sq[i] = d * d;
  }
  const std = f32(Math.sqrt(f32(pairwiseSumF32(sq, 0, n) / n)));
  let max = -Infinity;
  let min = Infinity;
  for (const x of w) {
    if (Number.isNaN(x)) return [mean, std, NaN, NaN];
    if (x > max) max = x;
    if (x < min) min = x;
  }
  return [mean, std, max, min];
}
