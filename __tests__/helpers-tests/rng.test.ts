import { describe, expect, it } from "vitest";
import { Rng, mix32, seedFrom } from "../helpers/rng.js";
import { sameBits } from "./safetensors-header.js";

describe("Rng", () => {
  it("repeats its stream for a seed and matches the published mulberry32", () => {
    // Tommy Ettinger's reference code, as usually published.
    const reference = (a: number) => (): number => {
      let t = (a += 0x6d2b79f5);
      t = Math.imul(t ^ (t >>> 15), t | 1);
      t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
    for (const seed of [0, 1, 123456789, 0xffffffff]) {
      const ours = new Rng(seed);
      const theirs = reference(seed);
      const a = Array.from({ length: 1000 }, () => ours.uniform());
      expect(a).toEqual(Array.from({ length: 1000 }, theirs));
    }
    expect(new Rng(1).uniform()).toBe(0.6270739405881613);
    expect(new Rng(0).nextU32()).not.toBe(new Rng(1).nextU32());
  });

  it("draws uniform numbers in [0, 1) and integers in [0, n)", () => {
    const rng = new Rng(9);
    const u = Array.from({ length: 10_000 }, () => rng.uniform());
    expect(Math.min(...u)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...u)).toBeLessThan(1);
    expect(u.reduce((a, b) => a + b, 0) / u.length).toBeCloseTo(0.5, 1);
    const ints = new Set(Array.from({ length: 1000 }, () => rng.int(7)));
    expect([...ints].sort()).toEqual([0, 1, 2, 3, 4, 5, 6]);
  });

  it("fills Gaussian arrays with the requested mean and std, deterministically", () => {
    const a = new Rng(4).fillGaussian(new Float32Array(100_001), 0.02, 1);
    const mean = a.reduce((s, v) => s + v, 0) / a.length;
    const std = Math.sqrt(a.reduce((s, v) => s + (v - mean) ** 2, 0) / a.length);
    expect(mean).toBeCloseTo(1, 3);
    expect(std).toBeCloseTo(0.02, 3);
    expect(a.every(Number.isFinite)).toBe(true);
    expect(sameBits(new Rng(4).fillGaussian(new Float32Array(100_001), 0.02, 1), a)).toBe(true);
  });

  it("draws single Gaussians in pairs with the same distribution", () => {
    const rng = new Rng(2);
    const z = Array.from({ length: 20_000 }, () => rng.gaussian(2, 3));
    const mean = z.reduce((s, v) => s + v, 0) / z.length;
    expect(mean).toBeCloseTo(3, 1);
    expect(Math.sqrt(z.reduce((s, v) => s + (v - mean) ** 2, 0) / z.length)).toBeCloseTo(2, 1);
  });
});

describe("seedFrom", () => {
  it("separates streams by every part and by where parts split", () => {
    const seeds = [
      seedFrom(1, "model.norm.weight"),
      seedFrom(2, "model.norm.weight"),
      seedFrom(1, "lm_head.weight"),
      seedFrom("ab", "c"),
      seedFrom("a", "bc"),
      seedFrom(2 ** 32 + 1),
      seedFrom(1),
    ];
    expect(new Set(seeds).size).toBe(seeds.length);
    expect(seedFrom(1, "x")).toBe(seedFrom(1, "x"));
    expect(seeds.every((s) => Number.isInteger(s) && s >= 0 && s < 2 ** 32)).toBe(true);
    expect(mix32(0)).toBe(0);
    expect(mix32(1)).not.toBe(mix32(2));
  });
});
