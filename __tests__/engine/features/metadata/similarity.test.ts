import { describe, expect, it } from "vitest";
import type { MfiFingerprint } from "../../../../src/engine/features/metadata/mfi.js";
import { mfiSimilarity } from "../../../../src/engine/features/metadata/similarity.js";

/** Spec §12.3's base fingerprint L (Llama-3.1-8B-like). */
const L: MfiFingerprint = {
  model_type: "llama",
  architectures: ["LlamaForCausalLM"],
  hidden_size: 4096,
  num_hidden_layers: 32,
  num_attention_heads: 32,
  num_key_value_heads: 8,
  intermediate_size: 14336,
  vocab_size: 128256,
  max_position_embeddings: 131072,
  hidden_act: "silu",
  rope_theta: null,
  rope_scaling: null,
  tie_word_embeddings: false,
  bos_token_id: 128000,
  eos_token_id: 128001,
  gqa_ratio: 4.0,
  attention_style: "GQA",
  norm_type: "RMSNorm",
  attention_bias: false,
  qk_norm: false,
  pos_encoding: "absolute",
  head_dim: 128,
  tokenizer_hash: "t",
  token_id_signature: "bos=128000|eos=128001",
  arch_hash: "arch-L",
  family_hash: "family-L",
};

describe("mfiSimilarity goldens (spec §12.3)", () => {
  it("L vs a Qwen2.5-7B-like fingerprint → tier 3, 0.5133", () => {
    const q = {
      ...L,
      model_type: "qwen2",
      hidden_size: 3584,
      num_hidden_layers: 28,
      vocab_size: 152064,
      bos_token_id: null,
      eos_token_id: 151643,
      attention_bias: null,
      arch_hash: "arch-Q",
      family_hash: "family-Q",
    };
    expect(mfiSimilarity(L, q)).toEqual({ score: 0.5133, tier: 3, match_type: "soft_match" });
  });

  it("same family hash but other dimensions → demoted to tier 3, 0.6048 (no bonus)", () => {
    const big = {
      ...L,
      rope_theta: 500000.0,
      pos_encoding: "RoPE",
      hidden_size: 8192,
      num_hidden_layers: 80,
      arch_hash: "arch-B",
    };
    expect(mfiSimilarity(L, big)).toEqual({ score: 0.6048, tier: 3, match_type: "soft_match" });
  });

  it("same family hash and dimensions, different arch hash → tier 2, 0.9", () => {
    const b = { ...L, vocab_size: 128288, max_position_embeddings: 8192, arch_hash: "arch-H" };
    expect(mfiSimilarity(L, b)).toEqual({ score: 0.9, tier: 2, match_type: "family" });
  });

  it("rope 10000.0 vs 500000.0 with different family hashes → tier 3, 0.9052", () => {
    const a = { ...L, rope_theta: 10000.0, arch_hash: "a1", family_hash: "f1" };
    const b = { ...L, rope_theta: 500000.0, arch_hash: "a2", family_hash: "f2" };
    expect(mfiSimilarity(a, b)).toEqual({ score: 0.9052, tier: 3, match_type: "soft_match" });
  });

  it("equal arch hashes → tier 1; empty hashes never match", () => {
    expect(mfiSimilarity(L, { ...L, hidden_size: 1 })).toEqual({ score: 1.0, tier: 1, match_type: "exact" });
    const e = { ...L, arch_hash: "", family_hash: "" };
    expect(mfiSimilarity(e, e).tier).toBe(3);
    expect(mfiSimilarity(e, e).score).toBe(1);
  });

  it("zero dimensions leave their weight out of the total", () => {
    const z = { ...L, hidden_size: 0, num_hidden_layers: 0, vocab_size: 0, arch_hash: "z", family_hash: "z" };
    // total 12.4 - 1.8 - 1.5 - 1.5 = 7.6; L's side matches on everything always counted.
    expect(mfiSimilarity(z, { ...z, arch_hash: "y", family_hash: "y" }).score).toBe(1);
    expect(mfiSimilarity(z, { ...L, bos_token_id: 1, eos_token_id: 2 }).score).toBe(0.7368);
  });
});
