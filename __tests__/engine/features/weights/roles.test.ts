// Role assignment by name and by shape: factory models with their real names, the same models
// renamed to invented names, stories260K, a transposed embedding and the regex's false positives.
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import {
  assignRoles,
  fitsVocab,
  modalDimension,
  type NamedShape,
} from "../../../../src/engine/features/weights/roles.js";
import { readSafetensorsHeader } from "../../../../src/engine/formats/safetensors/header.js";
import { MemorySource } from "../../../../src/engine/io/byte-source.js";
import { makeModel, type ModelSpec } from "../../../helpers/model-factory.js";

const LLAMA: ModelSpec = { arch: "llama", seed: 1, hidden: 64, layers: 3, heads: 4, kvHeads: 2, vocab: 300 };
// An MLP width of 3·D would read as attention-like by shape; 160 keeps the shape guess honest.
const LLAMA_SPEC: ModelSpec = { ...LLAMA, intermediate: 160 };
// Position tables smaller than the vocabulary, so the no-hint shape rule finds the embedding.
const GPT2_SPEC: ModelSpec = {
  arch: "gpt2",
  seed: 1,
  hidden: 64,
  layers: 2,
  heads: 4,
  vocab: 300,
  positions: 128,
};
const BERT_SPEC: ModelSpec = {
  arch: "bert",
  seed: 1,
  hidden: 64,
  layers: 2,
  heads: 4,
  vocab: 600,
  positions: 128,
};

function tensorsOf(spec: ModelSpec): NamedShape[] {
  return makeModel(spec).tensors.map(({ name, shape }) => ({ name, shape }));
}

/** Every non-integer segment → an invented token ("x0", "x1", …) that no name rule knows; integer
 * segments and the module tree are kept, as a renamed-but-loadable checkpoint would. */
function renameTree(tensors: readonly NamedShape[]): { tensors: NamedShape[]; map: (n: string) => string } {
  const tokens = new Map<string, string>();
  const map = (name: string): string =>
    name
      .split(".")
      .map((s) => {
        if (/^\d+$/.test(s)) return s;
        if (!tokens.has(s)) tokens.set(s, `x${tokens.size}`);
        return tokens.get(s) as string;
      })
      .join("/");
  return { tensors: tensors.map((t) => ({ name: map(t.name), shape: t.shape })), map };
}

function expectSameRolesByShape(tensors: readonly NamedShape[]): void {
  const original = assignRoles(tensors);
  const { tensors: renamed, map } = renameTree(tensors);
  const r = assignRoles(renamed);
  expect(r.method).toEqual({ embedding: "shape", layers: "segment" });
  expect(r.embedding).toEqual({ name: map(original.embedding?.name ?? "?"), transposed: false });
  expect(r.layers).toBe(original.layers);
  expect(r.hiddenSize).toBe(original.hiddenSize);
  expect([...r.norms].sort()).toEqual(original.norms.map(map).sort());
  expect(r.matrices.map((m) => [m.name, m.layer])).toEqual(
    original.matrices.map((m) => [map(m.name), m.layer]),
  );
  expect(r.matrices.every((m) => !m.byName)).toBe(true);
}

