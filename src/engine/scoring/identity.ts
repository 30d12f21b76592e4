// Identity score (provenancekit §5): the weighted mean of the available weight-signal similarities.
// An unavailable signal (NaN) is dropped and the remaining weights are renormalised, so a model
// without, say, WVC is judged on the other four rather than on a neutral placeholder.

import { pyRound } from "../pycompat/py-float.js";

export interface IdentitySignals {
  readonly eas: number;
  readonly nlf: number;
  readonly lep: number;
  readonly end: number;
  readonly wvc: number;
}

/** Reference weights, in the reference's iteration order (the order fixes the float sums). */
export const IDENTITY_WEIGHTS = Object.freeze({
  eas: 0.36,
  nlf: 0.08,
  lep: 0.16,
  end: 0.19,
  wvc: 0.21,
} as const);

const ORDER = ["eas", "nlf", "lep", "end", "wvc"] as const;

/** A kept-weight total below this cannot be renormalised (reference constant). */
const MIN_TOTAL_WEIGHT = 1e-10;

/** Σ (w_k / W) · v_k over the non-NaN signals, rounded to 4 decimals; NaN when none is available. */
export function identityScore(signals: IdentitySignals): number {
  const kept = ORDER.filter((k) => !Number.isNaN(signals[k]));
  if (kept.length === 0) return NaN;
  // Left-to-right sums as the reference's loop adds them (each term divided first).
  let total = 0;
  for (const k of kept) total += IDENTITY_WEIGHTS[k];
  if (total < MIN_TOTAL_WEIGHT) return NaN;
  let score = 0;
  for (const k of kept) score += (IDENTITY_WEIGHTS[k] / total) * signals[k];
  return pyRound(score, 4);
}
