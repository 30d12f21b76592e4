// Residual alignment (lineage-test.md, step 2, candidate a): the residual channels of B may be a
// permutation of A's, each possibly sign-flipped, a disguise that keeps the network's function.
// Rows of the two embeddings for tokens both tokenizers share *by string* are the same tokens, so
// their columns correlate channel by channel when B descends from A: B's channels are matched to
// A's by a linear assignment on |correlation|, and each sign taken from the correlation.

import { linearSumAssignment } from "linear-sum-assignment";
import { rowDots } from "./row-dots.js";

export interface ChannelMap {
  /** channels[j]: the B channel placed at A's channel j. */
  readonly channels: Int32Array;
  /** signs[j]: +1 or −1, applied to the B channel placed at j. */
  readonly signs: Float64Array;
  /** Mean |correlation| of the matched channels. */
  readonly meanCorr: number;
}

/**
 * Widest residual aligned by an exact linear assignment whatever the correlations look like. On
 * this machine linear-sum-assignment takes 0.3 s on an unstructured 1024² matrix, 2.2 s on a
 * structured 4096² one and 21 s on an unstructured 4096² one; wider residuals are assigned only
 * when most channels already pair up as mutual best matches (a derivative's do; two independent
 * models' do not), so the slow unstructured case never runs.
 */
export const MAX_UNCONDITIONAL_ASSIGNMENT = 1024;
/** Fraction of mutual best channel pairs a wide residual needs before it is assigned. */
export const MIN_MUTUAL_FRACTION = 0.5;

/** Shared tokens below this count leave the channel correlations to noise. */
export const MIN_SHARED_TOKENS = 32;

/** Row ids of the tokens both vocabularies hold, in A's id order. */
export function sharedTokenRows(
  vocabA: ReadonlyMap<string, number>,
  vocabB: ReadonlyMap<string, number>,
  rowsA: number,
  rowsB: number,
): { a: Int32Array; b: Int32Array } {
  const pairs: [number, number][] = [];
  for (const [token, ia] of vocabA) {
    const ib = vocabB.get(token);
    if (ib !== undefined && ia < rowsA && ib < rowsB) pairs.push([ia, ib]);
  }
  pairs.sort((x, y) => x[0] - y[0]);
  return { a: Int32Array.from(pairs, (p) => p[0]), b: Int32Array.from(pairs, (p) => p[1]) };
}

/** Columns of the selected rows, centred and scaled to unit norm: d columns of n values, contiguous. */
function columns(e: Float32Array | Float64Array, d: number, rows: Int32Array, n: number): Float64Array {
  const out = new Float64Array(d * n);
  for (let c = 0; c < d; c++) {
    const o = c * n;
    let mean = 0;
    for (let i = 0; i < n; i++) mean += out[o + i] = e[(rows[i] as number) * d + c] as number;
    mean /= n;
    let ss = 0;
    for (let i = 0; i < n; i++) ss += ((out[o + i] as number) - mean) ** 2;
    const norm = Math.sqrt(ss) || 1;
    for (let i = 0; i < n; i++) out[o + i] = ((out[o + i] as number) - mean) / norm;
  }
  return out;
}

/** Correlation of every B column with every A column: d rows (B) of d values (A). */
function correlations(ca: Float64Array, cb: Float64Array, d: number, n: number): Float64Array[] {
  const all = rowDots(cb, d, ca, d, n, false);
  return Array.from({ length: d }, (_, i) => all.subarray(i * d, (i + 1) * d));
}

/** Tokens of the quick test that decides whether a wide residual is worth aligning in full. */
const GATE_TOKENS = 64;

/** The channel map from two embeddings ([rows, d], row-major) and their shared-token rows. */
export function alignByEmbeddings(
  ea: Float32Array | Float64Array,
  eb: Float32Array | Float64Array,
  d: number,
  shared: { a: Int32Array; b: Int32Array },
): ChannelMap | null {
  const n = shared.a.length;
  if (n < MIN_SHARED_TOKENS) return null;
  const wide = d > MAX_UNCONDITIONAL_ASSIGNMENT;
  if (wide && n > GATE_TOKENS) {
    // A derivative's channels pair up as mutual best matches on 64 tokens already (true ≈ 1,
    // best spurious ≈ 0.5 of 4096); an independent model's do not: a quarter of the work.
    const g = GATE_TOKENS;
    const quick = correlations(columns(ea, d, shared.a, g), columns(eb, d, shared.b, g), d, g);
    if (mutualFraction(quick.map((r) => r.map(Math.abs))) < MIN_MUTUAL_FRACTION) return null;
  }
  const corr = correlations(columns(ea, d, shared.a, n), columns(eb, d, shared.b, n), d, n);
  const abs = corr.map((r) => r.map(Math.abs));
  if (wide && mutualFraction(abs) < MIN_MUTUAL_FRACTION) return null;
  const { rowAssignments } = linearSumAssignment(abs, { maximaze: true });
  const channels = new Int32Array(d).fill(-1);
  const signs = new Float64Array(d).fill(1);
  let sum = 0;
  for (let i = 0; i < d; i++) {
    const j = rowAssignments[i] as number;
    if (j < 0) continue;
    const c = (corr[i] as Float64Array)[j] as number;
    channels[j] = i;
    signs[j] = c < 0 ? -1 : 1;
    sum += Math.abs(c);
  }
  return { channels, signs, meanCorr: sum / d };
}

/** Fraction of rows whose best column has that row as its best row. */
function mutualFraction(m: readonly Float64Array[]): number {
  const n = m.length;
  if (n === 0) return 0;
  const cols = (m[0] as Float64Array).length;
  const rowBest = new Int32Array(n);
  const colBest = new Int32Array(cols).fill(-1);
  const colMax = new Float64Array(cols).fill(-1);
  m.forEach((row, i) => {
    let best = 0;
    for (let j = 0; j < cols; j++) {
      const x = row[j] as number;
      if (x > (row[best] as number)) best = j;
      if (x > (colMax[j] as number)) {
        colMax[j] = x;
        colBest[j] = i;
      }
    }
    rowBest[i] = best;
  });
  let mutual = 0;
  for (let i = 0; i < n; i++) if (colBest[rowBest[i] as number] === i) mutual++;
  return mutual / n;
}

/** The inverse map: A's channels in B's order (A channel j is B channel channels[j] times signs[j]). */
export function invertChannelMap(map: ChannelMap): ChannelMap {
  const d = map.channels.length;
  const channels = new Int32Array(d).fill(-1);
  const signs = new Float64Array(d).fill(1);
  for (let j = 0; j < d; j++) {
    const i = map.channels[j] as number;
    if (i < 0) continue;
    channels[i] = j;
    signs[i] = map.signs[j] as number;
  }
  return { channels, signs, meanCorr: map.meanCorr };
}
