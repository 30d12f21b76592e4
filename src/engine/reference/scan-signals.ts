// Weight signals prepared once for scanning: everything about one side of a comparison that does
// not depend on the other side (the EAS upper triangle centred, vector norms, NLF per-layer stats)
// is computed when an entry is loaded, so scoring a candidate is a few dot products. The long
// float32 vectors (WVC layers, a direct NLF vector) are also made resident in the SIMD dot kernel's
// memory (scoring/dot-kernel.ts), so those dot products read them in place.
//
// The arithmetic is the same, in the same order, as scoring/similarity.ts, so a scan reports
// bit-for-bit the similarities `compare` reports for the same two records (a test holds it to
// that). Where a pair falls outside the prepared fast path (EAS blocks of different sizes), the
// plain similarity function is called.

import { pyRound } from "../pycompat/py-float.js";
import {
  MIN_EAS_ANCHORS,
  MIN_NLF_VALUES,
  MIN_NORM_PRODUCT,
  MIN_STD,
  MIN_WVC_LAYERS,
  MIN_WVC_LAYER_VALUES,
  cosineClamp,
  easSimilarity,
  endSimilarity,
  lepSimilarity,
  nlfStats,
} from "../scoring/similarity.js";
import { dot, dotResident } from "../scoring/dot.js";
import { dotKernel } from "../scoring/dot-kernel.js";
import { mean, std, type FloatVec } from "../scoring/stats.js";
import type { IdentitySignals } from "../scoring/identity.js";
import { comparableSignals, type WeightSignals } from "../features/weights/weight-signals.js";

interface PreparedEas {
  readonly k: number;
  /** Strict upper triangle minus its mean (corrcoef's centring). */
  readonly centred: Float64Array;
  /** dot(centred, centred) · 1/(n−1): corrcoef's c00 for this side. */
  readonly variance: number;
  /** Population std of the raw triangle (the MIN_STD gate). */
  readonly std: number;
}

/** A vector with its norm, and where a float32 one is resident in the dot kernel's memory. */
interface PreparedVector {
  readonly vector: FloatVec;
  /** sqrt(dot(v, v)) over the whole vector. */
  readonly norm: number;
  /** Byte offset of the resident copy, or −1 (not float32, no SIMD, or the residency cap). */
  readonly at: number;
}

interface PreparedLayer extends PreparedVector {
  readonly layer: number;
}

export interface PreparedSignals {
  readonly signals: WeightSignals;
  readonly eas: PreparedEas | null;
  /** The direct NLF vector with its norm (direct mode only). */
  readonly nlfDirect: PreparedVector | null;
  /** The NLF vector as it is compared against a record of another mode or length. */
  readonly nlfStats: FloatVec | null;
  readonly wvc: ReadonlyMap<number, PreparedLayer> | null;
  /** WVC layers ascending. */
  readonly wvcLayers: readonly number[];
}

const memo = new WeakMap<WeightSignals, PreparedSignals>();

/** Prepared once per record (records shared by several entries are prepared once). */
export function prepareSignals(s: WeightSignals): PreparedSignals {
  const known = memo.get(s);
  if (known) return known;
  const nlf = s.nlf_vector;
  const direct = nlf !== null && s.nlf_mode === "direct";
  const layers = s.wvc_layer_sigs ? [...s.wvc_layer_sigs].sort((a, b) => a[0] - b[0]) : [];
  // Resident copies live as long as the record (the prepared form holds the record).
  const at = resident(s, [...(direct ? [nlf] : []), ...layers.map(([, v]) => v)]);
  const vector = (v: FloatVec, i: number): PreparedVector => {
    const part = { vector: v, at: at[i] ?? -1 };
    return { ...part, norm: norm(part) };
  };
  const skip = direct ? 1 : 0;
  const prepared: PreparedSignals = {
    signals: s,
    eas: prepareEas(s),
    nlfDirect: direct ? vector(nlf, 0) : null,
    nlfStats: nlf === null ? null : direct ? nlfStats(nlf, s.nlf_num_layers) : nlf,
    wvc: s.wvc_layer_sigs
      ? new Map(layers.map(([layer, v], i) => [layer, { layer, ...vector(v, skip + i) }]))
      : null,
    wvcLayers: layers.map(([layer]) => layer),
  };
  memo.set(s, prepared);
  return prepared;
}

