// Token-free residual alignment (lineage-test.md, step 2, candidate c): when the two vocabularies
// share no token strings (a fresh vocabulary) the embeddings cannot say which residual channel of B
// is which of A's, but the layers still can. Both probes' whole unit views are used:
//
//  1. Channel Grams. Each model's channel-correlation matrix over its probe matrices' units
//     (Σ MᵀM). A residual permutation with sign flips conjugates it: G_B ≈ S Pᵀ G_A P S.
//  2. Channel matching on the Grams: each channel's sorted |correlations| with the others (a
//     signature a permutation leaves alone) gives a first map, refined by linear assignments on
//     G_B² P G_A²ᵀ (graph matching on squared correlations, linearised at the current map) until it
//     stops moving; the signs are those that best explain G_B's signs from A's (an Ising problem:
//     top eigenvector, then single flips).
//  3. Alternation with the units: B's matrices, put in A's channel order, find their A matrix and
//     each unit its best partner there; the partners' columns then re-estimate the channel map by
//     a linear assignment on their correlation, until the map stops moving. (The map's meanCorr is
//     the partners' mean |cos|.)
//
// Only probes that keep whole, unprojected unit views (D ≤ the probe's `dims`) allow it: a sketch
// mixes channels in each model's own order, so a projected probe cannot be re-ordered afterwards.
// The map is one more candidate: its T is computed like the others' and the candidates' count is
// paid in the p-value, so fitting a map to two independent models buys no agreement (the null).

import type { LineageProbe, ProbeMatrix } from "./probe.js";
import type { ChannelMap } from "./residual-alignment.js";
import { rowDots, rowMaxMean } from "./row-dots.js";
import { assignUnits } from "./unit-match.js";

/** Rounds of each stage; both usually settle in two or three. */
const MAX_GRAPH_ROUNDS = 8;
const MAX_UNIT_ROUNDS = 6;
/** Power iterations for the signs' eigenvector (D ≤ 256: at most 65 k multiply-adds each). */
const POWER_ROUNDS = 300;
/** B units that choose the A matrix each B matrix is matched to. */
const SCORING_ROWS = 8;
/**
 * Multiply-adds of each Gram (Σ units · D²), and so the matrices the map is estimated from: all of
 * a small model's, the middle layer or two at D = 256 (about 0.3 s of this machine's CPU each).
 */
const GRAM_WORK = 2 ** 28;
/** B units per matrix whose partners re-estimate the map (enough for a D ≤ 256 correlation). */
const ESTIMATE_ROWS = 256;

/** B's channels in A's order from the two probes' layers alone, or null when they cannot say. */
export function alignWithoutTokens(a: LineageProbe, b: LineageProbe): ChannelMap | null {
  const D = a.hidden;
  if (b.hidden !== D || a.dims !== null || b.dims !== null) return null;
  const ma = unambiguous(a.matrices, D);
  const mb = unambiguous(b.matrices, D);
  if (ma.length === 0 || mb.length === 0) return null;
  const ga = gramOf(a, ma);
  const gb = gramOf(b, mb);
  const estimateFrom = leading(mb, D);
  let map = withSigns(ga, gb, D, graphMatch(ga, gb, D, signatureMatch(ga, gb, D)));
  for (let round = 0; round < MAX_UNIT_ROUNDS; round++) {
    const next = fromUnits(ma, estimateFrom, D, map);
    if (!next) break;
    const same = next.channels.every((c, j) => c === map.channels[j] && next.signs[j] === map.signs[j]);
    map = next;
    if (same) break;
  }
  return map;
}

/**
 * Matrices whose unit side is certain: a square matrix is kept in both orientations by the probe
 * (transposed storage is a disguise), and its wrong one would mix unit and channel correlations.
 * When every matrix is square, all of them.
 */
function unambiguous(ms: readonly ProbeMatrix[], D: number): ProbeMatrix[] {
  const whole = ms.filter((m) => m.data.length === m.units * D);
  const sure = whole.filter((m) => m.units !== D);
  return sure.length > 0 ? sure : whole;
}

/**
 * Matrices from the front of the probe (its middle layer first, as the probe keeps them) while
 * their units × D² stays within GRAM_WORK: whole layers at small D, one or two at D = 256.
 */
function leading(ms: readonly ProbeMatrix[], D: number): ProbeMatrix[] {
  const out: ProbeMatrix[] = [];
  let work = 0;
  for (const m of ms) {
    work += m.units * D * D;
    if (out.length > 0 && work > GRAM_WORK) break;
    out.push(m);
  }
  return out;
}

/** Each probe's Gram, kept while the probe lives: `scan` aligns one model with every entry. */
const grams = new WeakMap<LineageProbe, Float64Array>();

function gramOf(p: LineageProbe, unambiguousMatrices: readonly ProbeMatrix[]): Float64Array {
  let g = grams.get(p);
  if (!g) grams.set(p, (g = channelGram(leading(unambiguousMatrices, p.hidden), p.hidden)));
  return g;
}

