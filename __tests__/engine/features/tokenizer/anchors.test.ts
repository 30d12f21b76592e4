import { describe, expect, it } from "vitest";
import {
  getAnchorIds,
  SCRIPT_ANCHORS,
  UNIVERSAL_ANCHORS,
} from "../../../../src/engine/features/tokenizer/anchors.js";
import { ConfigError } from "../../../../src/engine/errors.js";
import type { ScriptDistribution, ScriptName } from "../../../../src/engine/features/tokenizer/script.js";

// §12.1 goldens, computed by the reference with numpy 2.4.6.
const FILL_50257 = [
  33553, 9427, 199, 12447, 39489, 42724, 10822, 49498, 4144, 36958, 43106, 38695, 6188, 1414, 18471, 29282,
  15177, 34304, 12609, 12144, 6113, 15908, 821, 15118, 13466, 26497, 42111, 30188, 37237, 33109, 36480, 24148,
  5503, 3918, 38478, 21123, 49717, 42294, 47609, 11076, 41514, 22062, 9413, 38340, 30263, 41252, 14644, 26335,
  28102, 17523, 24712, 40485, 3850, 40040, 15267, 49146, 30001, 45926, 43824, 17240, 4892, 725, 22949, 34657,
];
const FILL_100 = [
  83, 53, 70, 45, 44, 39, 22, 80, 10, 0, 18, 30, 73, 33, 90, 4, 76, 77, 12, 31, 55, 88, 26, 42, 69, 15, 40,
  96, 9, 72, 11, 47, 85, 28, 93, 5, 66, 65, 35, 16, 49, 34, 7, 95, 27, 19, 81, 25, 62, 13, 24, 3, 17, 38, 8,
  78, 6, 64, 36, 89, 56, 99, 54, 43,
];
const range = (from: number, to: number): number[] =>
  Array.from({ length: to - from + 1 }, (_, i) => from + i);

describe("getAnchorIds goldens (§12.1)", () => {
  it("no tokenizer, V = 50257: 64 random ids from 0…49999", () => {
    expect(getAnchorIds({ V: 50257 })).toEqual(FILL_50257);
    expect(getAnchorIds({ encode: null, vocab: null, V: 50257, anchorK: 64 })).toEqual(FILL_50257);
  });

  it("no tokenizer, V = 100", () => {
    expect(getAnchorIds({ V: 100 })).toEqual(FILL_100);
  });

  it("GPT-2-like mock: 16 universal + 24 Latin ids, then the random fill", () => {
    const known = [...UNIVERSAL_ANCHORS, ...(SCRIPT_ANCHORS.Latin ?? [])];
    const encode = (s: string): number[] => (known.includes(s) ? [1000 + known.indexOf(s)] : []);
    expect(getAnchorIds({ encode, vocab: ["hello", "world"], V: 50257 })).toEqual([
      ...range(1000, 1039),
      23991,
      20732,
      21778,
      33443,
      37133,
      2614,
      49371,
      725,
      15606,
      32053,
      37631,
      47895,
      5198,
      26717,
      26687,
      32633,
      24608,
      3657,
      11578,
      40349,
      6927,
      31178,
      17203,
      34047,
    ]);
  });

  it("Llama-like mock: first-id rule, Latin + CJK budget 53/4, random fill", () => {
    const vocab = [...Array<string>(80).fill("abc"), ...Array<string>(10).fill("中文"), "д", "д"];
    const expected = [
      29871,
      869,
      1919,
      1738,
      1577,
      584,
      2056,
      ...range(2000, 2023),
      3001,
      3003,
      7672,
      20994,
      24382,
      10983,
      23386,
      2306,
      4436,
      10429,
      18527,
      24440,
      17341,
      24531,
      22808,
      7532,
      27404,
      14659,
      24297,
      16280,
      2418,
      24379,
      29548,
      1124,
      19322,
      30253,
      26531,
      29011,
      21838,
      11712,
      9567,
      2828,
      29667,
    ];
    expect(getAnchorIds({ encode: llamaLike, vocab, V: 32000 })).toEqual(expected);
    // The same distribution handed in precomputed gives the same anchors.
    const distribution = [
      ["Latin", 0.916],
      ["CJK", 0.0763],
      ["Cyrillic", 0.0076],
    ] as const;
    expect(getAnchorIds({ encode: llamaLike, distribution, V: 32000 })).toEqual(expected);
    // …and so does the TFV's script_distribution record; a key such as "constructor" is no script.
    const record = { Latin: 0.916, CJK: 0.0763, Cyrillic: 0.0076, constructor: 0.5 };
    expect(getAnchorIds({ encode: llamaLike, distribution: record, V: 32000 })).toEqual(expected);
  });
});

