// json.dumps(value, indent=2): expectations printed by CPython 3.11's json module.
import { describe, expect, it } from "vitest";
import { pyJsonDumpsIndent } from "../../../src/engine/pycompat/py-json-indent.js";
import { PyNumber } from "../../../src/engine/pycompat/py-json.js";

describe("pyJsonDumpsIndent", () => {
  it("matches Python's indent=2 layout, escapes and float forms", () => {
    const v = {
      a: [],
      b: {},
      c: [1, PyNumber.float(2), null, true, 'é\u2581"'],
      d: { x: { y: [[]] } },
      n: NaN,
      big: PyNumber.float(1e22),
      neg: -0,
    };
    expect(pyJsonDumpsIndent(v)).toBe(
      '{\n  "a": [],\n  "b": {},\n  "c": [\n    1,\n    2.0,\n    null,\n    true,\n    "\\u00e9\\u2581\\""\n  ],\n  "d": {\n    "x": {\n      "y": [\n        []\n      ]\n    }\n  },\n  "n": NaN,\n  "big": 1e+22,\n  "neg": -0.0\n}',
    );
  });

  it("prints scalars and empty containers on one line", () => {
    expect([pyJsonDumpsIndent([]), pyJsonDumpsIndent("s"), pyJsonDumpsIndent({})]).toEqual([
      "[]",
      '"s"',
      "{}",
    ]);
  });
});
