import { describe, expect, it } from "vitest";
import {
  DTYPES,
  DTYPE_SIZES,
  decodeToFloat32,
  isDtype,
  type Dtype,
} from "../../../src/engine/formats/dtypes.js";
import { F8_E4M3_VALUES, F8_E5M2_VALUES, encodeTensor } from "../../helpers/dtype-encoders.js";

const u16 = (...bits: number[]): Uint8Array => new Uint8Array(Uint16Array.from(bits).buffer);
const decodeOne = (dtype: Dtype, bytes: Uint8Array): number => decodeToFloat32(dtype, bytes)[0] as number;
const f32BitsOf = (a: Float32Array): number[] =>
  Array.from(new Uint32Array(a.buffer, a.byteOffset, a.length));

/** Reference F16 value from the IEEE 754 definition, computed in float64. */
function f16Reference(h: number): number {
  const sign = h & 0x8000 ? -1 : 1;
  const exp = (h >> 10) & 0x1f;
  const mant = h & 0x3ff;
  if (exp === 0x1f) return mant ? NaN : sign * Infinity;
  if (exp === 0) return sign * mant * 2 ** -24;
  return sign * (1 + mant / 1024) * 2 ** (exp - 15);
}

/** The same bytes placed at byteOffset `shift` of a fresh buffer. */
function shifted(bytes: Uint8Array, shift: number): Uint8Array {
  const buf = new Uint8Array(bytes.byteLength + shift);
  buf.set(bytes, shift);
  return buf.subarray(shift);
}

describe("dtype table", () => {
  it("lists every safetensors dtype with its byte size", () => {
    expect(DTYPE_SIZES).toEqual({
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
    });
    expect(DTYPES).toHaveLength(15);
  });

  it("recognises only exact dtype names", () => {
    expect(isDtype("BF16")).toBe(true);
    expect(isDtype("bf16")).toBe(false);
    expect(isDtype("F4")).toBe(false);
    expect(isDtype("toString")).toBe(false);
    expect(isDtype(2)).toBe(false);
  });
});

describe("F16", () => {
  it.each([
    [0x0001, 2 ** -24],
    [0x03ff, 1023 * 2 ** -24],
    [0x0400, 2 ** -14],
    [0x3c00, 1],
    [0xc000, -2],
    [0x3555, 0.333251953125],
    [0x7bff, 65504],
    [0x7c00, Infinity],
    [0xfc00, -Infinity],
    [0x0000, 0],
    [0x8000, -0],
    [0x7e00, NaN],
    [0xfe01, NaN],
  ])("bits %i decode to %s", (bits, value) => {
    expect(Object.is(decodeOne("F16", u16(bits)), value)).toBe(true);
  });

  it("agrees with the IEEE definition on all 65536 bit patterns", () => {
    const all = Uint16Array.from({ length: 65536 }, (_, i) => i);
    const out = decodeToFloat32("F16", new Uint8Array(all.buffer));
    const wrong = Array.from(out).findIndex((v, h) => !Object.is(v, f16Reference(h)));
    expect(wrong).toBe(-1);
  });

  it("keeps NaN payloads (0x7e01 → F32 bits 0x7fc02000)", () => {
    expect(f32BitsOf(decodeToFloat32("F16", u16(0x7e01, 0x7c01)))).toEqual([0x7fc02000, 0x7f802000]);
  });
});

describe("BF16", () => {
  it.each([
    [0x0001, 2 ** -133],
    [0x007f, 127 * 2 ** -133],
    [0x0080, 2 ** -126],
    [0x3f80, 1],
    [0x4049, 3.140625],
    [0x7f7f, 255 * 2 ** 120],
    [0x7f80, Infinity],
    [0xff80, -Infinity],
    [0x8000, -0],
    [0x7fc0, NaN],
  ])("bits %i decode to %s", (bits, value) => {
    expect(Object.is(decodeOne("BF16", u16(bits)), value)).toBe(true);
  });

  it("is the top half of the F32 bits for all 65536 patterns", () => {
    const all = Uint16Array.from({ length: 65536 }, (_, i) => i);
    const bits = f32BitsOf(decodeToFloat32("BF16", new Uint8Array(all.buffer)));
    expect(bits.findIndex((b, i) => b !== i * 65536)).toBe(-1);
  });
});

describe("16-bit floats at odd byte offsets", () => {
  it.each(["F16", "BF16"] as const)(
    "%s decodes all 65536 patterns at byteOffset 1 bit-identically",
    (dtype) => {
      const all = new Uint8Array(Uint16Array.from({ length: 65536 }, (_, i) => i).buffer);
      const view = shifted(all, 1);
      expect(f32BitsOf(decodeToFloat32(dtype, view))).toEqual(f32BitsOf(decodeToFloat32(dtype, all)));
    },
  );
});

