// The reference's exact name rules (provenancekit-reference §4.1), example by example, including
// the false positives we reproduce on purpose.
import { describe, expect, it } from "vitest";
import {
  EXCLUDED_CATEGORIES,
  findEmbeddingByName,
  findEmbeddingNameStreaming,
  isNormName,
  layerIndexByName,
  roleCategory,
} from "../../../../src/engine/features/weights/tensor-names.js";

describe("layerIndexByName", () => {
  it.each([
    ["transformer.h.3.attn.c_attn.weight", 3],
    ["h.11.mlp.c_fc.weight", 11],
    ["encoder.block.7.layer.0.SelfAttention.q.weight", 7], // leftmost match wins
    ["model.layers.5.mlp.up_proj.weight", 5],
    ["bert.encoder.layer.2.attention.self.query.weight", 2],
    ["model.layers.0.mlp.experts.12.w1.weight", 0], // MoE: the layer, not the expert
    ["vision_tower.encoder.layers.4.mlp.fc1.weight", 4], // collides with text layer 4
    ["model.layers. 6.x", 6], // \s* after the dot
    ["model.layers.007.x", 7],
  ])("%s → %d", (name, index) => {
    expect(layerIndexByName(name)).toBe(index);
  });

  it.each([
    "blocks.3.attn.qkv.weight", // "blocks." is not "block."
    "model.norm.weight",
    "model.layers.3", // needs the trailing dot
    "model.embed_tokens.weight",
  ])("%s → none", (name) => {
    expect(layerIndexByName(name)).toBeNull();
  });

  it("has no word boundary: depth.2. and graph.4. are read as layers (false positives)", () => {
    expect(layerIndexByName("vit.encoder.depth.2.norm.weight")).toBe(2);
    expect(layerIndexByName("model.graph.4.weight")).toBe(4);
    expect(layerIndexByName("net.patch.0.w")).toBe(0);
  });
});

describe("isNormName", () => {
  it.each([
    "h.0.ln_1.bias", // LayerNorm biases count
    "transformer.ln_f.weight",
    "model.layers.0.self_attn.q_norm.weight",
    "model.layers.0.self_attn.k_norm.weight",
    "model.norm.weight",
    "model.layers.0.input_layernorm.weight",
    "model.layers.0.post_attention_layernorm.weight",
    "bert.embeddings.LayerNorm.weight", // lower-cased first
    "x.RMSNorm.scale",
  ])("%s is a norm", (name) => {
    expect(isNormName(name)).toBe(true);
  });

  it.each(["model.layers.0.mlp.up_proj.weight", "h.0.attn.c_proj.bias", "model.embed_tokens.weight"])(
    "%s is not a norm",
    (name) => {
      expect(isNormName(name)).toBe(false);
    },
  );
});

describe("roleCategory", () => {
  it.each([
    ["model.layers.0.self_attn.q_proj.weight", "q_proj"],
    ["model.layers.0.self_attn.k_proj.weight", "k_proj"],
    ["model.layers.0.self_attn.v_proj.weight", "v_proj"],
    ["model.layers.0.self_attn.o_proj.weight", "o_proj"],
    ["model.layers.0.mlp.gate_proj.weight", "gate_proj"],
    ["model.layers.0.mlp.up_proj.weight", "up_proj"],
    ["model.layers.0.mlp.down_proj.weight", "down_proj"],
    ["bert.encoder.layer.0.attention.self.query.weight", "q_proj"],
    ["bert.encoder.layer.0.attention.self.key.weight", "k_proj"],
    ["bert.encoder.layer.0.attention.self.value.weight", "v_proj"],
    ["bert.encoder.layer.0.attention.output.dense.weight", "o_proj"],
    ["model.layers.0.self_attn.out_proj.weight", "o_proj"],
    ["model.layers.0.self_attn.qkv_proj.weight", "v_proj"], // contains "v_proj"
    ["gpt_neox.layers.0.mlp.dense_h_to_4h.weight", "o_proj"], // caught by "dense" first
    ["gpt_neox.layers.0.mlp.dense_4h_to_h.weight", "o_proj"],
    ["model.layers.0.mlp.fc1.weight", "up_proj"],
    ["model.layers.0.mlp.fc2.weight", "down_proj"],
    ["encoder.block.0.layer.1.DenseReluDense.wi_0.weight", "o_proj"], // "densereludense"
    ["model.layers.0.block_sparse_moe.gate.weight", "gate_proj"],
    ["model.embed_tokens.weight", "embedding"],
    ["transformer.wte.weight", "embedding"],
    ["bert.embeddings.word_embeddings.weight", "down_proj"], // "word" contains "wo"
    ["shared.weight", "embedding"],
    ["model.norm.weight", "norm"],
    ["h.0.ln_1.weight", "norm"],
    ["lm_head.weight", "lm_head"],
    ["cls.predictions.bias", "lm_head"],
    ["model.layers.0.monkey.weight", "k_proj"], // plain substring match
    // GPT-2 Conv1D and T5 attention names fall through to "other" (excluded from WVC).
    ["transformer.h.0.attn.c_attn.weight", "other"],
    ["transformer.h.0.attn.c_proj.weight", "other"],
    ["transformer.h.0.mlp.c_fc.weight", "other"],
    ["transformer.h.0.mlp.c_proj.weight", "other"],
    ["encoder.block.0.layer.0.SelfAttention.q.weight", "other"],
    ["decoder.block.0.layer.1.EncDecAttention.k.weight", "other"],
  ])("%s → %s", (name, category) => {
    expect(roleCategory(name)).toBe(category);
  });

  it("excludes exactly norm, embedding, lm_head and other", () => {
    expect([...EXCLUDED_CATEGORIES].sort()).toEqual(["embedding", "lm_head", "norm", "other"]);
  });
});

describe("findEmbeddingByName", () => {
  const shapes = (entries: [string, number[]][]): Map<string, number[]> => new Map(entries);

  it("takes the first name of the reference list, not the first in iteration order", () => {
    const names = ["lm_head.weight", "wte.weight", "transformer.wte.weight"];
    const s = shapes(names.map((n) => [n, [10, 4]]));
    expect(findEmbeddingByName(names, s)).toBe("transformer.wte.weight");
  });

  it("does not check the rank of a listed name", () => {
    const names = ["model.embed_tokens.weight"];
    expect(findEmbeddingByName(names, shapes([[names[0] as string, [10]]]))).toBe(names[0]);
  });

  it("falls back to the first 2-D name with embed/wte and without position", () => {
    const entries: [string, number[]][] = [
      ["enc.position_embeddings.weight", [16, 4]],
      ["enc.tok_embed.bias", [4]],
      ["enc.TOK_EMBED.weight", [10, 4]],
      ["enc.wte_2.weight", [10, 4]],
    ];
    const names = entries.map(([n]) => n);
    expect(findEmbeddingByName(names, shapes(entries))).toBe("enc.TOK_EMBED.weight");
    // The streaming variant skips the 2-D check and takes the 1-D bias.
    expect(findEmbeddingNameStreaming(names)).toBe("enc.tok_embed.bias");
  });

  it("returns null when nothing looks like an embedding", () => {
    expect(findEmbeddingByName(["a.weight"], shapes([["a.weight", [10, 4]]]))).toBeNull();
    expect(findEmbeddingNameStreaming(["a.position_embed.weight"])).toBeNull();
  });
});
