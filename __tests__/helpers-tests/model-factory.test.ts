// Tensor layout, determinism and weight files of generated models.

import { describe, expect, it } from "vitest";
import { makeModel, type GeneratedModel, type ModelSpec } from "../helpers/model-factory.js";
import { bytesReader, decodeBf16, decodeF32, parseHeader, sameBits } from "./safetensors-header.js";

const tiny = { seed: 7, hidden: 8, layers: 1, heads: 2, positions: 16 } as const;
const LLAMA: ModelSpec = { ...tiny, arch: "llama", kvHeads: 1, intermediate: 12, vocab: 300 };
const GPT2: ModelSpec = { ...tiny, arch: "gpt2", vocab: 260 };
const BERT: ModelSpec = { ...tiny, arch: "bert", vocab: 50 };

const table = (m: GeneratedModel): string[] => m.tensors.map((t) => `${t.name} [${t.shape.join(",")}]`);
const text = (m: GeneratedModel, path: string): string => new TextDecoder().decode(m.files.get(path));
const json = (m: GeneratedModel, path: string): Record<string, unknown> =>
  JSON.parse(text(m, path)) as Record<string, unknown>;

function expectSameFiles(a: GeneratedModel, b: GeneratedModel): void {
  expect([...a.files.keys()]).toEqual([...b.files.keys()]);
  for (const [path, bytes] of a.files)
    expect(Buffer.from(bytes).equals(b.files.get(path) as Uint8Array)).toBe(true);
}

describe("makeModel tensor layout", () => {
  it("names and shapes Llama tensors as LlamaForCausalLM does (GQA, untied head)", () => {
    expect(table(makeModel(LLAMA))).toEqual([
      "model.embed_tokens.weight [300,8]",
      "model.layers.0.self_attn.q_proj.weight [8,8]",
      "model.layers.0.self_attn.k_proj.weight [4,8]",
      "model.layers.0.self_attn.v_proj.weight [4,8]",
      "model.layers.0.self_attn.o_proj.weight [8,8]",
      "model.layers.0.mlp.gate_proj.weight [12,8]",
      "model.layers.0.mlp.up_proj.weight [12,8]",
      "model.layers.0.mlp.down_proj.weight [8,12]",
      "model.layers.0.input_layernorm.weight [8]",
      "model.layers.0.post_attention_layernorm.weight [8]",
      "model.norm.weight [8]",
      "lm_head.weight [300,8]",
    ]);
    expect(table(makeModel({ ...LLAMA, tiedEmbeddings: true }))).not.toContain("lm_head.weight [300,8]");
  });

  it("names and shapes GPT-2 tensors with Conv1D [in, out] weights, with or without the prefix", () => {
    const names = [
      "wte.weight [260,8]",
      "wpe.weight [16,8]",
      ...[
        "h.0.ln_1.weight [8]",
        "h.0.ln_1.bias [8]",
        "h.0.attn.c_attn.weight [8,24]",
        "h.0.attn.c_attn.bias [24]",
      ],
      ...[
        "h.0.attn.c_proj.weight [8,8]",
        "h.0.attn.c_proj.bias [8]",
        "h.0.ln_2.weight [8]",
        "h.0.ln_2.bias [8]",
      ],
      ...["h.0.mlp.c_fc.weight [8,32]", "h.0.mlp.c_fc.bias [32]", "h.0.mlp.c_proj.weight [32,8]"],
      ...["h.0.mlp.c_proj.bias [8]", "ln_f.weight [8]", "ln_f.bias [8]"],
    ];
    const prefixed = makeModel(GPT2);
    const bare = makeModel({ ...GPT2, transformerPrefix: false });
    expect(table(prefixed)).toEqual(names.map((n) => `transformer.${n}`));
    expect(table(bare)).toEqual(names);
    // Values are seeded by the bare name: a renamed checkpoint holds the same weights.
    expect(bare.tensors.every((t, i) => sameBits(t.values, prefixed.tensors[i]?.values))).toBe(true);
    expect(table(makeModel({ ...GPT2, tiedEmbeddings: false })).at(-1)).toBe("lm_head.weight [260,8]");
  });

  it("names and shapes BERT tensors as a BertForPreTraining checkpoint", () => {
    const layer = "bert.encoder.layer.0";
    expect(table(makeModel(BERT))).toEqual([
      "bert.embeddings.word_embeddings.weight [50,8]",
      "bert.embeddings.position_embeddings.weight [16,8]",
      "bert.embeddings.token_type_embeddings.weight [2,8]",
      "bert.embeddings.LayerNorm.weight [8]",
      "bert.embeddings.LayerNorm.bias [8]",
      ...["query", "key", "value"].flatMap((p) => [
        `${layer}.attention.self.${p}.weight [8,8]`,
        `${layer}.attention.self.${p}.bias [8]`,
      ]),
      `${layer}.attention.output.dense.weight [8,8]`,
      `${layer}.attention.output.dense.bias [8]`,
      `${layer}.attention.output.LayerNorm.weight [8]`,
      `${layer}.attention.output.LayerNorm.bias [8]`,
      `${layer}.intermediate.dense.weight [32,8]`,
      `${layer}.intermediate.dense.bias [32]`,
      `${layer}.output.dense.weight [8,32]`,
      `${layer}.output.dense.bias [8]`,
      `${layer}.output.LayerNorm.weight [8]`,
      `${layer}.output.LayerNorm.bias [8]`,
      "bert.pooler.dense.weight [8,8]",
      "bert.pooler.dense.bias [8]",
      "cls.predictions.bias [50]",
      "cls.predictions.transform.dense.weight [8,8]",
      "cls.predictions.transform.dense.bias [8]",
      "cls.predictions.transform.LayerNorm.weight [8]",
      "cls.predictions.transform.LayerNorm.bias [8]",
      "cls.seq_relationship.weight [2,8]",
      "cls.seq_relationship.bias [2]",
    ]);
  });

  it("rejects shapes no checkpoint could have", () => {
    expect(() => makeModel({ ...LLAMA, heads: 3 })).toThrow(/not a multiple of heads/);
    expect(() => makeModel({ ...LLAMA, kvHeads: 3 })).toThrow(/kvHeads/);
    expect(() => makeModel({ ...LLAMA, vocab: 258 })).toThrow(/vocab must be ≥ 259/);
    expect(() => makeModel({ ...GPT2, layers: 0 })).toThrow(/layers must be ≥ 1/);
    expect(() => makeModel({ ...LLAMA, shards: 20 })).toThrow(/non-empty shards/);
  });
});

