// LEP, WSP and WVC on the full path (provenancekit §4.5–§4.7): one pass over the layer-indexed
// tensors in state-dict order (shard, then data offset), one tensor — or one block of rows of it —
// decoded at a time.
//
// LEP: the Frobenius norm is accumulated as Σx² in float64 and square-rooted (torch reduces in f32;
// the difference is a few f32 ulps, far below the 4-decimal rounding of the similarity).
// WSP threshold nuance: the reference compares |x| < 1e-4 in the tensor's native dtype, i.e.
// against 1e-4 rounded to that dtype. Here values are widened exactly to f32 and compared against
// fround(1e-4). The counts agree for F32 and for F16/BF16: 1e-4 rounds UP in both (to
// 1.0001659e-4 and 1.0013580e-4), and no F16/BF16 value lies between 1e-4 and that rounded
// threshold, so both comparisons keep exactly the values below 1e-4. F64 values are compared after
// rounding to f32 (one f32 ulp around 1e-4 may differ); F8 (whose torch comparison support is
// uncertain; E4M3 would round the threshold to 0) and integers use the f32 threshold.

import type { TensorInfo } from "../../formats/safetensors/header.js";
import type { TensorBytes } from "../../formats/safetensors/tensor-reader.js";
import { DEFAULT_BLOCK_ELEMENTS, forEachBlock, numelOf, StrideSampler } from "./tensor-blocks.js";
import type { LayerTensor } from "./extraction-roles.js";
import { halfTensorsStats, isHalf, type HalfTensor } from "./half-stats.js";

/** WSP counts tensors from this many elements on; smaller 1-D tensors are skipped (reference constant). */
const MIN_WSP_NUMEL = 1024;
/** LEP profiles are divided by their maximum only when it exceeds this (reference constant). */
const MIN_LEP_MAX = 1e-8;

/** The WSP near-zero bound as an f32 comparison sees it. */
const NEAR_ZERO_F32 = Math.fround(1e-4);

export interface LayerSignals {
  readonly lep: Float64Array | null;
  readonly wsp: Float64Array | null;
  readonly wvc: Map<number, Float32Array> | null;
}

/** The WSP near-zero test of one value (see the threshold note above). */
export function isNearZero(x: number): boolean {
  return Math.abs(x) < NEAR_ZERO_F32;
}

interface TensorStats {
  sumSq: number;
  positive: number;
  nearZero: number;
  samples: Float32Array | null;
}

interface WspCounts {
  positive: number;
  nearZero: number;
  total: number;
}

/** LEP profile, WSP signature and WVC layer signatures of the layer tensors (state-dict order). */
export async function extractLayerSignals(
  from: TensorBytes,
  tensors: readonly LayerTensor[],
  wvcSubsample: number,
  blockElements: number = DEFAULT_BLOCK_ELEMENTS,
): Promise<LayerSignals> {
  const acc = new LayerAccumulator();
  const counted = tensors.filter((lt) => countsForLayers(lt.tensor));
  const subsampleOf = (lt: LayerTensor): number => (lt.wvc && lt.tensor.shape.length >= 2 ? wvcSubsample : 0);
  for (let i = 0; i < counted.length;) {
    // A run of BF16/F16 tensors of one file is streamed as one, with a read in flight across tensors.
    let end = i;
    const file = counted[i]!.tensor.file;
    while (end < counted.length && isHalf(counted[end]!.tensor.dtype) && counted[end]!.tensor.file === file)
      end++;
    const run = counted.slice(i, Math.max(end, i + 1));
    const stats =
      end > i
        ? await halfTensorsStats(
            from,
            run.map((lt) => ({ tensor: lt.tensor as HalfTensor, subsample: subsampleOf(lt) })),
            NEAR_ZERO_F32,
            2 * blockElements,
          )
        : [await tensorStats(from, run[0]!.tensor, subsampleOf(run[0]!), blockElements)];
    run.forEach((lt, k) => {
      const s = stats[k]!;
      acc.add(lt, {
        energy: Math.sqrt(s.sumSq),
        positive: s.positive,
        nearZero: s.nearZero,
        samples: s.samples,
      });
    });
    i += run.length;
  }
  return acc.finish();
}

/** The reference's skip: tensors of rank < 2 with fewer than 1024 values take no part. */
export function countsForLayers(t: TensorInfo): boolean {
  return t.shape.length >= 2 || numelOf(t) >= MIN_WSP_NUMEL;
}

/** What one tensor adds: its (estimated) Frobenius norm, sign counts and WVC piece. */
export interface TensorContribution {
  readonly energy: number;
  readonly positive: number;
  readonly nearZero: number;
  readonly samples: Float32Array | null;
}

