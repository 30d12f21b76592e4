// Residual alignment (lineage-test.md, step 2, candidate a): the residual channels of B may be a
// permutation of A's, each possibly sign-flipped, a disguise that keeps the network's function.
// Rows of the two embeddings for tokens both tokenizers share *by string* are the same tokens, so
// their columns correlate channel by channel when B descends from A: B's channels are matched to
// A's by a linear assignment on |correlation|, and each sign taken from the correlation.

import { linearSumAssignment } from "linear-sum-assignment";

export interface ChannelMap {
  /** channels[j]: the B channel placed at A's channel j. */
  readonly channels: Int32Array;
  /** signs[j]: +1 or −1, applied to the B channel placed at j. */
  readonly signs: Float64Array;
  /** Mean |correlation| of the matched channels. */
  readonly meanCorr: number;
}

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

/** Columns of the selected rows, centred and scaled to unit norm: d columns of n values each. */
function columns(e: Float32Array | Float64Array, d: number, rows: Int32Array): Float64Array[] {
  const out: Float64Array[] = [];
  for (let c = 0; c < d; c++) {
    const col = new Float64Array(rows.length);
    let mean = 0;
    for (let i = 0; i < rows.length; i++) mean += col[i] = e[(rows[i] as number) * d + c] as number;
    mean /= rows.length;
    let ss = 0;
    for (let i = 0; i < rows.length; i++) ss += ((col[i] as number) - mean) ** 2;
    const n = Math.sqrt(ss) || 1;
    for (let i = 0; i < rows.length; i++) col[i] = ((col[i] as number) - mean) / n;
    out.push(col);
  }
  return out;
}

/** The channel map from two embeddings ([rows, d], row-major) and their shared-token rows. */
export function alignByEmbeddings(
  ea: Float32Array | Float64Array,
  eb: Float32Array | Float64Array,
  d: number,
  shared: { a: Int32Array; b: Int32Array },
): ChannelMap | null {
  if (shared.a.length < MIN_SHARED_TOKENS) return null;
  const ca = columns(ea, d, shared.a);
  const cb = columns(eb, d, shared.b);
  const corr = cb.map((x) =>
    Float64Array.from(ca, (y) => {
      let s = 0;
      for (let i = 0; i < x.length; i++) s += (x[i] as number) * (y[i] as number);
      return s;
    }),
  );
  const { rowAssignments } = linearSumAssignment(
    corr.map((r) => r.map(Math.abs)),
    { maximaze: true },
  );
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
