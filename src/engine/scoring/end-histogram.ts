// END extraction (provenancekit §4.3): numpy.histogram(ρ, bins=20, density=True) of the f32 row
// norms, then hist / (Σ hist + 1e-10). numpy does the edges and the bin search in float32 for f32
// input; emulating that (Math.fround after every step) reproduces its bin-width jitter and its
// edge ties exactly, so the stored histograms of the reference database compare bit for bit.

import { sum } from "./stats.js";

export const END_BINS = 20;

const f32 = Math.fround;

/** numpy.linspace(lo, hi, 21, dtype=float32): f32(i·step) + lo, step = f32(hi − lo) / 20, last = hi. */
function f32Edges(lo: number, hi: number): Float32Array {
  const edges = new Float32Array(END_BINS + 1);
  const step = f32(f32(hi - lo) / END_BINS);
  for (let i = 0; i <= END_BINS; i++) edges[i] = f32(f32(i * step) + lo);
  edges[END_BINS] = hi;
  return edges;
}

/** numpy's bin index for x in [lo, hi]: the f32 estimate, then corrected against the f32 edges. */
function binIndex(x: number, lo: number, span: number, edges: Float32Array): number {
  let k = Math.trunc(f32(f32(f32(x - lo) / span) * END_BINS));
  if (k === END_BINS) k -= 1;
  if (x < (edges[k] as number)) k -= 1;
  if (x >= (edges[k + 1] as number) && k !== END_BINS - 1) k += 1;
  return k;
}

/**
 * The END histogram of a model's embedding row norms (f32, one per row): 20 values summing to ~1.
 * An empty input gives 20 NaN (numpy's 0/0); a non-finite norm throws (numpy raises on a
 * non-finite autodetected range).
 */
export function endHistogram(norms: Float32Array): Float64Array {
  const out = new Float64Array(END_BINS);
  const n = norms.length;
  if (n === 0) return out.fill(NaN);
  let lo = Infinity;
  let hi = -Infinity;
  for (const x of norms) {
    if (!Number.isFinite(x)) throw new RangeError(`endHistogram: non-finite row norm ${x}`);
    if (x < lo) lo = x;
    if (x > hi) hi = x;
  }
  if (lo === hi) {
    lo = f32(lo - 0.5);
    hi = f32(hi + 0.5);
  }
  const edges = f32Edges(lo, hi);
  const span = f32(hi - lo);
  const counts = new Float64Array(END_BINS);
  for (const x of norms) {
    const k = binIndex(x, lo, span, edges);
    counts[k] = (counts[k] as number) + 1;
  }
  // density=True: counts / f64(f32 bin width) / N, then the reference's renormalisation.
  const density = new Float64Array(END_BINS);
  for (let i = 0; i < END_BINS; i++) {
    const width = f32((edges[i + 1] as number) - (edges[i] as number));
    density[i] = (counts[i] as number) / width / n;
  }
  const total = sum(density) + 1e-10;
  for (let i = 0; i < END_BINS; i++) out[i] = (density[i] as number) / total;
  return out;
}
