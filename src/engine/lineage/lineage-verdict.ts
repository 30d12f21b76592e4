// The verdict rests on the lineage test (issue 7; design §5 as amended in docs/lineage.md): a match
// needs agreement T above a threshold set from a null of independent pairs AND a Poisson tail below
// MAX_P_VALUE. The reference's identity score stays in every report as a similarity readout and can
// never produce a match on its own.
//
// Thresholds come from the rule in docs/lineage.md, applied to the null measured by
// `npm run bench -- lineage-null` (random-init pairs of several shapes and seeds, the independently
// trained models of ../shared/data/models, disguised independent models): weak = the smallest
// multiple of 0.05 at least twice the largest null T, high = twice weak. The null's figures are in
// docs/lineage.md, and a test re-derives these constants from the rule.

import type { Verdict } from "../scoring/verdict.js";
import type { LineageProbe } from "./probe.js";
import type { LineageOutcome } from "./probe-lineage.js";

export const LINEAGE_WEAK_T = 0.1;
export const LINEAGE_HIGH_T = 0.2;
export const MAX_P_VALUE = 1e-6;
/** Fewer paired units than this cannot reach MAX_P_VALUE honestly: the test says nothing. */
export const MIN_UNITS = 16;

/** The rule: weak = ⌈2 · max null T / 0.05⌉ · 0.05 (at least 0.05), high = 2 · weak. */
export function thresholdsFromNull(maxNullT: number): { weak: number; high: number } {
  const weak = Math.max(1, Math.ceil((2 * Math.max(0, maxNullT)) / 0.05 - 1e-9)) * 0.05;
  const round = (x: number) => Math.round(x * 1e6) / 1e6;
  return { weak: round(weak), high: round(2 * weak) };
}

/** The lineage part of a comparison's JSON. */
export interface LineageJson {
  readonly t: number;
  readonly p_value: number;
  readonly log10_p: number;
  readonly units_compared: number;
  readonly agreeing: number;
  readonly chance: number;
  readonly alignment: string;
  readonly probe_of: "a" | "b";
  readonly layers: readonly { readonly b: number; readonly a: number; readonly t: number }[];
}

export function lineageJson(l: LineageOutcome): LineageJson {
  return {
    t: l.t,
    p_value: l.pValue,
    log10_p: l.log10P,
    units_compared: l.unitsCompared,
    agreeing: l.agreeing,
    chance: l.chance,
    alignment: l.alignment,
    probe_of: l.probeOf,
    layers: l.layers.map(({ b, a, t }) => ({ b, a, t })),
  };
}

export type LineageInput =
  | { readonly kind: "outcome"; readonly outcome: LineageOutcome }
  | { readonly kind: "widths"; readonly a: number; readonly b: number }
  | { readonly kind: "missing"; readonly reason: string };

export function verdictFromLineage(input: LineageInput): Verdict {
  if (input.kind === "missing")
    return { label: "unverified", related: false, basis: `no lineage test: ${input.reason}` };
  if (input.kind === "widths")
    return {
      label: "not-matched",
      related: false,
      basis: `residual widths differ (${input.a} and ${input.b}): no layer weight can be shared as it is`,
    };
  const l = input.outcome;
  const t = l.t.toFixed(3);
  const p = l.pValue === 0 ? `1e${Math.round(l.log10P)}` : l.pValue.toPrecision(2);
  if (l.unitsCompared < MIN_UNITS)
    return {
      label: "unverified",
      related: false,
      basis: `lineage test compared ${l.unitsCompared} units, fewer than ${MIN_UNITS}`,
    };
  const significant = l.log10P <= Math.log10(MAX_P_VALUE);
  if (significant && l.t >= LINEAGE_HIGH_T)
    return {
      label: "high-confidence-match",
      related: true,
      basis: `lineage T ${t} ≥ ${LINEAGE_HIGH_T}, p ${p}`,
    };
  if (significant && l.t >= LINEAGE_WEAK_T)
    return { label: "weak-match", related: true, basis: `lineage T ${t} ≥ ${LINEAGE_WEAK_T}, p ${p}` };
  return {
    label: "not-matched",
    related: false,
    basis: significant
      ? `lineage T ${t} < ${LINEAGE_WEAK_T} (p ${p})`
      : `lineage p ${p} > ${MAX_P_VALUE} (T ${t})`,
  };
}

/** What the lineage test can say about two models' probes. */
export function lineageInput(
  a: LineageProbe | null,
  b: LineageProbe | null,
  run: (a: LineageProbe, b: LineageProbe) => LineageOutcome | null,
): LineageInput {
  if (!a || !b)
    return {
      kind: "missing",
      reason: `${!a ? "A" : "B"} has no lineage probe (no layer matrices with a hidden-size side)`,
    };
  if (a.hidden !== b.hidden) return { kind: "widths", a: a.hidden, b: b.hidden };
  const outcome = run(a, b);
  return outcome
    ? { kind: "outcome", outcome }
    : { kind: "missing", reason: "no matrix of one model has the unit count of a probe matrix of the other" };
}
