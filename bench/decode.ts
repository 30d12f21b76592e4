// BF16/F16 → F32 decoding throughput beside a plain Buffer.copy of the same bytes, in one run.
// Throughput counts input bytes per second; the ratio is decode ÷ copy.

import { decodeToFloat32 } from "../src/engine/formats/dtypes.js";
import { type BenchResult, timeBest } from "./timing.js";

const BYTES = 256 * 1024 * 1024;
const ROUNDS = 7;

export async function benchDecode(): Promise<BenchResult[]> {
  const input = new Uint8Array(BYTES);
  // Plausible weights: random mantissas, exponents around 2^-6 (|x| ≈ 0.02), both signs.
  const u16 = new Uint16Array(input.buffer);
  let s = 12345;
  for (let i = 0; i < u16.length; i++) {
    s = (s * 1103515245 + 12345) >>> 0;
    u16[i] = ((s >>> 16) & 0x807f) | 0x3c00;
  }
  const copyTarget = Buffer.alloc(BYTES);
  const src = Buffer.from(input.buffer);
  const out = new Float32Array(BYTES / 2);
  // Rounds interleave the three so that load from elsewhere on the machine hits each alike.
  let copy = Infinity;
  let bf16 = Infinity;
  let f16 = Infinity;
  for (let round = 0; round < ROUNDS; round++) {
    copy = Math.min(copy, await timeBest(1, () => src.copy(copyTarget)));
    bf16 = Math.min(bf16, await timeBest(1, () => decodeToFloat32("BF16", input, out)));
    f16 = Math.min(f16, await timeBest(1, () => decodeToFloat32("F16", input, out)));
  }
  const gbps = (ms: number): number => BYTES / 1e9 / (ms / 1000);
  return [
    {
      name: "Buffer.copy",
      value: gbps(copy),
      unit: "GB/s",
      note: `${BYTES / 2 ** 20} MiB, best of ${ROUNDS} interleaved rounds`,
    },
    {
      name: "BF16 → F32 decode",
      value: gbps(bf16),
      unit: "GB/s",
      note: `ratio to copy ${(copy / bf16).toFixed(2)}`,
    },
    {
      name: "F16 → F32 decode",
      value: gbps(f16),
      unit: "GB/s",
      note: `ratio to copy ${(copy / f16).toFixed(2)}`,
    },
  ];
}
