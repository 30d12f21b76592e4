// Safetensors dtypes and their decoding to Float32Array.
//
// Safetensors stores every tensor little-endian, and we decode through typed-array views, which use
// the host's byte order. Node runs little-endian on every platform we ship for (x86-64, arm64), so
// a big-endian host is refused with a clear error rather than decoding every value byte-swapped.
//
// Widening F16/BF16/F8 to F32 is exact (bit constructions, NaN payloads kept where the format has
// them). F64, I32/U32 and I64/U64 round once to the nearest F32, ties to even.

/** Bytes per element of every dtype the safetensors format defines (as of safetensors 0.4). */
export const DTYPE_SIZES = {
  F64: 8,
  F32: 4,
  F16: 2,
  BF16: 2,
  F8_E4M3: 1,
  F8_E5M2: 1,
  I64: 8,
  U64: 8,
  I32: 4,
  U32: 4,
  I16: 2,
  U16: 2,
  I8: 1,
  U8: 1,
  BOOL: 1,
} as const;

export type Dtype = keyof typeof DTYPE_SIZES;

export const DTYPES: readonly Dtype[] = Object.keys(DTYPE_SIZES) as Dtype[];

export function isDtype(value: unknown): value is Dtype {
  return typeof value === "string" && Object.hasOwn(DTYPE_SIZES, value);
}

export const HOST_IS_LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

export function assertLittleEndian(): void {
  if (!HOST_IS_LITTLE_ENDIAN) {
    throw new Error(
      "this host is big-endian; safetensors data is little-endian and provenance-gate decodes it through " +
        "native typed arrays, so it runs only on little-endian hosts (x86-64, arm64)",
    );
  }
}

/**
 * Decodes little-endian `bytes` of `dtype` into `out` (allocated when absent) and returns it.
 * `out` must hold exactly one value per element and must not share memory with `bytes`.
 * Any byteOffset is accepted: misaligned F16/BF16 are assembled from bytes, other dtypes are
 * copied once to an aligned buffer (aligned input, the usual case, is read in place).
 * BOOL decodes 0 → 0 and any other byte → 1.
 */
export function decodeToFloat32(dtype: Dtype, bytes: Uint8Array, out?: Float32Array): Float32Array {
  assertLittleEndian();
  if (!isDtype(dtype)) throw new RangeError(`unknown dtype ${String(dtype)}; known: ${DTYPES.join(", ")}`);
  const size = DTYPE_SIZES[dtype];
  if (bytes.byteLength % size !== 0) {
    throw new RangeError(
      `${dtype}: ${bytes.byteLength} bytes is not a multiple of the element size (${size} bytes)`,
    );
  }
  const n = bytes.byteLength / size;
  const dst = out ?? new Float32Array(n);
  if (dst.length !== n) {
    throw new RangeError(`${dtype}: output holds ${dst.length} values but the input has ${n} elements`);
  }
  if (n > 0) DECODERS[dtype](bytes, dst);
  return dst;
}

type Decoder = (bytes: Uint8Array, out: Float32Array) => void;

const DECODERS: Readonly<Record<Dtype, Decoder>> = {
  // Byte copy: keeps every bit, NaN payloads included, at memcpy speed.
  F32: (b, out) => new Uint8Array(out.buffer, out.byteOffset, out.byteLength).set(b),
  // TypedArray#set converts element-wise with ToFloat32 (round to nearest, ties to even) natively.
  F64: (b, out) => out.set(view(b, 8, Float64Array)),
  F16: (b, out) => {
    const table = f16Table();
    const o = bitsOf(out);
    if (b.byteOffset % 2 === 0) {
      const h = new Uint16Array(b.buffer, b.byteOffset, o.length);
      for (let i = 0; i < o.length; i++) o[i] = table[h[i] as number] as number;
    } else {
      for (let i = 0; i < o.length; i++) o[i] = table[halfAt(b, i)] as number;
    }
  },
  BF16: (b, out) => {
    // BF16 is the top half of an F32: a shift is the exact widening.
    const o = bitsOf(out);
    if (b.byteOffset % 2 === 0) {
      const h = new Uint16Array(b.buffer, b.byteOffset, o.length);
      for (let i = 0; i < o.length; i++) o[i] = (h[i] as number) << 16;
    } else {
      for (let i = 0; i < o.length; i++) o[i] = halfAt(b, i) << 16;
    }
  },
  F8_E4M3: (b, out) => lookup8(b, f8E4M3Table(), bitsOf(out)),
  F8_E5M2: (b, out) => lookup8(b, f8E5M2Table(), bitsOf(out)),
  I64: (b, out) => decode64(b, out, true),
  U64: (b, out) => decode64(b, out, false),
  I32: (b, out) => out.set(view(b, 4, Int32Array)),
  U32: (b, out) => out.set(view(b, 4, Uint32Array)),
  I16: (b, out) => out.set(view(b, 2, Int16Array)),
  U16: (b, out) => out.set(view(b, 2, Uint16Array)),
  I8: (b, out) => out.set(new Int8Array(b.buffer, b.byteOffset, b.byteLength)),
  U8: (b, out) => out.set(b),
  BOOL: (b, out) => {
    for (let i = 0; i < b.length; i++) out[i] = b[i] === 0 ? 0 : 1;
  },
};

