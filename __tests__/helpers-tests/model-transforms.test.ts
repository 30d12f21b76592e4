// The lineage transforms: determinism, layouts and configs, value guarantees, and files that the
// project's own safetensors reader opens and decodes to exactly the stated values.

import { describe, expect, it } from "vitest";
import { openWeights } from "../../src/engine/formats/safetensors/weights.js";
import { readTensor } from "../../src/engine/formats/safetensors/tensor-reader.js";
import { MemoryModelSource } from "../helpers/memory-model-source.js";
import {
  makeModel,
  type GeneratedModel,
  type GeneratedTensor,
  type ModelSpec,
} from "../helpers/model-factory.js";
import {
  castDtype,
  dropLayer,
  extendVocab,
  fineTune,
  inventedNames,
  LARGE_DRIFT,
  mergeLowRank,
  otherSeed,
  otherWidth,
  quantizeRoundTrip,
  renameTensors,
  SMALL_DRIFT,
  tensorStd,
} from "../helpers/model-transforms.js";
import { sameBits } from "./safetensors-header.js";

const LLAMA: ModelSpec = { arch: "llama", seed: 11, hidden: 64, layers: 4, heads: 4, vocab: 300 };
const GPT2: ModelSpec = {
  arch: "gpt2",
  seed: 12,
  hidden: 64,
  layers: 3,
  heads: 4,
  vocab: 280,
  positions: 16,
};
const BERT: ModelSpec = {
  arch: "bert",
  seed: 13,
  hidden: 64,
  layers: 2,
  heads: 4,
  vocab: 200,
  positions: 16,
};

const snapshot = (m: GeneratedModel): string[] =>
  [...m.files].map(([p, b]) => `${p}:${Buffer.from(b).toString("base64")}`);
const text = (m: GeneratedModel, path: string): string => new TextDecoder().decode(m.files.get(path));
const json = (m: GeneratedModel, path: string): Record<string, unknown> =>
  JSON.parse(text(m, path)) as Record<string, unknown>;
const tensor = (m: GeneratedModel, name: string): GeneratedTensor => {
  const t = m.tensors.find((x) => x.name === name);
  if (!t) throw new Error(`no tensor ${name}`);
  return t;
};
const tokenizerFiles = (m: GeneratedModel): string[] =>
  snapshot(m).filter((s) => !/^(config\.json|model[^:]*):/.test(s));

/** Every transform with fixed arguments, by name. */
const TRANSFORMS: readonly (readonly [string, (m: GeneratedModel) => GeneratedModel])[] = [
  ["fineTune small", (m) => fineTune(m, { std: SMALL_DRIFT, seed: 1 })],
  ["fineTune large", (m) => fineTune(m, { std: LARGE_DRIFT, seed: 1 })],
  ["mergeLowRank", (m) => mergeLowRank(m, { rank: 4, scale: 0.1, seed: 2 })],
  ["quantize int8", (m) => quantizeRoundTrip(m, { bits: 8 })],
  ["quantize 4-bit", (m) => quantizeRoundTrip(m, { bits: 4, groupSize: 16 })],
  ["castDtype BF16", (m) => castDtype(m, "BF16")],
  ["castDtype F16", (m) => castDtype(m, "F16")],
  ["dropLayer", (m) => dropLayer(m, 1)],
  ["extendVocab", (m) => extendVocab(m, { extra: 7, seed: 3 })],
  ["renameTensors", (m) => renameTensors(m, inventedNames)],
  ["otherSeed", (m) => otherSeed(m, 99)],
  ["otherWidth", (m) => otherWidth(m, 32)],
];

/** Opens the files with the project's reader and checks every tensor decodes to its stated values. */
async function expectReadable(m: GeneratedModel): Promise<void> {
  const set = await openWeights(new MemoryModelSource(m.files));
  expect(set.tensors.length).toBe(m.tensors.length);
  for (const t of m.tensors) {
    const info = set.get(t.name);
    expect(info, t.name).toBeDefined();
    if (!info) continue;
    expect([info.dtype, info.shape, info.file]).toEqual([t.dtype, t.shape, t.file]);
    expect(sameBits(await readTensor(set, info), t.values), t.name).toBe(true);
  }
}

