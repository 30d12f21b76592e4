// The 16-bit pattern count (the fallback where wasm SIMD is missing): PatternCounter on any
// alignment, the helper thread, and halfTensorStats giving the same statistics whether a block is
// split with the helper (a file read into shared buffers) or counted on one thread (bytes in memory).
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { availableParallelism, tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it, vi } from "vitest";
import { decodeToFloat32 } from "../../../../src/engine/formats/dtypes.js";
import { readSafetensorsHeader } from "../../../../src/engine/formats/safetensors/header.js";
import { CountHelper } from "../../../../src/engine/features/weights/count-helper.js";
import { halfTensorStats, PatternCounter } from "../../../../src/engine/features/weights/half-stats.js";
import { MemorySource } from "../../../../src/engine/io/byte-source.js";
import { FileSource } from "../../../../src/engine/io/file-source.js";
import { newIoStats } from "../../../../src/engine/io/stats.js";
import { encodeTensor } from "../../../helpers/dtype-encoders.js";
import { Rng } from "../../../helpers/rng.js";
import { writeSafetensors } from "../../../helpers/safetensors-writer.js";

function naive(h: ArrayLike<number>): Float64Array {
  const c = new Float64Array(65536);
  for (let i = 0; i < h.length; i++) c[h[i] as number]! += 1;
  return c;
}

function patterns(n: number, seed: number): Uint16Array {
  const rng = new Rng(seed);
  return Uint16Array.from({ length: n }, (_, i) => (i % 5 === 0 ? 0x3c00 : rng.int(65536)));
}

describe("PatternCounter", () => {
  it("counts views at every 16-bit alignment and odd lengths like a one-by-one count", () => {
    const h = patterns(1001, 1);
    const counter = new PatternCounter();
    for (const [from, to] of [
      [0, 1001],
      [1, 1000],
      [3, 4],
      [2, 2],
      [7, 106],
    ] as const) {
      counter.add(h.subarray(from, to));
    }
    const expected = naive([...h, ...h.subarray(1, 1000), h[3]!, ...h.subarray(7, 106)]);
    expect(Array.from(counter.finish())).toEqual(Array.from(expected));
    counter.reset();
    expect(counter.finish().some((c) => c !== 0)).toBe(false);
  });
});

describe("CountHelper (a second thread)", () => {
  const helper = new CountHelper();
  afterAll(() => helper.close());

  it("counts shared 32-bit words as two patterns each, and a flush empties its tables", async () => {
    const h = new Uint16Array(new SharedArrayBuffer(2 * 2001 * 2));
    h.set(patterns(4002, 2));
    await helper.count(new Uint32Array(h.buffer, 4, 1000));
    await helper.count(new Uint32Array(h.buffer, 4000, 1001));
    const expected = naive([...h.subarray(2, 2002), ...h.subarray(2000, 4002)]);
    expect(Array.from(await helper.flush())).toEqual(Array.from(expected));
    expect((await helper.flush()).some((c) => c !== 0)).toBe(false);
  });

  it("refuses memory it cannot share", () => {
    expect(() => helper.count(new Uint32Array(4))).toThrow(/SharedArrayBuffer/);
  });
});

describe("halfTensorStats with the helper thread", () => {
  let dir = "";
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it("gives bit-identical statistics from a file (split blocks) and from memory (one thread)", async () => {
    const rng = new Rng(9);
    const values = Float32Array.from({ length: 700 * 1024 + 3 }, (_, i) =>
      i % 101 === 0 ? 0 : i % 89 === 0 ? -5e-5 : rng.gaussian(0.02),
    );
    // A 1-value tensor first puts the big one at an offset ≡ 2 (mod 4): blocks start misaligned.
    const bytes = writeSafetensors([
      { name: "pad", dtype: "BF16", shape: [1], data: encodeTensor("BF16", [1]) },
      { name: "w", dtype: "BF16", shape: [values.length], data: encodeTensor("BF16", values) },
    ]);
    dir = await mkdtemp(path.join(tmpdir(), "pg-count-helper-"));
    await writeFile(path.join(dir, "m.safetensors"), bytes);
    const stats = newIoStats();
    const file = new FileSource("m.safetensors", path.join(dir, "m.safetensors"), bytes.length, stats);
    const memory = new MemorySource("m.safetensors", bytes);
    const t = (await readSafetensorsHeader(memory)).tensors.find((x) => x.name === "w")!;
    expect(t.offset % 4).toBe(2);
    const w = t as typeof t & { dtype: "BF16" };
    const near = Math.fround(1e-4);
    // Blocks of 300,002 bytes (an odd number of values): the split leaves a value to the main thread.
    const helped = vi.spyOn(CountHelper.prototype, "count");
    const fromFile = await halfTensorStats(file, w, 4096, near, 300_002, "patterns");
    const blocks = Math.ceil(t.byteLength / 300_002);
    // Every full block is split; the last (116,799 values) is under the 131,072-value threshold.
    expect(t.byteLength % 300_002).toBe(2 * 116_799);
    expect(helped).toHaveBeenCalledTimes(availableParallelism() > 1 ? blocks - 1 : 0);
    helped.mockRestore();
    await file.close();
    const fromMemory = await halfTensorStats(memory, w, 4096, near, undefined, "patterns");
    expect(fromFile).toEqual(fromMemory);
    expect(stats.requests).toBe(blocks);
    let positive = 0;
    let nearZero = 0;
    for (const x of decodeToFloat32("BF16", encodeTensor("BF16", values))) {
      if (x > 0) positive++;
      if (Math.abs(x) < near) nearZero++;
    }
    expect([fromFile.positive, fromFile.nearZero]).toEqual([positive, nearZero]);
    expect(nearZero).toBeGreaterThan(values.length / 100);
  });
});
