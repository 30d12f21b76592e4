import { describe, expect, it } from "vitest";
import {
  classifyScript,
  isAlpha,
  scriptDistribution,
  scriptIndex,
} from "../../../../src/engine/features/tokenizer/script.js";
import {
  SCRIPT_NAMES,
  SCRIPT_RANGE_COUNT,
  SCRIPT_RANGES,
} from "../../../../src/engine/features/tokenizer/script-table.js";

describe("script table", () => {
  it("is ascending, disjoint triples with valid script indices, all above ASCII", () => {
    expect(SCRIPT_RANGES.length).toBe(3 * SCRIPT_RANGE_COUNT);
    expect(SCRIPT_RANGE_COUNT).toBe(698);
    let prevEnd = 0x7f;
    let letters = 0;
    for (let r = 0; r < SCRIPT_RANGE_COUNT; r++) {
      const [first, last, script] = SCRIPT_RANGES.slice(3 * r, 3 * r + 3) as [number, number, number];
      expect(first).toBeGreaterThan(prevEnd);
      expect(last).toBeGreaterThanOrEqual(first);
      expect(script).toBeGreaterThanOrEqual(0);
      expect(script).toBeLessThan(SCRIPT_NAMES.length);
      letters += last - first + 1;
      prevEnd = last;
    }
    expect(prevEnd).toBeLessThanOrEqual(0x10ffff);
    // The generator's header: 136052 letters above U+007F in Unicode 15.0.0.
    expect(letters).toBe(136052);
  });

  it("classifies ASCII letters as Latin and other ASCII as non-letters", () => {
    for (let c = 0; c < 0x80; c++) {
      const letter = /[A-Za-z]/.test(String.fromCharCode(c));
      expect(isAlpha(c)).toBe(letter);
      expect(classifyScript(c)).toBe(letter ? "Latin" : undefined);
    }
  });

  // Each value checked against CPython 3.12 (unicodedata 15.0.0) and the reference's classify_script.
  const spots: [number, string | undefined, string][] = [
    [0x0120, "Latin", "Ġ LATIN CAPITAL LETTER G WITH DOT ABOVE (byte-level BPE space)"],
    [0x00c0, "Latin", "À"],
    [0x00aa, "Other", "ª FEMININE ORDINAL INDICATOR"],
    [0x00b5, "Other", "µ MICRO SIGN"],
    [0x00ba, "Other", "º MASCULINE ORDINAL INDICATOR"],
    [0x02b0, "Other", "ʰ MODIFIER LETTER SMALL H"],
    [0x3005, "Other", "々 IDEOGRAPHIC ITERATION MARK"],
    [0x303b, "Other", "〻 VERTICAL IDEOGRAPHIC ITERATION MARK"],
    [0x03b1, "Other", "α GREEK SMALL LETTER ALPHA"],
    [0x2c00, "Other", "GLAGOLITIC CAPITAL LETTER AZU"],
    [0x2c2e, "Latin", "GLAGOLITIC CAPITAL LETTER LATINATE MYSLITE (substring LATIN)"],
    [0x2c5e, "Latin", "GLAGOLITIC SMALL LETTER LATINATE MYSLITE"],
    [0x30fc, "CJK", "ー KATAKANA-HIRAGANA PROLONGED SOUND MARK (Lm)"],
    [0xff70, "CJK", "HALFWIDTH KATAKANA-HIRAGANA PROLONGED SOUND MARK"],
    [0x1100, "CJK", "HANGUL CHOSEONG KIYEOK (jamo)"],
    [0x3131, "CJK", "HANGUL LETTER KIYEOK (compatibility jamo)"],
    [0xd55c, "CJK", "한 HANGUL SYLLABLE HAN (algorithmic name)"],
    [0x4e2d, "CJK", "中 CJK UNIFIED IDEOGRAPH-4E2D (algorithmic name)"],
    [0xf900, "CJK", "CJK COMPATIBILITY IDEOGRAPH-F900"],
    [0x0640, "Arabic", "ARABIC TATWEEL (Lm, Script=Common)"],
    [0x0915, "Devanagari", "DEVANAGARI LETTER KA"],
    [0x0971, "Devanagari", "DEVANAGARI SIGN HIGH SPACING DOT (Lm)"],
    [0x093e, undefined, "DEVANAGARI VOWEL SIGN AA (Mc) is not a letter"],
    [0x094d, undefined, "DEVANAGARI SIGN VIRAMA (Mn) is not a letter"],
    [0x0438, "Cyrillic", "и"],
    [0x1d2b, "Cyrillic", "CYRILLIC LETTER SMALL CAPITAL EL"],
    [0x2581, undefined, "▁ LOWER ONE EIGHTH BLOCK"],
    [0x00d7, undefined, "× MULTIPLICATION SIGN"],
    [0x0085, undefined, "C1 control"],
    [0xd800, undefined, "lone high surrogate"],
    // Above the BMP: the binary-search path.
    [0x20000, "CJK", "CJK UNIFIED IDEOGRAPH-20000"],
    [0x31350, "CJK", "CJK UNIFIED IDEOGRAPH-31350 (Extension H, Unicode 15.0)"],
    [0x2ebf0, undefined, "CJK Extension I is Unicode 15.1: unassigned in the reference's Python"],
    [0x2f800, "CJK", "CJK COMPATIBILITY IDEOGRAPH-2F800"],
    [0x1d400, "Other", "MATHEMATICAL BOLD CAPITAL A"],
    [0x1df00, "Latin", "LATIN SMALL LETTER FENG DIGRAPH WITH TRILL"],
    [0x10780, "Other", "MODIFIER LETTER SMALL CAPITAL AA (Latin block, no LATIN in the name)"],
    [0x1e030, "Cyrillic", "MODIFIER LETTER CYRILLIC SMALL A"],
    [0x1ee00, "Arabic", "ARABIC MATHEMATICAL ALEF"],
    [0x10efd, undefined, "ARABIC SMALL LOW WORD SAKTA (Mn)"],
    [0x16fe3, "Other", "OLD CHINESE ITERATION MARK"],
    [0x1b002, "Other", "HENTAIGANA LETTER A-1"],
    [0x17000, "Other", "Tangut ideograph: unicodedata.name() returns '' in CPython"],
    [0x1f600, undefined, "😀 emoji"],
    [0x10ffff, undefined, "last code point"],
  ];
  const cases = spots.map(([code, script, what]) => ({
    code,
    script,
    what,
    hex: code.toString(16).toUpperCase().padStart(4, "0"),
  }));
  it.each(cases)("U+$hex → $script ($what)", ({ code, script }) => {
    expect(classifyScript(code)).toBe(script);
    expect(isAlpha(code)).toBe(script !== undefined);
    expect(scriptIndex(code)).toBe(script === undefined ? -1 : SCRIPT_NAMES.indexOf(script as never));
  });
});

