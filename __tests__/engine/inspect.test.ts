// inspect end to end: a factory model behind the loopback Hub, read through openModel, with the
// exact requests and bytes it took.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { inspectModel } from "../../src/engine/inspect.js";
import { HEADER_PROBE_BYTES } from "../../src/engine/formats/safetensors/header.js";
import { openModel } from "../../src/engine/model/open-model.js";
import { makeModel } from "../helpers/model-factory.js";
import { startLoopbackHub, type LoopbackHub } from "../helpers/loopback-hub.js";

const SHA = "0123456789abcdef0123456789abcdef01234567";
const model = makeModel({
  arch: "llama",
  seed: 7,
  hidden: 64,
  layers: 3,
  heads: 4,
  kvHeads: 2,
  vocab: 400,
  dtype: "BF16",
  shards: 2,
});
let hub: LoopbackHub;

beforeAll(async () => {
  hub = await startLoopbackHub({
    repos: [model.servedRepo("org/tiny", SHA), { ...model.servedRepo("org/secret", SHA), private: true }],
    tokens: ["hf_reader"],
  });
});
afterAll(async () => {
  await hub.close();
});

const sizeOf = (path: string): number => model.files.get(path)?.byteLength ?? -1;

describe("inspect through the loopback Hub", () => {
  it("reads the file list, config, index and shard headers only", async () => {
    const source = await openModel("org/tiny", { hubUrl: hub.url, cwd: "/" });
    const r = await inspectModel(source);
    await source.close();
    expect([r.source, r.repo, r.requested_revision, r.revision, r.ref]).toEqual([
      "hub",
      "org/tiny",
      "main",
      SHA,
      `org/tiny@${SHA}`,
    ]);
    expect(r.files.map((f) => [f.path, f.size])).toEqual(
      [...model.files.keys()].sort().map((p) => [p, sizeOf(p)]),
    );
    expect(r.config).toMatchObject({
      model_type: "llama",
      hidden_size: 64,
      num_hidden_layers: 3,
      vocab_size: 400,
      torch_dtype: "bfloat16",
    });
    const w = r.weights!;
    expect(w.format).toBe("safetensors-sharded");
    expect(w.shards.map((s) => s.file)).toEqual([
      "model-00001-of-00002.safetensors",
      "model-00002-of-00002.safetensors",
    ]);
    const expected = model.tensors.map((t) => ({
      name: t.name,
      dtype: "BF16",
      shape: t.shape,
      shard: t.file,
    }));
    const byName = (a: { name: string }, b: { name: string }): number => (a.name < b.name ? -1 : 1);
    expect(
      w.tensors.map(({ name, dtype, shape, shard }) => ({ name, dtype, shape, shard })).sort(byName),
    ).toEqual(expected.sort(byName));
    const params = model.tensors.reduce((a, t) => a + t.values.length, 0);
    expect([w.total_tensors, w.total_parameters, w.total_bytes, w.dtypes]).toEqual([
      model.tensors.length,
      params,
      2 * params,
      { BF16: params },
    ]);
    // model info + tree + config.json + index + one probe per shard header.
    const shardBytes = w.shards.map((s) => Math.min(sizeOf(s.file), HEADER_PROBE_BYTES));
    expect(r.requests).toBe(6);
    const apiBytes = hub.requests.filter((q) => q.path.startsWith("/api/")).reduce((a, q) => a + q.bytes, 0);
    expect(r.bytes_read).toBe(
      apiBytes +
        sizeOf("config.json") +
        sizeOf("model.safetensors.index.json") +
        shardBytes[0]! +
        shardBytes[1]!,
    );
    expect(hub.requests.filter((q) => q.path.includes("/resolve/")).map((q) => q.range)).toEqual([
      undefined,
      undefined,
      `bytes=0-${shardBytes[0]! - 1}`,
      `bytes=0-${shardBytes[1]! - 1}`,
    ]);
  });

  it("gets the same answer through a 429 and a dropped connection", async () => {
    const clean = await inspectModel(await openModel("org/tiny", { hubUrl: hub.url, cwd: "/" }));
    hub.setFaults([
      { match: /model-00001-of-00002\.safetensors/, kind: "429", retryAfter: "0" },
      { match: /model-00002-of-00002\.safetensors/, kind: "reset", afterBytes: 100 },
    ]);
    const faulty = await openModel("org/tiny", { hubUrl: hub.url, cwd: "/" });
    const r = await inspectModel(faulty);
    expect(r.weights).toEqual(clean.weights);
    expect(faulty.stats.retries).toBe(2);
    expect(r.requests).toBe(8);
  });

  it("names the repo and the fix when a private repo is read without a token", async () => {
    await expect(openModel("org/secret", { hubUrl: hub.url, cwd: "/" })).rejects.toThrow(
      "org/secret@main is private or gated, or does not exist: pass a token with --token or HF_TOKEN (a token with read access)",
    );
    const ok = await openModel("org/secret", { hubUrl: hub.url, cwd: "/", token: "hf_reader" });
    expect(ok.revision).toBe(SHA);
  });
});