describe("assignRoles on factory models (real names)", () => {
  it("Llama: embed_tokens, L, RMS norms and the seven projections by name", () => {
    const r = assignRoles(tensorsOf(LLAMA_SPEC), { vocabSize: 300, hiddenSize: 64, numLayers: 3 });
    expect(r.embedding).toEqual({ name: "model.embed_tokens.weight", transposed: false });
    expect(r.method).toEqual({ embedding: "name", layers: "name" });
    expect(r.layers).toBe(3);
    const perLayer = (i: number): string[] =>
      ["input_layernorm", "post_attention_layernorm"].map((n) => `model.layers.${i}.${n}.weight`);
    expect(r.norms).toEqual([...perLayer(0), ...perLayer(1), ...perLayer(2), "model.norm.weight"].sort());
    expect(r.matrices.filter((m) => m.layer === 1).map((m) => m.category)).toEqual([
      "q_proj",
      "k_proj",
      "v_proj",
      "o_proj",
      "gate_proj",
      "up_proj",
      "down_proj",
    ]);
    expect(r.matrices).toHaveLength(21);
    expect(r.matrices.every((m) => m.byName)).toBe(true);
    expect(r.layerOf.get("model.layers.2.mlp.up_proj.weight")).toBe(2);
    expect(r.layerOf.has("lm_head.weight")).toBe(false);
  });

  it("GPT-2: wte, LayerNorm weights and biases, Conv1D matrices guessed by shape", () => {
    const r = assignRoles(tensorsOf(GPT2_SPEC), { vocabSize: 300 });
    expect(r.hiddenSize).toBe(64);
    expect(r.embedding).toEqual({ name: "transformer.wte.weight", transposed: false });
    expect(r.layers).toBe(2);
    const ln = (p: string): string[] => [`transformer.${p}.bias`, `transformer.${p}.weight`];
    expect(r.norms).toEqual([
      ...ln("h.0.ln_1"),
      ...ln("h.0.ln_2"),
      ...ln("h.1.ln_1"),
      ...ln("h.1.ln_2"),
      ...ln("ln_f"),
    ]);
    // Conv1D names are "other" for the reference (so byName is false: not in its WVC).
    expect(r.matrices.filter((m) => m.layer === 0).map((m) => [m.name, m.category, m.byName])).toEqual([
      ["transformer.h.0.attn.c_attn.weight", "attention-like", false], // [D, 3D]
      ["transformer.h.0.attn.c_proj.weight", "attention-like", false], // [D, D]
      ["transformer.h.0.mlp.c_fc.weight", "mlp-like", false], // [D, 4D]
      ["transformer.h.0.mlp.c_proj.weight", "mlp-like", false], // [4D, D]
    ]);
  });

  it("BERT: word_embeddings, LayerNorms, query/key/value/dense by name", () => {
    const r = assignRoles(tensorsOf(BERT_SPEC), { vocabSize: 600, hiddenSize: 64 });
    expect(r.embedding).toEqual({ name: "bert.embeddings.word_embeddings.weight", transposed: false });
    expect(r.layers).toBe(2);
    expect(r.norms).toHaveLength(2 + 2 * 4 + 2);
    expect(r.norms.every((n) => n.includes("LayerNorm"))).toBe(true);
    expect(r.matrices.filter((m) => m.layer === 0).map((m) => m.category)).toEqual([
      "q_proj",
      "k_proj",
      "v_proj",
      "o_proj",
      "o_proj", // intermediate.dense: "dense" → o_proj, as in the reference
      "o_proj",
    ]);
  });
});

describe("assignRoles on renamed models (shape only)", () => {
  it.each([
    ["Llama", LLAMA_SPEC],
    ["GPT-2", GPT2_SPEC],
    ["BERT", BERT_SPEC],
  ])("%s renamed to invented tokens keeps embedding, L, norms and layer matrices", (_, spec) => {
    expectSameRolesByShape(tensorsOf(spec));
  });

  it("renamed matrices get the shape guess: Llama attention vs MLP", () => {
    const { tensors } = renameTree(tensorsOf(LLAMA_SPEC));
    const r = assignRoles(tensors);
    expect(r.matrices.filter((m) => m.layer === 0).map((m) => m.category)).toEqual([
      ...Array<string>(4).fill("attention-like"), // q, k (GQA: D/2), v, o
      ...Array<string>(3).fill("mlp-like"), // gate, up, down
    ]);
  });

  it("a flat rename (net.blk.{i}.w{j}) of Llama still finds embedding, L and norms", () => {
    const original = assignRoles(tensorsOf(LLAMA_SPEC));
    const counters = new Map<string, number>();
    const rename = new Map<string, string>();
    for (const { name } of tensorsOf(LLAMA_SPEC)) {
      const layer = /layers\.(\d+)\./.exec(name)?.[1];
      const key = layer ?? "top";
      const j = counters.get(key) ?? 0;
      counters.set(key, j + 1);
      rename.set(name, layer === undefined ? `net.t${j}` : `net.blk.${layer}.w${j}`);
    }
    const r = assignRoles(
      tensorsOf(LLAMA_SPEC).map((t) => ({ name: rename.get(t.name) ?? "", shape: t.shape })),
    );
    expect(r.embedding?.name).toBe(rename.get("model.embed_tokens.weight"));
    expect(r.layers).toBe(3);
    expect(r.method.layers).toBe("segment");
    expect([...r.norms].sort()).toEqual(original.norms.map((n) => rename.get(n)).sort());
  });

  it("a flat rename of GPT-2 counts width-D biases as norms (documented limitation)", () => {
    const flat = tensorsOf(GPT2_SPEC).map((t, j) => {
      const layer = /h\.(\d+)\./.exec(t.name)?.[1];
      return { name: layer === undefined ? `net.t${j}` : `net.blk.${layer}.w${j}`, shape: t.shape };
    });
    // ln_1/ln_2 weight+bias and the two c_proj biases per layer, plus ln_f: 2·6 + 2 (not 10).
    expect(assignRoles(flat).norms).toHaveLength(14);
  });

  it("without a vocab hint a larger position table wins; the hint fixes it", () => {
    const { tensors, map } = renameTree(tensorsOf({ ...GPT2_SPEC, positions: 1024 }));
    expect(assignRoles(tensors).embedding?.name).toBe(map("transformer.wpe.weight"));
    expect(assignRoles(tensors, { vocabSize: 300 }).embedding?.name).toBe(map("transformer.wte.weight"));
  });
});

