// Weight-signal similarities (provenancekit §4.9). Each returns NaN when the signal is unavailable
// (a missing record, too little data, a degenerate vector) — never a neutral 0.5 — so the identity
// score can drop it and re-weight the rest.
//
// Precision: everything is computed in float64. The reference does the same for cached (JSON) and
// list-built arrays, but numpy keeps fresh/DB f32 arrays in f32 for NLF stats and WVC cosines;
// that costs the reference a few ulps, so results here can differ from it in the last bits of the
// unrounded value — visible only if that value sits on a 4-decimal rounding boundary.
//
// NaN inside a vector: Python's min(1.0, nan) is 1.0, so the reference scores a NaN cosine as a
// perfect 1.0. We knowingly let NaN propagate instead (corrupt weights are unavailable evidence,
// not a perfect match); no golden depends on it.

import { pyRound } from "../pycompat/py-float.js";
import { corrcoef, dot, type FloatVec, interp, linspace, maxOf, mean, minOf, std } from "./stats.js";

/** Norm products below this are treated as zero vectors (reference constant). */
export const MIN_NORM_PRODUCT = 1e-10;
/** Standard deviations below this make a correlation meaningless (reference constant). */
export const MIN_STD = 1e-8;
/** EAS needs at least an 8×8 anchor block (28 off-diagonal pairs). */
export const MIN_EAS_ANCHORS = 8;
/** NLF compares at least 4 values (one stats quadruple). */
export const MIN_NLF_VALUES = 4;
/** WVC skips layers whose common prefix is shorter than this. */
export const MIN_WVC_LAYER_VALUES = 64;
/** WVC needs this many scored layers. */
export const MIN_WVC_LAYERS = 2;

/** A k×k anchor self-similarity matrix, row-major. */
export interface EasMatrix {
  readonly k: number;
  readonly data: FloatVec;
}

/** An NLF record: the vector and how it was built ("direct" concatenation or per-layer "stats"). */
export interface NlfRecord {
  readonly vector: FloatVec;
  readonly mode: "direct" | "stats" | null;
  readonly numLayers: number;
}

/** Per-layer WVC signatures keyed by layer index. */
export type WvcLayers = ReadonlyMap<number, FloatVec>;

function cosine(a: ArrayLike<number>, b: ArrayLike<number>, n: number): { p: number; c: number } {
  const p = Math.sqrt(dot(a, a, n)) * Math.sqrt(dot(b, b, n));
  return { p, c: dot(a, b, n) / p };
}

/** cosine_clamp: cosine in f64, clamped to [0, 1], rounded to 4 decimals; NaN for a zero vector. */
export function cosineClamp(a: ArrayLike<number>, b: ArrayLike<number>): number {
  if (a.length !== b.length) {
    // numpy.dot raises on a shape mismatch; callers take common prefixes first.
    throw new RangeError(`cosineClamp: lengths differ (${a.length} vs ${b.length})`);
  }
  const { p, c } = cosine(a, b, a.length);
  if (p < MIN_NORM_PRODUCT) return NaN;
  return pyRound(Math.min(1, Math.max(0, c)), 4);
}

/** Pearson r mapped to [0, 1] and rounded; NaN when either series is (nearly) constant. */
function correlationScore(a: ArrayLike<number>, b: ArrayLike<number>): number {
  if (std(a) < MIN_STD || std(b) < MIN_STD) return NaN;
  const r = corrcoef(a, b);
  if (Number.isNaN(r)) return NaN;
  return pyRound((r + 1) / 2, 4);
}

/** Strict upper triangle (i < j, row-major) of the leading k×k block of a matrix. */
function upperTriangle(m: EasMatrix, k: number): Float64Array {
  const out = new Float64Array((k * (k - 1)) / 2);
  let o = 0;
  for (let i = 0; i < k; i++) {
    for (let j = i + 1; j < k; j++) out[o++] = m.data[i * m.k + j] as number;
  }
  return out;
}