/** Columns of a units × D matrix: D rows of `units` values. */
function columnsOf(data: ArrayLike<number>, units: number, D: number): Float64Array {
  const out = new Float64Array(D * units);
  for (let u = 0; u < units; u++) for (let c = 0; c < D; c++) out[c * units + u] = data[u * D + c] as number;
  return out;
}

/** Σ over matrices of MᵀM / units, scaled to correlations (unit diagonal): D × D, row-major. */
function channelGram(ms: readonly ProbeMatrix[], D: number): Float64Array {
  const g = new Float64Array(D * D);
  for (const m of ms) {
    const cols = columnsOf(m.data, m.units, D);
    const part = rowDots(cols, D, cols, D, m.units, false);
    for (let i = 0; i < g.length; i++) g[i] = (g[i] as number) + (part[i] as number) / m.units;
  }
  const scale = Float64Array.from({ length: D }, (_, i) => 1 / Math.sqrt((g[i * D + i] as number) || 1));
  for (let i = 0; i < D; i++)
    for (let j = 0; j < D; j++)
      g[i * D + j] = (g[i * D + j] as number) * (scale[i] as number) * (scale[j] as number);
  return g;
}

/** The linear assignment maximising `score` (D × D): for each row, its column. */
const assign = (score: Float64Array, D: number): Int32Array => assignUnits(score, D, D).assignment;

/** First map from permutation-invariant signatures: perm[i] is the A channel of B channel i. */
function signatureMatch(ga: Float64Array, gb: Float64Array, D: number): Int32Array {
  const signature = (g: Float64Array): Float64Array => {
    const out = new Float64Array(D * (D - 1));
    for (let i = 0; i < D; i++) {
      const row = Array.from(g.subarray(i * D, (i + 1) * D), Math.abs);
      row.splice(i, 1);
      row.sort((x, y) => y - x);
      out.set(row, i * (D - 1));
    }
    return out;
  };
  const sa = signature(ga);
  const sb = signature(gb);
  const w = D - 1;
  const score = new Float64Array(D * D);
  for (let i = 0; i < D; i++)
    for (let j = 0; j < D; j++) {
      let d = 0;
      for (let k = 0; k < w; k++) d += ((sb[i * w + k] as number) - (sa[j * w + k] as number)) ** 2;
      score[i * D + j] = -d;
    }
  return assign(score, D);
}

/** Refines perm by maximising Σ_i≠k G_B[i,k]² G_A[perm i, perm k]², one linearisation at a time. */
function graphMatch(ga: Float64Array, gb: Float64Array, D: number, start: Int32Array): Int32Array {
  // Squared, so that the strong correlations lead; the diagonal (all ones) would only hold every
  // channel where it is.
  const sq = (g: Float64Array, i: number, k: number): number => (i === k ? 0 : (g[i * D + k] as number) ** 2);
  const bSq = gb.map((_, x) => sq(gb, Math.floor(x / D), x % D));
  let perm = start;
  for (let round = 0; round < MAX_GRAPH_ROUNDS; round++) {
    // A's G² with its columns in B's order under perm: row j, column k = G_A[j, perm k]².
    const aInB = new Float64Array(D * D);
    for (let j = 0; j < D; j++) for (let k = 0; k < D; k++) aInB[j * D + k] = sq(ga, j, perm[k] as number);
    const next = assign(rowDots(bSq, D, aInB, D, D, false), D);
    if (next.every((v, i) => v === perm[i])) break;
    perm = next;
  }
  return perm;
}

/**
 * Signs for a permutation: G_B[i,k] ≈ s_i s_k G_A[perm i, perm k], so the signs maximise
 * Σ s_i s_k H[i,k] with H = G_B ∘ G_A(perm). Start from H's top eigenvector (power iteration on H
 * shifted by its Gershgorin bound, so the top is the largest eigenvalue, not the largest in
 * magnitude), then flip single signs while that raises the sum.
 */