/** Per-layer sums, shared by both profiles; add tensors in processing order. */
export class LayerAccumulator {
  private readonly energy = new Map<number, number>();
  private readonly wsp = new Map<number, WspCounts>();
  private readonly wvc = new Map<number, Float32Array[]>();

  add({ tensor: t, layer }: LayerTensor, c: TensorContribution): void {
    if (t.shape.length >= 2) this.energy.set(layer, (this.energy.get(layer) ?? 0) + c.energy);
    const n = numelOf(t);
    if (n >= MIN_WSP_NUMEL) {
      const w = this.wsp.get(layer) ?? { positive: 0, nearZero: 0, total: 0 };
      w.positive += c.positive;
      w.nearZero += c.nearZero;
      w.total += n;
      this.wsp.set(layer, w);
    }
    if (c.samples !== null) {
      const pieces = this.wvc.get(layer);
      if (pieces) pieces.push(c.samples);
      else this.wvc.set(layer, [c.samples]);
    }
  }

  finish(): LayerSignals {
    return { lep: lepProfile(this.energy), wsp: wspSignature(this.wsp), wvc: wvcSignatures(this.wvc) };
  }
}

/**
 * One pass over a tensor of a dtype other than BF16/F16 (those go through halfTensorsStats): Σx²,
 * sign counts and (when `subsample` > 0) the WVC sample: the whole
 * flattened tensor when n ≤ subsample, else flat[0], flat[stride], …, flat[(S−1)·stride] with
 * stride = ⌊n / S⌋.
 */
async function tensorStats(
  from: TensorBytes,
  t: TensorInfo,
  subsample: number,
  blockElements: number,
): Promise<TensorStats> {
  const n = numelOf(t);
  const sampler = StrideSampler.create(n, subsample);
  const s: TensorStats = { sumSq: 0, positive: 0, nearZero: 0, samples: sampler?.samples ?? null };
  await forEachBlock(
    from,
    t,
    (values, start) => {
      const block = blockStats(values);
      s.sumSq += block.sumSq;
      s.positive += block.positive;
      s.nearZero += block.nearZero;
      sampler?.take(start, values.length, (i) => values[i] as number);
    },
    blockElements,
  );
  return s;
}

/**
 * Σx², #(x > 0) and #(|x| < 1e-4) of one block, in local variables: the hot loop of full
 * extraction (every weight passes through it once), kept free of property stores and calls.
 */
function blockStats(values: Float32Array): { sumSq: number; positive: number; nearZero: number } {
  let sumSq = 0;
  let positive = 0;
  let nearZero = 0;
  for (let i = 0; i < values.length; i++) {
    const x = values[i] as number;
    sumSq += x * x;
    if (x > 0) positive++;
    if (x < NEAR_ZERO_F32 && x > -NEAR_ZERO_F32) nearZero++;
  }
  return { sumSq, positive, nearZero };
}

/** energy[0…max] with gaps 0.0, divided by the maximum when it exceeds 1e-8; null when empty. */
export function lepProfile(energy: ReadonlyMap<number, number>): Float64Array | null {
  if (energy.size === 0) return null;
  const p = new Float64Array(Math.max(...energy.keys()) + 1);
  for (const [layer, e] of energy) p[layer] = e;
  let max = -Infinity;
  for (const x of p) if (x > max) max = x;
  if (max > MIN_LEP_MAX) for (let i = 0; i < p.length; i++) p[i] = (p[i] as number) / max;
  return p;
}

/** [positive_i/t, near_zero_i/t] for i in 0…max, t = max(total_i, 1); missing layers give zeros. */
export function wspSignature(counts: ReadonlyMap<number, WspCounts>): Float64Array | null {
  if (counts.size === 0) return null;
  const out = new Float64Array(2 * (Math.max(...counts.keys()) + 1));
  for (const [layer, c] of counts) {
    const t = Math.max(c.total, 1);
    out[2 * layer] = c.positive / t;
    out[2 * layer + 1] = c.nearZero / t;
  }
  return out;
}

/** Each layer's pieces concatenated in processing order; keys ascending; null when none. */
function wvcSignatures(pieces: ReadonlyMap<number, Float32Array[]>): Map<number, Float32Array> | null {
  if (pieces.size === 0) return null;
  const out = new Map<number, Float32Array>();
  for (const layer of [...pieces.keys()].sort((a, b) => a - b)) {
    const parts = pieces.get(layer) ?? [];
    const joined = new Float32Array(parts.reduce((n, p) => n + p.length, 0));
    let at = 0;
    for (const p of parts) {
      joined.set(p, at);
      at += p.length;
    }
    out.set(layer, joined);
  }
  return out;
}