/** Resident offsets of the float32 vectors among `vectors` (−1 for the others), freed with `owner`. */
function resident(owner: object, vectors: readonly FloatVec[]): number[] {
  const kernel = dotKernel();
  const f32 = vectors.filter((v): v is Float32Array => v instanceof Float32Array);
  const placed = kernel === null ? [] : kernel.place(owner, f32);
  let next = 0;
  return vectors.map((v) => (v instanceof Float32Array ? (placed[next++] ?? -1) : -1));
}

/** sqrt(dot) of a prepared vector's first n values (all of them by default). */
function norm(v: { vector: FloatVec; at: number }, n = v.vector.length): number {
  return Math.sqrt(pdot(v, v, n));
}

/** dot() of two prepared vectors, reading resident copies in place. */
function pdot(
  a: { vector: FloatVec; at: number },
  b: { vector: FloatVec; at: number },
  n = a.vector.length,
): number {
  const x = a.vector;
  const y = b.vector;
  if (x instanceof Float32Array && y instanceof Float32Array) return dotResident(x, a.at, y, b.at, n);
  return dot(x, y, n);
}

function prepareEas(s: WeightSignals): PreparedEas | null {
  const m = s.eas_self_sim;
  if (m === null || m.k < MIN_EAS_ANCHORS || m.data.length < m.k * m.k) return null;
  const { k } = m;
  const tri = new Float64Array((k * (k - 1)) / 2);
  let o = 0;
  for (let i = 0; i < k; i++) for (let j = i + 1; j < k; j++) tri[o++] = m.data[i * k + j] as number;
  const mu = mean(tri);
  const centred = new Float64Array(tri.length);
  for (let i = 0; i < tri.length; i++) centred[i] = (tri[i] as number) - mu;
  return { k, centred, variance: dot(centred, centred) * (1 / (tri.length - 1)), std: std(tri) };
}

/**
 * The five similarities; when WVC was left unfinished because `needWvc` declined it, `wvcBound`
 * is the upper bound of the WVC it was shown.
 */
export type PreparedSimilarities = IdentitySignals &
  ({ readonly wvcSkipped: false } | { readonly wvcSkipped: true; readonly wvcBound: number });

/**
 * Decides whether WVC is still worth computing, given the other four similarities and `wvc` = an
 * upper bound of the WVC still to come: 1 before any layer, then, after each layer, the mean WVC
 * would reach if every remaining layer scored 1 (rounded up as the final value is rounded).
 */
export type NeedWvc = (bound: IdentitySignals) => boolean;

/**
 * The five similarities of `query` against `entry`, as weightSimilarities(query, entry) gives them.
 * WVC is by far the costliest (hundreds of thousands of values per entry); `needWvc` sees the other
 * four with WVC's bound before its first layer and after each one, and may stop it (scan stops it
 * when even that bound could not make the pair a match).
 */
export function preparedSimilarities(
  query: PreparedSignals,
  entry: PreparedSignals,
  needWvc: NeedWvc = () => true,
): PreparedSimilarities {
  const qs = query.signals;
  const es = entry.signals;
  const ok = comparableSignals(qs.sampling, es.sampling);
  const partial = {
    eas: ok.eas ? eas(query, entry) : NaN,
    nlf: ok.nlf ? nlf(query, entry) : NaN,
    lep: ok.lep ? lepSimilarity(qs.lep_profile, es.lep_profile) : NaN,
    end: ok.end ? endSimilarity(qs.end_histogram, es.end_histogram) : NaN,
    wvc: NaN,
  };
  if (!ok.wvc || query.wvc === null || entry.wvc === null) return { ...partial, wvcSkipped: false };
  const w = wvc(query, entry, (bound) => needWvc({ ...partial, wvc: bound }));
  if (typeof w === "number") return { ...partial, wvc: w, wvcSkipped: false };
  return { ...partial, wvcSkipped: true, wvcBound: w.bound };
}

