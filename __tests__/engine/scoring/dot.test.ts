// The dot product every similarity uses: the WebAssembly SIMD kernel, its resident and staged
// paths and the JS fallback give the same bits (one fixed summation order), and that order is
// within rounding of a plain left-to-right float64 sum.
import { describe, expect, it } from "vitest";
import {
  dotKernel,
  dotKernelBytes,
  type DotKernel,
  type DotKernelExports,
} from "../../../src/engine/scoring/dot-kernel.js";
import { SIMD_MIN_VALUES, dot, dotResident, laneDot } from "../../../src/engine/scoring/dot.js";
import { Rng } from "../../helpers/rng.js";

/** Left-to-right float64 sum: what the lane order is compared with. */
function plainDot(a: ArrayLike<number>, b: ArrayLike<number>, n: number): number {
  let s = 0;
  for (let i = 0; i < n; i++) s += (a[i] as number) * (b[i] as number);
  return s;
}

/** Σ|a[i]·b[i]|: the scale of the rounding error of either order. */
function absDot(a: ArrayLike<number>, b: ArrayLike<number>, n: number): number {
  let s = 0;
  for (let i = 0; i < n; i++) s += Math.abs((a[i] as number) * (b[i] as number));
  return s;
}

function gaussians(rng: Rng, n: number, mean = 0): Float32Array {
  const v = new Float32Array(n);
  for (let i = 0; i < n; i++) v[i] = mean + rng.gaussian();
  return v;
}

const kernel = dotKernel();
const LENGTHS = [0, 1, 7, 8, 9, 15, 16, 17, 255, 256, 257, 1001, 4096, 28_673];

describe("lane order", () => {
  it("is the left-to-right sum below 8 values, and exact on integers", () => {
    const a = Float32Array.from([0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7]);
    const b = Float32Array.from([3, -1, 0.25, 7, 1e-3, 2, 9]);
    for (let n = 0; n <= 7; n++) expect(laneDot(a, b, n)).toBe(plainDot(a, b, n));
    const ints = Float64Array.from({ length: 1000 }, (_, i) => i - 500);
    expect(dot(ints, ints)).toBe(plainDot(ints, ints, 1000));
  });

  it("follows the documented combination of the eight lanes", () => {
    // One product per lane: 1e16 absorbs a 1 added to it, so pairing lane 0 with any lane but 2
    // (or a left-to-right sum) loses ones.
    const a = Float64Array.from([1e16, 1, -1e16, 1, 3, 1, 1, 1, 0.5]);
    const b = new Float64Array(9).fill(1);
    const expected = 1e16 + -1e16 + (3 + 1) + (1 + 1 + (1 + 1)) + 0.5;
    expect(laneDot(a, b, 9)).toBe(expected);
    expect(dot(a, b)).toBe(expected);
    expect(plainDot(a, b, 9)).not.toBe(expected);
  });

  it("keeps NaN, ±Inf, −0 and subnormals as float64 arithmetic does", () => {
    const sub = 2 ** -149; // smallest f32 subnormal; its square is exact in float64
    const a = Float32Array.from([sub, 0, 0, 0, 0, 0, 0, 0, sub]);
    expect(dot(a, a)).toBe(2 * sub * sub);
    expect(dot(Float32Array.from([-0]), Float32Array.from([1]))).toBe(0);
    const big = new Float32Array(SIMD_MIN_VALUES);
    big[3] = NaN;
    expect(dot(big, big)).toBeNaN();
    big[3] = Infinity;
    expect(dot(big, big)).toBe(Infinity);
    big[4] = -Infinity;
    expect(dot(big, big)).toBe(Infinity);
    expect(
      dot(
        big,
        Float32Array.from(big, (x, i) => (i === 4 ? 1 : x)),
      ),
    ).toBeNaN(); // Inf − Inf
  });

  it("refuses a length past either vector", () => {
    expect(() => dot(new Float32Array(4), new Float32Array(3))).toThrow(
      /n = 4 must be an integer in \[0, min\(4, 3\)\]/,
    );
    expect(() => dot(new Float64Array(4), new Float64Array(4), 5)).toThrow(RangeError);
    expect(() => dotResident(new Float32Array(4), -1, new Float32Array(4), -1, -1)).toThrow(RangeError);
  });
});