describe("every transform", () => {
  it.each(TRANSFORMS)("%s is deterministic and leaves the base untouched", (_name, transform) => {
    const base = makeModel(LLAMA);
    const before = snapshot(base);
    expect(snapshot(transform(base))).toEqual(snapshot(transform(base)));
    expect(snapshot(base)).toEqual(before);
  });

  for (const spec of [LLAMA, { ...LLAMA, shards: 3, dtype: "BF16" } as const, GPT2, BERT]) {
    it.each(TRANSFORMS)(
      `%s writes files the reader decodes exactly (${spec.arch} ${spec.shards ?? 1})`,
      async (_n, transform) => {
        const out = transform(makeModel(spec));
        await expectReadable(out);
        expect(out.files.has("model.safetensors.index.json")).toBe((spec.shards ?? 1) > 1);
      },
    );
  }
});

describe("fineTune", () => {
  it("adds noise relative to each tensor's own std and keeps everything else", () => {
    const base = makeModel(LLAMA);
    for (const std of [SMALL_DRIFT, LARGE_DRIFT]) {
      const tuned = fineTune(base, { std, seed: 4 });
      expect(tuned.tensors.map((t) => [t.name, t.shape, t.dtype])).toEqual(
        base.tensors.map((t) => [t.name, t.shape, t.dtype]),
      );
      expect(text(tuned, "config.json")).toBe(text(base, "config.json"));
      expect(tokenizerFiles(tuned)).toEqual(tokenizerFiles(base));
      for (const name of ["model.embed_tokens.weight", "model.layers.0.input_layernorm.weight"]) {
        const b = tensor(base, name).values;
        const diff = tensor(tuned, name).values.map((v, i) => v - (b[i] as number));
        const ratio = tensorStd(diff) / (std * tensorStd(b));
        expect(ratio).toBeGreaterThan(0.85);
        expect(ratio).toBeLessThan(1.15);
      }
    }
    const other = fineTune(base, { std: SMALL_DRIFT, seed: 5 }).tensors[0]?.values;
    expect(sameBits(other, fineTune(base, { std: SMALL_DRIFT, seed: 4 }).tensors[0]?.values)).toBe(false);
  });
});

/** Residual norm of `v` after removing its projections on `basis` (Gram–Schmidt, float64). */
function residual(basis: Float64Array[], v: Float64Array): number {
  return Math.hypot(...project(basis, v));
}

function project(basis: Float64Array[], v: Float64Array): Float64Array {
  const r = Float64Array.from(v);
  for (const q of basis) {
    let dot = 0;
    for (let i = 0; i < r.length; i++) dot += (r[i] as number) * (q[i] as number);
    for (let i = 0; i < r.length; i++) r[i] = (r[i] as number) - dot * (q[i] as number);
  }
  return r;
}

describe("mergeLowRank", () => {
  it("adds a rank-r update to every layer matrix and nothing else", () => {
    const base = makeModel(LLAMA);
    const rank = 3;
    const merged = mergeLowRank(base, { rank, scale: 0.2, seed: 6 });
    for (const [i, t] of merged.tensors.entries()) {
      const b = base.tensors[i] as GeneratedTensor;
      const layerMatrix = t.shape.length === 2 && t.name.startsWith("model.layers.");
      expect(sameBits(t.values, b.values), t.name).toBe(!layerMatrix);
    }
    const b = tensor(base, "model.layers.2.mlp.down_proj.weight");
    const [rows = 0, cols = 0] = b.shape;
    const delta = tensor(merged, b.name).values.map((v, i) => v - (b.values[i] as number));
    expect(tensorStd(delta) / (0.2 * tensorStd(b.values))).toBeCloseTo(1, 0);
    // Rows of ΔW span `rank` dimensions: row rank+1 is (up to float32 rounding) in the span of the first.
    const basis: Float64Array[] = [];
    for (let r = 0; r <= rank; r++) {
      const row = Float64Array.from(delta.subarray(r * cols, (r + 1) * cols));
      const relative = residual(basis, row) / Math.hypot(...row);
      if (r === rank) expect(relative).toBeLessThan(1e-3);
      else expect(relative).toBeGreaterThan(0.01);
      basis.push(orthogonalise(basis, row));
    }
    expect(rows).toBeGreaterThan(rank);
  });
});

