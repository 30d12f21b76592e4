// BF16/F16 test values for the SIMD kernel's tests: random N(0, 0.02) patterns with adversarial
// ones mixed in (subnormals, ±0, the largest finite, values at the near-zero bound, chosen specials),
// a safetensors file holding them at a chosen byte offset, and the WebAssembly API the tests use.
import { readSafetensorsHeader } from "../../../../src/engine/formats/safetensors/header.js";
import { nearZeroPatternLimit } from "../../../../src/engine/features/weights/half-kernel.js";
import { halfValueTable, type HalfTensor } from "../../../../src/engine/features/weights/half-stats.js";
import type { MemorySource } from "../../../../src/engine/io/byte-source.js";
import { Rng } from "../../../helpers/rng.js";
import { writeSafetensors } from "../../../helpers/safetensors-writer.js";

export const NEAR = Math.fround(1e-4);
export const DTYPES = ["BF16", "F16"] as const;
export const INF = { BF16: 0x7f80, F16: 0x7c00 } as const;

interface WasmStatic {
  validate(b: Uint8Array): boolean;
  Module: {
    new (b: Uint8Array): object;
    exports(m: object): { name: string; kind: string }[];
    imports(m: object): { module: string; name: string; kind: string }[];
  };
  Instance: new (m: object, imports: object) => { exports: Record<string, unknown> };
  Memory: new (d: { initial: number; maximum: number; shared: boolean }) => {
    buffer: SharedArrayBuffer;
    grow(pages: number): number;
  };
}
export type Kernel = (ptr: number, vectors: number, near: number, out: number) => void;
export const wasm = (globalThis as unknown as { WebAssembly: WasmStatic }).WebAssembly;

/** Patterns of `n` random N(0, 0.02) values (as the dtype stores them) with specials mixed in. */
export function adversarial(
  dtype: "BF16" | "F16",
  n: number,
  seed: number,
  specials: readonly number[],
): Uint16Array {
  const rng = new Rng(seed);
  const table = halfValueTable(dtype);
  const limit = nearZeroPatternLimit(dtype, table, NEAR);
  // Near the bound: the last pattern inside it and the first outside, with either sign.
  const edge = [limit - 1, limit, limit + 1, 0x8000 | (limit - 1), 0x8000 | limit];
  const pool = [
    0,
    0x8000,
    1,
    0x8001,
    0x7f,
    0x807f,
    0x3ff,
    INF[dtype] - 1,
    0x8000 | (INF[dtype] - 1),
    ...edge,
  ];
  const near = (x: number): number => {
    // The stored pattern of x: the one whose value is closest (a linear scan would be slow: bisect).
    let lo = 0;
    let hi: number = INF[dtype];
    const a = Math.abs(x);
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((table[mid] as number) < a) lo = mid + 1;
      else hi = mid;
    }
    return (x < 0 ? 0x8000 : 0) | lo;
  };
  return Uint16Array.from({ length: n }, (_, i) =>
    i % 7 === 3
      ? (pool[rng.int(pool.length)] as number)
      : i % 1009 === 5
        ? (specials[i % specials.length] ?? 0)
        : near(rng.gaussian(0.02)),
  );
}

export function file(dtype: "BF16" | "F16", values: Uint16Array, lead: number): Uint8Array {
  // `lead` bytes of U8 first: the half tensor starts at an odd byte offset when lead is odd.
  const tensors = [
    { name: "lead", dtype: "U8", shape: [lead], data: new Uint8Array(lead).fill(7) },
    { name: "w", dtype, shape: [values.length], data: new Uint8Array(values.buffer.slice(0)) },
  ];
  return writeSafetensors(lead > 0 ? tensors : tensors.slice(1));
}

export async function tensorOf(source: MemorySource): Promise<HalfTensor> {
  return (await readSafetensorsHeader(source)).tensors.find((t) => t.name === "w") as HalfTensor;
}
