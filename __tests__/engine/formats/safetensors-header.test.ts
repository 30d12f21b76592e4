import { describe, expect, it } from "vitest";
import { MalformedInputError } from "../../../src/engine/errors.js";
import { MemorySource, type ByteSource } from "../../../src/engine/io/byte-source.js";
import {
  HEADER_PROBE_BYTES,
  MAX_HEADER_BYTES,
  MAX_TENSORS,
  readSafetensorsHeader,
} from "../../../src/engine/formats/safetensors/header.js";
import { encodeTensor } from "../../helpers/dtype-encoders.js";
import { rawSafetensors, writeSafetensors } from "../../helpers/safetensors-writer.js";
import { FILE, expectMalformed, read, withHeader } from "./header-fixtures.js";

describe("readSafetensorsHeader: well-formed files", () => {
  it("returns tensors sorted by offset with absolute offsets, lengths and metadata", async () => {
    const bytes = writeSafetensors(
      [
        { name: "b.weight", dtype: "F16", shape: [2, 3], data: encodeTensor("F16", [1, 2, 3, 4, 5, 6]) },
        { name: "a.bias", dtype: "F32", shape: [2], data: encodeTensor("F32", [7, 8]) },
      ],
      { metadata: { format: "pt" } },
    );
    const headerLength = Number(new DataView(bytes.buffer).getBigUint64(0, true));
    expect(headerLength % 8).toBe(0);
    const h = await read(bytes);
    expect(h).toEqual({
      file: FILE,
      location: FILE,
      headerLength,
      dataStart: 8 + headerLength,
      dataLength: 20,
      unclaimedBytes: 0,
      metadata: { format: "pt" },
      tensors: [
        {
          name: "b.weight",
          dtype: "F16",
          shape: [2, 3],
          offset: 8 + headerLength,
          byteLength: 12,
          file: FILE,
        },
        {
          name: "a.bias",
          dtype: "F32",
          shape: [2],
          offset: 8 + headerLength + 12,
          byteLength: 8,
          file: FILE,
        },
      ],
    });
  });

  it("sorts by offset regardless of JSON key order and records the given file path", async () => {
    const header = {
      z: { dtype: "U8", shape: [1], data_offsets: [0, 1] },
      a: { dtype: "U8", shape: [1], data_offsets: [1, 2] },
    };
    const h = await readSafetensorsHeader(
      new MemorySource("org/repo@abc:w.safetensors", withHeader(header, 2)),
      "w.safetensors",
    );
    expect(h.tensors.map((t) => [t.name, t.offset - h.dataStart, t.file])).toEqual([
      ["z", 0, "w.safetensors"],
      ["a", 1, "w.safetensors"],
    ]);
    expect([h.file, h.location]).toEqual(["w.safetensors", "org/repo@abc:w.safetensors"]);
  });

  it("accepts an empty header object, scalars and empty tensors", async () => {
    expect((await read(withHeader({}))).tensors).toEqual([]);
    const header = {
      empty: { dtype: "F32", shape: [0, 4096], data_offsets: [2, 2] },
      scalar: { dtype: "BF16", shape: [], data_offsets: [0, 2] },
      tail: { dtype: "BOOL", shape: [0], data_offsets: [2, 2] },
    };
    const h = await read(withHeader(header, 2));
    expect(h.tensors.map((t) => [t.name, t.shape, t.byteLength])).toEqual([
      ["scalar", [], 2],
      ["empty", [0, 4096], 0],
      ["tail", [0], 0],
    ]);
  });

  it("tolerates gaps and trailing bytes and reports them as unclaimed", async () => {
    const header = {
      a: { dtype: "U8", shape: [2], data_offsets: [0, 2] },
      b: { dtype: "U8", shape: [3], data_offsets: [5, 8] },
    };
    const h = await read(withHeader(header, 12));
    expect([h.dataLength, h.unclaimedBytes]).toEqual([12, 7]);
  });
});

