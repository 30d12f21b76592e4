// Prepared similarities must be bit-for-bit those of compare's weightSimilarities, on every path
// (same shapes, prefixes, NLF stats conversion, EAS blocks of different sizes, missing signals,
// incomparable sampling), so a scan and a compare of the same pair agree exactly.
import { existsSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { weightSimilarities } from "../../../src/engine/compare.js";
import { fingerprintModel } from "../../../src/engine/fingerprint.js";
import type { WeightSignals } from "../../../src/engine/features/weights/weight-signals.js";
import { openModel } from "../../../src/engine/model/open-model.js";
import {
  prepareSignals,
  preparedSimilarities,
  type PreparedSimilarities,
} from "../../../src/engine/reference/scan-signals.js";
import type { IdentitySignals } from "../../../src/engine/scoring/identity.js";
import { identityScore } from "../../../src/engine/scoring/identity.js";
import { dot } from "../../../src/engine/scoring/dot.js";
import type { WeightEvidence } from "../../../src/engine/weight-evidence.js";
import { deriveSignals, syntheticSignals } from "../../helpers/synthetic-signals.js";

const evidence = (signals: WeightSignals): WeightEvidence => ({
  profile: signals.sampling.profile,
  signals,
  embeddingRows: null,
  lineage: null,
});

/** The similarities alone; asking for WVC (the default) never skips it. */
function withoutSkipFlag(r: PreparedSimilarities): IdentitySignals {
  const { wvcSkipped, ...rest } = r;
  expect(wvcSkipped).toBe(false);
  return rest;
}

function both(q: WeightSignals, e: WeightSignals) {
  return {
    prepared: withoutSkipFlag(preparedSimilarities(prepareSignals(q), prepareSignals(e))),
    plain: weightSimilarities(evidence(q), evidence(e)),
  };
}

const small = { seed: 1, layers: 4, hidden: 64, wvcPerLayer: 256 };
const SAMPLED = {
  profile: "sampled",
  blocks: 4,
  rows_per_block: 8,
  end_blocks: 16,
  end_rows_per_block: 64,
  seed: 1,
  version: 1,
} as const;

describe("prepared similarities", () => {
  const base = syntheticSignals(small);
  const cases: Record<string, () => [WeightSignals, WeightSignals]> = {
    itself: () => [base, base],
    "a derived copy": () => [deriveSignals(base, 7), base],
    "an unrelated record of the same shape": () => [syntheticSignals({ ...small, seed: 2 }), base],
    "other hidden size, depth and WVC length (stats, interpolation, prefixes)": () => [
      syntheticSignals({ seed: 3, layers: 6, hidden: 48, wvcPerLayer: 200 }),
      base,
    ],
    "stats NLF against direct NLF": () => [syntheticSignals({ ...small, seed: 4, nlfMode: "stats" }), base],
    "EAS blocks of 32 and 64 anchors": () => [syntheticSignals({ ...small, seed: 5, anchors: 32 }), base],
    "a record without WVC, EAS or NLF": () => [
      { ...base, wvc_layer_sigs: null, eas_self_sim: null, nlf_vector: null, nlf_mode: null },
      base,
    ],
    "sampled against full (WVC not comparable)": () => [
      { ...deriveSignals(base, 8), sampling: SAMPLED },
      base,
    ],
    "WVC layers too short to score": () => [
      syntheticSignals({ ...small, seed: 6, wvcPerLayer: 32 }),
      syntheticSignals({ ...small, seed: 6, wvcPerLayer: 40 }),
    ],
  };

  for (const [name, make] of Object.entries(cases)) {
    it(`equal compare's on ${name}`, () => {
      const [q, e] = make();
      const { prepared, plain } = both(q, e);
      expect(prepared).toEqual(plain);
      expect(identityScore(prepared)).toBe(identityScore(plain));
    });
  }

  it("scores a derived copy high and an unrelated record low (the fixtures do what they claim)", () => {
    const rel = both(deriveSignals(base, 7), base).prepared;
    const unrel = both(syntheticSignals({ ...small, seed: 2 }), base).prepared;
    expect(identityScore(rel)).toBeGreaterThan(0.9);
    expect(identityScore(unrel)).toBeLessThan(0.75);
    expect(rel.wvc).toBeGreaterThan(0.99);
    expect(unrel.wvc).toBeLessThan(0.2);
  });

  it("skips WVC only when asked, after showing the other four with WVC's bound", () => {
    const q = prepareSignals(syntheticSignals({ ...small, seed: 2 }));
    const full = withoutSkipFlag(preparedSimilarities(q, prepareSignals(base)));
    const seen: IdentitySignals[] = [];
    const skipped = preparedSimilarities(q, prepareSignals(base), (partial) => {
      seen.push(partial);
      return false;
    });
    expect(seen).toEqual([{ ...full, wvc: 1 }]);
    expect(skipped).toEqual({ ...full, wvc: NaN, wvcSkipped: true, wvcBound: 1 });
    // Not comparable (sampled against full): never offered, never skipped.
    const sampled = prepareSignals({ ...base, sampling: SAMPLED });
    expect(preparedSimilarities(q, sampled, () => false).wvcSkipped).toBe(false);
  });

  it("bounds WVC after each layer by the mean with the remaining layers at 1, rounded up", () => {
    const q = prepareSignals(syntheticSignals({ ...small, seed: 2 }));
    const e = prepareSignals(base);
    const full = withoutSkipFlag(preparedSimilarities(q, e));
    const bounds: number[] = [];
    const done = preparedSimilarities(q, e, (b) => (bounds.push(b.wvc), true));
    expect(withoutSkipFlag(done)).toEqual(full);
    // 4 layers: 1 before any, then one bound after each layer but the last.
    expect(bounds).toHaveLength(4);
    expect(bounds[0]).toBe(1);
    const cosines = [0, 1, 2, 3].map((l) => layerCosine(q.signals, e.signals, l));
    for (let k = 1; k < 4; k++) {
      const exact = (cosines.slice(0, k).reduce((a, c) => a + c, 0) + (4 - k)) / 4;
      expect(bounds[k]).toBeGreaterThanOrEqual(exact);
      expect(bounds[k]).toBeLessThanOrEqual(exact + 1e-4);
      expect(bounds[k]).toBeLessThanOrEqual(bounds[k - 1] as number);
      expect(bounds[k]).toBeGreaterThanOrEqual(full.wvc);
    }
    // Declining after the second layer reports that bound.
    let calls = 0;
    const stopped = preparedSimilarities(q, e, () => ++calls < 3);
    expect(stopped).toEqual({ ...full, wvc: NaN, wvcSkipped: true, wvcBound: bounds[2] });
  });

  it("rules out only what compare rules out: a scan's stop rule never hides a match", () => {
    const need = (b: IdentitySignals) => identityScore(b) > 0.65;
    // 16 layers (a 4-layer WVC ends before its bound can fall far enough).
    const deep = { ...small, layers: 16 };
    const e = prepareSignals(syntheticSignals({ ...deep, seed: 1 }));
    const q = prepareSignals(syntheticSignals({ ...deep, seed: 2 }));
    const unrelated = preparedSimilarities(q, e, need);
    const exact = withoutSkipFlag(preparedSimilarities(q, e));
    expect(unrelated.wvcSkipped).toBe(true);
    const bound = unrelated.wvcSkipped ? unrelated.wvcBound : NaN;
    expect(bound).toBeLessThan(1); // stopped part-way, not before the first layer
    expect(identityScore({ ...unrelated, wvc: bound })).toBeLessThanOrEqual(0.65);
    expect(identityScore({ ...unrelated, wvc: bound })).toBeGreaterThanOrEqual(identityScore(exact));
    const copy = deriveSignals(e.signals, 7);
    const related = preparedSimilarities(prepareSignals(copy), e, need);
    expect(withoutSkipFlag(related)).toEqual(both(copy, e.signals).plain);
  });

  it("offers no bound below 1 when a layer can make WVC NaN", () => {
    const q = syntheticSignals({ ...small, seed: 2 });
    const layers = new Map(q.wvc_layer_sigs);
    const broken = Float32Array.from(layers.get(3) as Float32Array);
    broken[5] = NaN;
    layers.set(3, broken);
    const withNaN = { ...q, wvc_layer_sigs: layers };
    const bounds: number[] = [];
    const r = preparedSimilarities(
      prepareSignals(withNaN),
      prepareSignals(base),
      (b) => (bounds.push(b.wvc), true),
    );
    expect(bounds).toEqual([1]);
    expect(withoutSkipFlag(r)).toEqual(both(withNaN, base).plain);
    expect(r.wvc).toBeNaN();
  });

  it("prepares a record once, however many entries share it", () => {
    expect(prepareSignals(base)).toBe(prepareSignals(base));
  });
});

/** The clamped cosine of one WVC layer, as wvcSimilarity computes it. */
function layerCosine(a: WeightSignals, b: WeightSignals, layer: number): number {
  const x = a.wvc_layer_sigs?.get(layer) as Float32Array;
  const y = b.wvc_layer_sigs?.get(layer) as Float32Array;
  const c = dot(x, y) / (Math.sqrt(dot(x, x)) * Math.sqrt(dot(y, y)));
  return Math.min(1, Math.max(0, c));
}

const MODELS = path.resolve(import.meta.dirname, "../../../../shared/data/models");
const present = existsSync(path.join(MODELS, "stories260K"));
if (!present) console.warn(`skipping prepared-similarity tests on real models: ${MODELS} is absent`);

describe.skipIf(!present)("prepared similarities on real models", () => {
  it("equal compare's for stories260K against its q80 copy and an unrelated model, both profiles", async () => {
    const fp = async (name: string, profile: "full" | "sampled") => {
      const m = await openModel(path.join(MODELS, name), { cwd: "/" });
      try {
        return (await fingerprintModel(m, profile)).weights as WeightEvidence;
      } finally {
        await m.close();
      }
    };
    const base = await fp("stories260K", "full");
    for (const other of [await fp("stories260K-q80", "full"), await fp("llama2xs-scratch", "sampled")]) {
      const prepared = withoutSkipFlag(
        preparedSimilarities(prepareSignals(other.signals), prepareSignals(base.signals)),
      );
      expect(prepared).toEqual(weightSimilarities(other, base));
    }
  });
});
