// The lineage test's null (issue 7): 1,104 independent random-init pairs of four shapes, plus
// disguised independent pairs. No pair may reach a match, and the documented threshold rule
// (lineage-verdict.ts, docs/lineage.md) applied to the null's largest T reproduces the shipped
// thresholds. The independently trained models of ../shared/data are in lineage-verdicts-real.
import { describe, expect, it } from "vitest";
import {
  LINEAGE_HIGH_T,
  LINEAGE_WEAK_T,
  MAX_P_VALUE,
  thresholdsFromNull,
  verdictFromLineage,
} from "../../../src/engine/lineage/lineage-verdict.js";
import { lineageOfProbes } from "../../../src/engine/lineage/probe-lineage.js";
import { NULL_SHAPES, probeOf, randomInitNull, type NullPair } from "../../helpers/lineage-null.js";
import { makeModel } from "../../helpers/model-factory.js";
import { disguiseAll, freshVocab, permuteResidual } from "../../helpers/model-transforms.js";

describe("the lineage test's null", () => {
  let pairs: NullPair[] = [];

  it("1,104 random-init pairs of four shapes: none is a match", { timeout: 600_000 }, async () => {
    pairs = await randomInitNull();
    expect(pairs.length).toBe(1104);
    expect(new Set(pairs.map((p) => p.shape))).toEqual(new Set([0, 1, 2, 3]));
    const related = pairs.filter((p) => verdictFromLineage({ kind: "outcome", outcome: p.outcome }).related);
    expect(related).toEqual([]);
    // Not one pair comes near either condition of a match.
    for (const p of pairs) {
      expect(p.outcome.t).toBeLessThan(LINEAGE_WEAK_T / 2);
      expect(p.outcome.pValue).toBeGreaterThan(MAX_P_VALUE * 1e3);
    }
  });

  it("the documented rule reproduces the shipped thresholds from the null's largest T", () => {
    expect(pairs.length).toBe(1104);
    const maxT = Math.max(...pairs.map((p) => p.outcome.t));
    expect(thresholdsFromNull(maxT)).toEqual({ weak: LINEAGE_WEAK_T, high: LINEAGE_HIGH_T });
    // The rule itself: the smallest multiple of 0.05 at least twice the largest null T, doubled.
    expect(thresholdsFromNull(0)).toEqual({ weak: 0.05, high: 0.1 });
    expect(thresholdsFromNull(0.025)).toEqual({ weak: 0.05, high: 0.1 });
    expect(thresholdsFromNull(0.0251)).toEqual({ weak: 0.1, high: 0.2 });
    expect(thresholdsFromNull(0.2)).toEqual({ weak: 0.4, high: 0.8 });
  });

  it("disguised independent models stay at chance", { timeout: 120_000 }, async () => {
    const spec = NULL_SHAPES[0]!;
    const base = await probeOf(makeModel({ ...spec, seed: 7 }));
    for (const seed of [8, 9, 10]) {
      const other = makeModel({ ...spec, seed });
      for (const disguised of [
        disguiseAll(other, seed),
        permuteResidual(other, seed).model,
        // No shared token: the token-free alignment is tried, and must find nothing.
        disguiseAll(other, seed, "fresh"),
        permuteResidual(freshVocab(other, seed), seed).model,
      ]) {
        const outcome = lineageOfProbes(base, await probeOf(disguised))!;
        expect(outcome.t).toBeLessThan(LINEAGE_WEAK_T / 2);
        expect(verdictFromLineage({ kind: "outcome", outcome }).label).toBe("not-matched");
      }
    }
  });
});
