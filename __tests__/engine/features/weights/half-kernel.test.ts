// The WebAssembly SIMD kernel for BF16/F16 statistics: the bundled bytes are a valid module with
// the exports the code uses; its counts equal the pattern count's exactly and its Σx² equals the
// pattern fold up to float64 summation order, on random and adversarial values (subnormals, ±0,
// ±Inf, NaN, values at the near-zero bound, odd lengths, misaligned offsets); its result depends
// on the values only, not on read block sizes, runs of tensors or the helper thread (a dying one
// included); and without wasm SIMD the pattern count and the table take over.
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it, vi } from "vitest";
import {
  CHUNK_VALUES,
  halfKernelBytes,
  HalfKernelStats,
  halfKernelModule,
  HalfKernelStream,
  nearZeroPatternLimit,
} from "../../../../src/engine/features/weights/half-kernel.js";
import {
  halfTensorStats,
  halfTensorsStats,
  halfValueTable,
  type HalfTensor,
} from "../../../../src/engine/features/weights/half-stats.js";
import { KernelHelper, kernelHelper } from "../../../../src/engine/features/weights/half-kernel-helper.js";
import { extractEasEnd } from "../../../../src/engine/features/weights/signals-eas.js";
import { MemorySource } from "../../../../src/engine/io/byte-source.js";
import { FileSource } from "../../../../src/engine/io/file-source.js";
import { newIoStats } from "../../../../src/engine/io/stats.js";
import { adversarial, DTYPES, file, INF, NEAR, tensorOf, wasm, type Kernel } from "./half-fixtures.js";

describe("the bundled kernel module", () => {
  it("decodes to a module this runtime validates: shared memory imported, bf16 and f16 exported", () => {
    const bytes = halfKernelBytes();
    expect(Array.from(bytes.subarray(0, 4))).toEqual([0, 0x61, 0x73, 0x6d]);
    expect(wasm.validate(bytes)).toBe(true);
    expect(halfKernelModule()).not.toBeNull();
    const module = new wasm.Module(bytes);
    expect(wasm.Module.imports(module)).toEqual([{ module: "env", name: "memory", kind: "memory" }]);
    const exports = wasm.Module.exports(module).map((e) => `${e.name}:${e.kind}`);
    expect(exports.sort()).toEqual(["bf16:function", "f16:function"]);
  });

  it("widens its 16-bit lane counters before they wrap (a call of 70,000 vectors)", () => {
    const vectors = 70_000;
    const pages = Math.ceil((64 + 16 * vectors) / 65536);
    const memory = new wasm.Memory({ initial: pages, maximum: 4096, shared: true });
    const { exports } = new wasm.Instance(halfKernelModule()!, { env: { memory } });
    new Uint16Array(memory.buffer, 64, 8 * vectors).fill(0x0001); // smallest positive subnormal
    (exports.bf16 as Kernel)(64, vectors, 0x0002, 8);
    const r = new DataView(memory.buffer);
    expect([r.getUint32(16, true), r.getUint32(20, true)]).toEqual([8 * vectors, 8 * vectors]);
    expect(r.getFloat64(8, true)).toBe(8 * vectors * 2 ** -266);
  });
});