/** `v` minus its projections on `basis`, normalised. */
function orthogonalise(basis: Float64Array[], v: Float64Array): Float64Array {
  const r = project(basis, v);
  const n = Math.hypot(...r);
  return r.map((x) => x / n);
}

/** For every `group`-long run of every row of every matrix: the largest |Δ| over absmax, and the distinct levels. */
function quantStats(
  base: GeneratedModel,
  q: GeneratedModel,
  group: number,
): { worst: number; levels: number } {
  let worst = 0;
  let levels = 0;
  for (const [i, t] of q.tensors.entries()) {
    const b = (base.tensors[i] as GeneratedTensor).values;
    if (t.shape.length < 2) {
      expect(sameBits(t.values, b)).toBe(true);
      continue;
    }
    const rowLength = t.values.length / (t.shape[0] as number);
    for (let row = 0; row < b.length; row += rowLength) {
      for (let g = row; g < row + rowLength; g += group) {
        const end = Math.min(g + group, row + rowLength);
        let absmax = 0;
        let maxErr = 0;
        for (let k = g; k < end; k++) absmax = Math.max(absmax, Math.abs(b[k] as number));
        for (let k = g; k < end; k++)
          maxErr = Math.max(maxErr, Math.abs((t.values[k] as number) - (b[k] as number)));
        worst = Math.max(worst, maxErr / absmax);
        levels = Math.max(levels, new Set(t.values.subarray(g, end)).size);
      }
    }
  }
  return { worst, levels };
}

describe("quantizeRoundTrip", () => {
  it("int8 per row: |Δ| ≤ absmax/127 in every row, ≤ 255 levels, vectors unchanged", () => {
    for (const spec of [LLAMA, { ...GPT2, dtype: "BF16" } as const]) {
      const base = makeModel(spec);
      const q = quantizeRoundTrip(base, { bits: 8 });
      const { worst, levels } = quantStats(base, q, Number.MAX_SAFE_INTEGER);
      expect(worst).toBeLessThanOrEqual(1 / 127);
      expect(worst).toBeGreaterThan(1 / 1000); // it did quantise
      expect(levels).toBeLessThanOrEqual(255);
    }
  });

  it("4-bit groups: |Δ| ≤ absmax/7 per group of groupSize, ≤ 15 levels per group", () => {
    for (const spec of [LLAMA, { ...BERT, dtype: "F16" } as const]) {
      const base = makeModel(spec);
      const { worst, levels } = quantStats(base, quantizeRoundTrip(base, { bits: 4, groupSize: 16 }), 16);
      expect(worst).toBeLessThanOrEqual(1 / 7);
      expect(worst).toBeGreaterThan(1 / 30);
      expect(levels).toBeLessThanOrEqual(15);
    }
  });

  it("keeps dtype, shapes, config and tokenizer", () => {
    const base = makeModel({ ...LLAMA, dtype: "BF16" });
    const q = quantizeRoundTrip(base, { bits: 4 });
    expect(q.tensors.map((t) => [t.name, t.shape, t.dtype])).toEqual(
      base.tensors.map((t) => [t.name, t.shape, t.dtype]),
    );
    expect(snapshot(q).filter((s) => !s.startsWith("model"))).toEqual(
      snapshot(base).filter((s) => !s.startsWith("model")),
    );
  });
});

