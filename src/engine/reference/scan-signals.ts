// Weight signals prepared once for scanning: everything about one side of a comparison that does
// not depend on the other side (the EAS upper triangle centred, vector norms, NLF per-layer stats)
// is computed when an entry is loaded, so scoring a candidate is a few dot products.
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
import { dot, mean, std, type FloatVec } from "../scoring/stats.js";
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

interface PreparedLayer {
  readonly layer: number;
  readonly vector: FloatVec;
  /** sqrt(dot(v, v)) over the whole vector. */
  readonly norm: number;
}

export interface PreparedSignals {
  readonly signals: WeightSignals;
  readonly eas: PreparedEas | null;
  /** The direct NLF vector with its norm (direct mode only). */
  readonly nlfDirect: { readonly vector: FloatVec; readonly norm: number } | null;
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
  const wvc = s.wvc_layer_sigs
    ? new Map([...s.wvc_layer_sigs].map(([layer, v]) => [layer, { layer, vector: v, norm: norm(v) }]))
    : null;
  const prepared: PreparedSignals = {
    signals: s,
    eas: prepareEas(s),
    nlfDirect: direct ? { vector: nlf, norm: norm(nlf) } : null,
    nlfStats: nlf === null ? null : direct ? nlfStats(nlf, s.nlf_num_layers) : nlf,
    wvc,
    wvcLayers: wvc ? [...wvc.keys()].sort((a, b) => a - b) : [],
  };
  memo.set(s, prepared);
  return prepared;
}

function norm(v: FloatVec, n = v.length): number {
  return Math.sqrt(vdot(v, v, n));
}

/**
 * dot() with the same left-to-right f64 sum, in loops that each see one array type: V8 keeps a
 * single-type loop monomorphic, about 30 % faster on the long NLF and WVC vectors than the shared
 * polymorphic one.
 */
function vdot(a: FloatVec, b: FloatVec, n = a.length): number {
  if (a instanceof Float32Array && b instanceof Float32Array) return dot32(a, b, n);
  if (a instanceof Float64Array && b instanceof Float64Array) return dot64(a, b, n);
  return dot(a, b, n);
}

function dot32(a: Float32Array, b: Float32Array, n: number): number {
  let s = 0;
  for (let i = 0; i < n; i++) s += (a[i] as number) * (b[i] as number);
  return s;
}

function dot64(a: Float64Array, b: Float64Array, n: number): number {
  let s = 0;
  for (let i = 0; i < n; i++) s += (a[i] as number) * (b[i] as number);
  return s;
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
  return { k, centred, variance: vdot(centred, centred) * (1 / (tri.length - 1)), std: std(tri) };
}

export interface PreparedSimilarities extends IdentitySignals {
  /** WVC was comparable but not computed, because `needWvc` said the others already decide. */
  readonly wvcSkipped: boolean;
}

/**
 * The five similarities of `query` against `entry`, as weightSimilarities(query, entry) gives them.
 * WVC is by far the costliest (hundreds of thousands of values per entry); `needWvc` sees the other
 * four first and may skip it (scan skips it when even WVC = 1 could not make the pair a match).
 */
export function preparedSimilarities(
  query: PreparedSignals,
  entry: PreparedSignals,
  needWvc: (partial: IdentitySignals) => boolean = () => true,
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
  if (!needWvc(partial)) return { ...partial, wvcSkipped: true };
  return { ...partial, wvc: wvc(query, entry), wvcSkipped: false };
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
  const c01 = vdot(pa.centred, pb.centred) * (1 / (pa.centred.length - 1));
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
    const c = vdot(da.vector, db.vector) / p;
    return p < MIN_NORM_PRODUCT ? NaN : pyRound(Math.min(1, Math.max(0, c)), 4);
  }
  const m = Math.min(a.nlfStats.length, b.nlfStats.length);
  if (m < MIN_NLF_VALUES) return NaN;
  return cosineClamp(a.nlfStats.subarray(0, m), b.nlfStats.subarray(0, m));
}

/** wvcSimilarity with whole-vector norms precomputed (prefix norms computed when lengths differ). */
function wvc(a: PreparedSignals, b: PreparedSignals): number {
  const la = a.wvc;
  const lb = b.wvc;
  if (la === null || lb === null) return NaN;
  const cosines: number[] = [];
  let common = 0;
  for (const layer of a.wvcLayers) {
    const x = lb.get(layer);
    if (x === undefined) continue;
    common++;
    const y = la.get(layer) as PreparedLayer;
    const m = Math.min(y.vector.length, x.vector.length);
    if (m < MIN_WVC_LAYER_VALUES) continue;
    const ny = m === y.vector.length ? y.norm : norm(y.vector, m);
    const nx = m === x.vector.length ? x.norm : norm(x.vector, m);
    const p = ny * nx;
    const c = vdot(y.vector, x.vector, m) / p;
    if (p < MIN_NORM_PRODUCT) continue;
    cosines.push(Math.min(1, Math.max(0, c)));
  }
  if (common < MIN_WVC_LAYERS || cosines.length < MIN_WVC_LAYERS) return NaN;
  return pyRound(mean(cosines), 4);
}
