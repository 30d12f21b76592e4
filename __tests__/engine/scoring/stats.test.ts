// Expected values computed with numpy 2.4.6 (float64), printed with repr().
import { describe, expect, it } from "vitest";
import {
  corrcoef,
  interp,
  linspace,
  maxOf,
  mean,
  minOf,
  std,
  sum,
} from "../../../src/engine/scoring/stats.js";

const ramp = Float64Array.from({ length: 300 }, (_, i) => 0.1 * i ** 1.5 - 3.3);

describe("numpy-compatible reductions", () => {
  it("sum, mean and std match numpy bit for bit (pairwise summation above 128 values)", () => {
    expect(sum(ramp)).toBe(61104.23540918502);
    expect(mean(ramp)).toBe(203.6807846972834);
    expect(std(ramp)).toBe(155.59468103407906);
  });

  it("population std of a constant is exactly 0 and an empty mean is NaN", () => {
    expect(std(new Float64Array([2, 2, 2]))).toBe(0);
    expect(mean(new Float64Array(0))).toBeNaN();
  });

  it("max and min propagate NaN and reject empty input", () => {
    expect(maxOf(new Float64Array([1, NaN, 3]))).toBeNaN();
    expect(minOf(new Float32Array([-0.5, 2]))).toBe(-0.5);
    expect(maxOf(new Float32Array([-0.5, 2]))).toBe(2);
    expect(() => maxOf(new Float64Array(0))).toThrow(RangeError);
    expect(() => minOf(new Float64Array(0))).toThrow(RangeError);
  });
});

describe("corrcoef", () => {
  it("matches numpy.corrcoef(x, y)[0, 1] to the last bits", () => {
    // numpy forms X·Xᵀ with BLAS, whose summation order is the CPU kernel's; we sum left to right,
    // so the two may differ by an ulp or two (here numpy gives ...368, we give ...3687).
    const x = Float64Array.from({ length: 50 }, (_, i) => ((i * 37) % 101) / 7);
    const y = Float64Array.from({ length: 50 }, (_, i) => ((i * 53) % 97) / 3 + i * 0.25);
    expect(Math.abs(corrcoef(x, y) - 0.1711934289858368)).toBeLessThan(1e-16);
  });

  it("is exactly ±1 for (anti)proportional series and NaN for a constant one", () => {
    const x = new Float64Array([1, 2, 3, 4]);
    expect(corrcoef(x, new Float64Array([2, 4, 6, 8]))).toBe(1);
    expect(corrcoef(x, new Float64Array([8, 6, 4, 2]))).toBe(-1);
    expect(corrcoef(x, new Float64Array([5, 5, 5, 5]))).toBeNaN();
    expect(() => corrcoef(x, new Float64Array(3))).toThrow(RangeError);
  });
});

describe("linspace and interp", () => {
  it("linspace forces the endpoint and keeps numpy's i·step + start rounding", () => {
    expect([...linspace(0.4, 1.6, 7)]).toEqual([
      0.4, 0.6000000000000001, 0.8, 1.0, 1.2000000000000002, 1.4000000000000004, 1.6,
    ]);
    expect([...linspace(0, 1, 1)]).toEqual([0]);
    expect(linspace(0, 1, 0).length).toBe(0);
  });

  it("interp resamples like numpy, with exact knot hits", () => {
    const fp = new Float64Array([0.9, 0.95, 1.0, 0.97, 0.92, 0.88]);
    expect([...interp(linspace(0, 1, 4), linspace(0, 1, 6), fp)]).toEqual([
      0.9, 0.9833333333333333, 0.9533333333333334, 0.88,
    ]);
  });

  it("interp clamps outside the knots, retries NaN from the right, and handles one knot", () => {
    expect([...interp([0, 5], [1, 2], [3, 4])]).toEqual([3, 4]);
    expect([...interp([2.5], [1, 2, 3], [0, Infinity, Infinity])]).toEqual([Infinity]);
    expect([...interp([NaN, 0.5], [0, 1], [1, 3])]).toEqual([NaN, 2]);
    expect([...interp([-1, NaN, 4], [0], [7])]).toEqual([7, 7, 7]);
    expect(() => interp([0], [], [])).toThrow(RangeError);
  });
});
