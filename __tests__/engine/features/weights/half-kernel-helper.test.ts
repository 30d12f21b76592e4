// The kernel's helper thread alone: it sums the chunks it claims into their slots exactly as the
// main thread would, and a job message it reads late claims nothing of a later job.
import { describe, expect, it } from "vitest";
import { CHUNK_MASK, KernelHelper } from "../../../../src/engine/features/weights/half-kernel-helper.js";
import { halfKernelModule } from "../../../../src/engine/features/weights/half-kernel.js";
import { adversarial, wasm, type Kernel } from "./half-fixtures.js";

describe("the kernel helper thread", () => {
  it("sums the chunks it claims into their slots, and claims nothing of a job whose tag is stale", async () => {
    const helper = new KernelHelper();
    try {
      const chunkBytes = 2 * 1024;
      const [claims, table, data] = [32, 1024, 4096];
      const memory = new wasm.Memory({ initial: 3, maximum: 4096, shared: true });
      const values = adversarial("F16", 6 * 1024, 21, [0x7c00]);
      new Uint16Array(memory.buffer, data, values.length).set(values);
      const i32 = new Int32Array(memory.buffer);
      const job = { dtype: "F16" as const, ptr: data, chunks: 6, chunkBytes, vectors: 128, near: 0x0100 };
      const flag = (c: number): number => (table + 32 * c + 24) >> 2;
      // A stale job (the claim word holds another tag), then a live one: messages run in order.
      Atomics.store(i32, claims >> 2, 7 * (CHUNK_MASK + 1));
      helper.post(halfKernelModule()!, memory, { ...job, claims, table, tag: 6 * (CHUNK_MASK + 1) });
      await new Promise((r) => setTimeout(r, 50));
      expect(Array.from({ length: 6 }, (_, c) => i32[flag(c)])).toEqual([0, 0, 0, 0, 0, 0]);
      helper.post(halfKernelModule()!, memory, { ...job, claims, table, tag: 7 * (CHUNK_MASK + 1) });
      for (let c = 0; c < 6; c++) {
        const w = (
          Atomics as unknown as { waitAsync: (a: Int32Array, i: number, v: number) => { value: unknown } }
        ).waitAsync(i32, flag(c), 0);
        await helper.whileWaiting(Promise.race([w.value, helper.dead]));
      }
      expect(helper.failed).toBe(false);
      expect(Atomics.load(i32, claims >> 2)).toBe(7 * (CHUNK_MASK + 1) + 6);
      // Each slot equals a main-thread call on the same chunk.
      const main = new wasm.Instance(halfKernelModule()!, { env: { memory } }).exports.f16 as Kernel;
      const r = new DataView(memory.buffer);
      for (let c = 0; c < 6; c++) {
        main(data + c * chunkBytes, 128, 0x0100, 0);
        const slot = [
          r.getFloat64(table + 32 * c, true),
          ...[8, 12, 16, 20].map((o) => r.getUint32(table + 32 * c + o, true)),
        ];
        const mine = [r.getFloat64(0, true), ...[8, 12, 16, 20].map((o) => r.getUint32(o, true))];
        expect(slot).toEqual(mine);
      }
      expect(r.getUint32(table + 20, true) + r.getUint32(table + 52, true)).toBeGreaterThan(0);
    } finally {
      await helper.close();
    }
  });
});