describe("castDtype", () => {
  it("re-encodes in the dtype and updates torch_dtype", () => {
    const half = castDtype(makeModel(LLAMA), "F16");
    expect(half.tensors.every((t) => t.dtype === "F16")).toBe(true);
    expect(json(half, "config.json").torch_dtype).toBe("float16");
  });
});

describe("dropLayer", () => {
  it("removes a layer, renumbers later ones with their values, and updates the layer count", () => {
    const base = makeModel(LLAMA);
    const dropped = dropLayer(base, 1);
    expect(dropped.tensors.length).toBe(base.tensors.length - 9); // 7 matrices + 2 norms per layer
    expect(json(dropped, "config.json").num_hidden_layers).toBe(3);
    expect(dropped.spec.layers).toBe(3);
    const layers = new Set(dropped.tensors.map((t) => /layers\.(\d+)\./.exec(t.name)?.[1]).filter(Boolean));
    expect([...layers]).toEqual(["0", "1", "2"]);
    const q = (layer: number): string => `model.layers.${layer}.self_attn.q_proj.weight`;
    expect(sameBits(tensor(dropped, q(0)).values, tensor(base, q(0)).values)).toBe(true);
    expect(sameBits(tensor(dropped, q(1)).values, tensor(base, q(2)).values)).toBe(true);
    expect(sameBits(tensor(dropped, q(2)).values, tensor(base, q(3)).values)).toBe(true);
    expect(tokenizerFiles(dropped)).toEqual(tokenizerFiles(base));
  });

  it("uses n_layer for GPT-2 and rejects layers that are not there", () => {
    const base = makeModel(GPT2);
    const dropped = dropLayer(base, 2);
    expect(json(dropped, "config.json").n_layer).toBe(2);
    expect(dropped.tensors.some((t) => t.name.startsWith("transformer.h.2."))).toBe(false);
    expect(() => dropLayer(base, 3)).toThrow(RangeError);
    expect(() => dropLayer(makeModel({ ...GPT2, layers: 1 }), 0)).toThrow(RangeError);
  });
});

describe("extendVocab", () => {
  it("grows the embedding and untied head, keeps old rows, draws new ones at the embedding's std", () => {
    const base = makeModel(LLAMA);
    const grown = extendVocab(base, { extra: 40, seed: 7 });
    expect(json(grown, "config.json").vocab_size).toBe(340);
    expect(grown.spec.vocab).toBe(340);
    for (const name of ["model.embed_tokens.weight", "lm_head.weight"]) {
      const before = tensor(base, name);
      const after = tensor(grown, name);
      expect(after.shape).toEqual([340, 64]);
      expect(sameBits(after.values.subarray(0, before.values.length), before.values)).toBe(true);
      const ratio = tensorStd(after.values.subarray(before.values.length)) / tensorStd(before.values);
      expect(ratio).toBeGreaterThan(0.9);
      expect(ratio).toBeLessThan(1.1);
    }
    expect(grown.tensors.length).toBe(base.tensors.length);
  });

  it("adds the tokens to tokenizer.json and tokenizer_config.json (Llama)", () => {
    const grown = extendVocab(makeModel(LLAMA), { extra: 3, seed: 7 });
    const added = json(grown, "tokenizer.json").added_tokens as { id: number; content: string }[];
    expect(added.slice(-4).map((t) => [t.id, t.content])).toEqual([
      [2, "</s>"],
      [300, "<extra_0>"],
      [301, "<extra_1>"],
      [302, "<extra_2>"],
    ]);
    const decoder = json(grown, "tokenizer_config.json").added_tokens_decoder as Record<
      string,
      { content: string }
    >;
    expect(Object.keys(decoder)).toEqual(["0", "1", "2", "300", "301", "302"]);
    expect(decoder["302"]?.content).toBe("<extra_2>");
  });

  it("writes added_tokens.json for GPT-2 and BERT, and pads BERT's MLM bias with zeros", () => {
    const gpt2 = extendVocab(makeModel({ ...GPT2, tiedEmbeddings: false }), { extra: 12, seed: 7 });
    expect(tensor(gpt2, "transformer.wte.weight").shape).toEqual([292, 64]);
    expect(tensor(gpt2, "lm_head.weight").shape).toEqual([292, 64]);
    expect(tensor(gpt2, "transformer.wpe.weight").shape).toEqual([16, 64]);
    expect(Object.keys(json(gpt2, "added_tokens.json")).slice(0, 3)).toEqual([
      "<extra_0>",
      "<extra_10>",
      "<extra_11>",
    ]);
    expect(json(gpt2, "added_tokens.json")["<extra_11>"]).toBe(291);
    const bert = extendVocab(makeModel(BERT), { extra: 5, seed: 7 });
    expect(json(bert, "config.json").vocab_size).toBe(205);
    const bias = tensor(bert, "cls.predictions.bias");
    expect(bias.shape).toEqual([205]);
    expect(Array.from(bias.values.subarray(200))).toEqual([0, 0, 0, 0, 0]);
    expect(json(bert, "added_tokens.json")).toEqual({
      "<extra_0>": 200,
      "<extra_1>": 201,
      "<extra_2>": 202,
      "<extra_3>": 203,
      "<extra_4>": 204,
    });
  });
});

