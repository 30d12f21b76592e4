import { describe, expect, it } from "vitest";
import { MalformedInputError } from "../../../src/engine/errors.js";
import {
  MAX_INDEX_BYTES,
  MAX_INDEX_ENTRIES,
  MAX_SHARDS,
  parseSafetensorsIndex,
} from "../../../src/engine/formats/safetensors/index-file.js";

const INDEX = "model.safetensors.index.json";
const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);
const parse = (json: unknown, file = INDEX) => parseSafetensorsIndex(file, utf8(JSON.stringify(json)));

function expectMalformed(run: () => unknown, message: string): void {
  let err: unknown;
  try {
    run();
  } catch (e) {
    err = e;
  }
  expect(err).toBeInstanceOf(MalformedInputError);
  expect((err as Error).message).toBe(message);
}

describe("parseSafetensorsIndex: well-formed indexes", () => {
  it("maps tensors to shards and lists the shards once, sorted", () => {
    const index = parse({
      metadata: { total_size: 24 },
      weight_map: {
        "lm_head.weight": "model-00002-of-00002.safetensors",
        "embed.weight": "model-00001-of-00002.safetensors",
        "norm.weight": "model-00002-of-00002.safetensors",
      },
    });
    expect(index.file).toBe(INDEX);
    expect(index.metadata).toEqual({ total_size: 24 });
    expect([...index.weightMap]).toEqual([
      ["lm_head.weight", "model-00002-of-00002.safetensors"],
      ["embed.weight", "model-00001-of-00002.safetensors"],
      ["norm.weight", "model-00002-of-00002.safetensors"],
    ]);
    expect(index.shards).toEqual(["model-00001-of-00002.safetensors", "model-00002-of-00002.safetensors"]);
  });

  it("treats a missing metadata object as empty", () => {
    expect(parse({ weight_map: { w: "a.safetensors" } }).metadata).toEqual({});
  });

  it("normalises shard names and resolves them against the index's folder", () => {
    const index = parse(
      { weight_map: { a: "./a.safetensors", b: "parts//b.safetensors", c: "parts/./c.safetensors" } },
      "unet/diffusion_pytorch_model.safetensors.index.json",
    );
    expect([...index.weightMap.values()]).toEqual([
      "unet/a.safetensors",
      "unet/parts/b.safetensors",
      "unet/parts/c.safetensors",
    ]);
  });

  it("allows two dots inside a file name (only a '..' segment can escape)", () => {
    expect(parse({ weight_map: { w: "model..v2.safetensors" } }).shards).toEqual(["model..v2.safetensors"]);
  });
});

describe("parseSafetensorsIndex: malformed indexes", () => {
  it("rejects invalid JSON, naming the parser's complaint", () => {
    expect(() => parseSafetensorsIndex(INDEX, utf8("{"))).toThrow(
      /^model\.safetensors\.index\.json: index is not valid UTF-8 JSON: \S/,
    );
  });

  it.each([
    ["[]", "index is [], not a JSON object"],
    ["null", "index is null, not a JSON object"],
    ["{}", "[weight_map]: weight_map is missing, not an object"],
    ['{"weight_map":[]}', "[weight_map]: weight_map is [], not an object"],
    ['{"weight_map":{}}', "[weight_map]: weight_map is empty: the index names no tensors"],
    ['{"metadata":7,"weight_map":{"w":"a.safetensors"}}', "[metadata]: metadata is 7, not an object"],
  ])("rejects %s", (json, message) => {
    const sep = message.startsWith("[") ? " " : ": ";
    expectMalformed(() => parseSafetensorsIndex(INDEX, utf8(json)), `${INDEX}${sep}${message}`);
  });

  it.each([
    [5, "shard name is 5, not a string"],
    [null, "shard name is null, not a string"],
    ["", 'shard name "" names no file'],
    ["./", 'shard name "./" names no file'],
    [
      "../model.safetensors",
      'shard name "../model.safetensors" contains a ".." segment, which could leave the model folder',
    ],
    [
      "a/../../b.safetensors",
      'shard name "a/../../b.safetensors" contains a ".." segment, which could leave the model folder',
    ],
    ["..", 'shard name ".." contains a ".." segment, which could leave the model folder'],
    ["/etc/passwd", 'shard name "/etc/passwd" is absolute; it must be relative to the folder of the index'],
    [
      "C:/w.safetensors",
      'shard name "C:/w.safetensors" is absolute; it must be relative to the folder of the index',
    ],
    ["a\\b.safetensors", 'shard name "a\\\\b.safetensors" contains a backslash; use "/" between folders'],
    ["..\\x", 'shard name "..\\\\x" contains a backslash; use "/" between folders'],
    ["a\u0000.safetensors", 'shard name "a\\u0000.safetensors" contains a control character'],
  ])("rejects the shard name %j, naming the tensor", (shard, message) => {
    expectMalformed(
      () => parse({ weight_map: { ok: "a.safetensors", "layer.0": shard } }),
      `${INDEX} [layer.0]: ${message}`,
    );
  });

  it("rejects an index over MAX_INDEX_BYTES", () => {
    expectMalformed(
      () => parseSafetensorsIndex(INDEX, new Uint8Array(MAX_INDEX_BYTES + 1)),
      `${INDEX}: index is 67108865 bytes, more than the limit of 67108864 (MAX_INDEX_BYTES)`,
    );
  });

  it("rejects more than MAX_INDEX_ENTRIES tensors", () => {
    const entries = Array.from({ length: MAX_INDEX_ENTRIES + 1 }, (_, i) => `"t${i}":"a.safetensors"`).join(
      ",",
    );
    expectMalformed(
      () => parseSafetensorsIndex(INDEX, utf8(`{"weight_map":{${entries}}}`)),
      `${INDEX} [weight_map]: weight_map has 1000001 entries, more than the limit of 1000000 (MAX_INDEX_ENTRIES)`,
    );
  }, 60_000);

  it("accepts MAX_SHARDS shards and rejects one more", () => {
    const map = (n: number): Record<string, string> =>
      Object.fromEntries(Array.from({ length: n }, (_, i) => [`t${i}`, `s${i}.safetensors`]));
    expect(parse({ weight_map: map(MAX_SHARDS) }).shards).toHaveLength(10_000);
    expectMalformed(
      () => parse({ weight_map: map(MAX_SHARDS + 1) }),
      `${INDEX}: weight_map names 10001 shards, more than the limit of 10000 (MAX_SHARDS)`,
    );
  });
});