describe.each(DTYPES)("the %s kernel", (dtype) => {
  const table = halfValueTable(dtype);

  it("tests near-zero on magnitude patterns exactly as the f32 comparison does, for any bound", () => {
    const bounds = [
      NEAR,
      0,
      -0,
      -1,
      NaN,
      Infinity,
      1,
      table[1] as number,
      1e-30,
      65504,
      table[0x3c00] as number,
    ];
    for (const bound of bounds) {
      const limit = nearZeroPatternLimit(dtype, table, bound);
      let mismatches = 0;
      for (let p = 0; p < 65536; p++) {
        const x = table[p] as number;
        if ((p & 0x7fff) < limit !== (x < bound && x > -bound)) mismatches++;
      }
      expect([bound, mismatches]).toEqual([bound, 0]);
    }
  });

  it("equals the pattern count on adversarial values at odd lengths and offsets", async () => {
    for (const [n, lead, seed] of [
      [3 * CHUNK_VALUES + 5, 1, 1],
      [CHUNK_VALUES, 2, 2],
      [1001, 3, 3],
      [7, 0, 4],
      [1, 1, 5],
    ] as const) {
      const values = adversarial(dtype, n, seed, [0x0001, 0x8001, 0x0000, 0x8000]);
      const source = new MemorySource("m.safetensors", file(dtype, values, lead));
      const t = await tensorOf(source);
      expect(t.offset % 2).toBe(lead % 2);
      const kernel = await halfTensorStats(source, t, 64, NEAR, 1_000_002, "kernel");
      const patterns = await halfTensorStats(source, t, 64, NEAR, undefined, "patterns");
      expect([kernel.positive, kernel.nearZero]).toEqual([patterns.positive, patterns.nearZero]);
      expect(kernel.samples).toEqual(patterns.samples);
      expect(Math.abs(kernel.sumSq - patterns.sumSq) / patterns.sumSq).toBeLessThanOrEqual(1e-12);
      expect(patterns.sumSq).toBeGreaterThan(0);
    }
  });

  it("counts every finite pattern once like the pattern count, and Σx² within 1e-12", async () => {
    const all = Uint16Array.from({ length: 65536 }, (_, p) => p).filter(
      (p) => (p & 0x7fff) <= INF[dtype] - 1,
    );
    const source = new MemorySource("m.safetensors", file(dtype, all, 0));
    const t = await tensorOf(source);
    const kernel = await halfTensorStats(source, t, 0, NEAR, undefined, "kernel");
    const patterns = await halfTensorStats(source, t, 0, NEAR, undefined, "patterns");
    expect([kernel.positive, kernel.nearZero]).toEqual([patterns.positive, patterns.nearZero]);
    expect([kernel.positive, kernel.nearZero]).toEqual([
      INF[dtype] - 1,
      2 * nearZeroPatternLimit(dtype, table, NEAR),
    ]);
    expect(Math.abs(kernel.sumSq - patterns.sumSq) / patterns.sumSq).toBeLessThanOrEqual(1e-12);
  });

  it("gives NaN Σx² for a NaN, +Inf for ±Inf (NaN winning), as the pattern fold does", async () => {
    const nan = INF[dtype] + 1;
    for (const [specials, expected] of [
      [[INF[dtype]], Infinity],
      [[0x8000 | INF[dtype]], Infinity],
      [[nan, INF[dtype]], NaN],
      [[0xffff], NaN],
    ] as const) {
      const values = adversarial(dtype, 5000, 9, specials);
      const source = new MemorySource("m.safetensors", file(dtype, values, 1));
      const t = await tensorOf(source);
      const kernel = await halfTensorStats(source, t, 0, NEAR, undefined, "kernel");
      const patterns = await halfTensorStats(source, t, 0, NEAR, undefined, "patterns");
      expect([kernel.sumSq, patterns.sumSq]).toEqual([expected, expected]);
      expect([kernel.positive, kernel.nearZero]).toEqual([patterns.positive, patterns.nearZero]);
    }
  });

  it("depends on the values only: any block size, alone or in a run, gives the same bits", async () => {
    const values = adversarial(dtype, 2 * CHUNK_VALUES + 333, 11, [0x0001]);
    const source = new MemorySource("m.safetensors", file(dtype, values, 3));
    const t = await tensorOf(source);
    const whole = await halfTensorStats(source, t, 100, NEAR, undefined, "kernel");
    for (const block of [2, 6, 4098, 300_002]) {
      expect(await halfTensorStats(source, t, 100, NEAR, block, "kernel")).toEqual(whole);
    }
    const empty = { ...t, name: "e", shape: [0], byteLength: 0 } as HalfTensor;
    const run = await halfTensorsStats(
      source,
      [
        { tensor: t, subsample: 100 },
        { tensor: empty, subsample: 100 },
        { tensor: t, subsample: 100 },
      ],
      NEAR,
      100_002,
      "kernel",
    );
    expect(run).toEqual([whole, { sumSq: 0, positive: 0, nearZero: 0, samples: new Float32Array(0) }, whole]);
  });

  describe("from a file (blocks read into the kernel's memory, whole chunks summed in place)", () => {
    let dir = "";
    afterAll(() => rm(dir, { recursive: true, force: true }));

    it("gives the bits of the staged path for any block size, alone and in a run", async () => {
      const values = adversarial(dtype, 20 * CHUNK_VALUES + 77, 13, [0x0001, 0x8000]);
      const bytes = file(dtype, values, 1);
      dir = await mkdtemp(path.join(tmpdir(), "pg-half-kernel-"));
      await writeFile(path.join(dir, "m.safetensors"), bytes);
      const stats = newIoStats();
      const source = new FileSource("m.safetensors", path.join(dir, "m.safetensors"), bytes.length, stats);
      const memory = new MemorySource("m.safetensors", bytes);
      const t = await tensorOf(memory);
      const staged = await halfTensorStats(memory, t, 64, NEAR, undefined, "kernel");
      // 2 chunks per block (main thread alone), 16 (shared with the helper thread), a block ending
      // inside a chunk, and one block for all (20 whole chunks and a tail).
      for (const block of [4 * CHUNK_VALUES, 32 * CHUNK_VALUES, 300_002, t.byteLength]) {
        const before = stats.requests;
        expect(await halfTensorStats(source, t, 64, NEAR, block, "kernel")).toEqual(staged);
        expect(stats.requests - before).toBe(Math.ceil(t.byteLength / block));
      }
      const run = await halfTensorsStats(
        source,
        [
          { tensor: t, subsample: 64 },
          { tensor: t, subsample: 64 },
        ],
        NEAR,
        4 * CHUNK_VALUES,
        "kernel",
      );
      expect(run).toEqual([staged, staged]);
      // A helper that claimed chunks 0…2 and died: the main thread sums them, same bits.
      const dying = vi.spyOn(KernelHelper.prototype, "post").mockImplementation(function (
        this: KernelHelper,
        _module,
        memory,
        job,
      ) {
        Atomics.add(new Int32Array((memory as { buffer: SharedArrayBuffer }).buffer), job.claims >> 2, 3);
        this.failed = true;
      });
      try {
        expect(await halfTensorStats(source, t, 64, NEAR, 32 * CHUNK_VALUES, "kernel")).toEqual(staged);
        expect(dying).toHaveBeenCalledTimes(1);
      } finally {
        dying.mockRestore();
        kernelHelper()!.failed = false;
      }
      const patterns = await halfTensorStats(source, t, 64, NEAR, undefined, "patterns");
      expect([staged.positive, staged.nearZero]).toEqual([patterns.positive, patterns.nearZero]);
      expect(Math.abs(staged.sumSq - patterns.sumSq) / patterns.sumSq).toBeLessThanOrEqual(1e-12);
      await source.close();
    });
  });

  it("refuses a tensor that ends inside a value", () => {
    const k = HalfKernelStats.create(dtype, table, NEAR)!;
    k.add(new Uint8Array(3));
    expect(() => k.finish()).toThrow(/ended inside a value \(3 bytes/);
    k.release();
  });
});

describe("without wasm SIMD", () => {
  it("takes the pattern count (auto), refuses the kernel by name, and sums END rows by table", async () => {
    // Magnitudes ≥ 2 become 1: a row of several maximal values has an f32 norm of Inf (END refuses it).
    const values = adversarial("BF16", 64 * 40, 17, [0x0001]).map((p) =>
      (p & 0x7fff) >= 0x4000 ? 0x3f80 : p,
    );
    const bytes = file("BF16", values, 1);
    const memory = new MemorySource("m.safetensors", bytes);
    const flat = await tensorOf(memory);
    const t = { ...flat, shape: [64, 40] } as HalfTensor;
    const anchors = Array.from({ length: 16 }, (_, i) => i * 3);
    const withKernel = await halfTensorStats(memory, t, 50, NEAR);
    const easWithKernel = await extractEasEnd(memory, t, anchors, 7 * 40);
    const noStream = vi.spyOn(HalfKernelStream, "create").mockReturnValue(null);
    const noStats = vi.spyOn(HalfKernelStats, "create").mockReturnValue(null);
    try {
      const auto = await halfTensorStats(memory, t, 50, NEAR);
      const patterns = await halfTensorStats(memory, t, 50, NEAR, undefined, "patterns");
      expect(auto).toEqual(patterns);
      expect([auto.positive, auto.nearZero]).toEqual([withKernel.positive, withKernel.nearZero]);
      await expect(halfTensorStats(memory, t, 50, NEAR, undefined, "kernel")).rejects.toThrow(
        /no WebAssembly SIMD/,
      );
      const eas = await extractEasEnd(memory, t, anchors, 7 * 40);
      expect(noStats).toHaveBeenCalled();
      expect(Array.from(eas.eas!.data)).toEqual(Array.from(easWithKernel.eas!.data));
      expect(Array.from(eas.end!)).toEqual(Array.from(easWithKernel.end!));
    } finally {
      noStream.mockRestore();
      noStats.mockRestore();
    }
  });
});
