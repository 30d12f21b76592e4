import { describe, expect, it } from "vitest";
import { estimateParameters, paramBucket } from "../../../../src/engine/features/metadata/parameters.js";

const gpt2 = {
  model_type: "gpt2",
  hidden_size: 768,
  num_hidden_layers: 12,
  num_attention_heads: 12,
  num_key_value_heads: null,
  intermediate_size: 0,
  vocab_size: 50257,
  hidden_act: null,
  head_dim: null,
  tie_word_embeddings: true,
};
const llama = {
  model_type: "llama",
  hidden_size: 4096,
  num_hidden_layers: 32,
  num_attention_heads: 32,
  num_key_value_heads: 8,
  intermediate_size: 14336,
  vocab_size: 128256,
  hidden_act: "silu",
  head_dim: 128,
  tie_word_embeddings: false,
};

describe("parameter estimate (spec §6.2, §12.5)", () => {
  it("GPT-2 → 123,532,032 (<=1B)", () => {
    expect(estimateParameters(gpt2)).toBe(123_532_032n);
    expect(paramBucket(estimateParameters(gpt2))).toBe("<=1B");
  });

  it("Llama-3.1-8B → 8,029,995,008 (1-10B)", () => {
    expect(estimateParameters(llama)).toBe(8_029_995_008n);
    expect(paramBucket(estimateParameters(llama))).toBe("1-10B");
  });

  it("gated by activation or by model type; tied None counts as tied; head_dim from h // nh", () => {
    const plain = { ...gpt2, model_type: "x" };
    const byAct = estimateParameters({ ...plain, hidden_act: "SiLU" });
    const byType = estimateParameters({ ...plain, model_type: "Qwen2" });
    expect(byAct).toBe(byType);
    expect(byAct - estimateParameters(plain)).toBe(12n * 768n * 3072n);
    expect(estimateParameters({ ...plain, tie_word_embeddings: null })).toBe(estimateParameters(plain));
    expect(estimateParameters({ ...plain, head_dim: 64 })).toBe(estimateParameters(plain));
  });

  it("stays exact beyond 2^53", () => {
    const huge = { ...llama, hidden_size: 12345, vocab_size: 987654, num_hidden_layers: 99_999_999 };
    const n = estimateParameters(huge);
    // 12345·128·48 + 32·128·12345 + 3·12345·14336 = 657,346,560 per layer.
    expect(n).toBe(65_734_679_727_830_700n);
    expect(n > 2n ** 53n).toBe(true);
    expect(paramBucket(n)).toBe("40B+");
  });

  it("without heads, head_dim falls back to the hidden size", () => {
    const n = estimateParameters({
      ...gpt2,
      model_type: "x",
      num_attention_heads: 0,
      num_hidden_layers: 1,
      vocab_size: 0,
    });
    expect(n).toBe(0n + 768n * 768n * 0n + 0n + 2n * 768n * 3072n);
  });
});

describe("paramBucket boundaries are strict", () => {
  it.each([
    [999_999_999n, "<=1B"],
    [1_000_000_000n, "1-10B"],
    [9_999_999_999n, "1-10B"],
    [10_000_000_000n, "10-40B"],
    [39_999_999_999n, "10-40B"],
    [40_000_000_000n, "40B+"],
    [0n, "<=1B"],
  ] as const)("%s → %s", (n, bucket) => {
    expect(paramBucket(n)).toBe(bucket);
    expect(paramBucket(Number(n))).toBe(bucket);
  });
});
