// Σx², #(x > 0), #(|x| < 1e-4) and the WVC sample of 16-bit float tensors (BF16, F16) without
// decoding them to a float32 buffer first: full extraction reads every weight of a model, and
// nearly every large model is stored in BF16 or F16.
//
// Two ways to the same statistics: the WebAssembly SIMD kernel (half-kernel.ts, ~3× the pattern
// count on one thread), and, where the runtime has no wasm SIMD, the count of each 16-bit pattern
// folded into the statistics (half-patterns.ts). Counts are identical; Σx² differs between the two
// only in float64 summation order. A run of tensors of one file streams through two reused buffers
// with the next read in flight, across tensor boundaries too (block-stream.ts).

import { decodeToFloat32, type Dtype } from "../../formats/dtypes.js";
import type { TensorInfo } from "../../formats/safetensors/header.js";
import type { TensorBytes } from "../../formats/safetensors/tensor-reader.js";
import { forEachRangeBlock, STREAM_BLOCK_BYTES } from "../../io/block-stream.js";
import { HalfKernelStats, HalfKernelStream, type HalfSums } from "./half-kernel.js";
import { HalfPatternStats } from "./half-patterns.js";
import { numelOf, StrideSampler } from "./tensor-blocks.js";

export { PatternCounter } from "./half-patterns.js";

export type HalfDtype = "BF16" | "F16";

export function isHalf(dtype: Dtype): dtype is HalfDtype {
  return dtype === "BF16" || dtype === "F16";
}

export type HalfTensor = TensorInfo & { dtype: HalfDtype };

export interface HalfStats {
  sumSq: number;
  positive: number;
  nearZero: number;
  samples: Float32Array | null;
}

/** How the statistics are computed: the kernel where the runtime allows it, or the named way. */
export type HalfStatsMethod = "auto" | "kernel" | "patterns";

const tables = new Map<HalfDtype, Float32Array>();

/** The float32 value of every 16-bit pattern, decoded by the same decoder as everything else. */
export function halfValueTable(dtype: HalfDtype): Float32Array {
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
 * Statistics of `t` (a BF16 or F16 tensor); a value is near zero when `x < bound && x > -bound`
 * on its exact f32 value (the decoding path's test). NaN values make Σx² NaN, ±Inf make it +Inf.
 */
export async function halfTensorStats(
  from: TensorBytes,
  t: HalfTensor,
  subsample: number,
  nearZeroBound: number,
  blockBytes: number = STREAM_BLOCK_BYTES,
  method: HalfStatsMethod = "auto",
): Promise<HalfStats> {
  const [stats] = await halfTensorsStats(from, [{ tensor: t, subsample }], nearZeroBound, blockBytes, method);
  return stats!;
}

/** One tensor of a run and the WVC sample size it wants (0: none). */
export interface HalfTensorJob {
  readonly tensor: HalfTensor;
  readonly subsample: number;
}

interface Accumulator {
  add(bytes: Uint8Array): void | Promise<void>;
  finish(): HalfSums | Promise<HalfSums>;
  release(): void | Promise<void>;
}

/**
 * halfTensorStats of several tensors of one file, in the given order (the file's, for sequential
 * reads), streamed as one sequence of blocks so a read is in flight while any tensor is summed.
 */
export async function halfTensorsStats(
  from: TensorBytes,
  jobs: readonly HalfTensorJob[],
  nearZeroBound: number,
  blockBytes: number = STREAM_BLOCK_BYTES,
  method: HalfStatsMethod = "auto",
): Promise<HalfStats[]> {
  if (jobs.length === 0) return [];
  const file = jobs[0]!.tensor.file;
  if (jobs.some((j) => j.tensor.file !== file)) {
    throw new RangeError("halfTensorsStats streams the tensors of one file at a time");
  }
  const source = "read" in from ? from : from.source(file);
  const samplers = jobs.map((j) => StrideSampler.create(numelOf(j.tensor), j.subsample));
  const step = Math.max(2, blockBytes - (blockBytes % 2));
  const ranges = jobs.map((j) => ({ offset: j.tensor.offset, length: j.tensor.byteLength }));
  const blockMax = Math.min(step, Math.max(...ranges.map((r) => r.length)));
  // The kernel reads blocks where they land: in its own memory (reads of a file only).
  const stream = method !== "patterns" && "readInto" in source ? HalfKernelStream.create(blockMax) : null;
  const accumulator = (dtype: HalfDtype): Accumulator => {
    const k = stream?.stats(dtype, halfValueTable(dtype), nearZeroBound);
    if (k === undefined) return standalone(dtype, nearZeroBound, method);
    return { add: (b) => k.addBlock(b), finish: () => k.finish(), release: () => k.release() };
  };
  const sums: HalfSums[] = [];
  let current = -1;
  let acc: Accumulator | null = null;
  // Tensors before `until` that are not summed yet (an empty one is never visited) are finished.
  const finishUpTo = async (until: number): Promise<void> => {
    for (; current < until; current++) {
      if (current >= 0) {
        const a = acc ?? accumulator(jobs[current]!.tensor.dtype);
        acc = null;
        try {
          sums[current] = await a.finish();
        } finally {
          await a.release();
        }
      }
    }
  };
  const visit = async (index: number, bytes: Uint8Array, done: number): Promise<void> => {
    if (index !== current) {
      await finishUpTo(index);
      acc = accumulator(jobs[index]!.tensor.dtype);
    }
    const table = halfValueTable(jobs[index]!.tensor.dtype);
    samplers[index]?.take(
      done / 2,
      bytes.length >>> 1,
      (i) => table[bytes[2 * i]! | (bytes[2 * i + 1]! << 8)]!,
    );
    await acc!.add(bytes);
  };
  try {
    await forEachRangeBlock(source, ranges, step, visit, stream?.buffers);
    await finishUpTo(jobs.length);
  } finally {
    await (acc as Accumulator | null)?.release();
    stream?.release();
  }
  return sums.map((s, i) => ({ ...s, samples: samplers[i]?.samples ?? null }));
}

/** An accumulator with its own kernel instance (or the pattern count). */
function standalone(dtype: HalfDtype, nearZeroBound: number, method: HalfStatsMethod): Accumulator {
  const table = halfValueTable(dtype);
  const kernel = method === "patterns" ? null : HalfKernelStats.create(dtype, table, nearZeroBound);
  if (kernel !== null) return kernel;
  if (method === "kernel") {
    throw new Error("this runtime has no WebAssembly SIMD: the half-precision kernel cannot run");
  }
  return new HalfPatternStats(table, nearZeroBound);
}
