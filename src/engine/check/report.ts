// The check's result as one value: what `check --json` prints, what the action writes as its JSON
// report, and what the summary, the PR comment and SARIF are rendered from. Keys are snake_case
// and stable (design §13); `schema_version` changes only when a key changes meaning.

import type { CompareSignals } from "../compare.js";
import type { VerdictLabel } from "../scoring/verdict.js";
import type { ClaimSource } from "./claims.js";
import type { Finding } from "./findings.js";

export const REPORT_SCHEMA_VERSION = 1;

export interface CompareEvidence {
  readonly base: string;
  /** null when the base could not be fingerprinted; `error` says why. */
  readonly verdict: VerdictLabel | null;
  /** The lineage test's T, which the verdict rests on (null: it could not run). */
  readonly lineage_t: number | null;
  /** Similarity readouts (never decide). */
  readonly identity_score: number | null;
  readonly signals: CompareSignals | null;
  readonly mfi_tier: 1 | 2 | 3 | null;
  readonly error: string | null;
}

export interface ScanMatchEvidence {
  readonly model_id: string;
  readonly family_id: string;
  readonly lineage_t: number | null;
  readonly identity_score: number | null;
  readonly verdict: VerdictLabel;
}

export interface ScanEvidence {
  readonly matches: readonly ScanMatchEvidence[];
  /** Why the scan could not decide anything (no database, no entry with weight evidence). */
  readonly gap: string | null;
}

export interface ModelReport {
  readonly id: string;
  /** The manifest's revision as written (null when absent). */
  readonly revision: string | null;
  /** The commit the checked files came from (Hub), null for local folders or unreadable models. */
  readonly resolved_revision: string | null;
  /** Claimed bases; "none" for a claim of training from scratch; null when nothing claims one. */
  readonly claimed_base: readonly string[] | "none" | null;
  readonly claim_source: ClaimSource;
  readonly compare: readonly CompareEvidence[];
  readonly scan: ScanEvidence | null;
  readonly findings: readonly Finding[];
  readonly warnings: readonly string[];
}

export interface CheckReport {
  readonly schema_version: number;
  readonly tool: { readonly name: "provenance-gate"; readonly version: string };
  readonly manifest: string;
  /** "i/n" when this run checked one shard of the manifest. */
  readonly shard: string | null;
  readonly models: readonly ModelReport[];
  readonly failed: boolean;
}

export function allFindings(report: CheckReport): Finding[] {
  return report.models.flatMap((m) => m.findings);
}

export function findingCounts(report: CheckReport): {
  error: number;
  warning: number;
  note: number;
  failing: number;
} {
  const counts = { error: 0, warning: 0, note: 0, failing: 0 };
  for (const f of allFindings(report)) {
    counts[f.level] += 1;
    if (f.fails) counts.failing += 1;
  }
  return counts;
}
