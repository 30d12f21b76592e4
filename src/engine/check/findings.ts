// From the evidence about one model to its findings (design §5), then the policy: which findings an
// exception covers (until its expiry day, inclusive, UTC) and which fail the check. Pure: the
// caller gathers compare and scan results; nothing here reads a model.
//
// Decisions where design §5 leaves room (docs/design-decisions.md, "Findings"):
// - PG001 needs a `not-matched` verdict; an `unverified` compare raises PG004 instead, because a
//   missing signal is not evidence of a mismatch.
// - A claim is confirmed by any claimed base that matches. A scan match to another base is then
//   explained by the claimed base's own lineage, unless the claim rests on a weak match and the
//   scan's is high-confidence (PG002 still fires).
// - Only high-confidence detections raise PG002 and PG003; weak ones raise PG007 notes.

import { isCommitSha } from "../hub/hub-ref.js";
import type { VerdictLabel } from "../scoring/verdict.js";
import { repoIdOf, sameBases, type ClaimResolution } from "./claims.js";
import type { DenyRule, Manifest, ManifestException, ManifestModel } from "./manifest.js";
import { ruleById, type RuleId, type RuleLevel } from "./rules.js";
import type { Position } from "./yaml-positions.js";

export interface BaseComparison {
  readonly base: string;
  /** null when the base could not be fingerprinted (`error` says why). */
  readonly verdict: VerdictLabel | null;
  /** Lineage T (null: the test could not run). */
  readonly t: number | null;
  readonly error: string | null;
}

/** A reference-database entry the scan matched, best first. */
export interface Detection {
  /** The entry's model id (short name in the published database). */
  readonly modelId: string;
  readonly familyId: string;
  /** Hub repo id of the entry when its source URI names one. */
  readonly repo: string | null;
  readonly verdict: VerdictLabel;
  /** Lineage T (null: the test could not run). */
  readonly t: number | null;
}

export interface DecisionInput {
  readonly entry: ManifestModel;
  readonly isHub: boolean;
  readonly claim: ClaimResolution;
  /** Why the model itself could not be read or fingerprinted; null when it was. */
  readonly unreadable: string | null;
  readonly comparisons: readonly BaseComparison[];
  readonly detections: readonly Detection[];
  /** Reference families of the claimed bases, where a database knows them. */
  readonly claimedFamilies: readonly string[];
  /** Why the scan could not run or had nothing to compare with; null when it compared. */
  readonly scanGap: string | null;
}

export interface ExceptionUse {
  readonly reason: string;
  readonly expires: string;
  readonly position: Position;
}

export interface Finding {
  readonly rule: RuleId;
  readonly name: string;
  readonly level: RuleLevel;
  readonly message: string;
  readonly model: string;
  readonly revision: string | null;
  readonly position: Position;
  /** The live exception that covers this finding. */
  readonly exception: ExceptionUse | null;
  /** An exception that would have covered it but has expired. */
  readonly expiredException: ExceptionUse | null;
  /** In `fail-on` and not covered by a live exception. */
  readonly fails: boolean;
}

type Raw = { rule: RuleId; message: string };

export function decideFindings(input: DecisionInput, manifest: Manifest, today: string): Finding[] {
  const raw = [
    ...pinning(input),
    ...disagreement(input),
    ...claimFindings(input),
    ...lineageFindings(input),
    ...denied(input, manifest.policy.deny),
  ];
  return raw.map((r) => applyPolicy(r, input.entry, manifest, today));
}

function pinning({ entry, isHub }: DecisionInput): Raw[] {
  if (!isHub || (entry.revision !== null && isCommitSha(entry.revision))) return [];
  return [
    {
      rule: "PG005",
      message:
        entry.revision === null
          ? `${entry.id} has no pinned revision; pin the commit sha you reviewed (revision: <40 hex>)`
          : `${entry.id} is pinned to "${entry.revision}", a branch or tag that can move; pin the commit sha instead`,
    },
  ];
}

function disagreement({ entry, claim }: DecisionInput): Raw[] {
  const c = claim.claim;
  if (c.source !== "manifest" || claim.card === null) return [];
  const manifestSays =
    c.kind === "scratch" ? "none (trained from scratch)" : c.kind === "bases" ? c.refs.join(", ") : "";
  if (c.kind === "bases" && sameBases(c.refs, claim.card)) return [];
  return [
    {
      rule: "PG006",
      message: `${entry.id}: the manifest claims base ${manifestSays}, the model card claims ${claim.card.join(", ")}`,
    },
  ];
}

const describeComparison = (c: BaseComparison): string =>
  c.verdict === null
    ? `${c.base}: could not be compared (${c.error ?? "unknown error"})`
    : `${c.base}: ${c.verdict}${c.t === null ? "" : ` (lineage T ${c.t.toFixed(3)})`}`;

function claimFindings(input: DecisionInput): Raw[] {
  const { entry, claim, comparisons, unreadable } = input;
  if (unreadable !== null)
    return [{ rule: "PG004", message: `${entry.id} could not be checked: ${unreadable}` }];
  if (claim.claim.kind !== "bases") return [];
  const related = comparisons.filter(
    (c) => c.verdict === "high-confidence-match" || c.verdict === "weak-match",
  );
  if (related.some((c) => c.verdict === "high-confidence-match")) return [];
  if (related.length > 0)
    return [
      {
        rule: "PG007",
        message: `${entry.id}: only a weak match supports the claimed base (${related.map(describeComparison).join("; ")})`,
      },
    ];
  if (comparisons.some((c) => c.verdict === "not-matched"))
    return [
      {
        rule: "PG001",
        message: `${entry.id} claims base ${claim.claim.refs.join(", ")} (from the ${claim.claim.source}), but the weights do not match it: ${comparisons.map(describeComparison).join("; ")}`,
      },
    ];
  return [
    {
      rule: "PG004",
      message: `${entry.id}: the claimed base could not be verified, there is no weight evidence either way (${comparisons.map(describeComparison).join("; ")})`,
    },
  ];
}