describe("assignRoles edge cases", () => {
  const block = (prefix: string): NamedShape[] => [
    { name: `${prefix}.a`, shape: [64, 64] },
    { name: `${prefix}.b`, shape: [64, 256] },
    { name: `${prefix}.n`, shape: [64] },
  ];

  it("finds an embedding stored transposed ([D, V]) by shape, within the padding tolerance", () => {
    const tensors = [{ name: "tok", shape: [64, 384] }, ...block("blk.0"), ...block("blk.1")];
    const r = assignRoles(tensors, { vocabSize: 300 });
    expect(r.embedding).toEqual({ name: "tok", transposed: true });
    expect(r.method.embedding).toBe("shape");
    // 384 is more than 256 padded; blk.*.b ([64, 256]) would fit but sits inside a layer.
    expect(assignRoles(tensors, { vocabSize: 256 }).embedding).toBeNull();
    expect(fitsVocab(294, 300)).toBe(true);
    expect(fitsVocab(293, 300)).toBe(false);
  });

  it("marks a name-picked embedding as transposed too", () => {
    const r = assignRoles([{ name: "transformer.wte.weight", shape: [64, 300] }, ...block("h.0")], {
      hiddenSize: 64,
    });
    expect(r.embedding).toEqual({ name: "transformer.wte.weight", transposed: true });
    expect(r.method.embedding).toBe("name");
  });

  it("ignores a 1-D name pick and falls back to shape", () => {
    const tensors = [
      { name: "model.embed_tokens.weight", shape: [64] },
      { name: "e", shape: [300, 64] },
      ...block("blocks.0"),
    ];
    expect(assignRoles(tensors).embedding).toEqual({ name: "e", transposed: false });
  });

  it("reads timm-style blocks.N. by segment and skips nested indices (experts)", () => {
    const tensors = [0, 1, 2].flatMap((i) => [
      ...block(`blocks.${i}`),
      { name: `blocks.${i}.experts.${2 - i}.w`, shape: [64, 256] },
    ]);
    const r = assignRoles(tensors);
    expect(r.method.layers).toBe("segment");
    expect(r.layers).toBe(3);
    expect(r.layerOf.get("blocks.2.experts.0.w")).toBe(2);
    // A numLayers hint rules out a position with more distinct values than layers.
    expect(assignRoles(tensors, { numLayers: 2 }).layers).toBe(0);
  });

  it("documents a regex false positive: a token ending in h claims layer 0 and hides the real layers", () => {
    const tensors = [
      { name: "net.patch.0.w", shape: [64, 64] },
      ...block("net.blk.0"),
      ...block("net.blk.1"),
    ];
    const r = assignRoles(tensors);
    expect(r.method.layers).toBe("name"); // "patch.0." matches (?:…|h)\.(\d+)\.
    expect(r.layers).toBe(1);
    expect(r.layerOf.has("net.blk.1.a")).toBe(false); // the segment rule never runs
  });

  it("keeps the reference exclusions when names are known", () => {
    const tensors: NamedShape[] = [
      { name: "model.layers.0.self_attn.q_proj.weight", shape: [64, 64] },
      { name: "model.layers.0.lm_head_adapter.weight", shape: [64, 64] },
      { name: "model.layers.0.q_norm_mix.weight", shape: [64, 64] },
      { name: "model.layers.0.mixer.weight", shape: [64, 64] },
    ];
    expect(assignRoles(tensors).matrices.map((m) => [m.name, m.category, m.byName])).toEqual([
      ["model.layers.0.self_attn.q_proj.weight", "q_proj", true],
      ["model.layers.0.mixer.weight", "attention-like", false],
    ]);
  });

  it("takes the most common 2-D side as hidden size", () => {
    expect(modalDimension(tensorsOf(BERT_SPEC))).toBe(64);
    expect(modalDimension([])).toBe(0);
  });
});

const STORIES = path.resolve(import.meta.dirname, "../../../../../shared/data/models/stories260K");
const present = existsSync(path.join(STORIES, "model.safetensors"));
if (!present) console.warn(`skipping stories260K role tests: ${STORIES} is absent`);

describe.skipIf(!present)("assignRoles on stories260K", () => {
  it("finds the tied embedding, 5 layers, 11 norms and 35 matrices, by name and by shape", async () => {
    const bytes = readFileSync(path.join(STORIES, "model.safetensors"));
    const header = await readSafetensorsHeader(new MemorySource("stories260K", new Uint8Array(bytes)));
    const tensors = header.tensors.map(({ name, shape }) => ({ name, shape }));
    const r = assignRoles(tensors, { vocabSize: 512, hiddenSize: 64, numLayers: 5 });
    expect(r.embedding).toEqual({ name: "model.embed_tokens.weight", transposed: false });
    expect(r.layers).toBe(5);
    expect(r.norms).toHaveLength(11);
    expect(r.matrices).toHaveLength(35);
    expect(r.matrices.every((m) => m.byName)).toBe(true);
    expectSameRolesByShape(tensors);
  });
});
