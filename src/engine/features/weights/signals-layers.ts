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
import { DEFAULT_BLOCK_ELEMENTS, forEachBlock, numelOf } from "./tensor-blocks.js";
import { EXCLUDED_CATEGORIES, layerIndexByName, roleCategory } from "./tensor-names.js";

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

/** LEP profile, WSP signature and WVC layer signatures of the layer-indexed tensors. */
export async function extractLayerSignals(
  from: TensorBytes,
  tensors: readonly TensorInfo[],
  wvcSubsample: number,
  blockElements: number = DEFAULT_BLOCK_ELEMENTS,
): Promise<LayerSignals> {
  const energy = new Map<number, number>();
  const wsp = new Map<number, WspCounts>();
  const wvc = new Map<number, Float32Array[]>();
  for (const t of tensors) {
    const layer = layerIndexByName(t.name);
    if (layer === null) continue;
    const dim = t.shape.length;
    const n = numelOf(t);
    if (dim < 2 && n < MIN_WSP_NUMEL) continue;
    const wantsWvc = dim >= 2 && !EXCLUDED_CATEGORIES.has(roleCategory(t.name));
    const s = await tensorStats(from, t, wantsWvc ? wvcSubsample : 0, blockElements);
    if (dim >= 2) energy.set(layer, (energy.get(layer) ?? 0) + Math.sqrt(s.sumSq));
    if (n >= MIN_WSP_NUMEL) {
      const c = wsp.get(layer) ?? { positive: 0, nearZero: 0, total: 0 };
      c.positive += s.positive;
      c.nearZero += s.nearZero;
      c.total += n;
      wsp.set(layer, c);
    }
    if (s.samples !== null) {
      const pieces = wvc.get(layer);
      if (pieces) pieces.push(s.samples);
      else wvc.set(layer, [s.samples]);
    }
  }
  return { lep: lepProfile(energy), wsp: wspSignature(wsp), wvc: wvcSignatures(wvc) };
}

/**
 * One pass over a tensor: Σx², sign counts and (when `subsample` > 0) the WVC sample: the whole
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
  const size = subsample > 0 ? Math.min(n, subsample) : 0;
  const stride = n > subsample ? Math.floor(n / subsample) : 1;
  const samples = subsample > 0 ? new Float32Array(size) : null;
  const s: TensorStats = { sumSq: 0, positive: 0, nearZero: 0, samples };
  await forEachBlock(
    from,
    t,
    (values, start) => {
      for (const x of values) {
        s.sumSq += x * x;
        if (x > 0) s.positive++;
        if (Math.abs(x) < NEAR_ZERO_F32) s.nearZero++;
      }
      if (samples === null) return;
      // Sample k sits at flat index k·stride; take those inside [start, start + values.length).
      for (let k = Math.ceil(start / stride); k < size && k * stride < start + values.length; k++) {
        samples[k] = values[k * stride - start] as number;
      }
    },
    blockElements,
  );
  return s;
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
