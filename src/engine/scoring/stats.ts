// numpy-compatible numeric helpers for the weight-signal similarities (provenancekit §4.9).
// Everything runs in float64, as numpy does for the f64 arrays the reference scores with.
// Reductions copy numpy's order where it is known (pairwise summation for sum/mean/std); dot
// products go through BLAS in numpy, whose order is unspecified, so they are summed in dot.ts's
// eight-lane order here (one kernel for compare and scan) — a last-bit difference at most,
// invisible after the 4-decimal rounding.

import { dot } from "./dot.js";

/** The element types weight signals arrive in: f32 from safetensors/parquet, f64 from caches. */
export type FloatVec = Float32Array | Float64Array;

/** numpy's pairwise-summation block: below it the sum is unrolled over 8 accumulators. */
const PAIRWISE_BLOCK = 128;

/**
 * numpy's pairwise_sum over v[start, start+n) (loops_utils.h): sequential below 8 values,
 * 8 interleaved accumulators up to 128, halving (at a multiple of 8) above. Matching it makes
 * sum/mean/std bit-identical to numpy for f64 input.
 */
function pairwiseSum(v: ArrayLike<number>, start: number, n: number): number {
  if (n < 8) {
    let res = 0;
    for (let i = 0; i < n; i++) res += v[start + i] as number;
    return res;
  }
  if (n <= PAIRWISE_BLOCK) {
    const r = new Float64Array(8);
    for (let j = 0; j < 8; j++) r[j] = v[start + j] as number;
    let i = 8;
    for (; i < n - (n % 8); i += 8) {
      for (let j = 0; j < 8; j++) r[j] = (r[j] as number) + (v[start + i + j] as number);
    }
    const at = (j: number): number => r[j] as number;
    let res = at(0) + at(1) + (at(2) + at(3)) + (at(4) + at(5) + (at(6) + at(7)));
    for (; i < n; i++) res += v[start + i] as number;
    return res;
  }
  let n2 = Math.trunc(n / 2);
  n2 -= n2 % 8;
  return pairwiseSum(v, start, n2) + pairwiseSum(v, start + n2, n - n2);
}

/** numpy.sum (add.reduce: identity 0 plus the pairwise sum). */
export function sum(v: ArrayLike<number>): number {
  return 0 + pairwiseSum(v, 0, v.length);
}

/** numpy.mean: sum / n (NaN for an empty array, as numpy's 0/0). */
export function mean(v: ArrayLike<number>): number {
  return sum(v) / v.length;
}

/** numpy.std with ddof 0 (population): sqrt(sum((x − mean)²) / n). */
export function std(v: ArrayLike<number>): number {
  const m = mean(v);
  const sq = new Float64Array(v.length);
  for (let i = 0; i < v.length; i++) {
    const d = (v[i] as number) - m;
    sq[i] = d * d;
  }
  return Math.sqrt(sum(sq) / v.length);
}

/** numpy.max / numpy.min: NaN propagates; an empty array has no extremum (numpy raises). */
export function maxOf(v: ArrayLike<number>): number {
  if (v.length === 0) throw new RangeError("maxOf: empty array (numpy raises on an empty max)");
  let m = -Infinity;
  for (let i = 0; i < v.length; i++) {
    const x = v[i] as number;
    if (Number.isNaN(x)) return NaN;
    if (x > m) m = x;
  }
  return m;
}

export function minOf(v: ArrayLike<number>): number {
  if (v.length === 0) throw new RangeError("minOf: empty array (numpy raises on an empty min)");
  let m = Infinity;
  for (let i = 0; i < v.length; i++) {
    const x = v[i] as number;
    if (Number.isNaN(x)) return NaN;
    if (x < m) m = x;
  }
  return m;
}

/** f64 dot product of the first n values, in dot.ts's fixed lane order (see the file comment). */
export { dot };

