// The real small models of ../shared/data/models, read locally and through the loopback Hub:
// both paths see the same files and tensors.
import { existsSync, readdirSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { inspectModel, type InspectReport } from "../../src/engine/inspect.js";
import { openModel } from "../../src/engine/model/open-model.js";
import { startLoopbackHub, type LoopbackHub } from "../helpers/loopback-hub.js";
import { folderRepo } from "../helpers/served-repo.js";

const MODELS = path.resolve(import.meta.dirname, "../../../shared/data/models");
const present = existsSync(MODELS);
if (!present)
  console.warn(`skipping shared-model tests: ${MODELS} is absent (it ships beside the repository)`);
const names = present ? readdirSync(MODELS).sort() : [];
const SHA = "5a5a5a5a5a5a5a5a5a5a5a5a5a5a5a5a5a5a5a5a";

async function inspectRef(ref: string, hubUrl?: string): Promise<InspectReport> {
  const model = await openModel(ref, { cwd: "/", ...(hubUrl ? { hubUrl } : {}) });
  try {
    return await inspectModel(model);
  } finally {
    await model.close();
  }
}

describe.skipIf(!present)("shared real models", () => {
  let hub: LoopbackHub;
  beforeAll(async () => {
    hub = await startLoopbackHub({
      repos: await Promise.all(names.map((n) => folderRepo(path.join(MODELS, n), `shared/${n}`, SHA))),
    });
  });
  afterAll(async () => {
    await hub?.close();
  });

  it("are all the models the shared README lists", () => {
    expect(names).toEqual([
      "capp-gpt",
      "llama2xs-scratch",
      "scratch-code-a",
      "scratch-code-b",
      "stories260K",
      "stories260K-ft-prose",
      "stories260K-q80",
      "tiny-gpt2-medical",
      "tiny-gpt2-random-a",
      "tiny-gpt2-random-small",
    ]);
  });

  it.each(names)("%s reads the same locally and through the Hub", async (name) => {
    const local = await inspectRef(path.join(MODELS, name));
    const remote = await inspectRef(`shared/${name}`, hub.url);
    expect(remote.files.map((f) => [f.path, f.size])).toEqual(local.files.map((f) => [f.path, f.size]));
    expect(remote.config).toEqual(local.config);
    expect(remote.weights).toEqual(local.weights);
    expect(local.weights?.format).toBe("safetensors");
  });

  it("stories260K has the tensor table of a 5-layer Llama with tied embeddings", async () => {
    const r = await inspectRef(path.join(MODELS, "stories260K"));
    expect(r.config).toMatchObject({
      model_type: "llama",
      hidden_size: 64,
      num_hidden_layers: 5,
      num_attention_heads: 8,
      num_key_value_heads: 4,
      vocab_size: 512,
    });
    expect([r.weights?.total_tensors, r.weights?.total_parameters]).toEqual([
      47,
      512 * 64 + 5 * (64 * 64 * 2 + 32 * 64 * 2 + 3 * 172 * 64 + 2 * 64) + 64,
    ]);
    expect(r.weights?.tensors.find((t) => t.name === "model.layers.0.self_attn.k_proj.weight")).toEqual({
      name: "model.layers.0.self_attn.k_proj.weight",
      dtype: "F32",
      shape: [32, 64],
      bytes: 8192,
      shard: "model.safetensors",
    });
    expect(r.weights?.tensors.some((t) => t.name === "lm_head.weight")).toBe(false);
  });
});
