import { describe, expect, it } from "vitest";
import { MalformedInputError } from "../../../src/engine/errors.js";
import type { ByteSource } from "../../../src/engine/io/byte-source.js";
import { MAX_INDEX_BYTES } from "../../../src/engine/formats/safetensors/index-file.js";
import { NoWeightsError, openWeights } from "../../../src/engine/formats/safetensors/weights.js";
import { encodeTensor } from "../../helpers/dtype-encoders.js";
import { MemoryModelSource } from "../../helpers/memory-model-source.js";
import { writeSafetensors, type TensorSpec } from "../../helpers/safetensors-writer.js";

const INDEX = "model.safetensors.index.json";
const SHARD1 = "model-00001-of-00002.safetensors";
const SHARD2 = "model-00002-of-00002.safetensors";

const f32 = (name: string, values: number[]): TensorSpec => ({
  name,
  dtype: "F32",
  shape: [values.length],
  data: encodeTensor("F32", values),
});

const file = (...tensors: TensorSpec[]): Uint8Array => writeSafetensors(tensors);
const index = (map: Record<string, string>): string =>
  JSON.stringify({ metadata: { total_size: 0 }, weight_map: map });

/** A two-shard model: shard 1 holds b then a, shard 2 holds c. */
function sharded(
  map: Record<string, string> = { a: SHARD1, b: SHARD1, c: SHARD2 },
): Record<string, Uint8Array | string> {
  return {
    [INDEX]: index(map),
    [SHARD1]: file(f32("b", [1, 2]), f32("a", [3])),
    [SHARD2]: file(f32("c", [4, 5, 6])),
    "config.json": "{}",
  };
}

async function expectMalformed(model: MemoryModelSource, message: string): Promise<void> {
  const err = await openWeights(model).catch((e: unknown) => e);
  expect(err).toBeInstanceOf(MalformedInputError);
  expect((err as Error).message).toBe(message);
}

describe("openWeights: where weights are found", () => {
  it("opens model.safetensors as a single-file set", async () => {
    const model = new MemoryModelSource({ "model.safetensors": file(f32("w", [1, 2]), f32("v", [3])) });
    const set = await openWeights(model);
    expect(set.format).toBe("safetensors");
    expect(set.indexFile).toBeUndefined();
    expect(set.shards.map((s) => s.file)).toEqual(["model.safetensors"]);
    expect(set.tensors.map((t) => t.name)).toEqual(["w", "v"]);
    expect(set.get("v")).toBe(set.tensors[1]);
    expect(set.get("x")).toBeUndefined();
    expect(model.reads.map((r) => r.offset)).toEqual([0]); // one probe holds prefix and header
  });

  it("opens an indexed model: shards by name, tensors in shard then offset order", async () => {
    const model = new MemoryModelSource(sharded());
    const set = await openWeights(model);
    expect(set.format).toBe("safetensors-sharded");
    expect(set.indexFile).toBe(INDEX);
    expect(set.shards.map((s) => s.file)).toEqual([SHARD1, SHARD2]);
    expect(set.tensors.map((t) => `${t.file}:${t.name}`)).toEqual([
      `${SHARD1}:b`,
      `${SHARD1}:a`,
      `${SHARD2}:c`,
    ]);
    expect(set.get("c")?.file).toBe(SHARD2);
    // The index once, then one probe read per shard header.
    expect(model.reads.map((r) => [r.path, r.offset])).toEqual([
      [INDEX, 0],
      [SHARD1, 0],
      [SHARD2, 0],
    ]);
    expect(model.stats.requests).toBe(3);
  });

  it("prefers the index over model.safetensors", async () => {
    const model = new MemoryModelSource({ ...sharded(), "model.safetensors": file(f32("z", [0])) });
    expect((await openWeights(model)).tensors.map((t) => t.name)).toEqual(["b", "a", "c"]);
  });

  it("without index or model.safetensors, reads every top-level .safetensors file, sorted", async () => {
    const model = new MemoryModelSource({
      "b.safetensors": file(f32("y", [1])),
      "a.safetensors": file(f32("x", [1])),
      "text_encoder/model.safetensors": file(f32("t", [1])),
      "pytorch_model.bin": "not read",
    });
    const set = await openWeights(model);
    expect(set.format).toBe("safetensors-sharded");
    expect(set.shards.map((s) => s.file)).toEqual(["a.safetensors", "b.safetensors"]);
    expect(set.tensors.map((t) => t.name)).toEqual(["x", "y"]);
  });

  it("treats a lone top-level file (e.g. an adapter) as a single-file set", async () => {
    const model = new MemoryModelSource({ "adapter_model.safetensors": file(f32("lora_A", [1])) });
    const set = await openWeights(model);
    expect([set.format, set.shards[0]?.file]).toEqual(["safetensors", "adapter_model.safetensors"]);
  });

  it("rejects a tensor repeated across unindexed files", async () => {
    const model = new MemoryModelSource({
      "a.safetensors": file(f32("x", [1])),
      "b.safetensors": file(f32("x", [2])),
    });
    await expectMalformed(
      model,
      'b.safetensors [x]: tensor also appears in "a.safetensors"; a tensor must live in exactly one file',
    );
  });

  it("says what it looked for when there are no weights", async () => {
    const model = new MemoryModelSource({ "config.json": "{}", "sub/model.safetensors": file() });
    const err = await openWeights(model).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(NoWeightsError);
    expect(err).toBeInstanceOf(MalformedInputError);
    expect((err as Error).message).toBe(
      "/models/memory: no safetensors weights: looked for model.safetensors.index.json, model.safetensors and " +
        "*.safetensors at the top level; none of these exist",
    );
  });

  it("names weight files of other formats when there are no safetensors", async () => {
    const model = new MemoryModelSource({ "pytorch_model.bin": "x", "model.gguf": "y" }, "org/m@abc");
    await expectMalformed(
      model,
      "org/m@abc: no safetensors weights: looked for model.safetensors.index.json, model.safetensors and " +
        "*.safetensors at the top level; none of these exist; found model.gguf, pytorch_model.bin, which are not safetensors",
    );
  });
});

