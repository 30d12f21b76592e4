// Goldens computed with CPython 3.12.1 (the reference's Python): repr(x), round(x, 4), round(x, 2),
// round(x, 1), round(x, -2), round(x, 0) for each x, and one json.dumps.
import { describe, expect, it } from "vitest";
import { pyFloatRepr, pyRound } from "../../../src/engine/pycompat/py-float.js";
import { PyNumber, pyJsonDumps, compareCodePoints } from "../../../src/engine/pycompat/py-json.js";

const XS = [
  0.03125,
  0.09375,
  2.5,
  3.5,
  999999.4420358813,
  10050.0,
  10150.0,
  0.0001,
  0.00001,
  1e16,
  1e15,
  123456789.125,
  -0.5,
  -1.25,
  1 / 3,
  0.1 + 0.2,
  5e-324,
  1.7976931348623157e308,
  0.0,
  -0.0,
  12.345,
  2.675,
  1.0000000000000002,
  0.9124,
  6.36515 / 12.4,
];
const PYTHON: string[][] = [
  ["0.03125", "0.0312", "0.03", "0.0", "0.0", "0.0"],
  ["0.09375", "0.0938", "0.09", "0.1", "0.0", "0.0"],
  ["2.5", "2.5", "2.5", "2.5", "0.0", "2.0"],
  ["3.5", "3.5", "3.5", "3.5", "0.0", "4.0"],
  ["999999.4420358813", "999999.442", "999999.44", "999999.4", "1000000.0", "999999.0"],
  ["10050.0", "10050.0", "10050.0", "10050.0", "10000.0", "10050.0"],
  ["10150.0", "10150.0", "10150.0", "10150.0", "10200.0", "10150.0"],
  ["0.0001", "0.0001", "0.0", "0.0", "0.0", "0.0"],
  ["1e-05", "0.0", "0.0", "0.0", "0.0", "0.0"],
  ["1e+16", "1e+16", "1e+16", "1e+16", "1e+16", "1e+16"],
  [
    "1000000000000000.0",
    "1000000000000000.0",
    "1000000000000000.0",
    "1000000000000000.0",
    "1000000000000000.0",
    "1000000000000000.0",
  ],
  ["123456789.125", "123456789.125", "123456789.12", "123456789.1", "123456800.0", "123456789.0"],
  ["-0.5", "-0.5", "-0.5", "-0.5", "-0.0", "-0.0"],
  ["-1.25", "-1.25", "-1.25", "-1.2", "-0.0", "-1.0"],
  ["0.3333333333333333", "0.3333", "0.33", "0.3", "0.0", "0.0"],
  ["0.30000000000000004", "0.3", "0.3", "0.3", "0.0", "0.0"],
  ["5e-324", "0.0", "0.0", "0.0", "0.0", "0.0"],
  [
    "1.7976931348623157e+308",
    "1.7976931348623157e+308",
    "1.7976931348623157e+308",
    "1.7976931348623157e+308",
    "1.7976931348623157e+308",
    "1.7976931348623157e+308",
  ],
  ["0.0", "0.0", "0.0", "0.0", "0.0", "0.0"],
  ["-0.0", "-0.0", "-0.0", "-0.0", "-0.0", "-0.0"],
  ["12.345", "12.345", "12.35", "12.3", "0.0", "12.0"],
  ["2.675", "2.675", "2.67", "2.7", "0.0", "3.0"],
  ["1.0000000000000002", "1.0", "1.0", "1.0", "0.0", "1.0"],
  ["0.9124", "0.9124", "0.91", "0.9", "0.0", "1.0"],
  ["0.5133185483870968", "0.5133", "0.51", "0.5", "0.0", "1.0"],
];

describe("Python float semantics", () => {
  it.each(XS.map((x, i) => [x, PYTHON[i]!] as const))("repr and round of %d", (x, py) => {
    expect([
      pyFloatRepr(x),
      pyFloatRepr(pyRound(x, 4)),
      pyFloatRepr(pyRound(x, 2)),
      pyFloatRepr(pyRound(x, 1)),
      pyFloatRepr(pyRound(x, -2)),
      pyFloatRepr(pyRound(x, 0)),
    ]).toEqual(py);
  });
  it("spells the specials", () => {
    expect([pyFloatRepr(NaN), pyFloatRepr(Infinity), pyFloatRepr(-Infinity), pyRound(NaN, 2)]).toEqual([
      "nan",
      "inf",
      "-inf",
      NaN,
    ]);
  });
});

describe("Python json.dumps", () => {
  it("matches CPython byte for byte, keeping int and float forms", () => {
    const v = [
      "llama",
      ["LlamaForCausalLM"],
      4096,
      32,
      32,
      8,
      14336,
      128256,
      131072,
      PyNumber.fromLiteral("4096.0"),
      PyNumber.fromLiteral("1e16"),
      null,
      true,
      'é中😀\x7f\n"\\',
      NaN,
      Infinity,
    ];
    expect(pyJsonDumps(v)).toBe(
      '["llama", ["LlamaForCausalLM"], 4096, 32, 32, 8, 14336, 128256, 131072, 4096.0, 1e+16, null, true, "\\u00e9\\u4e2d\\ud83d\\ude00\\u007f\\n\\"\\\\", NaN, Infinity]',
    );
  });
  it("keeps big ints exact and sorts keys by code point", () => {
    expect(pyJsonDumps([PyNumber.fromLiteral("123456789012345678901234567890")])).toBe(
      "[123456789012345678901234567890]",
    );
    expect(pyJsonDumps({ b: 1, a: [2.5], "\u{1F600}": 0, "\uFFFF": 0 }, { sortKeys: true })).toBe(
      '{"a": [2.5], "b": 1, "\\uffff": 0, "\\ud83d\\ude00": 0}',
    );
    expect(compareCodePoints("\uFFFF", "\u{1F600}")).toBeLessThan(0);
  });
});