describe.skipIf(kernel === null)("WebAssembly SIMD kernel", () => {
  const k = kernel as DotKernel;

  it("gives the JS lane loop's bits, within 1e-12 of a left-to-right sum (random data, odd lengths)", () => {
    const rng = new Rng(12345);
    for (const n of LENGTHS) {
      for (const mean of [0, 0.3]) {
        const a = gaussians(rng, n, mean);
        const b = gaussians(rng, n, mean);
        const simd = k.dot(a, -1, b, -1, n);
        expect(simd).toBe(laneDot(a, b, n));
        expect(dot(a, b)).toBe(simd);
        expect(Math.abs(simd - plainDot(a, b, n))).toBeLessThanOrEqual(1e-12 * absDot(a, b, n));
      }
    }
  });

  it("reads vectors at any byte alignment, in place or staged, with the same result", () => {
    const rng = new Rng(7);
    const whole = gaussians(rng, 5003);
    const other = gaussians(rng, 5003);
    const exports = new (globalThis as unknown as { WebAssembly: WasmCtor }).WebAssembly.Instance(
      new (globalThis as unknown as { WebAssembly: WasmCtor }).WebAssembly.Module(dotKernelBytes()),
      {},
    ).exports as DotKernelExports;
    exports.memory.grow(1);
    const mem = new Float32Array(exports.memory.buffer);
    for (const shift of [0, 1, 2, 3]) {
      const a = whole.subarray(shift, shift + 4999);
      const b = other.subarray(3 - shift, 3 - shift + 4999);
      mem.set(a, 1 + shift); // byte offsets 4, 8, 12, 16: misaligned for v128 loads
      mem.set(b, 8192 + 3 - shift);
      const expected = laneDot(a, b, 4999);
      expect(exports.dot_f32(4 * (1 + shift), 4 * (8192 + 3 - shift), 4999)).toBe(expected);
      expect(k.dot(a, -1, b, -1, 4999)).toBe(expected);
    }
  });

  it("scores resident vectors as staged ones, prefixes included", () => {
    const rng = new Rng(99);
    const a = gaussians(rng, 3001);
    const b = gaussians(rng, 2500);
    const owner = {};
    const [at, bt] = k.place(owner, [a, b]) as [number, number];
    expect(at % 16).toBe(0);
    expect(bt % 16).toBe(0);
    expect(bt).toBeGreaterThanOrEqual(at + a.byteLength);
    for (const n of [0, 5, 8, 300, 2500]) {
      const expected = laneDot(a, b, n);
      expect(dotResident(a, at, b, bt, n)).toBe(expected);
      expect(dotResident(a, -1, b, bt, n)).toBe(expected);
      expect(dotResident(a, at, b, -1, n)).toBe(expected);
      expect(dotResident(a, -1, b, -1, n)).toBe(expected);
    }
    expect(dotResident(a, at, a, at, 3001)).toBe(laneDot(a, a, 3001));
    // A later, larger staging (the memory grows) leaves resident copies where they were.
    const big = gaussians(rng, 6_000_000);
    expect(dot(big, big)).toBe(laneDot(big, big, big.length));
    expect(dotResident(a, at, b, bt, 2500)).toBe(laneDot(a, b, 2500));
  });
});

describe("kernel bytes", () => {
  it("validate and export the memory and the function the code calls", () => {
    const wasm = (globalThis as unknown as { WebAssembly: WasmCtor }).WebAssembly;
    const bytes = dotKernelBytes();
    expect([...bytes.subarray(0, 8)]).toEqual([0, 0x61, 0x73, 0x6d, 1, 0, 0, 0]);
    expect(wasm.validate(bytes)).toBe(true);
    const exports = wasm.Module.exports(new wasm.Module(bytes));
    expect(exports).toEqual([
      { name: "memory", kind: "memory" },
      { name: "dot_f32", kind: "function" },
    ]);
    expect(kernel).not.toBeNull(); // Node 20 has wasm SIMD: the fallback is for other runtimes
  });
});

interface WasmCtor {
  validate(bytes: Uint8Array): boolean;
  Module: (new (bytes: Uint8Array) => object) & {
    exports(m: object): { name: string; kind: string }[];
  };
  Instance: new (module: object, imports: object) => { readonly exports: unknown };
}