/**
 * numpy.corrcoef(x, y)[0, 1]: center each row by its mean, c = X·Xᵀ · (1/(n−1)) (numpy multiplies
 * by the reciprocal), r = (c01 / √c00) / √c11, clipped to [−1, 1]. NaN stays NaN (clip keeps it).
 */
export function corrcoef(x: ArrayLike<number>, y: ArrayLike<number>): number {
  const n = x.length;
  if (y.length !== n) throw new RangeError(`corrcoef: lengths differ (${n} vs ${y.length})`);
  const mx = mean(x);
  const my = mean(y);
  const cx = new Float64Array(n);
  const cy = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    cx[i] = (x[i] as number) - mx;
    cy[i] = (y[i] as number) - my;
  }
  const f = 1 / (n - 1);
  const c00 = dot(cx, cx) * f;
  const c01 = dot(cx, cy) * f;
  const c11 = dot(cy, cy) * f;
  const r = c01 / Math.sqrt(c00) / Math.sqrt(c11);
  return Number.isNaN(r) ? r : Math.min(1, Math.max(-1, r));
}

/**
 * numpy.linspace(start, stop, num) in f64 with endpoint: i·step + start, step = (stop−start)/(num−1),
 * last value forced to stop. num = 1 gives [start] (numpy multiplies by delta, step undefined).
 */
export function linspace(start: number, stop: number, num: number): Float64Array {
  const out = new Float64Array(Math.max(0, num));
  const delta = stop - start;
  const div = num - 1;
  const step = div > 0 ? delta / div : NaN;
  for (let i = 0; i < out.length; i++) {
    if (div <= 0) out[i] = i * delta + start;
    else if (step === 0) out[i] = (i / div) * delta + start;
    else out[i] = i * step + start;
  }
  if (num > 1) out[num - 1] = stop;
  return out;
}

/** Largest j with xp[j] ≤ x, −1 below xp[0], len above xp[len−1] (numpy's binary search result). */
function searchKnot(x: number, xp: ArrayLike<number>): number {
  const len = xp.length;
  if (x > (xp[len - 1] as number)) return len;
  if (x < (xp[0] as number)) return -1;
  let lo = 0;
  let hi = len - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((xp[mid] as number) <= x) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/**
 * numpy.interp(x, xp, fp) for increasing xp (compiled_base.c arr_interp): constant beyond the ends,
 * exact knot hits return the stored value, else slope·(x − xp[j]) + fp[j], retried from the right
 * knot when that is NaN.
 */
export function interp(x: ArrayLike<number>, xp: ArrayLike<number>, fp: ArrayLike<number>): Float64Array {
  const n = xp.length;
  if (n === 0 || fp.length !== n)
    throw new RangeError(`interp: xp (${n}) and fp (${fp.length}) must be non-empty and equal`);
  const out = new Float64Array(x.length);
  // One knot: numpy returns that knot's value everywhere (even for a NaN x).
  if (n === 1) return out.fill(fp[0] as number);
  const left = fp[0] as number;
  const right = fp[n - 1] as number;
  for (let i = 0; i < x.length; i++) {
    const xv = x[i] as number;
    if (Number.isNaN(xv)) {
      out[i] = xv;
      continue;
    }
    const j = searchKnot(xv, xp);
    if (j === -1) out[i] = left;
    else if (j >= n) out[i] = right;
    else if (j === n - 1 || (xp[j] as number) === xv) out[i] = fp[j] as number;
    else out[i] = interpolate(xv, j, xp, fp);
  }
  return out;
}

function interpolate(xv: number, j: number, xp: ArrayLike<number>, fp: ArrayLike<number>): number {
  const x0 = xp[j] as number;
  const x1 = xp[j + 1] as number;
  const y0 = fp[j] as number;
  const y1 = fp[j + 1] as number;
  const slope = (y1 - y0) / (x1 - x0);
  let v = slope * (xv - x0) + y0;
  if (Number.isNaN(v)) {
    v = slope * (xv - x1) + y1;
    if (Number.isNaN(v) && y0 === y1) v = y0;
  }
  return v;
}
