// Expected values: numpy 2.4.6, hist, _ = numpy.histogram(f32 norms, bins=20, density=True);
// hist / (hist.sum() + 1e-10), printed with repr().
import { describe, expect, it } from "vitest";
import { endHistogram } from "../../../src/engine/scoring/end-histogram.js";

describe("endHistogram", () => {
  it("reproduces the §12.5 golden exactly, f32 bin-width jitter included", () => {
    const h = endHistogram(new Float32Array([1.0, 1.5, 2.0, 2.0, 3.0, 4.0]));
    const expected = new Array<number>(20).fill(0);
    expected[0] = 0.16666671081570392;
    expected[3] = 0.16666671081570392;
    expected[6] = 0.3333331567219738;
    expected[13] = 0.1666665783609869;
    expected[19] = 0.1666668432706315;
    expect([...h]).toEqual(expected);
  });

  it("widens a constant input by ±0.5 and puts everything in the middle bin", () => {
    const expected = new Array<number>(20).fill(0);
    expected[10] = 0.9999999999950001;
    expect([...endHistogram(new Float32Array([2, 2, 2]))]).toEqual(expected);
  });

  it("matches numpy on values that land exactly on bin edges", () => {
    const norms = new Float32Array([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 0.5, 9.5]);
    const t = 0.0769230769192308;
    const expected = [t, t, t, 0, t, 0, t, 0, t, 0, t, 0, t, 0, t, 0, t, 0, t, 0.1538461538384616];
    expect([...endHistogram(norms)]).toEqual(expected);
  });

  it("matches numpy on 1000 spread-out f32 norms", () => {
    const norms = Float32Array.from({ length: 1000 }, (_, i) => 0.1 + ((i * 7919) % 1000) / 333.3);
    const a = 0.04999999651916931;
    const b = 0.04999998657611587;
    const c = 0.05000000646222671;
    const d = 0.050000026348353384;
    const e = 0.04999994680394161;
    expect([...endHistogram(norms)]).toEqual([a, a, a, b, b, c, c, b, b, b, d, b, d, d, e, d, d, e, d, d]);
  });

  it("gives 20 NaN for no rows and rejects non-finite norms", () => {
    const h = endHistogram(new Float32Array(0));
    expect(h.length).toBe(20);
    expect([...h].every(Number.isNaN)).toBe(true);
    expect(() => endHistogram(new Float32Array([1, NaN]))).toThrow(RangeError);
    expect(() => endHistogram(new Float32Array([1, Infinity]))).toThrow(RangeError);
  });
});