describe("F8", () => {
  it.each([
    [0x7f, NaN],
    [0xff, NaN],
    [0x7e, 448],
    [0xfe, -448],
    [0x01, 2 ** -9],
    [0x07, 7 * 2 ** -9],
    [0x08, 2 ** -6],
    [0x38, 1],
    [0x00, 0],
    [0x80, -0],
  ])("E4M3 byte %i decodes to %s", (byte, value) => {
    expect(Object.is(decodeOne("F8_E4M3", Uint8Array.of(byte)), value)).toBe(true);
  });

  it.each([
    [0x7c, Infinity],
    [0xfc, -Infinity],
    [0x7d, NaN],
    [0x7f, NaN],
    [0x7b, 57344],
    [0x01, 2 ** -16],
    [0x04, 2 ** -14],
    [0x3c, 1],
    [0x80, -0],
  ])("E5M2 byte %i decodes to %s", (byte, value) => {
    expect(Object.is(decodeOne("F8_E5M2", Uint8Array.of(byte)), value)).toBe(true);
  });

  it("agrees with the encoder's tables on all 256 bytes of both formats", () => {
    const all = Uint8Array.from({ length: 256 }, (_, i) => i);
    expect(Array.from(decodeToFloat32("F8_E4M3", all))).toEqual(Array.from(F8_E4M3_VALUES));
    expect(Array.from(decodeToFloat32("F8_E5M2", all))).toEqual(Array.from(F8_E5M2_VALUES));
  });
});

describe("F64 and F32", () => {
  const f64 = (...v: number[]): Uint8Array => new Uint8Array(Float64Array.from(v).buffer);

  it("rounds F64 to the nearest F32 like Math.fround", () => {
    const inputs = [1 / 3, 1e40, -1e40, -1e-50, 2 ** -149, 2 ** -150, 3 * 2 ** -150, 1 + 2 ** -24];
    const expected = [Math.fround(1 / 3), Infinity, -Infinity, -0, 2 ** -149, 0, 2 ** -148, 1];
    const out = Array.from(decodeToFloat32("F64", f64(...inputs)));
    expect(out).toEqual(expected);
    expect(out).toEqual(inputs.map(Math.fround));
    expect(Object.is(out[3], -0)).toBe(true);
    expect(decodeOne("F64", f64(NaN))).toBeNaN();
  });

  it("copies F32 bits unchanged, NaN payloads and -0 included", () => {
    const bits = Uint32Array.of(0x7fc00001, 0xff800000, 0x80000000, 0x00000001, 0x3f800000);
    expect(f32BitsOf(decodeToFloat32("F32", new Uint8Array(bits.buffer)))).toEqual(Array.from(bits));
  });
});

describe("integers and BOOL", () => {
  const i64 = (...v: bigint[]): Uint8Array => new Uint8Array(BigInt64Array.from(v).buffer);
  const u64 = (...v: bigint[]): Uint8Array => new Uint8Array(BigUint64Array.from(v).buffer);

  it("rounds I64 once to the nearest F32 (Number() then fround would round twice)", () => {
    const tie = 2n ** 60n + 2n ** 36n + 1n; // just above the F32 midpoint between 2^60 and 2^60 + 2^37
    expect(Math.fround(Number(tie))).toBe(2 ** 60); // the double-rounding trap
    const out = decodeToFloat32(
      "I64",
      i64(tie, -tie, -(2n ** 63n), 2n ** 63n - 1n, 2n ** 53n + 1n, -(2n ** 53n)),
    );
    expect(Array.from(out)).toEqual([
      2 ** 60 + 2 ** 37,
      -(2 ** 60 + 2 ** 37),
      -(2 ** 63),
      2 ** 63,
      2 ** 53,
      -(2 ** 53),
    ]);
  });

  it("decodes small I64 and U64 exactly and rounds 2^24 + 1 to even", () => {
    expect(Array.from(decodeToFloat32("I64", i64(-1n, 0n, 16777217n, 16777219n)))).toEqual([
      -1, 0, 16777216, 16777220,
    ]);
    expect(
      Array.from(decodeToFloat32("U64", u64(2n ** 64n - 1n, 2n ** 63n, 2n ** 60n + 2n ** 36n + 1n, 7n))),
    ).toEqual([2 ** 64, 2 ** 63, 2 ** 60 + 2 ** 37, 7]);
  });

  it("decodes 32-, 16- and 8-bit integers at their extremes", () => {
    expect(
      Array.from(decodeToFloat32("I32", encodeTensor("I32", [2 ** 31 - 1, -(2 ** 31), 16777217]))),
    ).toEqual([2 ** 31, -(2 ** 31), 16777216]);
    expect(Array.from(decodeToFloat32("U32", encodeTensor("U32", [2 ** 32 - 1, 0])))).toEqual([2 ** 32, 0]);
    expect(Array.from(decodeToFloat32("I16", encodeTensor("I16", [-32768, 32767])))).toEqual([-32768, 32767]);
    expect(Array.from(decodeToFloat32("U16", encodeTensor("U16", [65535, 0])))).toEqual([65535, 0]);
    expect(Array.from(decodeToFloat32("I8", Uint8Array.of(0x80, 0x7f, 0xff)))).toEqual([-128, 127, -1]);
    expect(Array.from(decodeToFloat32("U8", Uint8Array.of(0, 255)))).toEqual([0, 255]);
  });

  it("decodes BOOL bytes as 0 or 1", () => {
    expect(Array.from(decodeToFloat32("BOOL", Uint8Array.of(0, 1, 2, 255)))).toEqual([0, 1, 1, 1]);
  });
});