type ViewConstructor<T> = new (buffer: ArrayBufferLike, byteOffset: number, length: number) => T;

/** A typed view of `bytes`; copies first when byteOffset is not a multiple of the element size. */
function view<T>(bytes: Uint8Array, size: number, make: ViewConstructor<T>): T {
  const src = bytes.byteOffset % size === 0 ? bytes : bytes.slice();
  return new make(src.buffer, src.byteOffset, src.byteLength / size);
}

/** The F32 output as raw bits, so table lookups copy exact bit patterns (NaN payloads too). */
function bitsOf(out: Float32Array): Uint32Array {
  return new Uint32Array(out.buffer, out.byteOffset, out.length);
}

/** Little-endian u16 element i from bytes, for misaligned 16-bit input (no copy of a large tensor). */
function halfAt(b: Uint8Array, i: number): number {
  return (b[2 * i] as number) | ((b[2 * i + 1] as number) << 8);
}

function lookup8(b: Uint8Array, table: Uint32Array, o: Uint32Array): void {
  for (let i = 0; i < b.length; i++) o[i] = table[b[i] as number] as number;
}

let f16Bits: Uint32Array | undefined;

/** F32 bits of every F16 value (256 KiB, built on first use): one load per element beats branching. */
function f16Table(): Uint32Array {
  if (f16Bits) return f16Bits;
  const t = new Uint32Array(65536);
  for (let h = 0; h < 65536; h++) {
    const sign = (h & 0x8000) << 16;
    const exp = (h >> 10) & 0x1f;
    let mant = h & 0x3ff;
    if (exp === 0x1f) {
      t[h] = sign | 0x7f800000 | (mant << 13); // ±Inf, NaN with its payload
    } else if (exp !== 0) {
      t[h] = sign | ((exp + 112) << 23) | (mant << 13); // rebias 15 → 127
    } else if (mant === 0) {
      t[h] = sign; // ±0
    } else {
      // Subnormal F16 (mant · 2^-24) is a normal F32: shift the leading 1 out, lower the exponent.
      let e = 113;
      while ((mant & 0x400) === 0) {
        mant <<= 1;
        e--;
      }
      t[h] = sign | (e << 23) | ((mant & 0x3ff) << 13);
    }
  }
  f16Bits = t;
  return t;
}

let e5m2Bits: Uint32Array | undefined;

/** F8_E5M2 is the top byte of an F16 (same exponent width and bias), so its table is a slice. */
function f8E5M2Table(): Uint32Array {
  if (e5m2Bits) return e5m2Bits;
  const f16 = f16Table();
  e5m2Bits = Uint32Array.from({ length: 256 }, (_, b) => f16[b << 8] as number);
  return e5m2Bits;
}

let e4m3Bits: Uint32Array | undefined;

/** F8_E4M3 as OCP "E4M3FN" (what torch.float8_e4m3fn stores): bias 7, no infinities, S.1111.111 NaN. */
function f8E4M3Table(): Uint32Array {
  if (e4m3Bits) return e4m3Bits;
  const values = new Float32Array(256);
  for (let b = 0; b < 256; b++) {
    const sign = b & 0x80 ? -1 : 1;
    const exp = (b >> 3) & 0xf;
    const mant = b & 0x7;
    if (exp === 0xf && mant === 0x7) values[b] = NaN;
    else if (exp === 0) values[b] = sign * mant * 2 ** -9;
    else values[b] = sign * (1 + mant / 8) * 2 ** (exp - 7);
  }
  e4m3Bits = new Uint32Array(values.buffer);
  return e4m3Bits;
}

const TWO_32 = 4294967296;
const TWO_21 = 0x200000;

/** I64/U64 → nearest F32. Values below 2^53 in magnitude are exact doubles, rounded once on store. */
function decode64(bytes: Uint8Array, out: Float32Array, signed: boolean): void {
  const src = bytes.byteOffset % 8 === 0 ? bytes : bytes.slice();
  const words = new Uint32Array(src.buffer, src.byteOffset, src.byteLength / 4);
  for (let i = 0; i < out.length; i++) {
    const lo = words[2 * i] as number;
    const hiBits = words[2 * i + 1] as number;
    const hi = signed ? hiBits | 0 : hiBits;
    if (hi >= -TWO_21 && hi < TWO_21) out[i] = hi * TWO_32 + lo;
    else {
      const big = (BigInt(hiBits) << 32n) | BigInt(lo);
      out[i] = roundToOdd53(signed ? BigInt.asIntN(64, big) : big);
    }
  }
}

/**
 * v (|v| ≥ 2^53) rounded to 53 bits "to odd": truncate, then set the last kept bit if anything was
 * dropped. Rounding that double to F32 (24 bits) then equals rounding v directly — plain
 * Number(v) would round twice and can land on the wrong side of an F32 tie.
 */
function roundToOdd53(v: bigint): number {
  const negative = v < 0n;
  const magnitude = negative ? -v : v;
  const shift = BigInt(magnitude.toString(2).length - 53);
  let kept = magnitude >> shift;
  if (kept << shift !== magnitude) kept |= 1n;
  const r = Number(kept) * 2 ** Number(shift);
  return negative ? -r : r;
}
