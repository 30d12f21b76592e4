// The sampled profile against the full profile on a generated Llama of realistic width: every
// comparable similarity within 0.02 and the same verdict, for a light fine-tune and for an
// independently initialised model. Layers are scaled to a depth profile (as trained models have):
// a factory model's layers all carry the same energy, so its LEP profile is sampling noise only.
import { describe, expect, it } from "vitest";
import { extractWeightSignalsSampled } from "../../../../src/engine/features/weights/extract-sampled.js";
import { openWeights } from "../../../../src/engine/formats/safetensors/weights.js";
import { verdictFromIdentity } from "../../../../src/engine/scoring/verdict.js";
import { MemoryModelSource } from "../../../helpers/memory-model-source.js";
import { deriveModel, makeModel } from "../../../helpers/model-factory.js";
import { scaleLayers, signalsOf, similarities, type Files, type Similarities } from "./weights-fixtures.js";

const SPEC = { arch: "llama", seed: 11, hidden: 512, layers: 4, heads: 8, vocab: 4096 } as const;
const SCALES = [0.8, 1.0, 1.25, 1.1];
const KEYS = ["eas", "nlf", "lep", "end", "wvc", "identity"] as const;

const base = makeModel(SPEC);
const models: Record<string, Files> = {
  base: scaleLayers(base, SCALES),
  tuned: scaleLayers(deriveModel(base, { std: 0.002, seed: 5 }), SCALES),
  other: scaleLayers(makeModel({ ...SPEC, seed: 12 }), SCALES),
};

async function pair(name: string): Promise<{ full: Similarities; sampled: Similarities }> {
  const of = async (profile: "full" | "sampled") =>
    similarities(
      await signalsOf(models.base as Files, profile),
      await signalsOf(models[name] as Files, profile),
    );
  return { full: await of("full"), sampled: await of("sampled") };
}

describe("sampled vs full profile (Llama, hidden 512, 4 layers, vocab 4096)", () => {
  for (const [name, related] of [
    ["tuned", true],
    ["other", false],
  ] as const) {
    it(`agrees within 0.02 on every signal and on the verdict: base vs ${name}`, async () => {
      const { full, sampled } = await pair(name);
      console.log(`base vs ${name}`, JSON.stringify({ full, sampled }));
      for (const k of KEYS) {
        expect(Number.isNaN(sampled[k]), k).toBe(false);
        expect(Math.abs(sampled[k] - full[k]), k).toBeLessThanOrEqual(0.02);
      }
      expect(sampled.eas).toBe(full.eas);
      expect(sampled.nlf).toBe(full.nlf);
      const verdict = verdictFromIdentity(sampled.identity);
      expect(verdict.label).toBe(verdictFromIdentity(full.identity).label);
      expect(verdict.related).toBe(related);
    }, 60_000);
  }

  it("reads a small fraction of the weights and records its sampling", async () => {
    const model = new MemoryModelSource(models.base as Files);
    const set = await openWeights(model);
    const before = model.stats.bytes;
    const s = await extractWeightSignalsSampled(set, { anchorIds: null, hiddenSize: 512, numLayers: 4 });
    const weightBytes = set.tensors.reduce((n, t) => n + t.byteLength, 0);
    expect((model.stats.bytes - before) / weightBytes).toBeLessThan(0.1);
    expect(s.sampling).toEqual({
      profile: "sampled",
      blocks: 4,
      rows_per_block: 4,
      end_blocks: 16,
      end_rows_per_block: 64,
      seed: 0x5eed_2024,
      version: 2,
    });
    expect([s.eas_self_sim, s.end_histogram]).toEqual([null, null]);
    expect(s.wvc_layer_sigs?.size).toBe(4);
    expect(s.lep_profile?.length).toBe(4);
  });

  it("is deterministic: two extractions of one model are equal, and sampled ≈ full on itself", async () => {
    const a = await signalsOf(models.base as Files, "sampled");
    const b = await signalsOf(models.base as Files, "sampled");
    expect(a).toEqual(b);
    const self = similarities(a, b);
    for (const k of KEYS) expect(self[k], k).toBe(1);
  });
});