function llamaLike(s: string): number[] {
  const punct: Record<string, number> = { ".": 869, ",": 1919, "!": 1738, "?": 1577, ":": 584, ";": 2056 };
  if (/^[0-9]$/.test(s)) return [29871, 29900 + Number(s)];
  if (Object.hasOwn(punct, s)) return [punct[s] as number];
  const latin = (SCRIPT_ANCHORS.Latin ?? []).indexOf(s);
  if (latin >= 0) return [2000 + latin];
  const cjk = (SCRIPT_ANCHORS.CJK ?? []).indexOf(s);
  if (cjk >= 0) return cjk % 2 === 0 ? [29871, 3000 + cjk] : [3000 + cjk];
  return [];
}

describe("anchor strings", () => {
  it("are the reference's, in order", () => {
    expect(UNIVERSAL_ANCHORS.join(" ")).toBe("0 1 2 3 4 5 6 7 8 9 . , ! ? : ;");
    expect(SCRIPT_ANCHORS.Latin?.join(" ")).toBe(
      "the of and to in is that for it was on are with as be at ing tion er al ed es re en",
    );
    expect(SCRIPT_ANCHORS.CJK?.join(" ")).toBe("的 一 是 不 人 我 在 有 了 这 中 大");
    expect(SCRIPT_ANCHORS.Cyrillic?.join(" ")).toBe("и в не на я что он к");
    expect(SCRIPT_ANCHORS.Arabic?.join(" ")).toBe("من في على أن هذا الله إلى لا");
    expect(SCRIPT_ANCHORS.Devanagari?.join(" ")).toBe("के है का की यह से को पर");
    expect(Object.keys(SCRIPT_ANCHORS)).toEqual(["Latin", "CJK", "Cyrillic", "Arabic", "Devanagari"]);
  });
});

