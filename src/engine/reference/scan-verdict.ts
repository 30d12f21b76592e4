// What scan says of an entry the lineage test could not run on, and the order matches are listed
// in (scan.ts): lineage results first by T, then identity scores, then the MFI prior.

import type { Verdict } from "../scoring/verdict.js";
import type { ScanEntry } from "./scan-index.js";
import type { ScanMatch, ScanQuery } from "./scan.js";

export interface Readout {
  readonly identity: number | null;
  /** The WVC bound when WVC stopped part-way (identity is then an upper bound), else null. */
  readonly bound: number | null;
  readonly entryWeights: boolean;
}

/** The verdict of an entry the lineage test could not run on: unverified, and why. */
export function withoutLineage(query: ScanQuery, e: ScanEntry, r: Readout): Verdict {
  const unverified = (basis: string): Verdict => ({ label: "unverified", related: false, basis });
  if (query.weights === null)
    return unverified(
      "the scanned model has no weight signals: metadata and tokenizer alone never decide lineage",
    );
  const noProbe =
    e.probe === null
      ? "the database entry has no lineage probe (re-create it with `fingerprint --db`)"
      : `the entry's lineage probe (${e.probe.path}) is not installed or unreadable`;
  if (e.deep === null && e.probe === null)
    return unverified(
      "the database entry has no deep signals and no lineage probe: metadata and tokenizer alone never decide lineage",
    );
  const readout =
    r.identity !== null
      ? `its identity score ${r.bound === null ? "" : "≤ "}${r.identity}${r.bound === null ? "" : ` (WVC ≤ ${r.bound}: not computed in full)`} is a similarity readout and never decides lineage`
      : e.deep === null
        ? "it has no deep signals either: metadata and tokenizer alone never decide lineage"
        : !r.entryWeights
          ? `its deep signals (${e.deep.path}) are not installed or unreadable either`
          : "no weight signal of the two could be compared either";
  return unverified(`${noProbe}: ${readout}`);
}

/** The score a match is ranked and thresholded on when it has no lineage result: identity, else the MFI prior. */
export function rankScore(m: ScanMatch): number {
  return m.identity_score ?? m.mfi.score;
}

/**
 * Listed matches, best first: lineage matches (whatever the threshold) and unverified entries at
 * or above the threshold; entries the lineage test rules out are dropped. Order: a lineage result
 * first, by T; then an identity score, by it; then the MFI score. Ties keep their (catalog) order:
 * the sort is stable.
 */
export function rank(scored: readonly ScanMatch[], threshold: number): ScanMatch[] {
  const lineageGroup = (m: ScanMatch): number => (m.lineage === null ? 1 : 0);
  const identityGroup = (m: ScanMatch): number => (m.identity_score === null ? 1 : 0);
  const t = (m: ScanMatch): number => m.lineage?.t ?? 0;
  return scored
    .filter((m) => m.verdict.related || (m.verdict.label === "unverified" && rankScore(m) >= threshold))
    .sort(
      (a, b) =>
        lineageGroup(a) - lineageGroup(b) ||
        t(b) - t(a) ||
        identityGroup(a) - identityGroup(b) ||
        rankScore(b) - rankScore(a),
    );
}
