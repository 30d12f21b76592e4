// The one dot product every similarity uses (compare and scan alike, so their numbers agree to the
// bit): products and sums in float64, summed in eight interleaved lanes. The order is fixed — lane
// j sums the products of indices ≡ j (mod 8) below n − n mod 8, the lanes combine as
// ((L0 + L2) + (L4 + L6)) + ((L1 + L3) + (L5 + L7)), then the remaining products are added in order
// — so the WebAssembly SIMD kernel (dot-simd.wat, two f64 lanes per instruction) and the JS loops
// here give identical results on any platform. It differs from a left-to-right sum only in order
// (equal to it below 8 values); numpy's BLAS order is unspecified anyway. Eight independent sums
// also free the JS loop from waiting on each addition (~1.5× a left-to-right loop).

import { dotKernel } from "./dot-kernel.js";

/** Below this many values staging a vector into the kernel's memory costs more than it saves. */
export const SIMD_MIN_VALUES = 256;

function checkLength(a: ArrayLike<number>, b: ArrayLike<number>, n: number): void {
  if (!(Number.isInteger(n) && n >= 0 && n <= a.length && n <= b.length)) {
    throw new RangeError(`dot: n = ${n} must be an integer in [0, min(${a.length}, ${b.length})]`);
  }
}

/** Σ a[i]·b[i] for i < n (default a.length) in the lane order above. */
export function dot(a: ArrayLike<number>, b: ArrayLike<number>, n = a.length): number {
  checkLength(a, b, n);
  if (a instanceof Float32Array && b instanceof Float32Array) {
    const k = n >= SIMD_MIN_VALUES ? dotKernel() : null;
    return k === null ? laneDot32(a, b, n) : k.dot(a, -1, b, -1, n);
  }
  if (a instanceof Float64Array && b instanceof Float64Array) return laneDot64(a, b, n);
  return laneDot(a, b, n);
}

/**
 * dot() of two float32 vectors, either of which may have a resident copy in the kernel's memory
 * (`aAt`/`bAt`: its byte offset from DotKernel.place, or −1). Same result as dot(a, b, n).
 */
export function dotResident(a: Float32Array, aAt: number, b: Float32Array, bAt: number, n: number): number {
  checkLength(a, b, n);
  const k = dotKernel();
  if (k === null || (n < SIMD_MIN_VALUES && (aAt < 0 || bAt < 0))) return laneDot32(a, b, n);
  return k.dot(a, aAt, b, bAt, n);
}

// Three copies of one loop, each seeing one array type: V8 keeps a single-type loop monomorphic,
// markedly faster on long vectors than the polymorphic one.

/** The lane order in plain JS, for any array type (the reference the kernel is tested against). */
export function laneDot(a: ArrayLike<number>, b: ArrayLike<number>, n: number): number {
  let l0 = 0,
    l1 = 0,
    l2 = 0,
    l3 = 0,
    l4 = 0,
    l5 = 0,
    l6 = 0,
    l7 = 0;
  const stop = n - (n % 8);
  let i = 0;
  for (; i < stop; i += 8) {
    l0 += (a[i] as number) * (b[i] as number);
    l1 += (a[i + 1] as number) * (b[i + 1] as number);
    l2 += (a[i + 2] as number) * (b[i + 2] as number);
    l3 += (a[i + 3] as number) * (b[i + 3] as number);
    l4 += (a[i + 4] as number) * (b[i + 4] as number);
    l5 += (a[i + 5] as number) * (b[i + 5] as number);
    l6 += (a[i + 6] as number) * (b[i + 6] as number);
    l7 += (a[i + 7] as number) * (b[i + 7] as number);
  }
  let t = l0 + l2 + (l4 + l6) + (l1 + l3 + (l5 + l7));
  for (; i < n; i++) t += (a[i] as number) * (b[i] as number);
  return t;
}

function laneDot32(a: Float32Array, b: Float32Array, n: number): number {
  let l0 = 0,
    l1 = 0,
    l2 = 0,
    l3 = 0,
    l4 = 0,
    l5 = 0,
    l6 = 0,
    l7 = 0;
  const stop = n - (n % 8);
  let i = 0;
  for (; i < stop; i += 8) {
    l0 += (a[i] as number) * (b[i] as number);
    l1 += (a[i + 1] as number) * (b[i + 1] as number);
    l2 += (a[i + 2] as number) * (b[i + 2] as number);
    l3 += (a[i + 3] as number) * (b[i + 3] as number);
    l4 += (a[i + 4] as number) * (b[i + 4] as number);
    l5 += (a[i + 5] as number) * (b[i + 5] as number);
    l6 += (a[i + 6] as number) * (b[i + 6] as number);
    l7 += (a[i + 7] as number) * (b[i + 7] as number);
  }
  let t = l0 + l2 + (l4 + l6) + (l1 + l3 + (l5 + l7));
  for (; i < n; i++) t += (a[i] as number) * (b[i] as number);
  return t;
}

function laneDot64(a: Float64Array, b: Float64Array, n: number): number {
  let l0 = 0,
    l1 = 0,
    l2 = 0,
    l3 = 0,
    l4 = 0,
    l5 = 0,
    l6 = 0,
    l7 = 0;
  const stop = n - (n % 8);
  let i = 0;
  for (; i < stop; i += 8) {
    l0 += (a[i] as number) * (b[i] as number);
    l1 += (a[i + 1] as number) * (b[i + 1] as number);
    l2 += (a[i + 2] as number) * (b[i + 2] as number);
    l3 += (a[i + 3] as number) * (b[i + 3] as number);
    l4 += (a[i + 4] as number) * (b[i + 4] as number);
    l5 += (a[i + 5] as number) * (b[i + 5] as number);
    l6 += (a[i + 6] as number) * (b[i + 6] as number);
    l7 += (a[i + 7] as number) * (b[i + 7] as number);
  }
  let t = l0 + l2 + (l4 + l6) + (l1 + l3 + (l5 + l7));
  for (; i < n; i++) t += (a[i] as number) * (b[i] as number);
  return t;
}