describe("getAnchorIds rules", () => {
  it("skips strings whose encoding throws, is empty, out of range or already seen", () => {
    const calls: string[] = [];
    const encode = (s: string): number[] => {
      calls.push(s);
      if (s === "0") throw new Error("cannot encode");
      if (s === "1") return [];
      if (s === "2") return [99]; // ≥ V
      if (s === "3") return [-1];
      if (s === "4") return [1.5];
      return [5]; // every other string: the same id, kept once
    };
    const ids = getAnchorIds({ encode, vocab: ["abc"], V: 10, anchorK: 4 });
    expect(ids[0]).toBe(5);
    expect(new Set(ids).size).toBe(4);
    expect(ids.every((i) => i >= 0 && i < 10)).toBe(true);
    // Universal anchors, then Latin's allocation: budget 3 → max(2, round(3·1/1)) = 3 words.
    expect(calls).toEqual([...UNIVERSAL_ANCHORS, "the", "of", "and"]);
  });

  it("gives inactive scripts no anchors and falls back to Latin when none is active", () => {
    const calls: string[] = [];
    const encode = (s: string): number[] => {
      calls.push(s);
      return [];
    };
    // Greek only ("Other"): Latin 1.0 with the whole budget of 64 → all 24 words tried.
    getAnchorIds({ encode, vocab: ["αβγ"], V: 100 });
    expect(calls.slice(16)).toEqual(SCRIPT_ANCHORS.Latin);
  });

  it("takes the allocation overshoot from the first largest script, never below 2", () => {
    const calls: string[] = [];
    const encode = (s: string): number[] => {
      calls.push(s);
      return [];
    };
    // Five active scripts at 0.2 each, budget 8 (anchorK 8, nothing encoded): round(1.6) = 2 each,
    // allocated 10, diff 2 → the first (Latin) gets max(2, 0) = 2. Order: descending share, stable.
    const distribution = [
      ["Latin", 0.2],
      ["CJK", 0.2],
      ["Cyrillic", 0.2],
      ["Arabic", 0.2],
      ["Devanagari", 0.2],
    ] as const;
    getAnchorIds({ encode, distribution, V: 100, anchorK: 8 });
    const words = (s: keyof typeof SCRIPT_ANCHORS): string[] => (SCRIPT_ANCHORS[s] ?? []).slice(0, 2);
    expect(calls.slice(16)).toEqual([
      ...words("Latin"),
      ...words("CJK"),
      ...words("Cyrillic"),
      ...words("Arabic"),
      ...words("Devanagari"),
    ]);
  });

  interface AllocationCase {
    readonly why: string;
    readonly distribution: ScriptDistribution;
    readonly budget: number;
    readonly slots: Readonly<Record<string, number>>;
  }
  const allocationCases: AllocationCase[] = [
    {
      why: "round(10·0.45/1.0) = round(4.5) = 4 (half-even); 5 + 4 + 2 = 11, one too many, taken from Latin",
      distribution: [
        ["Latin", 0.5],
        ["CJK", 0.45],
        ["Cyrillic", 0.05],
      ],
      budget: 10,
      slots: { Latin: 4, CJK: 4, Cyrillic: 2 },
    },
    {
      why: "3 + 3 + 3 = 9, one short: the first largest (Latin) gets it",
      distribution: [
        ["Latin", 0.34],
        ["CJK", 0.33],
        ["Cyrillic", 0.33],
      ],
      budget: 10,
      slots: { Latin: 4, CJK: 3, Cyrillic: 3 },
    },
    {
      why: "a budget below 2 per script: every script keeps the minimum of 2",
      distribution: [
        ["CJK", 0.6],
        ["Latin", 0.4],
      ],
      budget: 3,
      slots: { CJK: 2, Latin: 2 },
    },
  ];
  it.each(allocationCases)("allocates slots as the reference: $why", ({ distribution, budget, slots }) => {
    const calls: string[] = [];
    const encode = (s: string): number[] => {
      calls.push(s);
      return [];
    };
    getAnchorIds({ encode, distribution, V: 100, anchorK: budget });
    const tried = calls.slice(UNIVERSAL_ANCHORS.length);
    for (const [script, n] of Object.entries(slots)) {
      const words = SCRIPT_ANCHORS[script as ScriptName] ?? [];
      expect(tried.filter((w) => words.includes(w))).toEqual(words.slice(0, n));
    }
  });

  it("encodes scripts by descending share whatever the order of the distribution it is given", () => {
    const calls: string[] = [];
    const encode = (s: string): number[] => {
      calls.push(s);
      return [];
    };
    const distribution: ScriptDistribution = [
      ["CJK", 0.3],
      ["Latin", 0.7],
    ];
    getAnchorIds({ encode, distribution, V: 100, anchorK: 10 });
    // round(10·0.3) = 3 CJK, round(10·0.7) = 7 Latin; Latin first.
    const latin = SCRIPT_ANCHORS.Latin ?? [];
    const cjk = SCRIPT_ANCHORS.CJK ?? [];
    expect(calls.slice(UNIVERSAL_ANCHORS.length)).toEqual([...latin.slice(0, 7), ...cjk.slice(0, 3)]);
  });

  it("fills from ids below min(V, 50 000) only and stops when the pool runs out", () => {
    expect(getAnchorIds({ V: 5 }).sort()).toEqual([0, 1, 2, 3, 4]);
    expect(getAnchorIds({ V: 0 })).toEqual([]);
    expect(getAnchorIds({ V: 100, anchorK: 0 })).toEqual([]);
    expect(getAnchorIds({ V: 100, anchorK: 3 })).toEqual(FILL_100.slice(0, 3));
  });

  it("rejects a negative or fractional anchor_k as a configuration error", () => {
    expect(() => getAnchorIds({ V: 100, anchorK: -1 })).toThrow(ConfigError);
    expect(() => getAnchorIds({ V: 100, anchorK: 2.5 })).toThrow(/anchor_k/);
  });
});
