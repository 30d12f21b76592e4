// Goldens from provenancekit §12.5 (computed with the reference's Python functions); the edge
// cases follow §4.9: unavailable or degenerate input gives NaN, never a neutral 0.5.
import { describe, expect, it } from "vitest";
import {
  type EasMatrix,
  type NlfRecord,
  cosineClamp,
  easSimilarity,
  endSimilarity,
  lepSimilarity,
  nlfSimilarity,
  nlfStats,
  wvcSimilarity,
} from "../../../src/engine/scoring/similarity.js";
import { linspace } from "../../../src/engine/scoring/stats.js";

const f64 = (xs: readonly number[]): Float64Array => Float64Array.from(xs);
const range = (n: number, f: (i: number) => number): Float64Array =>
  Float64Array.from({ length: n }, (_, i) => f(i));

function matrix(k: number, f: (i: number, j: number) => number): EasMatrix {
  return { k, data: range(k * k, (n) => f(Math.floor(n / k), n % k)) };
}
const sa = (i: number, j: number): number => Math.cos(0.3 * (i - j));

describe("cosineClamp", () => {
  it("rounds to 4 decimals and clamps negative cosines to 0", () => {
    expect(cosineClamp(f64([1, 2, 3]), f64([1, 2, 3]))).toBe(1);
    expect(cosineClamp(f64([1, 0]), f64([1, 1]))).toBe(0.7071);
    expect(cosineClamp(f64([1, 0]), f64([-1, 0]))).toBe(0);
    expect(cosineClamp(f64([1, 0]), f64([0, 1]))).toBe(0);
  });

  it("is NaN for a zero or near-zero vector, or a NaN value", () => {
    expect(cosineClamp(f64([0, 0]), f64([1, 1]))).toBeNaN();
    expect(cosineClamp(f64([1e-6, 0]), f64([1e-5, 0]))).toBeNaN();
    expect(cosineClamp(f64([1, NaN]), f64([1, 1]))).toBeNaN();
    expect(cosineClamp(f64([]), f64([]))).toBeNaN();
  });

  it("accepts f32 input and rejects a length mismatch", () => {
    expect(cosineClamp(new Float32Array([1, 2]), f64([1, 2]))).toBe(1);
    expect(() => cosineClamp(f64([1, 2]), f64([1, 2, 3]))).toThrow(RangeError);
  });
});

describe("easSimilarity", () => {
  it("reproduces the §12.5 goldens", () => {
    const sb = matrix(8, (i, j) => sa(i, j) + 0.05 * ((i * j) % 3));
    expect(easSimilarity(matrix(8, sa), sb)).toBe(0.9976);
    expect(easSimilarity(matrix(8, sa), matrix(10, sa))).toBe(1);
  });

  it("reads f32 matrices", () => {
    const m = matrix(9, sa);
    expect(easSimilarity({ k: 9, data: Float32Array.from(m.data) }, m)).toBe(1);
  });

  it("is NaN when a record is missing, k < 8, or a triangle is constant", () => {
    expect(easSimilarity(null, matrix(8, sa))).toBeNaN();
    expect(easSimilarity(matrix(8, sa), null)).toBeNaN();
    expect(easSimilarity(matrix(7, sa), matrix(10, sa))).toBeNaN();
    expect(
      easSimilarity(
        matrix(8, () => 0.5),
        matrix(8, sa),
      ),
    ).toBeNaN();
    expect(
      easSimilarity(
        matrix(8, sa),
        matrix(8, (i, j) => (i === j ? 1 : 0)),
      ),
    ).toBeNaN();
  });

  it("rejects a matrix whose data is shorter than k×k", () => {
    expect(() => easSimilarity({ k: 8, data: new Float64Array(63) }, matrix(8, sa))).toThrow(RangeError);
  });
});

describe("nlfSimilarity", () => {
  const direct = (v: Float64Array, numLayers: number): NlfRecord => ({
    vector: v,
    mode: "direct",
    numLayers,
  });
  const one8 = range(8, (i) => i + 1);

  it("reproduces the §12.5 goldens", () => {
    expect(nlfSimilarity(direct(one8, 1), direct(f64([1, 2, 3, 4, 5, 6, 7, 9]), 1))).toBe(0.9984);
    const stats: NlfRecord = {
      vector: f64([1.0, 0.1, 1.2, 0.9, 1.0, 0.2, 1.3, 0.8]),
      mode: "stats",
      numLayers: 2,
    };
    expect(nlfSimilarity(direct(one8, 2), stats)).toBe(0.9124);
    expect(nlfSimilarity(stats, direct(one8, 2))).toBe(0.9124);
    expect(nlfSimilarity(direct(linspace(0.5, 1.5, 128), 2), direct(linspace(0.4, 1.6, 256), 4))).toBe(0.999);
  });

  it("treats a null mode as stats", () => {
    const asNull: NlfRecord = { vector: f64([1.0, 0.1, 1.2, 0.9]), mode: null, numLayers: 1 };
    const asStats: NlfRecord = { ...asNull, mode: "stats" };
    expect(nlfSimilarity(direct(one8, 2), asNull)).toBe(nlfSimilarity(direct(one8, 2), asStats));
  });

  it("is NaN when missing, shorter than 4 values, or zero", () => {
    expect(nlfSimilarity(null, direct(one8, 1))).toBeNaN();
    expect(nlfSimilarity(direct(one8, 1), null)).toBeNaN();
    const short: NlfRecord = { vector: f64([1, 2, 3]), mode: "stats", numLayers: 1 };
    expect(nlfSimilarity(short, short)).toBeNaN();
    expect(nlfSimilarity(direct(f64([]), 0), direct(one8, 1))).toBeNaN();
    expect(nlfSimilarity(direct(new Float64Array(8), 1), direct(one8, 1))).toBeNaN();
  });

  it("converts to [mean, std, max, min] per layer, ignoring the remainder", () => {
    expect([...nlfStats(one8, 2)]).toEqual([2.5, Math.sqrt(1.25), 4, 1, 6.5, Math.sqrt(1.25), 8, 5]);
    expect([...nlfStats(f64([1, 3, 5, 100]), 1)]).toEqual([27.25, nlfStatsStd([1, 3, 5, 100]), 100, 1]);
    expect([...nlfStats(f64([1, 3, 99]), 2)]).toEqual([1, 0, 1, 1, 3, 0, 3, 3]);
    expect(nlfStats(one8, 0)).toBe(one8);
    expect(nlfStats(f64([1, 2]), 3)).toEqual(f64([1, 2]));
  });
});

