// forEachByteBlock: blocks in order with their offsets, the next read in flight during a visit,
// two reused shared buffers for readInto sources, plain reads otherwise, and clean failure.
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { MalformedInputError } from "../../../src/engine/errors.js";
import { forEachByteBlock, forEachRangeBlock } from "../../../src/engine/io/block-stream.js";
import { MemorySource, type ByteSource } from "../../../src/engine/io/byte-source.js";
import { FileSource } from "../../../src/engine/io/file-source.js";
import { newIoStats } from "../../../src/engine/io/stats.js";

const BYTES = Uint8Array.from({ length: 1000 }, (_, i) => (i * 7 + 3) & 0xff);

/** A readInto source over BYTES that logs when reads start and end. */
function loggingSource(log: string[]): ByteSource & { targets: Uint8Array[] } {
  const targets: Uint8Array[] = [];
  return {
    name: "logged",
    size: BYTES.length,
    targets,
    read: () => Promise.reject(new Error("read() must not be used when readInto exists")),
    async readInto(offset, target) {
      log.push(`read ${offset}`);
      targets.push(target);
      await new Promise((r) => setTimeout(r, 1));
      target.set(BYTES.subarray(offset, offset + target.byteLength));
      log.push(`landed ${offset}`);
    },
  };
}

describe("forEachByteBlock", () => {
  let dir = "";
  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), "pg-block-stream-"));
    await writeFile(path.join(dir, "f.bin"), BYTES);
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it("visits [offset, offset + length) in blocks of `step`, the last one shorter, from a file", async () => {
    const stats = newIoStats();
    const source = new FileSource("f.bin", path.join(dir, "f.bin"), BYTES.length, stats);
    const seen: [number, number[]][] = [];
    await forEachByteBlock(source, 10, 250, 100, (b, done) => {
      seen.push([done, Array.from(b)]);
    });
    await source.close();
    expect(seen.map(([d, b]) => [d, b.length])).toEqual([
      [0, 100],
      [100, 100],
      [200, 50],
    ]);
    expect(seen.flatMap(([, b]) => b)).toEqual(Array.from(BYTES.subarray(10, 260)));
    expect([stats.requests, stats.bytes]).toEqual([3, 250]);
  });

  it("reads block k + 1 before block k is visited, into two shared buffers that alternate", async () => {
    const log: string[] = [];
    const source = loggingSource(log);
    await forEachByteBlock(source, 0, 300, 100, (_b, done) => {
      log.push(`visit ${done}`);
    });
    expect(log).toEqual([
      "read 0",
      "landed 0",
      "read 100",
      "visit 0",
      "landed 100",
      "read 200",
      "visit 100",
      "landed 200",
      "visit 200",
    ]);
    const [a, b, c] = source.targets;
    expect(a!.buffer).toBeInstanceOf(SharedArrayBuffer);
    expect(b!.buffer).not.toBe(a!.buffer);
    expect(c!.buffer).toBe(a!.buffer);
    // A second stream over the same owner reuses the same pair.
    await forEachByteBlock(source, 0, 100, 100, () => undefined);
    expect(source.targets[3]!.buffer).toBe(a!.buffer);
  });

  it("waits for an async visitor before the block's buffer is read into again", async () => {
    const log: string[] = [];
    await forEachByteBlock(loggingSource(log), 0, 300, 100, async (_b, done) => {
      await new Promise((r) => setTimeout(r, 5));
      log.push(`visited ${done}`);
    });
    expect(log.indexOf("read 200")).toBeGreaterThan(log.indexOf("visited 0"));
    expect(log.at(-1)).toBe("visited 200");
  });

  it("uses read() where a source has no readInto (bytes in memory, HTTP)", async () => {
    const seen: number[] = [];
    await forEachByteBlock(new MemorySource("m", BYTES), 995, 5, 2, (b, done) => {
      seen.push(done, ...b);
    });
    expect(seen).toEqual([0, ...BYTES.subarray(995, 997), 2, ...BYTES.subarray(997, 999), 4, BYTES[999]]);
  });

  it("rethrows a visitor's error after the read in flight has landed, and frees the buffers", async () => {
    const log: string[] = [];
    const source = loggingSource(log);
    const boom = forEachByteBlock(source, 0, 300, 100, () => {
      throw new Error("boom");
    });
    await expect(boom).rejects.toThrow("boom");
    expect(log).toEqual(["read 0", "landed 0", "read 100", "landed 100"]);
    await forEachByteBlock(source, 0, 100, 100, () => undefined);
    expect(source.targets[2]!.buffer).toBe(source.targets[0]!.buffer);
  });

  it("visits nothing for an empty range and rejects bad spans and steps", async () => {
    const source = new MemorySource("m", BYTES);
    let visits = 0;
    await forEachByteBlock(source, 1000, 0, 10, () => void visits++);
    expect(visits).toBe(0);
    await expect(forEachByteBlock(source, 990, 20, 10, () => undefined)).rejects.toThrow(MalformedInputError);
    await expect(forEachByteBlock(source, 0, 10, 0, () => undefined)).rejects.toThrow(
      /step must be ≥ 1, got 0/,
    );
  });
});

describe("forEachRangeBlock", () => {
  it("streams ranges in turn, skipping empty ones, with the next range's read in flight", async () => {
    const log: string[] = [];
    const ranges = [
      { offset: 0, length: 150 },
      { offset: 500, length: 0 },
      { offset: 700, length: 60 },
    ];
    await forEachRangeBlock(loggingSource(log), ranges, 100, (range, b, done) => {
      log.push(`visit ${range}:${done} ${b.length} ${b[0]}`);
    });
    expect(log).toEqual([
      "read 0",
      "landed 0",
      "read 100",
      `visit 0:0 100 ${BYTES[0]}`,
      "landed 100",
      "read 700",
      `visit 0:100 50 ${BYTES[100]}`,
      "landed 700",
      `visit 2:0 60 ${BYTES[700]}`,
    ]);
  });

  it("issues the next read before a synchronous visit even when the source awaits before reading", async () => {
    const log: string[] = [];
    const source: ByteSource = {
      name: "late",
      size: BYTES.length,
      read: () => Promise.reject(new Error("unused")),
      async readInto(offset, target) {
        await Promise.resolve(); // FileSource awaits its open handle first
        log.push(`issued ${offset}`);
        target.set(BYTES.subarray(offset, offset + target.byteLength));
      },
    };
    await forEachRangeBlock(source, [{ offset: 0, length: 300 }], 100, (_r, _b, done) => {
      log.push(`visit ${done}`);
    });
    expect(log).toEqual(["issued 0", "issued 100", "visit 0", "issued 200", "visit 100", "visit 200"]);
  });

  it("reads into the buffers it is given, and refuses buffers smaller than a block", async () => {
    const log: string[] = [];
    const source = loggingSource(log);
    const given = [new Uint8Array(128), new Uint8Array(128)] as const;
    await forEachRangeBlock(source, [{ offset: 0, length: 300 }], 100, () => undefined, given);
    expect(
      source.targets.map((t) => [
        t.buffer === given[0].buffer ? 0 : t.buffer === given[1].buffer ? 1 : -1,
        t.length,
      ]),
    ).toEqual([
      [0, 100],
      [1, 100],
      [0, 100],
    ]);
    await expect(
      forEachRangeBlock(source, [{ offset: 0, length: 300 }], 200, () => undefined, given),
    ).rejects.toThrow(/fewer bytes than a block of 200/);
  });
});
