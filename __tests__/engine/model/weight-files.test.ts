import { describe, expect, it } from "vitest";
import { compareFingerprints } from "../../../src/engine/compare.js";
import { fingerprintModel } from "../../../src/engine/fingerprint.js";
import { inspectModel } from "../../../src/engine/inspect.js";
import { hasSafetensorsWeights, noWeightsReason } from "../../../src/engine/model/weight-files.js";
import { MemoryModelSource } from "../../helpers/memory-model-source.js";
import { makeModel } from "../../helpers/model-factory.js";

const CONFIG = JSON.stringify({
  architectures: ["LlamaForCausalLM"],
  model_type: "llama",
  hidden_size: 64,
  num_hidden_layers: 2,
});

describe("models without readable weights", () => {
  it("says a pickle-only model is unverifiable and never opens the pickle", async () => {
    const model = new MemoryModelSource({ "config.json": CONFIG, "pytorch_model.bin": "\x80\x02not really" });
    expect(hasSafetensorsWeights(model)).toBe(false);
    expect(noWeightsReason(model)).toBe(
      "weights only in pickle format (pytorch_model.bin): never unpickled, so the weights are unverifiable",
    );
    const report = await inspectModel(model);
    expect([report.weights, report.notes]).toEqual([null, [noWeightsReason(model)]]);
    const f = await fingerprintModel(model);
    expect(model.reads.some((r) => r.path === "pytorch_model.bin")).toBe(false);
    expect([f.weights, f.fingerprint.weights]).toEqual([null, null]);
    const base = makeModel({ arch: "llama", seed: 1, hidden: 64, layers: 2, heads: 4, vocab: 300 });
    const r = compareFingerprints(await fingerprintModel(new MemoryModelSource(base.files)), f);
    expect([r.identity_score, r.verdict.label, r.verdict.related]).toEqual([null, "unverified", false]);
  });

  it("ignores safetensors in sub-folders (other components)", () => {
    expect(hasSafetensorsWeights(new MemoryModelSource({ "onnx/model.safetensors": "" }))).toBe(false);
    expect(noWeightsReason(new MemoryModelSource({ "config.json": "{}" }))).toBe(
      "no safetensors weights found",
    );
  });
});
