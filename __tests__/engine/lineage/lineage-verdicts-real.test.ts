// The lineage verdict (issue 7) on the real small models of ../shared/data/models, read from their
// folders in both profiles: independently trained models of one architecture are not matched, a
// fine-tune and an 8-bit round trip of stories260K are high-confidence matches with T = 1.
//
// Every figure below is deterministic (the probe depends on shapes, layer indices and a seed, never
// on timing), so the agreement counts are pinned exactly and T is checked against the formula
// T = (K − K0) / (N − K0) of agreement.ts. The probe does not depend on the profile, so both
// profiles must give the same figures.
import { existsSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { compareFingerprints, type CompareResult } from "../../../src/engine/compare.js";
import { fingerprintModel, type FingerprintResult } from "../../../src/engine/fingerprint.js";
import { MAX_P_VALUE, LINEAGE_WEAK_T } from "../../../src/engine/lineage/lineage-verdict.js";
import { openModel } from "../../../src/engine/model/open-model.js";

const MODELS = path.resolve(import.meta.dirname, "../../../../shared/data/models");
const NAMES = [
  "scratch-code-a",
  "scratch-code-b",
  "stories260K",
  "stories260K-ft-prose",
  "stories260K-q80",
  "llama2xs-scratch",
] as const;
type Name = (typeof NAMES)[number];
const present = NAMES.every((n) => existsSync(path.join(MODELS, n, "model.safetensors")));
if (!present)
  console.warn(
    `skipping real-model lineage verdicts: ${MODELS} lacks one of ${NAMES.join(", ")} (it ships beside the repository)`,
  );

const PROFILES = ["full", "sampled"] as const;

/** Independently trained pairs: [A, B, K, N, K0, alignment, probe_of, p-value]. */
const UNRELATED: readonly [Name, Name, number, number, number, string, "a" | "b", number][] = [
  ["scratch-code-a", "scratch-code-b", 11, 612, 5, "shared-tokens", "a", 1],
  ["scratch-code-a", "stories260K", 35, 2448, 20, "none", "b", 0.22335507920087408],
  ["scratch-code-b", "stories260K", 13, 612, 5, "token-free", "a", 0.3028277441155541],
  ["llama2xs-scratch", "stories260K", 5, 192, 4, "none", "a", 1],
];

/** Derivatives of stories260K (a fine-tune on prose, a Q8_0 round trip). */
const RELATED: readonly Name[] = ["stories260K-ft-prose", "stories260K-q80"];

/** 5 layers × (k·v 32 + q·o 64 + gate·up, gate·down, up·down 3 × 172) paired units. */
const ALL_UNITS = 5 * (32 + 64 + 3 * 172);

async function fingerprintLocal(name: Name, profile: (typeof PROFILES)[number]): Promise<FingerprintResult> {
  const model = await openModel(path.join(MODELS, name), { cwd: "/" });
  try {
    return await fingerprintModel(model, profile);
  } finally {
    await model.close();
  }
}

describe.skipIf(!present)("lineage verdicts of the shared real models", () => {
  describe.each(PROFILES)("%s profile", (profile) => {
    const fps = new Map<Name, FingerprintResult>();
    const compare = (a: Name, b: Name): CompareResult =>
      compareFingerprints(fps.get(a) as FingerprintResult, fps.get(b) as FingerprintResult);

    beforeAll(async () => {
      for (const name of NAMES) fps.set(name, await fingerprintLocal(name, profile));
    }, 60_000);

    it("every model has a lineage probe over its 5 layers at D 64, stored unprojected", () => {
      for (const name of NAMES) {
        const probe = fps.get(name)?.weights?.lineage;
        expect(probe, name).toBeTruthy();
        expect([probe?.hidden, probe?.layers, probe?.dims, probe?.tokens.strings.length], name).toEqual([
          64,
          5,
          null,
          256,
        ]);
      }
    });

    it.each(UNRELATED)(
      "%s vs %s: not-matched (independent trainings)",
      (a, b, agreeing, units, chance, alignment, probeOf, pValue) => {
        const r = compare(a, b);
        expect(r.verdict.label).toBe("not-matched");
        expect(r.verdict.related).toBe(false);
        const l = r.lineage;
        expect(l).not.toBeNull();
        expect({
          agreeing: l?.agreeing,
          units: l?.units_compared,
          chance: l?.chance,
          alignment: l?.alignment,
          probe_of: l?.probe_of,
        }).toEqual({ agreeing, units, chance, alignment, probe_of: probeOf });
        expect(l?.t).toBeCloseTo((agreeing - chance) / (units - chance), 15);
        expect(l?.p_value).toBeCloseTo(pValue, 12);
        // Far from both thresholds: T under a fifth of the weak one, p far above MAX_P_VALUE.
        expect(Math.abs(l?.t ?? 1)).toBeLessThan(LINEAGE_WEAK_T / 5);
        expect(l?.p_value).toBeGreaterThan(1e4 * MAX_P_VALUE);
      },
    );

    it.each(RELATED)("stories260K vs %s: high-confidence-match, T exactly 1 in every layer", (b) => {
      const r = compare("stories260K", b);
      expect(r.verdict.label).toBe("high-confidence-match");
      expect(r.verdict.related).toBe(true);
      const l = r.lineage;
      expect(l?.t).toBe(1);
      expect({
        agreeing: l?.agreeing,
        units: l?.units_compared,
        chance: l?.chance,
        alignment: l?.alignment,
        probe_of: l?.probe_of,
      }).toEqual({ agreeing: ALL_UNITS, units: ALL_UNITS, chance: 25, alignment: "none", probe_of: "a" });
      expect(l?.layers).toEqual([0, 1, 2, 3, 4].map((i) => ({ b: i, a: i, t: 1 })));
      expect(l?.p_value).toBe(0);
      expect(l?.log10_p).toBeLessThan(-5000);
    });
  });
});
