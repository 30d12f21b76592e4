import { describe, expect, it } from "vitest";
import { expectMalformed, read, withHeader } from "./header-fixtures.js";

describe("readSafetensorsHeader: tensor entries", () => {
  const entry = (fields: Record<string, unknown>, dataBytes = 16): Uint8Array =>
    withHeader({ w: { dtype: "F16", shape: [2, 2], data_offsets: [0, 8], ...fields } }, dataBytes);

  it.each([
    [
      { dtype: "F4" },
      'dtype "F4" is not one of F64, F32, F16, BF16, F8_E4M3, F8_E5M2, I64, U64, I32, U32, I16, U16, I8, U8, BOOL',
    ],
    [
      { dtype: undefined },
      "dtype missing is not one of F64, F32, F16, BF16, F8_E4M3, F8_E5M2, I64, U64, I32, U32, I16, U16, I8, U8, BOOL",
    ],
    [{ shape: "2x2" }, 'shape is "2x2", not an array'],
    [{ shape: [2, -2] }, "shape [2,-2] must hold only non-negative integers"],
    [{ shape: [2, 1.5] }, "shape [2,1.5] must hold only non-negative integers"],
    [{ shape: [1e300] }, "shape [1e+300] must hold only non-negative integers"],
    [
      { shape: new Array<number>(33).fill(1) },
      "shape has 33 dimensions, more than the limit of 32 (MAX_RANK)",
    ],
    [
      { shape: [2 ** 20, 2 ** 20, 2] },
      "shape [1048576, 1048576, 2] has more than 1099511627776 elements (MAX_TENSOR_ELEMENTS)",
    ],
    [{ data_offsets: [0] }, "data_offsets [0] is not a pair of non-negative integers [begin, end]"],
    [{ data_offsets: [-2, 6] }, "data_offsets [-2,6] is not a pair of non-negative integers [begin, end]"],
    [{ data_offsets: undefined }, "data_offsets missing is not a pair of non-negative integers [begin, end]"],
    [{ data_offsets: [8, 0] }, "data_offsets [8, 0] has begin after end"],
    [{ data_offsets: [0, 10] }, "data_offsets [0, 10] span 10 bytes but shape [2, 2] of F16 needs 8"],
    [{ dtype: "F32" }, "data_offsets [0, 8] span 8 bytes but shape [2, 2] of F32 needs 16"],
    [{ data_offsets: [12, 20] }, "data_offsets [12, 20] run past the end of the 16-byte data section"],
  ])("rejects %j", async (fields, message) => {
    await expectMalformed(entry(fields), "w", message);
  });

  it("accepts a span ending exactly at the end of the data section", async () => {
    expect((await read(entry({ data_offsets: [8, 16] }))).unclaimedBytes).toBe(8);
  });

  it("accepts a large dimension multiplied by zero", async () => {
    expect((await read(entry({ shape: [0, 2 ** 52], data_offsets: [0, 0] }))).tensors[0]?.byteLength).toBe(0);
  });

  it("rejects an entry that is not an object", async () => {
    await expectMalformed(
      withHeader({ w: [1, 2] }),
      "w",
      "tensor entry is [1,2], not an object with dtype, shape and data_offsets",
    );
  });

  it("shortens long values in messages", async () => {
    await expectMalformed(
      entry({ dtype: "X".repeat(200) }),
      "w",
      `dtype "${"X".repeat(76)}... is not one of F64, F32, F16, BF16, F8_E4M3, F8_E5M2, I64, U64, I32, U32, I16, U16, I8, U8, BOOL`,
    );
  });
});

describe("readSafetensorsHeader: layout", () => {
  it("rejects overlapping spans, naming both tensors", async () => {
    const header = {
      a: { dtype: "U8", shape: [8], data_offsets: [0, 8] },
      b: { dtype: "U8", shape: [8], data_offsets: [4, 12] },
    };
    await expectMalformed(
      withHeader(header, 12),
      "b",
      'data_offsets [4, 12] overlap those of tensor "a" [0, 8]',
    );
  });

  it("rejects an empty span strictly inside another tensor", async () => {
    const header = {
      a: { dtype: "U8", shape: [8], data_offsets: [0, 8] },
      e: { dtype: "U8", shape: [0], data_offsets: [3, 3] },
    };
    await expectMalformed(
      withHeader(header, 8),
      "e",
      'data_offsets [3, 3] overlap those of tensor "a" [0, 8]',
    );
  });

  it("rejects two tensors on the same bytes", async () => {
    const header = {
      a: { dtype: "U8", shape: [4], data_offsets: [0, 4] },
      b: { dtype: "I8", shape: [4], data_offsets: [0, 4] },
    };
    await expectMalformed(
      withHeader(header, 4),
      "b",
      'data_offsets [0, 4] overlap those of tensor "a" [0, 4]',
    );
  });

  it("accepts touching spans", async () => {
    const header = {
      a: { dtype: "U8", shape: [4], data_offsets: [0, 4] },
      b: { dtype: "U8", shape: [4], data_offsets: [4, 8] },
    };
    expect((await read(withHeader(header, 8))).unclaimedBytes).toBe(0);
  });
});
