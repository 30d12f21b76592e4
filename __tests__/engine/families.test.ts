// Families made by the model factory from one seeded base, each with the verdict it must get
// against the base, in both extraction profiles (issue 4's evidence).
import { describe, expect, it } from "vitest";
import { compareFingerprints } from "../../src/engine/compare.js";
import { fingerprintModel, type FingerprintResult, type Profile } from "../../src/engine/fingerprint.js";
import { makeModel, type GeneratedModel } from "../helpers/model-factory.js";
import * as T from "../helpers/model-transforms.js";
import { MemoryModelSource } from "../helpers/memory-model-source.js";

const base = makeModel({ arch: "llama", seed: 1, hidden: 128, layers: 4, heads: 4, kvHeads: 2, vocab: 512 });

/** [name, make the model, expected relation]: "related" = a match label, "unrelated" = not-matched. */
const FAMILY: [string, () => GeneratedModel, "related" | "unrelated"][] = [
  ["small fine-tune drift", () => T.fineTune(base, { std: T.SMALL_DRIFT, seed: 2 }), "related"],
  ["large fine-tune drift", () => T.fineTune(base, { std: T.LARGE_DRIFT, seed: 2 }), "related"],
  ["merged low-rank update", () => T.mergeLowRank(base, { rank: 8, scale: 0.5, seed: 3 }), "related"],
  ["int8 round trip", () => T.quantizeRoundTrip(base, { bits: 8 }), "related"],
  ["4-bit group round trip", () => T.quantizeRoundTrip(base, { bits: 4, groupSize: 32 }), "related"],
  ["bf16 cast", () => T.castDtype(base, "BF16"), "related"],
  ["one layer removed", () => T.dropLayer(base, 2), "related"],
  ["vocabulary extended", () => T.extendVocab(base, { extra: 64, seed: 4 }), "related"],
  ["tensors renamed", () => T.renameTensors(base, T.inventedNames), "related"],
  ["same config and tokenizer, another seed", () => T.otherSeed(base, 9), "unrelated"],
  ["another width", () => T.otherWidth(base, 192), "unrelated"],
];

async function fp(m: GeneratedModel, profile: Profile): Promise<FingerprintResult> {
  return fingerprintModel(new MemoryModelSource(m.files), profile);
}

describe.each(["full", "sampled"] as const)("families in the %s profile", (profile) => {
  // Names and relations only in the table vitest formats: a model in it would be stringified whole.
  it.each(FAMILY.map(([name, , relation]) => [name, relation] as const))(
    "%s → %s",
    async (name, relation) => {
      const make = FAMILY.find(([n]) => n === name)?.[1] as () => GeneratedModel;
      const r = compareFingerprints(await fp(base, profile), await fp(make(), profile));
      expect(r.verdict.related, `identity ${r.identity_score}, signals ${JSON.stringify(r.signals)}`).toBe(
        relation === "related",
      );
    },
  );
});