function withSigns(ga: Float64Array, gb: Float64Array, D: number, perm: Int32Array): ChannelMap {
  const h = new Float64Array(D * D);
  let shift = 0;
  for (let i = 0; i < D; i++) {
    let row = 0;
    for (let k = 0; k < D; k++) {
      const x = (gb[i * D + k] as number) * (ga[(perm[i] as number) * D + (perm[k] as number)] as number);
      h[i * D + k] = x;
      row += Math.abs(x);
    }
    shift = Math.max(shift, row);
  }
  let v = new Float64Array(D).fill(1 / Math.sqrt(D));
  for (let it = 0; it < POWER_ROUNDS; it++) {
    const next = new Float64Array(D);
    let norm = 0;
    for (let i = 0; i < D; i++) {
      let s = shift * (v[i] as number);
      for (let k = 0; k < D; k++) s += (h[i * D + k] as number) * (v[k] as number);
      next[i] = s;
      norm += s * s;
    }
    norm = Math.sqrt(norm) || 1;
    for (let i = 0; i < D; i++) next[i] = (next[i] as number) / norm;
    v = next;
  }
  const s = Float64Array.from(v, (x) => (x < 0 ? -1 : 1));
  // Flip while some sign disagrees with its field Σ_k≠i H[i,k] s_k (each flip raises the sum).
  for (let changed = true, sweeps = 0; changed && sweeps < D; sweeps++) {
    changed = false;
    for (let i = 0; i < D; i++) {
      let field = 0;
      for (let k = 0; k < D; k++) if (k !== i) field += (h[i * D + k] as number) * (s[k] as number);
      if (field * (s[i] as number) < 0) {
        s[i] = -(s[i] as number);
        changed = true;
      }
    }
  }
  const channels = new Int32Array(D);
  const signs = new Float64Array(D);
  for (let i = 0; i < D; i++) {
    const j = perm[i] as number;
    channels[j] = i;
    signs[j] = s[i] as number;
  }
  return { channels, signs, meanCorr: 0 };
}

/** B's unit view with its columns in A's channel order: units × D. */
function realign(m: ProbeMatrix, D: number, map: ChannelMap): Float64Array {
  const out = new Float64Array(m.units * D);
  for (let u = 0; u < m.units; u++)
    for (let j = 0; j < D; j++)
      out[u * D + j] = (map.signs[j] as number) * (m.data[u * D + (map.channels[j] as number)] as number);
  return out;
}

/**
 * The channel map re-estimated from the units: each B matrix is matched to the A matrix of its unit
 * count it fits best under `map`, and the matched units' columns are correlated channel by channel.
 */
function fromUnits(
  ma: readonly ProbeMatrix[],
  mb: readonly ProbeMatrix[],
  D: number,
  map: ChannelMap,
): ChannelMap | null {
  const c = new Float64Array(D * D);
  let matched = 0;
  let cosSum = 0;
  for (const whole of mb) {
    const b = whole.units <= ESTIMATE_ROWS ? whole : { ...whole, units: ESTIMATE_ROWS };
    const bData = realign(b, D, map);
    // The A matrix is chosen by a few B units' best |cos| (as the test itself chooses), then
    // every unit is assigned once.
    const rows = Math.min(b.units, SCORING_ROWS);
    let best: { a: ProbeMatrix; score: number } | null = null;
    for (const a of ma) {
      if (a.units !== whole.units) continue;
      const score = rowMaxMean(rowDots(bData, rows, a.data, a.units, D, true), rows, a.units);
      if (best === null || score > best.score) best = { a, score };
    }
    if (!best) continue;
    // Each unit's best partner: the estimate needs partners, not a one-to-one assignment (a
    // linear assignment per matrix and round would be most of the alignment's time).
    const { a } = best;
    const cos = rowDots(bData, b.units, a.data, a.units, D, false);
    const { assignment, meanCos } = bestPartners(cos, b.units, a.units);
    // C[i][j] += Σ_u ρ_u B[u, i] A[σ u, j], B in its own channel order, ρ the sign of the match.
    const aMatched = new Float64Array(b.units * D);
    for (let u = 0; u < b.units; u++) {
      const t = assignment[u] as number;
      if (t < 0) continue;
      const rho = (cos[u * a.units + t] as number) < 0 ? -1 : 1;
      for (let j = 0; j < D; j++) aMatched[u * D + j] = rho * (a.data[t * D + j] as number);
    }
    const bCols = columnsOf(b.data, b.units, D);
    const aCols = columnsOf(aMatched, b.units, D);
    const part = rowDots(bCols, D, aCols, D, b.units, false);
    for (let i = 0; i < c.length; i++) c[i] = (c[i] as number) + (part[i] as number);
    matched++;
    cosSum += meanCos;
  }
  if (matched === 0) return null;
  const rowOf = assign(c.map(Math.abs), D);
  const channels = new Int32Array(D).fill(-1);
  const signs = new Float64Array(D).fill(1);
  for (let i = 0; i < D; i++) {
    const j = rowOf[i] as number;
    if (j < 0) continue;
    channels[j] = i;
    signs[j] = (c[i * D + j] as number) < 0 ? -1 : 1;
  }
  return { channels, signs, meanCorr: cosSum / matched };
}

/** For each row, the column of largest |value|, and the mean of those values. */
function bestPartners(
  m: Float64Array,
  rows: number,
  cols: number,
): { assignment: Int32Array; meanCos: number } {
  const assignment = new Int32Array(rows);
  let sum = 0;
  for (let i = 0; i < rows; i++) {
    let top = 0;
    for (let j = 1; j < cols; j++)
      if (Math.abs(m[i * cols + j] as number) > Math.abs(m[i * cols + top] as number)) top = j;
    assignment[i] = top;
    sum += Math.abs(m[i * cols + top] as number);
  }
  return { assignment, meanCos: rows === 0 ? 0 : sum / rows };
}
