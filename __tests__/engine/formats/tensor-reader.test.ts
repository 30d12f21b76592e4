import { describe, expect, it } from "vitest";
import { MemorySource, type ByteSource } from "../../../src/engine/io/byte-source.js";
import { readSafetensorsHeader, type TensorInfo } from "../../../src/engine/formats/safetensors/header.js";
import {
  MAX_DECODED_ELEMENTS,
  readRowSet,
  readRows,
  readTensor,
  rowGeometry,
} from "../../../src/engine/formats/safetensors/tensor-reader.js";
import { openWeights, type WeightSet } from "../../../src/engine/formats/safetensors/weights.js";
import { encodeTensor } from "../../helpers/dtype-encoders.js";
import { MemoryModelSource } from "../../helpers/memory-model-source.js";
import { writeSafetensors } from "../../helpers/safetensors-writer.js";

const FILE = "model.safetensors";
/** Row r of the 6×3 embedding holds [10r, 10r + 1, 10r + 2]. */
const EMBED = Array.from({ length: 18 }, (_, i) => 10 * Math.floor(i / 3) + (i % 3));
const rowsOf = (...rows: number[]): number[] => rows.flatMap((r) => [10 * r, 10 * r + 1, 10 * r + 2]);

async function setup(
  dtype = "F32",
  align = true,
  metadata: Record<string, string> = {},
): Promise<{ model: MemoryModelSource; set: WeightSet; embed: TensorInfo; header: number }> {
  const model = new MemoryModelSource({
    [FILE]: writeSafetensors(
      [
        { name: "bias", dtype: "F32", shape: [2], data: encodeTensor("F32", [0.5, -0.5]) },
        { name: "embed", dtype, shape: [6, 3], data: encodeTensor(dtype, EMBED) },
        { name: "scalar", dtype: "BF16", shape: [], data: encodeTensor("BF16", [-3]) },
        { name: "hollow", dtype: "F16", shape: [4, 0], data: new Uint8Array(0) },
      ],
      { align, metadata },
    ),
  });
  const set = await openWeights(model);
  model.reads.length = 0;
  model.stats.requests = 0;
  model.stats.bytes = 0;
  const embed = set.get("embed") as TensorInfo;
  return { model, set, embed, header: set.shards[0]?.dataStart as number };
}

describe("readTensor", () => {
  it("reads a whole tensor in one request", async () => {
    const { model, set, embed } = await setup();
    expect(Array.from(await readTensor(set, embed))).toEqual(EMBED);
    expect(model.reads).toEqual([{ path: FILE, offset: embed.offset, length: 72 }]);
  });

  it("reads from a plain ByteSource too", async () => {
    const bytes = writeSafetensors([
      { name: "w", dtype: "F16", shape: [2], data: encodeTensor("F16", [1.5, -2]) },
    ]);
    const source = new MemorySource(FILE, bytes);
    const header = await readSafetensorsHeader(source);
    expect(Array.from(await readTensor(source, header.tensors[0] as TensorInfo))).toEqual([1.5, -2]);
  });

  it("decodes tensors at odd file offsets (misaligned views)", async () => {
    // One of the two paddings puts the data section, and so the BF16 tensor, at an odd offset.
    const [first, second] = [await setup("BF16", false, { p: "" }), await setup("BF16", false, { p: "x" })];
    const { set, embed } = first.embed.offset % 2 === 1 ? first : second;
    expect(embed.offset % 2).toBe(1);
    expect(Array.from(await readTensor(set, embed))).toEqual(EMBED);
  });

  it("reads scalars and empty tensors (the latter without any request)", async () => {
    const { model, set } = await setup();
    expect(Array.from(await readTensor(set, set.get("scalar") as TensorInfo))).toEqual([-3]);
    expect(model.stats.requests).toBe(1);
    expect(await readTensor(set, set.get("hollow") as TensorInfo)).toEqual(new Float32Array(0));
    expect(model.stats.requests).toBe(1);
  });

  it("splits a tensor larger than maxRequestBytes into whole-element requests", async () => {
    const { model, set, embed } = await setup();
    const values = await readTensor(set, embed, { maxRequestBytes: 30, concurrency: 2 });
    expect(Array.from(values)).toEqual(EMBED);
    expect(model.reads.map((r) => [r.offset - embed.offset, r.length])).toEqual([
      [0, 28],
      [28, 28],
      [56, 16],
    ]);
  });

  it("refuses to decode more than MAX_DECODED_ELEMENTS values at once, before reading", async () => {
    let reads = 0;
    const source: ByteSource = {
      name: "big",
      size: 2 ** 40,
      read: () => Promise.resolve(new Uint8Array(reads++)),
    };
    const huge: TensorInfo = {
      name: "h",
      dtype: "U8",
      shape: [MAX_DECODED_ELEMENTS + 1],
      offset: 0,
      byteLength: MAX_DECODED_ELEMENTS + 1,
      file: "big",
    };
    await expect(readTensor(source, huge)).rejects.toThrow(
      new RangeError(
        "big [h]: reading 268435457 values at once exceeds the limit of 268435456 (MAX_DECODED_ELEMENTS); read fewer rows per call",
      ),
    );
    expect(reads).toBe(0);
  });
});