/** easSimilarity: corrcoef of the upper triangles with each side's centring and c00 precomputed. */
function eas(a: PreparedSignals, b: PreparedSignals): number {
  const pa = a.eas;
  const pb = b.eas;
  if (pa === null || pb === null) {
    // A missing matrix is NaN either way; an undersized one is what easSimilarity rejects.
    if (a.signals.eas_self_sim === null || b.signals.eas_self_sim === null) return NaN;
    return easSimilarity(a.signals.eas_self_sim, b.signals.eas_self_sim);
  }
  if (pa.k !== pb.k) return easSimilarity(a.signals.eas_self_sim, b.signals.eas_self_sim);
  if (pa.std < MIN_STD || pb.std < MIN_STD) return NaN;
  const c01 = dot(pa.centred, pb.centred) * (1 / (pa.centred.length - 1));
  const r = c01 / Math.sqrt(pa.variance) / Math.sqrt(pb.variance);
  if (Number.isNaN(r)) return NaN;
  return pyRound((Math.min(1, Math.max(-1, r)) + 1) / 2, 4);
}

/** nlfSimilarity with the direct vectors' norms and the stats forms precomputed. */
function nlf(a: PreparedSignals, b: PreparedSignals): number {
  if (a.nlfStats === null || b.nlfStats === null) return NaN;
  const da = a.nlfDirect;
  const db = b.nlfDirect;
  if (da !== null && db !== null && da.vector.length === db.vector.length) {
    const p = da.norm * db.norm;
    const c = pdot(da, db) / p;
    return p < MIN_NORM_PRODUCT ? NaN : pyRound(Math.min(1, Math.max(0, c)), 4);
  }
  const m = Math.min(a.nlfStats.length, b.nlfStats.length);
  if (m < MIN_NLF_VALUES) return NaN;
  return cosineClamp(a.nlfStats.subarray(0, m), b.nlfStats.subarray(0, m));
}

/** A WVC margin far above the float error of summing ≤ 4096 layer cosines in another order. */
const WVC_BOUND_SLACK = 1e-9;

interface WvcPair {
  readonly a: PreparedLayer;
  readonly b: PreparedLayer;
  readonly m: number;
  readonly p: number;
}

/**
 * wvcSimilarity with whole-vector norms precomputed (prefix norms computed when lengths differ),
 * or `{ bound }` when `need(bound)` declined to go on. The layers that will produce a cosine are
 * known before any dot product (lengths and norms decide), so once each cosine is known to lie in
 * [0, 1] (every norm finite: no NaN) the mean is bounded by taking the remaining ones as 1.
 */
function wvc(
  a: PreparedSignals,
  b: PreparedSignals,
  need: (bound: number) => boolean,
): number | { bound: number } {
  const la = a.wvc;
  const lb = b.wvc;
  if (la === null || lb === null) return NaN;
  // WVC = 1 bounds every outcome, NaN included (dropping WVC re-weights signals that are ≤ 1).
  if (!need(1)) return { bound: 1 };
  const scored: WvcPair[] = [];
  let common = 0;
  for (const layer of a.wvcLayers) {
    const x = lb.get(layer);
    if (x === undefined) continue;
    common++;
    const y = la.get(layer) as PreparedLayer;
    const m = Math.min(y.vector.length, x.vector.length);
    if (m < MIN_WVC_LAYER_VALUES) continue;
    const ny = m === y.vector.length ? y.norm : norm(y, m);
    const nx = m === x.vector.length ? x.norm : norm(x, m);
    const p = ny * nx;
    if (p < MIN_NORM_PRODUCT) continue;
    scored.push({ a: y, b: x, m, p });
  }
  if (common < MIN_WVC_LAYERS || scored.length < MIN_WVC_LAYERS) return NaN;
  const n = scored.length;
  const bounded = scored.every((s) => Number.isFinite(s.p));
  const cosines = new Float64Array(n);
  let sum = 0;
  for (let i = 0; i < n; i++) {
    const { a: y, b: x, m, p } = scored[i] as WvcPair;
    const c = Math.min(1, Math.max(0, pdot(y, x, m) / p));
    cosines[i] = c;
    sum += c;
    if (bounded && i + 1 < n) {
      const bound = pyRound(Math.min(1, (sum + (n - i - 1)) / n + WVC_BOUND_SLACK), 4);
      if (!need(bound)) return { bound };
    }
  }
  return pyRound(mean(cosines), 4);
}
