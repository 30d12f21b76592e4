// Encoders from numbers to every safetensors dtype, for building test files. Float narrowing rounds
// to nearest, ties to even, like torch's `.to(dtype)`. F8_E4M3 (OCP "fn") has no infinity, so
// values beyond ±448 are clamped to ±448 to keep generated test data finite.

const f32 = new Float32Array(1);
const u32 = new Uint32Array(f32.buffer);

export function f32Bits(x: number): number {
  f32[0] = x;
  return u32[0] as number;
}

/** IEEE binary16 bits of x, round to nearest even. */
export function f16Bits(x: number): number {
  const b = f32Bits(x);
  const sign = (b >>> 16) & 0x8000;
  const exp = (b >>> 23) & 0xff;
  let mant = b & 0x7fffff;
  if (exp === 0xff) return sign | 0x7c00 | (mant ? 0x200 : 0);
  let e = exp - 127 + 15;
  if (e >= 0x1f) return sign | 0x7c00;
  if (e <= 0) {
    if (e < -10) return sign;
    mant |= 0x800000;
    const shift = 14 - e;
    const half = 1 << (shift - 1);
    const rem = mant & ((1 << shift) - 1);
    let m = mant >>> shift;
    if (rem > half || (rem === half && m & 1)) m += 1;
    return sign | m;
  }
  const rem = mant & 0x1fff;
  let m = mant >>> 13;
  if (rem > 0x1000 || (rem === 0x1000 && m & 1)) {
    m += 1;
    if (m === 0x400) {
      m = 0;
      e += 1;
      if (e >= 0x1f) return sign | 0x7c00;
    }
  }
  return sign | (e << 10) | m;
}

/** bfloat16 bits of x, round to nearest even (NaN stays a quiet NaN). */
export function bf16Bits(x: number): number {
  const b = f32Bits(x);
  if ((b & 0x7f800000) === 0x7f800000 && b & 0x7fffff) return (b >>> 16) | 0x40;
  const rounded = b + 0x7fff + ((b >>> 16) & 1);
  return (rounded >>> 16) & 0xffff;
}

function f8Table(expBits: number, mantBits: number, bias: number, ieeeSpecials: boolean): Float64Array {
  const t = new Float64Array(256);
  for (let v = 0; v < 256; v++) {
    const s = v & 0x80 ? -1 : 1;
    const e = (v >> mantBits) & ((1 << expBits) - 1);
    const m = v & ((1 << mantBits) - 1);
    const maxE = (1 << expBits) - 1;
    if (ieeeSpecials && e === maxE) t[v] = m ? NaN : s * Infinity;
    else if (!ieeeSpecials && e === maxE && m === (1 << mantBits) - 1) t[v] = NaN;
    else if (e === 0) t[v] = s * m * 2 ** (1 - bias - mantBits);
    else t[v] = s * (1 + m / (1 << mantBits)) * 2 ** (e - bias);
  }
  return t;
}

/** Value of every F8_E4M3 (OCP "fn": no infinities, 0x7f/0xff NaN) and F8_E5M2 (IEEE-like) byte. */
export const F8_E4M3_VALUES = f8Table(4, 3, 7, false);
export const F8_E5M2_VALUES = f8Table(5, 2, 15, true);

function f8Encode(table: Float64Array, x: number, max: number): number {
  if (Number.isNaN(x)) return table === F8_E4M3_VALUES ? 0x7f : 0x7e;
  if (table === F8_E4M3_VALUES) x = Math.max(-max, Math.min(max, x));
  let best = 0;
  let bestErr = Infinity;
  for (let v = 0; v < 256; v++) {
    const val = table[v] as number;
    if (Number.isNaN(val)) continue;
    if (Object.is(x, -0) !== (v === 0x80) && x === 0 && val === 0) continue;
    const err = Math.abs(val - x);
    if (err < bestErr || (err === bestErr && (v & 1) === 0 && (best & 1) === 1)) {
      best = v;
      bestErr = err;
    }
  }
  return best;
}

export type NumericInput = ArrayLike<number> | readonly bigint[];

/** Little-endian bytes of `values` in `dtype` (a safetensors dtype name). */
export function encodeTensor(dtype: string, values: ArrayLike<number | bigint>): Uint8Array {
  const n = values.length;
  const num = (i: number): number => Number(values[i]);
  switch (dtype) {
    case "F64":
      return bytesOf(Float64Array.from({ length: n }, (_, i) => num(i)));
    case "F32":
      return bytesOf(Float32Array.from({ length: n }, (_, i) => num(i)));
    case "F16":
      return bytesOf(Uint16Array.from({ length: n }, (_, i) => f16Bits(num(i))));
    case "BF16":
      return bytesOf(Uint16Array.from({ length: n }, (_, i) => bf16Bits(num(i))));
    case "F8_E4M3":
      return Uint8Array.from({ length: n }, (_, i) => f8Encode(F8_E4M3_VALUES, num(i), 448));
    case "F8_E5M2":
      return Uint8Array.from({ length: n }, (_, i) => f8Encode(F8_E5M2_VALUES, num(i), 57344));
    case "I8":
      return bytesOf(Int8Array.from({ length: n }, (_, i) => num(i)));
    case "U8":
      return Uint8Array.from({ length: n }, (_, i) => num(i));
    case "BOOL":
      return Uint8Array.from({ length: n }, (_, i) => (num(i) ? 1 : 0));
    case "I16":
      return bytesOf(Int16Array.from({ length: n }, (_, i) => num(i)));
    case "U16":
      return bytesOf(Uint16Array.from({ length: n }, (_, i) => num(i)));
    case "I32":
      return bytesOf(Int32Array.from({ length: n }, (_, i) => num(i)));
    case "U32":
      return bytesOf(Uint32Array.from({ length: n }, (_, i) => num(i)));
    case "I64":
      return bytesOf(BigInt64Array.from({ length: n }, (_, i) => BigInt(values[i] as number | bigint)));
    case "U64":
      return bytesOf(BigUint64Array.from({ length: n }, (_, i) => BigInt(values[i] as number | bigint)));
    default:
      throw new Error(`encodeTensor: unsupported dtype ${dtype}`);
  }
}

function bytesOf(a: ArrayBufferView): Uint8Array {
  // Tests run on little-endian machines (x86-64, arm64), as safetensors requires.
  return new Uint8Array(a.buffer, a.byteOffset, a.byteLength);
}