describe("readRows", () => {
  it("reads a block of rows in one request", async () => {
    const { model, set, embed } = await setup();
    expect(Array.from(await readRows(set, embed, 2, 3))).toEqual(rowsOf(2, 3, 4));
    expect(model.reads).toEqual([{ path: FILE, offset: embed.offset + 24, length: 36 }]);
  });

  it("reads zero rows without a request, even at the end", async () => {
    const { model, set, embed } = await setup();
    expect(await readRows(set, embed, 6, 0)).toEqual(new Float32Array(0));
    expect(model.reads).toEqual([]);
  });

  it.each([
    [5, 2, "rows [5, 7) are out of range; the tensor has 6 rows (dimension 0)"],
    [-1, 1, "rows [-1, 0) are out of range; the tensor has 6 rows (dimension 0)"],
    [0, 1.5, "rows [0, 1.5) are out of range; the tensor has 6 rows (dimension 0)"],
  ])("rejects start %d count %d", async (start, count, message) => {
    const { set, embed } = await setup();
    await expect(readRows(set, embed, start, count)).rejects.toThrow(
      new RangeError(`${FILE} [embed]: ${message}`),
    );
  });
});

describe("readRowSet", () => {
  it("coalesces adjacent rows into one request", async () => {
    const { model, set, embed } = await setup();
    expect(Array.from(await readRowSet(set, embed, [2, 3, 4]))).toEqual(rowsOf(2, 3, 4));
    expect(model.reads).toEqual([{ path: FILE, offset: embed.offset + 24, length: 36 }]);
    expect(model.stats).toEqual({ requests: 1, bytes: 36, retries: 0 });
  });

  it("returns rows in the order asked, reading each run once", async () => {
    const { model, set, embed } = await setup();
    expect(Array.from(await readRowSet(set, embed, [5, 0, 4, 1, 4]))).toEqual(rowsOf(5, 0, 4, 1, 4));
    expect(model.reads.map((r) => [r.offset - embed.offset, r.length])).toEqual([
      [0, 24],
      [48, 24],
    ]);
  });

  it("reads separated rows as separate requests, or merged across a gap when allowed", async () => {
    const { model, set, embed } = await setup();
    await readRowSet(set, embed, [0, 2]);
    expect(model.stats).toEqual({ requests: 2, bytes: 24, retries: 0 });
    expect(Array.from(await readRowSet(set, embed, [0, 2], { maxGap: 12 }))).toEqual(rowsOf(0, 2));
    expect(model.stats).toEqual({ requests: 3, bytes: 60, retries: 0 });
  });

  it("reads rows of a zero-width tensor without a request", async () => {
    const { model, set } = await setup();
    expect(await readRowSet(set, set.get("hollow") as TensorInfo, [0, 3])).toEqual(new Float32Array(0));
    expect(model.reads).toEqual([]);
  });

  it.each([
    [6, "row 6 is out of range; the tensor has 6 rows (dimension 0)"],
    [-1, "row -1 is out of range; the tensor has 6 rows (dimension 0)"],
    [0.5, "row 0.5 is out of range; the tensor has 6 rows (dimension 0)"],
  ])("rejects row %d before reading", async (row, message) => {
    const { model, set, embed } = await setup();
    await expect(readRowSet(set, embed, [0, row])).rejects.toThrow(
      new RangeError(`${FILE} [embed]: ${message}`),
    );
    expect(model.reads).toEqual([]);
  });

  it("has no rows for a scalar", async () => {
    const { set } = await setup();
    const scalar = set.get("scalar") as TensorInfo;
    expect(() => rowGeometry(scalar)).toThrow(
      new RangeError(`${FILE} [scalar]: a scalar (rank 0) tensor has no rows`),
    );
    await expect(readRowSet(set, scalar, [0])).rejects.toThrow(RangeError);
    expect(rowGeometry(set.get("embed") as TensorInfo)).toEqual({ rows: 6, rowLength: 3 });
  });

  it("reads the right shard of a sharded set", async () => {
    const shard = (name: string, values: number[]): Uint8Array =>
      writeSafetensors([
        { name, dtype: "F16", shape: [values.length, 1], data: encodeTensor("F16", values) },
      ]);
    const model = new MemoryModelSource({
      "model.safetensors.index.json": JSON.stringify({
        weight_map: { a: "s1.safetensors", b: "s2.safetensors" },
      }),
      "s1.safetensors": shard("a", [1, 2]),
      "s2.safetensors": shard("b", [3, 4, 5]),
    });
    const set = await openWeights(model);
    model.reads.length = 0;
    expect(Array.from(await readRowSet(set, set.get("b") as TensorInfo, [2, 0]))).toEqual([5, 3]);
    expect(model.reads.map((r) => r.path)).toEqual(["s2.safetensors", "s2.safetensors"]);
  });
});
