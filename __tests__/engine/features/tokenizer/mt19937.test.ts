import { describe, expect, it } from "vitest";
import { legacyChoiceWithoutReplace, Mt19937 } from "../../../../src/engine/features/tokenizer/mt19937.js";

// §12.1: getAnchorIds with no tokenizer and V = 100 — the same shuffle, seen through a pool of 0…99.
const FILL_100 = [
  83, 53, 70, 45, 44, 39, 22, 80, 10, 0, 18, 30, 73, 33, 90, 4, 76, 77, 12, 31, 55, 88, 26, 42, 69, 15, 40,
  96, 9, 72, 11, 47, 85, 28, 93, 5, 66, 65, 35, 16, 49, 34, 7, 95, 27, 19, 81, 25, 62, 13, 24, 3, 17, 38, 8,
  78, 6, 64, 36, 89, 56, 99, 54, 43,
];
const range = (from: number, to: number): number[] =>
  Array.from({ length: to - from + 1 }, (_, i) => from + i);

describe("Mt19937 (numpy RandomState)", () => {
  it("init_genrand(42) gives the golden first five outputs", () => {
    const rng = new Mt19937(42);
    expect(Array.from({ length: 5 }, () => rng.nextUint32())).toEqual([
      1608637542, 3421126067, 4083286876, 787846414, 3143890026,
    ]);
  });

  it("keeps producing the reference sequence across twists (10 000th output of seed 5489)", () => {
    // Matsumoto–Nishimura's default seed: the 10 000th output is 4123659995 (C++ std::mt19937 check).
    const rng = new Mt19937(5489);
    let v = 0;
    for (let i = 0; i < 10_000; i++) v = rng.nextUint32();
    expect(v).toBe(4123659995);
  });

  it("draws bounded values by masked rejection and rejects bad seeds", () => {
    const rng = new Mt19937(1);
    for (let i = 0; i < 1000; i++) expect(rng.boundedUint32(5)).toBeLessThanOrEqual(5);
    expect(rng.boundedUint32(0)).toBe(0);
    expect(rng.boundedUint32(0xffffffff)).toBeLessThanOrEqual(0xffffffff);
    expect(() => new Mt19937(-1)).toThrow(RangeError);
    expect(() => new Mt19937(2 ** 32)).toThrow(RangeError);
  });

  it("choice(replace=False) maps the shuffled permutation through the pool", () => {
    const pool = range(0, 99).map((i) => 1000 + i);
    expect(legacyChoiceWithoutReplace(new Mt19937(42), pool, 64)).toEqual(FILL_100.map((i) => 1000 + i));
    expect(legacyChoiceWithoutReplace(new Mt19937(42), [7], 1)).toEqual([7]);
    expect(legacyChoiceWithoutReplace(new Mt19937(42), [], 0)).toEqual([]);
    expect(() => legacyChoiceWithoutReplace(new Mt19937(42), [1, 2], 3)).toThrow(RangeError);
  });
});