describe("scriptDistribution", () => {
  it("matches the reference golden (§12.2) exactly, in most_common order", () => {
    const tokens = [
      "hello",
      "中文",
      "Ġthe",
      "▁de",
      "ª",
      "µ",
      "ー",
      "々",
      "한국",
      "Привет",
      "مرحبا",
      "नमस्ते",
      "123",
      "ⲁ",
    ];
    expect(scriptDistribution(tokens)).toEqual([
      ["Latin", 0.3143],
      ["Cyrillic", 0.1714],
      ["CJK", 0.1429],
      ["Arabic", 0.1429],
      ["Other", 0.1143],
      ["Devanagari", 0.1143],
    ]);
  });

  it("breaks count ties by first appearance, not by name", () => {
    expect(scriptDistribution(["д", "a", "中"])).toEqual([
      ["Cyrillic", 0.3333],
      ["Latin", 0.3333],
      ["CJK", 0.3333],
    ]);
  });

  it("rounds exact ties half-even (1/32 → 0.0312, 21/32 → 0.6562)", () => {
    const tokens = ["a".repeat(21), "д".repeat(6), "中".repeat(4), "α"];
    expect(scriptDistribution(tokens)).toEqual([
      ["Latin", 0.6562],
      ["Cyrillic", 0.1875],
      ["CJK", 0.125],
      ["Other", 0.0312],
    ]);
  });

  it("iterates code points: an astral letter counts once, a lone surrogate not at all", () => {
    expect(scriptDistribution(["𝐀𠀀", "\ud800x\udc00"])).toEqual([
      ["Other", 0.3333],
      ["CJK", 0.3333],
      ["Latin", 0.3333],
    ]);
  });

  it("is empty without letters", () => {
    expect(scriptDistribution([])).toEqual([]);
    expect(scriptDistribution(["123", "▁", "", "<0x0A>"])).toEqual([["Latin", 1]]);
    expect(scriptDistribution(["123", "▁", "", "!"])).toEqual([]);
  });
});