/** EAS: correlation of the anchor self-similarity matrices, compared by anchor position. */
export function easSimilarity(sa: EasMatrix | null, sb: EasMatrix | null): number {
  if (sa === null || sb === null) return NaN;
  for (const m of [sa, sb]) {
    if (m.data.length < m.k * m.k) {
      throw new RangeError(`easSimilarity: ${m.k}×${m.k} matrix has only ${m.data.length} values`);
    }
  }
  const k = Math.min(sa.k, sb.k);
  if (k < MIN_EAS_ANCHORS) return NaN;
  return correlationScore(upperTriangle(sa, k), upperTriangle(sb, k));
}

/**
 * norm_vector_to_stats: L equal chunks → [mean, std, max, min] each, remainder ignored; the vector
 * is returned unchanged when it cannot be split (L ≤ 0 or fewer values than layers).
 */
export function nlfStats(v: FloatVec, numLayers: number): FloatVec {
  if (numLayers <= 0) return v;
  const c = Math.floor(v.length / numLayers);
  if (c <= 0) return v;
  const out = new Float64Array(4 * numLayers);
  for (let i = 0; i < numLayers; i++) {
    const chunk = v.subarray(i * c, (i + 1) * c);
    out.set([mean(chunk), std(chunk), maxOf(chunk), minOf(chunk)], 4 * i);
  }
  return out;
}

/** NLF: direct cosine for equal-length direct vectors, else compare per-layer stats prefixes. */
export function nlfSimilarity(a: NlfRecord | null, b: NlfRecord | null): number {
  if (a === null || b === null) return NaN;
  const directA = a.mode === "direct";
  const directB = b.mode === "direct";
  let va = a.vector;
  let vb = b.vector;
  if (directA && directB && va.length === vb.length) return cosineClamp(va, vb);
  // Whichever side is direct is converted (both when both are direct with different lengths).
  if (directA) va = nlfStats(va, a.numLayers);
  if (directB) vb = nlfStats(vb, b.numLayers);
  const m = Math.min(va.length, vb.length);
  if (m < MIN_NLF_VALUES) return NaN;
  return cosineClamp(va.subarray(0, m), vb.subarray(0, m));
}

/** LEP: correlation of the layer energy profiles, resampled to the shorter length if they differ. */
export function lepSimilarity(pa: FloatVec | null, pb: FloatVec | null): number {
  if (pa === null || pb === null || pa.length === 0 || pb.length === 0) return NaN;
  let a: ArrayLike<number> = pa;
  let b: ArrayLike<number> = pb;
  if (pa.length !== pb.length) {
    const target = linspace(0, 1, Math.min(pa.length, pb.length));
    a = interp(target, linspace(0, 1, pa.length), pa);
    b = interp(target, linspace(0, 1, pb.length), pb);
  }
  return correlationScore(a, b);
}

/** END: cosine of the two 20-bin norm histograms. */
export function endSimilarity(ha: FloatVec | null, hb: FloatVec | null): number {
  if (ha === null || hb === null) return NaN;
  return cosineClamp(ha, hb);
}

/** WVC: mean over common layers of the clamped (unrounded) cosine of the signatures' common prefix. */
export function wvcSimilarity(a: WvcLayers | null, b: WvcLayers | null): number {
  if (a === null || b === null) return NaN;
  const common = [...a.keys()].filter((k) => b.has(k)).sort((x, y) => x - y);
  if (common.length < MIN_WVC_LAYERS) return NaN;
  const cosines: number[] = [];
  for (const layer of common) {
    const sa = a.get(layer) as FloatVec;
    const sb = b.get(layer) as FloatVec;
    const m = Math.min(sa.length, sb.length);
    if (m < MIN_WVC_LAYER_VALUES) continue;
    const { p, c } = cosine(sa, sb, m);
    if (p < MIN_NORM_PRODUCT) continue;
    cosines.push(Math.min(1, Math.max(0, c)));
  }
  if (cosines.length < MIN_WVC_LAYERS) return NaN;
  return pyRound(mean(cosines), 4);
}
