// Float dtypes a generated model can be written in, and the rounding from the float32 draws to the
// bytes on disk. Rounding reuses the encoders in dtype-encoders.ts (round to nearest, ties to even)
// and reads the result back, so `values` are exactly what a reader decodes from the file.

import { F8_E4M3_VALUES, F8_E5M2_VALUES, encodeTensor, f16Bits } from "../dtype-encoders.js";

export type FloatDtype = "F64" | "F32" | "F16" | "BF16" | "F8_E4M3" | "F8_E5M2";

export const BYTES_PER_ELEMENT: Readonly<Record<FloatDtype, number>> = {
  F64: 8,
  F32: 4,
  F16: 2,
  BF16: 2,
  F8_E4M3: 1,
  F8_E5M2: 1,
};

/** The `torch_dtype` a transformers config.json names for each dtype. */
export const TORCH_DTYPE: Readonly<Record<FloatDtype, string>> = {
  F64: "float64",
  F32: "float32",
  F16: "float16",
  BF16: "bfloat16",
  F8_E4M3: "float8_e4m3fn",
  F8_E5M2: "float8_e5m2",
};

let f16Table: Float32Array | undefined;

/** Value of every binary16 bit pattern, built once (64 K entries) so decoding is a table lookup. */
function f16Values(): Float32Array {
  if (f16Table) return f16Table;
  const t = new Float32Array(65536);
  for (let h = 0; h < 65536; h++) {
    const sign = h & 0x8000 ? -1 : 1;
    const exp = (h >>> 10) & 0x1f;
    const mant = h & 0x3ff;
    if (exp === 0) t[h] = sign * mant * 2 ** -24;
    else if (exp === 0x1f) t[h] = mant ? NaN : sign * Infinity;
    else t[h] = sign * (1 + mant / 1024) * 2 ** (exp - 15);
  }
  f16Table = t;
  return t;
}

/**
 * Writes `values` into `dest` (exactly numel × element-size bytes, little-endian) as `dtype` and
 * returns the values as written. F32 returns a view of `dest` when aligned (and `values` may already
 * be that view: see `float32Target`), so a large model does not hold its weights twice; every other
 * dtype rounds `values` in place and returns it.
 */
export function encodeInto(dtype: FloatDtype, values: Float32Array, dest: Uint8Array): Float32Array {
  const n = values.length;
  if (dest.byteLength !== n * BYTES_PER_ELEMENT[dtype]) {
    throw new RangeError(`encodeInto ${dtype}: ${n} values need ${n * BYTES_PER_ELEMENT[dtype]} bytes`);
  }
  switch (dtype) {
    case "F32":
      if (dest.byteOffset % 4 === 0) {
        const view = new Float32Array(dest.buffer, dest.byteOffset, n);
        if (values.buffer !== dest.buffer || values.byteOffset !== dest.byteOffset) view.set(values);
        return view;
      }
      dest.set(new Uint8Array(values.buffer, values.byteOffset, values.byteLength));
      return values;
    case "F64":
      dest.set(new Uint8Array(Float64Array.from(values).buffer)); // float32 → float64 is exact
      return values;
    case "BF16":
      return encodeBf16(values, dest);
    case "F16":
      return encodeF16(values, dest);
    case "F8_E4M3":
    case "F8_E5M2": {
      // encodeTensor scans the 256 codes per value: fine for the small models F8 tests use.
      const table = dtype === "F8_E4M3" ? F8_E4M3_VALUES : F8_E5M2_VALUES;
      const bytes = encodeTensor(dtype, values);
      dest.set(bytes);
      for (let i = 0; i < n; i++) values[i] = table[bytes[i] as number] as number;
      return values;
    }
  }
}

/** Where to draw a tensor's float32 values before `encodeInto`: F32 draws straight into the file. */
export function float32Target(dtype: FloatDtype, dest: Uint8Array, n: number): Float32Array {
  return dtype === "F32" && dest.byteOffset % 4 === 0
    ? new Float32Array(dest.buffer, dest.byteOffset, n)
    : new Float32Array(n);
}

/** bf16Bits' rounding (nearest, ties to even; NaN stays quiet), inlined over a whole tensor. */
function encodeBf16(values: Float32Array, dest: Uint8Array): Float32Array {
  const bits32 = new Uint32Array(values.buffer, values.byteOffset, values.length);
  for (let i = 0; i < bits32.length; i++) {
    const b = bits32[i] as number;
    const nan = (b & 0x7f800000) === 0x7f800000 && (b & 0x7fffff) !== 0;
    const bits = nan ? (b >>> 16) | 0x40 : ((b + 0x7fff + ((b >>> 16) & 1)) >>> 16) & 0xffff;
    dest[2 * i] = bits & 0xff;
    dest[2 * i + 1] = bits >>> 8;
    bits32[i] = bits << 16;
  }
  return values;
}

function encodeF16(values: Float32Array, dest: Uint8Array): Float32Array {
  const table = f16Values();
  for (let i = 0; i < values.length; i++) {
    const bits = f16Bits(values[i] as number);
    dest[2 * i] = bits & 0xff;
    dest[2 * i + 1] = bits >>> 8;
    values[i] = table[bits] as number;
  }
  return values;
}
