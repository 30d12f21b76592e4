import { describe, expect, it } from "vitest";
import { tokenizerScore, vocabOverlap } from "../../../../src/engine/features/tokenizer/voa.js";

describe("vocabOverlap", () => {
  it("reports set sizes, Jaccard and overlap shares rounded as Python does", () => {
    // |A| = 5, |B| = 6, |I| = 3, |U| = 8.
    expect(vocabOverlap(["a", "b", "c", "d", "e"], new Set(["c", "d", "e", "f", "g", "h"]))).toEqual({
      jaccard: 0.375,
      vocab_a_size: 5,
      vocab_b_size: 6,
      intersection: 3,
      union: 8,
      only_a: 2,
      only_b: 3,
      overlap_pct_a: 0.6,
      overlap_pct_b: 0.5,
    });
  });

  it("counts duplicates once and compares tokens verbatim (no ▁/Ġ stripping, no case folding)", () => {
    const r = vocabOverlap(["▁the", "▁the", "Ġthe", "The"], ["the", "▁the"]);
    expect(r).toMatchObject({ vocab_a_size: 3, vocab_b_size: 2, intersection: 1, union: 4, jaccard: 0.25 });
  });

  it("rounds exact ties half-even: 1/32 → 0.0312", () => {
    const a = Array.from({ length: 32 }, (_, i) => `t${i}`);
    expect(vocabOverlap(a, ["t0"]).overlap_pct_a).toBe(0.0312);
  });

  it("returns 0 shares for empty vocabularies", () => {
    expect(vocabOverlap([], [])).toEqual({
      jaccard: 0,
      vocab_a_size: 0,
      vocab_b_size: 0,
      intersection: 0,
      union: 0,
      only_a: 0,
      only_b: 0,
      overlap_pct_a: 0,
      overlap_pct_b: 0,
    });
    expect(vocabOverlap(["x"], [])).toMatchObject({
      jaccard: 0,
      overlap_pct_a: 0,
      overlap_pct_b: 0,
      only_a: 1,
    });
  });

  it("accepts a LoadedTokenizer's vocab Map (its keys) and its key iterator alike", () => {
    const vocab = new Map([
      ["a", 0],
      ["b", 1],
      ["c", 2],
    ]);
    const expected = vocabOverlap(["a", "b", "c"], ["b", "c", "d"]);
    expect(vocabOverlap(vocab, new Set(["b", "c", "d"]))).toEqual(expected);
    expect(vocabOverlap(vocab.keys(), ["b", "c", "d", "d"])).toEqual(expected);
    expect(vocabOverlap(["b", "c", "d"], vocab)).toEqual(vocabOverlap(["b", "c", "d"], ["a", "b", "c"]));
  });
});

describe("tokenizerScore", () => {
  it("is Py-round(0.25·TFV + 0.75·VOA, 4): golden (0.8813, 0) → 0.2203", () => {
    expect(tokenizerScore(0.8813, 0)).toBe(0.2203);
    expect(tokenizerScore(1, 1)).toBe(1);
    expect(tokenizerScore(0.5, 0.25)).toBe(0.3125);
    expect(tokenizerScore(Number.NaN, 0)).toBeNaN();
  });
});