describe("readSafetensorsHeader: the length prefix", () => {
  it("rejects a file shorter than 8 bytes", async () => {
    await expectMalformed(
      new Uint8Array(5),
      "header",
      "file is 5 bytes, too short for the 8-byte header length",
    );
  });

  it("rejects a header length beyond the end of the file", async () => {
    await expectMalformed(
      rawSafetensors("{}", new Uint8Array(0), 9999999999n),
      "header",
      "header length 9999999999 (declared in the first 8 bytes) exceeds the 2 bytes after them (file size 10)",
    );
  });

  it("rejects header bytes cut short by truncation", async () => {
    const whole = withHeader({ a: { dtype: "U8", shape: [1], data_offsets: [0, 1] } }, 1);
    const declared = whole.byteLength - 9;
    await expectMalformed(
      whole.subarray(0, 30),
      "header",
      `header length ${declared} (declared in the first 8 bytes) exceeds the 22 bytes after them (file size 30)`,
    );
  });

  it("rejects the largest u64 length without precision loss", async () => {
    await expectMalformed(
      rawSafetensors("{}", new Uint8Array(0), 2n ** 64n - 1n),
      "header",
      "header length 18446744073709551615 (declared in the first 8 bytes) exceeds the 2 bytes after them (file size 10)",
    );
  });

  /** A huge virtual file: the prefix declares `declared`; any other read fails with "big read". */
  function hugeFile(declared: number, reads: number[][]): ByteSource {
    return {
      name: FILE,
      size: 2 * MAX_HEADER_BYTES,
      read: (offset, length) => {
        reads.push([offset, length]);
        if (offset !== 0 || length !== HEADER_PROBE_BYTES) return Promise.reject(new Error("big read"));
        const prefix = new Uint8Array(HEADER_PROBE_BYTES);
        new DataView(prefix.buffer).setBigUint64(0, BigInt(declared), true);
        return Promise.resolve(prefix);
      },
    };
  }

  it("rejects a header length one over MAX_HEADER_BYTES before reading it", async () => {
    const reads: number[][] = [];
    await expect(readSafetensorsHeader(hugeFile(MAX_HEADER_BYTES + 1, reads))).rejects.toThrow(
      new MalformedInputError(
        { file: FILE, field: "header" },
        "header length 100000001 exceeds the limit of 100000000 bytes (MAX_HEADER_BYTES)",
      ),
    );
    expect(reads).toEqual([[0, HEADER_PROBE_BYTES]]);
  });

  it("reads a header of exactly MAX_HEADER_BYTES", async () => {
    const reads: number[][] = [];
    await expect(readSafetensorsHeader(hugeFile(MAX_HEADER_BYTES, reads))).rejects.toThrow("big read");
    expect(reads).toEqual([
      [0, HEADER_PROBE_BYTES],
      [8, MAX_HEADER_BYTES],
    ]);
  });
});

describe("readSafetensorsHeader: the JSON", () => {
  it("rejects invalid JSON, naming the parser's complaint", async () => {
    const err = await read(rawSafetensors("{not json", new Uint8Array(0))).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(MalformedInputError);
    expect((err as Error).message).toMatch(/^model\.safetensors \[header\]: header is not valid JSON: \S/);
  });

  it("rejects bytes that are not UTF-8", async () => {
    const bytes = rawSafetensors("{}", new Uint8Array(0));
    bytes[8] = 0xff;
    await expectMalformed(bytes, "header", "header is not valid UTF-8");
  });

  it.each([
    ["[]", "[]"],
    ["null", "null"],
    ["42", "42"],
    ['"{}"', '"{}"'],
  ])("rejects %s as not an object", async (json, shown) => {
    await expectMalformed(
      rawSafetensors(json, new Uint8Array(0)),
      "header",
      `header is ${shown}, not a JSON object`,
    );
  });

  it("rejects __metadata__ that is not an object", async () => {
    await expectMalformed(
      withHeader({ __metadata__: ["pt"] }),
      "__metadata__",
      '__metadata__ is ["pt"], not an object of strings',
    );
  });

  it("rejects __metadata__ with a non-string value", async () => {
    await expectMalformed(
      withHeader({ __metadata__: { format: "pt", step: 1 } }),
      "__metadata__",
      '__metadata__ values must be strings; "step" is 1',
    );
  });

  it("counts tensors against MAX_TENSORS, not counting __metadata__", async () => {
    const entries = (n: number): string => Array.from({ length: n }, (_, i) => `"t${i}":0`).join(",");
    await expectMalformed(
      rawSafetensors(`{${entries(MAX_TENSORS + 1)}}`, new Uint8Array(0)),
      "header",
      "header lists 1000001 tensors, more than the limit of 1000000 (MAX_TENSORS)",
    );
    // At the limit the count passes and parsing reaches the first (deliberately bad) entry.
    await expectMalformed(
      rawSafetensors(`{"__metadata__":{},${entries(MAX_TENSORS)}}`, new Uint8Array(0)),
      "t0",
      "tensor entry is 0, not an object with dtype, shape and data_offsets",
    );
  }, 60_000);
});