describe("renameTensors", () => {
  it("inventedNames replaces every word, keeps layer numbers and values", () => {
    const base = makeModel(LLAMA);
    const renamed = renameTensors(base, inventedNames);
    const words = new Set(base.tensors.flatMap((t) => t.name.split(".")).filter((s) => !/^\d+$/.test(s)));
    for (const [i, t] of renamed.tensors.entries()) {
      const b = base.tensors[i] as GeneratedTensor;
      expect(t.name).toBe(inventedNames(b.name));
      expect(t.name.split(".").filter((s) => /^\d+$/.test(s))).toEqual(
        b.name.split(".").filter((s) => /^\d+$/.test(s)),
      );
      expect(t.name.split(".").some((s) => words.has(s))).toBe(false);
      expect(t.shape).toEqual(b.shape);
      expect(sameBits(t.values, b.values)).toBe(true);
    }
    expect(inventedNames("model.layers.12.mlp.weight")).toMatch(
      /^[a-z]{8}\.[a-z]{8}\.12\.[a-z]{8}\.[a-z]{8}$/,
    );
  });

  it("rejects a mapping that sends two tensors to one name", () => {
    expect(() => renameTensors(makeModel(LLAMA), () => "same")).toThrow(/two tensors/);
  });
});

describe("otherSeed and otherWidth", () => {
  it("otherSeed: same layout and tokenizer, different values", () => {
    const base = makeModel(LLAMA);
    const other = otherSeed(base, 12345);
    expect(text(other, "config.json")).toBe(text(base, "config.json"));
    expect(tokenizerFiles(other)).toEqual(tokenizerFiles(base));
    expect(other.tensors.map((t) => t.shape)).toEqual(base.tensors.map((t) => t.shape));
    expect(other.tensors.some((t, i) => sameBits(t.values, base.tensors[i]?.values))).toBe(false);
    expect(() => otherSeed(base, LLAMA.seed)).toThrow(RangeError);
  });

  it("otherWidth: new hidden size in config and shapes, base tokenizer kept", () => {
    const base = extendVocab(makeModel(LLAMA), { extra: 2, seed: 1 });
    const wide = otherWidth(base, 128);
    expect(json(wide, "config.json")).toMatchObject({
      hidden_size: 128,
      intermediate_size: 352,
      vocab_size: 302,
    });
    expect(tensor(wide, "model.embed_tokens.weight").shape).toEqual([302, 128]);
    expect(tokenizerFiles(wide)).toEqual(tokenizerFiles(base));
    const head = (m: GeneratedModel): Float32Array =>
      tensor(m, "model.layers.0.input_layernorm.weight").values.subarray(0, 8);
    expect(sameBits(head(wide), head(base))).toBe(false);
  });
});
