// Σx², #(x > 0), #(|x| < 1e-4) and the WVC sample of a 16-bit float tensor (BF16, F16) without
// decoding it: a 16-bit value has only 65,536 possible patterns, so one pass counts how often each
// pattern occurs and the statistics are folded from the counts. The counting loop is one increment
// per weight, several times faster than decoding to float32 and summing (full extraction reads
// every weight of a model, and nearly every large model is stored in BF16 or F16).

import { DTYPE_SIZES, decodeToFloat32, type Dtype } from "../../formats/dtypes.js";
import type { TensorInfo } from "../../formats/safetensors/header.js";
import { rowGeometry, type TensorBytes } from "../../formats/safetensors/tensor-reader.js";
import { numelOf, StrideSampler } from "./tensor-blocks.js";

export type HalfDtype = "BF16" | "F16";

export function isHalf(dtype: Dtype): dtype is HalfDtype {
  return dtype === "BF16" || dtype === "F16";
}

export interface HalfStats {
  sumSq: number;
  positive: number;
  nearZero: number;
  samples: Float32Array | null;
}

/** Bytes read at once: 16 MiB of raw weights (8M values). */
const BLOCK_BYTES = 16 * 1024 * 1024;

const tables = new Map<HalfDtype, Float32Array>();

/** The float32 value of every 16-bit pattern, decoded by the same decoder as everything else. */
function valueTable(dtype: HalfDtype): Float32Array {
  let t = tables.get(dtype);
  if (!t) {
    const patterns = new Uint16Array(65536);
    for (let i = 0; i < 65536; i++) patterns[i] = i;
    t = decodeToFloat32(dtype, new Uint8Array(patterns.buffer));
    tables.set(dtype, t);
  }
  return t;
}

/**
 * Statistics of `t` (a BF16 or F16 tensor); `nearZero` is the f32 threshold the decoding path uses.
 * Σx² is folded per pattern: equal to the element-by-element sum up to float64 rounding order.
 */
export async function halfTensorStats(
  from: TensorBytes,
  t: TensorInfo & { dtype: HalfDtype },
  subsample: number,
  nearZeroBound: number,
): Promise<HalfStats> {
  const table = valueTable(t.dtype);
  const n = numelOf(t);
  const sampler = StrideSampler.create(n, subsample);
  const counts = new Float64Array(65536);
  const block = new Uint32Array(65536);
  const source = "read" in from ? from : from.source(t.file);
  const { rowLength } = t.shape.length === 0 ? { rowLength: 1 } : rowGeometry(t);
  const rowBytes = Math.max(1, rowLength) * DTYPE_SIZES[t.dtype];
  const step = Math.max(rowBytes, BLOCK_BYTES - (BLOCK_BYTES % rowBytes));
  for (let done = 0; done < t.byteLength; done += step) {
    const bytes = await source.read(t.offset + done, Math.min(step, t.byteLength - done));
    const h =
      bytes.byteOffset % 2 === 0
        ? new Uint16Array(bytes.buffer, bytes.byteOffset, bytes.byteLength / 2)
        : new Uint16Array(bytes.slice().buffer);
    for (let i = 0; i < h.length; i++) block[h[i] as number]! += 1;
    for (let v = 0; v < 65536; v++) {
      const c = block[v] as number;
      if (c !== 0) {
        counts[v]! += c;
        block[v] = 0;
      }
    }
    sampler?.take(done / 2, h.length, (i) => table[h[i] as number] as number);
  }
  let sumSq = 0;
  let positive = 0;
  let nearZero = 0;
  for (let v = 0; v < 65536; v++) {
    const c = counts[v] as number;
    if (c === 0) continue;
    const x = table[v] as number;
    sumSq += c * x * x;
    if (x > 0) positive += c;
    if (x < nearZeroBound && x > -nearZeroBound) nearZero += c;
  }
  return { sumSq, positive, nearZero, samples: sampler?.samples ?? null };
}