describe("openWeights: index and shards must agree", () => {
  it("rejects an index naming a shard the model does not have", async () => {
    const files = sharded();
    delete files[SHARD2];
    await expectMalformed(
      new MemoryModelSource(files),
      `${INDEX} [c]: index maps this tensor to shard "${SHARD2}", which is not among the model's files`,
    );
  });

  it("rejects a shard name that leaves the model folder, before opening anything", async () => {
    const model = new MemoryModelSource(sharded({ a: SHARD1, b: SHARD1, c: "../secret.safetensors" }));
    await expectMalformed(
      model,
      `${INDEX} [c]: shard name "../secret.safetensors" contains a ".." segment, which could leave the model folder`,
    );
    expect(model.reads.map((r) => r.path)).toEqual([INDEX]);
  });

  it("rejects an absolute shard name", async () => {
    await expectMalformed(
      new MemoryModelSource(sharded({ a: SHARD1, b: SHARD1, c: "/abs/x.safetensors" })),
      `${INDEX} [c]: shard name "/abs/x.safetensors" is absolute; it must be relative to the folder of the index`,
    );
  });

  it("rejects a tensor in the index that its shard lacks", async () => {
    await expectMalformed(
      new MemoryModelSource(sharded({ a: SHARD1, b: SHARD1, c: SHARD2, d: SHARD2 })),
      `${INDEX} [d]: index maps this tensor to shard "${SHARD2}", which has no tensor of that name`,
    );
  });

  it("rejects a tensor the index maps to a different shard", async () => {
    await expectMalformed(
      new MemoryModelSource(sharded({ a: SHARD2, b: SHARD1, c: SHARD2 })),
      `${INDEX} [a]: index maps this tensor to shard "${SHARD2}", which has no tensor of that name`,
    );
  });

  it("rejects a tensor in a shard that the index does not list", async () => {
    await expectMalformed(
      new MemoryModelSource(sharded({ b: SHARD1, c: SHARD2 })),
      `${SHARD1} [a]: tensor is in this shard but ${INDEX} does not list it`,
    );
  });

  it("rejects a shard tensor the index places elsewhere", async () => {
    const files = {
      ...sharded({ a: SHARD1, b: SHARD1, c: SHARD2 }),
      [SHARD2]: file(f32("c", [1]), f32("a", [2])),
    };
    await expectMalformed(
      new MemoryModelSource(files),
      `${SHARD2} [a]: tensor also appears in "${SHARD1}"; a tensor must live in exactly one file`,
    );
  });

  it("passes a shard's malformed header through, naming the shard", async () => {
    await expectMalformed(
      new MemoryModelSource({ ...sharded(), [SHARD2]: new Uint8Array(3) }),
      `${SHARD2} [header]: file is 3 bytes, too short for the 8-byte header length`,
    );
  });

  it("rejects an index file over MAX_INDEX_BYTES without reading it", async () => {
    const model = new MemoryModelSource({ ...sharded(), [INDEX]: new Uint8Array(MAX_INDEX_BYTES + 1) });
    await expectMalformed(
      model,
      `${INDEX}: index is 67108865 bytes, more than the limit of 67108864 (MAX_INDEX_BYTES)`,
    );
    expect(model.reads).toEqual([]);
  });
});

describe("openWeights: shard headers", () => {
  /** Wraps every source so reads wait a tick and the most reads in flight at once is recorded. */
  function throttled(model: MemoryModelSource): { model: MemoryModelSource; peak: () => number } {
    let inFlight = 0;
    let peak = 0;
    const open = model.open.bind(model);
    model.open = (path: string): ByteSource => {
      const inner = open(path);
      return {
        name: inner.name,
        size: inner.size,
        read: async (offset, length) => {
          peak = Math.max(peak, ++inFlight);
          await new Promise((r) => setTimeout(r, 2));
          inFlight--;
          return inner.read(offset, length);
        },
      };
    };
    return { model, peak: () => peak };
  }

  it("reads shard headers with bounded parallelism", async () => {
    const files: Record<string, Uint8Array> = {};
    for (let i = 0; i < 6; i++) files[`s${i}.safetensors`] = file(f32(`t${i}`, [i]));
    const { model, peak } = throttled(new MemoryModelSource(files));
    const set = await openWeights(model, { concurrency: 2 });
    expect(set.tensors).toHaveLength(6);
    expect(peak()).toBe(2);
  });

  it("keeps one ByteSource per shard and refuses files outside the set", async () => {
    const set = await openWeights(new MemoryModelSource(sharded()));
    expect(set.source(SHARD1)).toBe(set.source(SHARD1));
    expect(set.source(SHARD2).size).toBe((set.shards[1]?.dataStart as number) + 12);
    expect(() => set.source("config.json")).toThrow(
      new RangeError(`"config.json" is not a shard of this weight set (${SHARD1}, ${SHARD2})`),
    );
  });
});