describe("makeModel determinism", () => {
  it.each([LLAMA, GPT2, BERT])("gives byte-identical files for the same $arch spec", (spec) => {
    expectSameFiles(makeModel(spec), makeModel({ ...spec }));
  });

  it("changes every weight, and nothing else, with the seed", () => {
    const a = makeModel(LLAMA);
    const b = makeModel({ ...LLAMA, seed: 8 });
    expect(Buffer.from(a.files.get("model.safetensors") as Uint8Array)).not.toEqual(
      Buffer.from(b.files.get("model.safetensors") as Uint8Array),
    );
    for (const [i, t] of a.tensors.entries()) expect(sameBits(t.values, b.tensors[i]?.values)).toBe(false);
    for (const path of [
      "config.json",
      "tokenizer.json",
      "tokenizer_config.json",
      "special_tokens_map.json",
    ]) {
      expect(text(a, path)).toBe(text(b, path));
    }
    const withMerges = { ...LLAMA, vocab: 512 };
    expect(text(makeModel({ ...withMerges, tokenizerSeed: 1 }), "tokenizer.json")).not.toBe(
      text(makeModel(withMerges), "tokenizer.json"),
    );
  });

  it("gives tensors two specs share the same values (layer 0 of a 1- and a 2-layer model)", () => {
    const one = makeModel(LLAMA);
    const two = makeModel({ ...LLAMA, layers: 2 });
    const q = "model.layers.0.self_attn.q_proj.weight";
    const values = (m: GeneratedModel): Float32Array | undefined =>
      m.tensors.find((t) => t.name === q)?.values;
    expect(sameBits(values(two), values(one))).toBe(true);
  });
});

