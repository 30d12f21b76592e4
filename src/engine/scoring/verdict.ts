// The verdict of a comparison (design §5). Labels and thresholds follow the reference (strict
// > 0.75 high, > 0.65 weak), applied to the identity score of weight signals only: metadata never
// confirms lineage on its own, so without weight evidence the verdict is "unverified".

export type VerdictLabel = "high-confidence-match" | "weak-match" | "not-matched" | "unverified";

export interface Verdict {
  readonly label: VerdictLabel;
  /** True for the two match labels. */
  readonly related: boolean;
  /** Why this label: which evidence it rests on. */
  readonly basis: string;
}

export const HIGH_CONFIDENCE_THRESHOLD = 0.75;
export const WEAK_MATCH_THRESHOLD = 0.65;

export function verdictFromIdentity(identity: number | null): Verdict {
  if (identity === null || Number.isNaN(identity)) {
    return {
      label: "unverified",
      related: false,
      basis: "no weight evidence: metadata and tokenizer alone never decide lineage",
    };
  }
  if (identity > HIGH_CONFIDENCE_THRESHOLD) {
    return {
      label: "high-confidence-match",
      related: true,
      basis: `identity score ${identity} > ${HIGH_CONFIDENCE_THRESHOLD}`,
    };
  }
  if (identity > WEAK_MATCH_THRESHOLD) {
    return {
      label: "weak-match",
      related: true,
      basis: `identity score ${identity} > ${WEAK_MATCH_THRESHOLD}`,
    };
  }
  return {
    label: "not-matched",
    related: false,
    basis: `identity score ${identity} ≤ ${WEAK_MATCH_THRESHOLD}`,
  };
}
