import { describe, expect, it } from "vitest";
import { defaultTfv, type TokenizerFeatures } from "../../../../src/engine/features/tokenizer/tfv.js";
import { tfvSimilarity } from "../../../../src/engine/features/tokenizer/tfv-similarity.js";

// The golden pair of §12.4: a Llama-3.1-like and a Qwen2-like tokenizer.
const A: TokenizerFeatures = {
  ...defaultTfv(128256, "TokenizersBackend"),
  bos_token_id: 128000,
  eos_token_id: 128001,
  num_merges: 280147,
  merge_rule_hash: "h1",
  all_merges_str: "m1",
  special_token_ids: { pad: null, unk: null, mask: null },
  avg_token_length: 6.54,
  pct_whitespace_prefix: 0.4512,
  pct_byte_tokens: 0,
  script_distribution: { Latin: 0.9922, Other: 0.0078 },
};
const B: TokenizerFeatures = {
  ...defaultTfv(151665, "Qwen2Tokenizer"),
  bos_token_id: null,
  eos_token_id: 151643,
  pad_token_id: 151643,
  num_merges: 151387,
  merge_rule_hash: "h2",
  all_merges_str: "m2",
  special_token_ids: { pad: 151643, unk: null, mask: null },
  avg_token_length: 6.8,
  pct_whitespace_prefix: 0.4707,
  pct_byte_tokens: 0,
  script_distribution: { Latin: 0.9917, Other: 0.0083 },
};
const SHA256_EMPTY = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";

describe("tfvSimilarity goldens (§12.4)", () => {
  it("A vs B → 0.4779", () => {
    expect(tfvSimilarity(A, B)).toBe(0.4779);
    expect(tfvSimilarity(B, A)).toBe(0.4779);
  });
  it("A vs A without all_merges_str (database bundle) → 0.85", () => {
    expect(tfvSimilarity(A, { ...A, all_merges_str: "" })).toBe(0.85);
  });
  it("A vs A → 1.0", () => {
    expect(tfvSimilarity(A, A)).toBe(1);
  });
  it("merge-less vs merge-less → 0.925", () => {
    const m: TokenizerFeatures = { ...A, num_merges: 0, merge_rule_hash: SHA256_EMPTY, all_merges_str: "" };
    expect(tfvSimilarity(m, { ...m })).toBe(0.925);
  });
});

describe("tfvSimilarity components", () => {
  const base = { ...A, all_merges_str: "", merge_rule_hash: "", num_merges: 0 };
  // Identical apart from the component under test; the rest contributes 1 − 0.15 − 0.075 = 0.775.
  const rest = 0.775;

  it("gives no credit for two empty merge hashes (bundles without the field)", () => {
    expect(tfvSimilarity(base, base)).toBe(rest);
  });

  it("scores the script cosine over the union of scripts, missing = 0", () => {
    const a = { ...base, script_distribution: { Latin: 1 } };
    const b = { ...base, script_distribution: { CJK: 1 } };
    expect(tfvSimilarity(a, b)).toBe(rest - 0.1);
    // Both empty: the component is 0, not 0.1.
    const e = { ...base, script_distribution: {} };
    expect(tfvSimilarity(e, e)).toBe(rest - 0.1);
    // Keys that name Object.prototype members are plain keys, absent means 0.
    const c = { ...base, script_distribution: { constructor: 1 } };
    expect(tfvSimilarity(c, a)).toBe(rest - 0.1);
  });

  it("gives the special-token component 0.5 when every key is set on one side only", () => {
    const a = { ...base, special_token_ids: { pad: 1, unk: 2, mask: 3 } };
    const b = { ...base, special_token_ids: {} };
    expect(tfvSimilarity(a, b)).toBe(rest - 0.05);
    const c = { ...base, special_token_ids: { pad: 1, unk: 9, mask: null } };
    // pad equal, unk different, mask set on one side only → 1/2.
    expect(tfvSimilarity(a, c)).toBe(rest - 0.05);
  });

  it("counts one missing merge table against a present one as 0 for count and identity", () => {
    const a = { ...base, num_merges: 10, all_merges_str: "a b" };
    expect(tfvSimilarity(a, base)).toBe(rest - 0.05 - 0.075);
  });

  it("treats None == None as equal and None ≠ 0 for bos/eos", () => {
    const a = { ...base, bos_token_id: null, eos_token_id: 0 };
    const b = { ...base, bos_token_id: null, eos_token_id: null };
    expect(tfvSimilarity(a, b)).toBe(rest - 0.04);
  });

  it("compares byte-token presence, not the shares", () => {
    expect(tfvSimilarity({ ...base, pct_byte_tokens: 0.008 }, { ...base, pct_byte_tokens: 0.001 })).toBe(
      rest,
    );
    expect(tfvSimilarity({ ...base, pct_byte_tokens: 0.008 }, base)).toBe(rest - 0.05);
  });

  it("handles two empty vocabularies and zero token lengths", () => {
    const z = defaultTfv(0, "X");
    // class 0.1, vocab 0, bos/eos 0.08, avg 0.07·(1 − 0/1e-8), ws 0.05, scripts 0, byte 0.05,
    // merge count 0.05, hash 0, specials 0.1 (absent on both sides = None == None), identity 0.075.
    expect(tfvSimilarity(z, z)).toBe(0.575);
  });
});
