// LEP, WSP and WVC on the `sampled` profile (design §4 items 4–5): a few contiguous row blocks of
// every 2-D (or higher) layer tensor, chosen by sample-plan.ts.
//
// Per tensor of R rows of which r were read:
//   LEP: sqrt(Σ sampled x² · R/r), the unbiased estimate of Σx² square-rooted (design §4 item 4;
//        the reference's sliced path adds the squared energy instead) — summed per layer and
//        normalised exactly as the full profile does, so the two profiles estimate the same profile.
//   WSP: positive and near-zero counts × R/r, truncated (as the reference's sliced path);
//        1-D layer tensors of ≥ 1024 values (biases, norms) are small and read whole.
//   WVC: the sampled rows, flattened, stride-subsampled to at most S values (⌊n/S⌋ stride), as the
//        reference's sliced path does: positions differ from the full path's, equal between two
//        models of the same shapes.
// Requests: tensors are read `outer` at a time, each with at most `inner` requests in flight (one
// per row block), so at most outer·inner ≤ concurrency requests run at once.

import {
  readRowSet,
  readTensor,
  rowGeometry,
  type TensorBytes,
} from "../../formats/safetensors/tensor-reader.js";
import { mapLimit } from "../../io/concurrency.js";
import type { RangeReadOptions } from "../../io/ranges.js";
import type { LayerTensor } from "./extraction-roles.js";
import { rowsOf, sampleBlocks, type SamplingParams } from "./sample-plan.js";
import {
  countsForLayers,
  isNearZero,
  LayerAccumulator,
  type LayerSignals,
  type TensorContribution,
} from "./signals-layers.js";

export async function sampledLayerSignals(
  from: TensorBytes,
  tensors: readonly LayerTensor[],
  params: SamplingParams,
  wvcSubsample: number,
  concurrency: number,
): Promise<LayerSignals> {
  const kept = tensors.filter((lt) => countsForLayers(lt.tensor));
  const inner = Math.max(1, Math.min(params.blocks, concurrency));
  const outer = Math.max(1, Math.floor(concurrency / inner));
  const read: RangeReadOptions = { concurrency: inner };
  const contributions = await mapLimit(kept, outer, (lt) =>
    sampledContribution(from, lt, params, lt.wvc ? wvcSubsample : 0, read),
  );
  const acc = new LayerAccumulator();
  kept.forEach((lt, i) => acc.add(lt, contributions[i] as TensorContribution));
  return acc.finish();
}

async function sampledContribution(
  from: TensorBytes,
  { tensor: t, layer }: LayerTensor,
  params: SamplingParams,
  subsample: number,
  read: RangeReadOptions,
): Promise<TensorContribution> {
  if (t.shape.length < 2) {
    const counts = signCounts(await readTensor(from, t, read));
    return { energy: 0, ...counts, samples: null };
  }
  const { rows } = rowGeometry(t);
  const blocks = sampleBlocks(rows, params.blocks, params.rowsPerBlock, params.seed, [...t.shape, layer]);
  const rowList = rowsOf(blocks);
  if (rowList.length === 0) return { energy: 0, positive: 0, nearZero: 0, samples: null };
  const values = await readRowSet(from, t, rowList, read);
  const scale = rows / rowList.length;
  const counts = signCounts(values);
  return {
    energy: Math.sqrt(counts.sumSq * scale),
    positive: Math.trunc(counts.positive * scale),
    nearZero: Math.trunc(counts.nearZero * scale),
    samples: subsample > 0 ? strideSample(values, subsample) : null,
  };
}

function signCounts(values: Float32Array): { sumSq: number; positive: number; nearZero: number } {
  let sumSq = 0;
  let positive = 0;
  let nearZero = 0;
  for (const x of values) {
    sumSq += x * x;
    if (x > 0) positive++;
    if (isNearZero(x)) nearZero++;
  }
  return { sumSq, positive, nearZero };
}

/** values[0], values[stride], …, values[(S−1)·stride] with stride ⌊n/S⌋; all values when n ≤ S. */
export function strideSample(values: Float32Array, size: number): Float32Array {
  if (values.length <= size) return values;
  const stride = Math.floor(values.length / size);
  const out = new Float32Array(size);
  for (let k = 0; k < size; k++) out[k] = values[k * stride] as number;
  return out;
}