/** Population std written out for a 4-value case small enough to be exact in sequence. */
function nlfStatsStd(xs: number[]): number {
  const m = xs.reduce((s, x) => s + x, 0) / xs.length;
  return Math.sqrt(xs.reduce((s, x) => s + (x - m) ** 2, 0) / xs.length);
}

describe("lepSimilarity", () => {
  it("reproduces the §12.5 golden (resampling the longer profile)", () => {
    const a = f64([0.9, 0.95, 1.0, 0.97, 0.92, 0.88]);
    const b = f64([0.5, 0.7, 1.0, 0.8]);
    expect(lepSimilarity(a, b)).toBe(0.6375);
    expect(lepSimilarity(b, a)).toBe(0.6375);
  });

  it("maps r = 1 to 1 and r = −1 to 0", () => {
    expect(lepSimilarity(f64([0.1, 0.5, 1]), f64([0.2, 1, 2]))).toBe(1);
    expect(lepSimilarity(f64([0.1, 0.5, 0.9]), f64([0.9, 0.5, 0.1]))).toBe(0);
  });

  it("is NaN when missing, empty, single-layer or flat", () => {
    expect(lepSimilarity(null, f64([1, 2]))).toBeNaN();
    expect(lepSimilarity(f64([1, 2]), null)).toBeNaN();
    expect(lepSimilarity(f64([]), f64([1, 2]))).toBeNaN();
    expect(lepSimilarity(f64([1]), f64([1]))).toBeNaN();
    expect(lepSimilarity(f64([1]), f64([0.2, 0.5, 1]))).toBeNaN();
    expect(lepSimilarity(f64([1, 1, 1]), f64([0.2, 0.5, 1]))).toBeNaN();
    expect(lepSimilarity(f64([0.2, NaN, 1]), f64([0.2, 0.5, 1]))).toBeNaN();
  });
});

describe("endSimilarity", () => {
  const normalise = (counts: number[]): Float64Array => {
    const bins = [...counts, ...new Array<number>(20 - counts.length).fill(0)];
    const total = bins.reduce((s, x) => s + x, 0);
    return f64(bins.map((c) => c / total));
  };

  it("reproduces the §12.5 golden", () => {
    const ha = normalise([0, 0, 1, 5, 20, 40, 25, 7, 2]);
    const hb = normalise([0, 1, 3, 9, 25, 35, 20, 5, 2]);
    expect(endSimilarity(ha, hb)).toBe(0.9824);
  });

  it("is NaN when missing or all-zero, and rejects a bin-count mismatch", () => {
    expect(endSimilarity(null, new Float64Array(20))).toBeNaN();
    expect(endSimilarity(new Float64Array(20), null)).toBeNaN();
    expect(endSimilarity(new Float64Array(20), normalise([1]))).toBeNaN();
    expect(() => endSimilarity(new Float64Array(20), new Float64Array(19))).toThrow(RangeError);
  });
});

describe("wvcSimilarity", () => {
  const golden = (): [Map<number, Float64Array>, Map<number, Float64Array>] => [
    new Map([
      [0, range(100, (i) => i + 1)],
      [1, range(100, (i) => Math.sin(i))],
      [2, new Float64Array(10).fill(1)],
    ]),
    new Map([
      [2, new Float64Array(10).fill(1)],
      [1, range(100, (i) => Math.sin(i) + 0.1)],
      [0, range(100, (i) => 100 - i)],
    ]),
  ];

  it("reproduces the §12.5 golden (layer 2 skipped for < 64 values)", () => {
    const [a, b] = golden();
    expect(wvcSimilarity(a, b)).toBe(0.7488);
  });

  it("compares common prefixes and ignores layers present on one side only", () => {
    const [a, b] = golden();
    a.set(
      7,
      range(64, (i) => i),
    );
    const longer = range(150, (i) => (i < 100 ? Math.sin(i) + 0.1 : 42));
    b.set(1, longer);
    expect(wvcSimilarity(a, b)).toBe(0.7488);
  });

  it("is NaN when missing, with < 2 common layers, or < 2 scored layers", () => {
    const [a, b] = golden();
    expect(wvcSimilarity(null, b)).toBeNaN();
    expect(wvcSimilarity(a, null)).toBeNaN();
    expect(wvcSimilarity(new Map([[0, range(100, (i) => i + 1)]]), b)).toBeNaN();
    a.set(1, new Float64Array(100)); // zero layer: skipped, leaving one scored layer
    expect(wvcSimilarity(a, b)).toBeNaN();
    expect(wvcSimilarity(new Map(), new Map())).toBeNaN();
  });

  it("clamps each layer's negative cosine to 0 before averaging", () => {
    const up = range(64, (i) => i + 1);
    const down = range(64, (i) => -(i + 1));
    const a = new Map([
      [0, up],
      [1, up],
    ]);
    const b = new Map([
      [0, down],
      [1, up],
    ]);
    expect(wvcSimilarity(a, b)).toBe(0.5);
  });
});