function claimedBases(input: DecisionInput): readonly string[] {
  return input.claim.claim.kind === "bases" ? input.claim.claim.refs : [];
}

/** Whether a detection names one of the claimed bases (by repo id, or by the database's short name). */
function isClaimed(d: Detection, claimed: readonly string[]): boolean {
  return claimed.some((ref) => {
    const repo = repoIdOf(ref);
    const name = repo.split("/").pop() ?? repo;
    return (d.repo !== null && sameBases([d.repo], [repo])) || d.modelId.toLowerCase() === name.toLowerCase();
  });
}

function lineageFindings(input: DecisionInput): Raw[] {
  const { entry, comparisons, detections, unreadable } = input;
  if (unreadable !== null) return [];
  const claimed = claimedBases(input);
  const strongClaim = comparisons.some((c) => c.verdict === "high-confidence-match");
  const weakClaim = comparisons.some((c) => c.verdict === "weak-match");
  // The model itself may be a reference entry (a base listed in its own database): not a lineage.
  const others = detections.filter((d) => !isClaimed(d, claimed) && !isClaimed(d, [entry.id]));
  const strong = others.filter((d) => d.verdict === "high-confidence-match");
  const weak = others.filter((d) => d.verdict === "weak-match");
  const what =
    input.claim.claim.kind === "scratch"
      ? "claims to be trained from scratch"
      : claimed.length === 0
        ? "claims no base"
        : `claims base ${claimed.join(", ")}`;
  const names = (ds: readonly Detection[]): string =>
    ds
      .map((d) => `${d.modelId} (family ${d.familyId}${d.t === null ? "" : `, lineage T ${d.t.toFixed(3)}`})`)
      .join(", ");
  const out: Raw[] = [];
  if (!strongClaim && strong.length > 0)
    out.push({ rule: "PG002", message: `${entry.id} ${what}, but its weights match ${names(strong)}` });
  else if (!strongClaim && !weakClaim && weak.length > 0)
    out.push({
      rule: "PG007",
      message: `${entry.id} ${what}; a weak match to ${names(weak)} contradicts it`,
    });
  // Without a claimed base to compare with, the scan is the only evidence; its absence is PG004.
  if (!strongClaim && !weakClaim && input.scanGap !== null && input.claim.claim.kind !== "bases")
    out.push({
      rule: "PG004",
      message: `${entry.id}: its lineage could not be checked against reference databases: ${input.scanGap}`,
    });
  return out;
}

function denied(input: DecisionInput, deny: readonly DenyRule[]): Raw[] {
  const claimed = claimedBases(input);
  const strong = input.detections.filter((d) => d.verdict === "high-confidence-match");
  const out: Raw[] = [];
  for (const d of deny) {
    const why: string[] = [];
    if (d.base !== null) {
      if (claimed.some((c) => sameBases([repoIdOf(c)], [d.base!]))) why.push(`claims base ${d.base}`);
      const hit = strong.find((x) => isClaimed(x, [d.base!]));
      if (hit) why.push(`its weights match ${hit.modelId}`);
    }
    if (d.family !== null) {
      if (input.claimedFamilies.includes(d.family)) why.push(`its claimed base is in family ${d.family}`);
      const hit = strong.find((x) => x.familyId === d.family);
      if (hit) why.push(`its weights match ${hit.modelId} of family ${d.family}`);
    }
    if (why.length > 0)
      out.push({
        rule: "PG003",
        message: `${input.entry.id}: ${why.join(" and ")}, which the policy denies: ${d.reason}`,
      });
  }
  return out;
}

function applyPolicy(r: Raw, entry: ManifestModel, manifest: Manifest, today: string): Finding {
  const rule = ruleById(r.rule);
  const covering = manifest.exceptions.filter((x) => covers(x, entry, r.rule));
  const live = covering.find((x) => today <= x.expires) ?? null;
  const expired = live ? null : ([...covering].sort((a, b) => (a.expires < b.expires ? 1 : -1))[0] ?? null);
  const use = (x: ManifestException | null): ExceptionUse | null =>
    x && { reason: x.reason, expires: x.expires, position: x.position };
  const message = expired
    ? `${r.message}. An exception for this ("${expired.reason}") expired on ${expired.expires} and no longer applies`
    : r.message;
  return {
    rule: r.rule,
    name: rule.name,
    level: rule.level,
    message,
    model: entry.id,
    revision: entry.revision,
    position: entry.position,
    exception: use(live),
    expiredException: use(expired),
    fails: manifest.policy.failOn.includes(r.rule) && live === null,
  };
}

function covers(x: ManifestException, entry: ManifestModel, rule: RuleId): boolean {
  return (
    x.model === entry.id &&
    (x.revision === null || x.revision === entry.revision) &&
    (x.rule === null || x.rule === rule)
  );
}

/** Today's date in UTC as YYYY-MM-DD, the form exception expiry dates are compared in. */
export function utcDay(now: Date): string {
  return now.toISOString().slice(0, 10);
}
