// IEEE binary16 ("half", safetensors F16) narrowing for the lineage probe codec. The widening
// direction is the dtype decoder's (formats/dtypes.ts, exact); this is its inverse, rounding each
// float32 to the nearest half, ties to even, as numpy's `astype(float16)` and torch's `.half()` do.

import { decodeToFloat32 } from "../formats/dtypes.js";

/** The largest finite half (0x7bff). */
export const F16_MAX = 65504;

/**
 * Half bits of the float32 with bits `b`, rounded to nearest, ties to even. Magnitudes that round
 * past F16_MAX give ±Infinity (0x7c00), NaN gives a quiet NaN; callers that must not store either
 * check for 0x7c00 in the exponent.
 */
export function f16FromF32Bits(b: number): number {
  const sign = (b >>> 16) & 0x8000;
  const exp = (b >>> 23) & 0xff;
  const mant = b & 0x7fffff;
  if (exp === 0xff) return sign | 0x7c00 | (mant === 0 ? 0 : 0x200);
  // Rebias 127 → 15. Float32 subnormals (exp 0) land far below the smallest half subnormal.
  const e = exp - 112;
  if (e >= 0x1f) return sign | 0x7c00;
  if (e <= 0) {
    // A half subnormal: value = m · 2^-24. Below half of the smallest one it rounds to ±0.
    if (e < -10) return sign;
    const m = mant | 0x800000;
    const shift = 14 - e;
    let q = m >>> shift;
    const rem = m & ((1 << shift) - 1);
    const half = 1 << (shift - 1);
    if (rem > half || (rem === half && (q & 1) === 1)) q++;
    // q = 0x400 is the smallest normal, which `sign | q` already encodes.
    return sign | q;
  }
  let h = (e << 10) | (mant >>> 13);
  const rem = mant & 0x1fff;
  // A carry out of the mantissa moves the exponent up, and from the largest finite half to Infinity.
  if (rem > 0x1000 || (rem === 0x1000 && (h & 1) === 1)) h++;
  return sign | h;
}

/** Half bits of every value of `src`, into `out` (same length). */
export function narrowToF16(src: Float32Array, out: Uint16Array): void {
  if (out.length !== src.length)
    throw new RangeError(`half output holds ${out.length} values, the input ${src.length}`);
  const bits = new Uint32Array(src.buffer, src.byteOffset, src.length);
  for (let i = 0; i < bits.length; i++) out[i] = f16FromF32Bits(bits[i] as number);
}

/** `src` rounded to half precision and widened back: what a probe holds after a trip through its codec. */
export function roundToF16(src: Float32Array): Float32Array {
  const h = new Uint16Array(src.length);
  narrowToF16(src, h);
  return decodeToFloat32("F16", new Uint8Array(h.buffer, 0, h.byteLength));
}