const ROUND_TRIP: Record<Dtype, number[]> = {
  F64: [0, -1.5, 3.25, 1024, -65504.5],
  F32: [0, -1.5, 3.25, 2 ** -100, 2 ** 100],
  F16: [0, -1.5, 3.25, 65504, 2 ** -24],
  BF16: [0, -1.5, 3.25, 2 ** 100, 2 ** -133],
  F8_E4M3: [0, -1.5, 3.25, 448, 2 ** -9],
  F8_E5M2: [0, -1.5, 3, 57344, 2 ** -16],
  I64: [0, -1, 2 ** 40, -(2 ** 40), 123456],
  U64: [0, 1, 2 ** 40, 2 ** 52, 123456],
  I32: [0, -1, 2 ** 24, -(2 ** 31), 123456],
  U32: [0, 1, 2 ** 24, 2 ** 31, 123456],
  I16: [0, -1, 32767, -32768, 1234],
  U16: [0, 1, 65535, 32768, 1234],
  I8: [0, -1, 127, -128, 12],
  U8: [0, 1, 255, 128, 12],
  BOOL: [0, 1, 1, 0, 1],
};

describe("every dtype", () => {
  it.each(DTYPES)("%s round-trips values it can represent exactly", (dtype) => {
    const values = ROUND_TRIP[dtype];
    expect(Array.from(decodeToFloat32(dtype, encodeTensor(dtype, values)))).toEqual(values);
  });

  it.each(DTYPES)("%s decodes misaligned views (byteOffset 1, 2, 3, 5) bit-identically", (dtype) => {
    const bytes = encodeTensor(dtype, ROUND_TRIP[dtype]);
    const expected = f32BitsOf(decodeToFloat32(dtype, bytes));
    for (const shift of [1, 2, 3, 5]) {
      const view = shifted(bytes, shift);
      expect(view.byteOffset).toBe(shift);
      expect(f32BitsOf(decodeToFloat32(dtype, view))).toEqual(expected);
    }
  });

  it.each(DTYPES)("%s decodes an empty view to an empty array", (dtype) => {
    expect(decodeToFloat32(dtype, new Uint8Array(0))).toEqual(new Float32Array(0));
  });

  it.each(DTYPES.filter((d) => DTYPE_SIZES[d] > 1))(
    "%s rejects a length that is not a whole number of elements",
    (dtype) => {
      const size = DTYPE_SIZES[dtype];
      expect(() => decodeToFloat32(dtype, new Uint8Array(size + 1))).toThrow(
        new RangeError(`${dtype}: ${size + 1} bytes is not a multiple of the element size (${size} bytes)`),
      );
    },
  );
});

describe("decodeToFloat32 arguments", () => {
  it("writes into the given output and returns it", () => {
    const out = new Float32Array(2);
    expect(decodeToFloat32("F16", u16(0x3c00, 0xc000), out)).toBe(out);
    expect(Array.from(out)).toEqual([1, -2]);
  });

  it("writes into a sub-view of a larger output", () => {
    const whole = new Float32Array(4);
    decodeToFloat32("BF16", u16(0x3f80, 0x4000), whole.subarray(1, 3));
    expect(Array.from(whole)).toEqual([0, 1, 2, 0]);
  });

  it("rejects an output of the wrong length", () => {
    expect(() => decodeToFloat32("F16", u16(1, 2), new Float32Array(3))).toThrow(
      new RangeError("F16: output holds 3 values but the input has 2 elements"),
    );
  });

  it("rejects an unknown dtype at run time", () => {
    expect(() => decodeToFloat32("F4" as Dtype, new Uint8Array(1))).toThrow(
      new RangeError(
        "unknown dtype F4; known: F64, F32, F16, BF16, F8_E4M3, F8_E5M2, I64, U64, I32, U32, I16, U16, I8, U8, BOOL",
      ),
    );
  });
});
