import { describe, expect, it } from "vitest";
import {
  codePointLength,
  defaultTfv,
  extractTfv,
  isByteToken,
} from "../../../../src/engine/features/tokenizer/tfv.js";
import { fakeTokenizer } from "./fake-tokenizer.js";

const SHA256_EMPTY = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";

describe("extractTfv", () => {
  // Expected values computed with the reference's extract_tokenizer_features arithmetic in CPython 3.12.
  const tokens = [
    "<unk>",
    "<0x0A>",
    "<0x0a>\n", // Python's `$` matches before a final newline: a byte token
    "<0x0A>\n\n", // …but not before two
    "<0xZZ>",
    "▁the",
    "Ġa",
    " b",
    "##c", // WordPiece continuation: not a whitespace prefix
    "a",
    "𝐀", // astral: one code point
    "😀x",
    "中",
    "\ud800", // lone surrogate: one code point, not a letter
    "한국어",
    "Привет",
  ];

  it("computes every field of §2.1 with Python's lengths, regex and rounding", () => {
    const tok = fakeTokenizer(tokens, {
      merges: ["a b", "Ġ t", "▁ the"],
      tokenizerClass: "LlamaTokenizer",
      special: { bos: 1, eos: 2, pad: null, unk: 0, mask: null },
      numAddedTokens: 3,
      numSpecialTokens: 2,
    });
    expect(extractTfv(tok)).toEqual({
      vocab_size: 16,
      tokenizer_class: "LlamaTokenizer",
      bos_token_id: 1,
      eos_token_id: 2,
      pad_token_id: null,
      num_added_tokens: 3,
      num_special_tokens: 2,
      num_merges: 3,
      first_5_merges: ["a b", "Ġ t", "▁ the"],
      merge_rule_hash: "f9614a04566ad499194f4c69eb75ddae5798e4675c4e0d859ae2d817363ab278",
      all_merges_str: "a b\nĠ t\n▁ the",
      special_token_ids: { pad: null, unk: 0, mask: null },
      pct_single_char: 0.25,
      avg_token_length: 3.62, // 58 / 16 = 3.625 exactly: ties to even
      max_token_length: 8,
      pct_whitespace_prefix: 0.1875,
      pct_byte_tokens: 0.125,
      script_distribution: { Latin: 0.6562, Cyrillic: 0.1875, CJK: 0.125, Other: 0.0312 },
    });
  });

  it("keeps the script distribution in most_common order", () => {
    expect(Object.keys(extractTfv(fakeTokenizer(tokens)).script_distribution)).toEqual([
      "Latin",
      "Cyrillic",
      "CJK",
      "Other",
    ]);
  });

  it("hashes only the first 50 merges and lists the first 5", () => {
    const merges = Array.from({ length: 60 }, (_, i) => `m${i} x`);
    const f = extractTfv(fakeTokenizer(["a"], { merges }));
    expect(f.merge_rule_hash).toBe("e75170d701209e51f39d27dabdfc154cb9ce486625664d5d6c2837573b30a896");
    expect(f.first_5_merges).toEqual(["m0 x", "m1 x", "m2 x", "m3 x", "m4 x"]);
    expect(f.num_merges).toBe(60);
    expect(f.all_merges_str.split("\n")).toEqual(merges);
  });

  it("gives a merge-less tokenizer sha256('') and empty merge strings", () => {
    const f = extractTfv(fakeTokenizer(["[PAD]", "hello", "##lo"], { modelType: "WordPiece" }));
    expect(f.merge_rule_hash).toBe(SHA256_EMPTY);
    expect(f.num_merges).toBe(0);
    expect(f.first_5_merges).toEqual([]);
    expect(f.all_merges_str).toBe("");
    expect(f.pct_whitespace_prefix).toBe(0);
  });

  it("returns vocab_size 0, the class and pydantic's defaults for an empty vocabulary", () => {
    const tok = fakeTokenizer([], {
      tokenizerClass: "GPT2Tokenizer",
      merges: ["a b"],
      special: { bos: 1, eos: 2, pad: 3, unk: 4, mask: 5 },
    });
    const f = extractTfv(tok);
    expect(f).toEqual(defaultTfv(0, "GPT2Tokenizer"));
    expect(f).toMatchObject({
      bos_token_id: null,
      num_merges: 0,
      merge_rule_hash: "",
      special_token_ids: {},
      avg_token_length: 0,
      max_token_length: null,
      script_distribution: {},
    });
  });

  it("has an empty script distribution when no token holds a letter", () => {
    const f = extractTfv(fakeTokenizer(["1", "22"]));
    expect(f.script_distribution).toEqual({});
    expect(f.max_token_length).toBe(2);
    expect(f.avg_token_length).toBe(1.5);
  });
});

describe("codePointLength", () => {
  it("counts code points as Python's len()", () => {
    expect(codePointLength("")).toBe(0);
    expect(codePointLength("abc")).toBe(3);
    expect(codePointLength("𝐀𝐁")).toBe(2);
    expect(codePointLength("a\ud800")).toBe(2);
    expect(codePointLength("\udc00\ud800")).toBe(2);
    expect(codePointLength("\ud800\udc00")).toBe(1);
  });
});

describe("isByteToken (re.match(r'^<0x[0-9A-Fa-f]{2}>$'))", () => {
  it.each([
    ["<0x00>", true],
    ["<0xfF>", true],
    ["<0x0A>\n", true],
    ["<0x0A>\n\n", false],
    ["<0x0A>\r\n", false],
    ["\n<0x0A>", false],
    ["<0X0A>", false],
    ["<0x0G>", false],
    ["<0x0>", false],
    ["<0x000>", false],
    ["<0x٠٠>", false], // Arabic-Indic digits: [0-9] is ASCII only
  ])("%j → %s", (t, expected) => {
    expect(isByteToken(t)).toBe(expected);
  });
});