describe("makeModel weight files", () => {
  it.each([
    ["F32", decodeF32],
    ["BF16", decodeBf16],
  ] as const)("writes %s safetensors whose header and data match `tensors`", (dtype, decode) => {
    const m = makeModel({ ...GPT2, dtype });
    const file = m.files.get("model.safetensors") as Uint8Array;
    const header = parseHeader(bytesReader(file));
    expect(header.dataStart % 8).toBe(0);
    expect(header.metadata).toEqual({ format: "pt" });
    const names = [...header.tensors.keys()];
    expect(names).toEqual(m.tensors.map((t) => t.name).sort());
    let end = 0;
    for (const name of names) {
      const entry = header.tensors.get(name);
      const t = m.tensors.find((x) => x.name === name);
      expect(entry?.data_offsets[0]).toBe(end); // contiguous, in name order
      end = entry?.data_offsets[1] ?? NaN;
      expect([entry?.dtype, entry?.shape]).toEqual([dtype, t?.shape]);
      const [begin, stop] = entry?.data_offsets ?? [0, 0];
      expect(
        sameBits(decode(file.subarray(header.dataStart + begin, header.dataStart + stop)), t?.values),
      ).toBe(true);
    }
    expect(header.dataStart + end).toBe(file.byteLength);
  });

  it("draws matrices from N(0, 0.02²), norm scales near 1 and small biases", () => {
    const m = makeModel({ ...LLAMA, hidden: 64, heads: 4, intermediate: 192, vocab: 512 });
    const stats = (name: string): [number, number] => {
      const v = m.tensors.find((t) => t.name === name)?.values ?? new Float32Array();
      const mean = v.reduce((a, b) => a + b, 0) / v.length;
      return [mean, Math.sqrt(v.reduce((a, b) => a + (b - mean) ** 2, 0) / v.length)];
    };
    const [embedMean, embedStd] = stats("model.embed_tokens.weight");
    expect(Math.abs(embedMean)).toBeLessThan(0.001);
    expect(embedStd).toBeCloseTo(0.02, 3);
    const [normMean, normStd] = stats("model.norm.weight");
    expect(normMean).toBeCloseTo(1, 1);
    expect(normStd).toBeLessThan(0.05);
    const gpt2Bias = makeModel(GPT2).tensors.find((t) => t.name === "transformer.h.0.mlp.c_fc.bias");
    expect(Math.max(...Array.from(gpt2Bias?.values ?? [1], Math.abs))).toBeLessThan(0.06);
  });

  it("shards in model order with an index whose weight_map names each tensor once", () => {
    const m = makeModel({ ...LLAMA, layers: 4, shards: 3 });
    const shardNames = [1, 2, 3].map((i) => `model-0000${i}-of-00003.safetensors`);
    expect([...m.files.keys()].filter((p) => p.includes("safetensors"))).toEqual([
      "model.safetensors.index.json",
      ...shardNames,
    ]);
    const index = json(m, "model.safetensors.index.json") as {
      metadata: { total_size: number };
      weight_map: Record<string, string>;
    };
    expect(Object.keys(index.weight_map).sort()).toEqual(m.tensors.map((t) => t.name).sort());
    const bytes = m.tensors.reduce((n, t) => n + t.values.length * 4, 0);
    expect(index.metadata.total_size).toBe(bytes);
    // Every tensor sits in the file the index names, and shard numbers never decrease in model order.
    const shardOf = m.tensors.map((t) => shardNames.indexOf(index.weight_map[t.name] as string));
    expect(shardOf).toEqual([...shardOf].sort((a, b) => a - b));
    expect(new Set(shardOf)).toEqual(new Set([0, 1, 2]));
    for (const file of shardNames) {
      const header = parseHeader(bytesReader(m.files.get(file) as Uint8Array));
      const listed = Object.keys(index.weight_map).filter((n) => index.weight_map[n] === file);
      expect([...header.tensors.keys()]).toEqual(listed);
    }
  });
});
