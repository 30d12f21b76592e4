// The `full` extraction profile (design §4 item 5): every byte of every tensor a weight signal
// uses is read, and the values reproduce the reference's full path (`extract_signals`,
// provenancekit §4.0–§4.7) with one deliberate deviation: NLF takes its vectors in sorted-name
// order (design §4 item 4).
//
// Order: the WeightSet's tensor order is the reference's state-dict order (shards sorted by file
// name, then ascending data offset), which fixes the order of the WVC pieces inside a layer.
// Memory: one tensor is decoded at a time, and a tensor over DEFAULT_BLOCK_ELEMENTS values
// (including the embedding) is decoded a block of rows at a time.

import type { WeightSet } from "../../formats/safetensors/weights.js";
import type { EasMatrix } from "../../scoring/similarity.js";
import { extractEasEnd } from "./signals-eas.js";
import { extractLayerSignals } from "./signals-layers.js";
import { extractNlf } from "./signals-nlf.js";
import { DEFAULT_BLOCK_ELEMENTS } from "./tensor-blocks.js";
import { findEmbeddingByName } from "./tensor-names.js";

/** Settings().wvc_subsample: values kept per WVC piece (reference default). */
export const DEFAULT_WVC_SUBSAMPLE = 4096;

/** A WeightSignalFeatures record (provenancekit §4.10), with typed arrays in place of lists. */
export interface WeightSignals {
  /** config.hidden_size of the top-level config (0 if missing); never used in similarity. */
  readonly hidden_size: number;
  /** config.num_hidden_layers of the top-level config (0 if missing); never used in similarity. */
  readonly num_layers: number;
  readonly eas_self_sim: EasMatrix | null;
  readonly eas_anchor_count: number;
  /** f32 concatenation ("direct") or f64 [mean, std, max, min] per vector ("stats"). */
  readonly nlf_vector: Float32Array | Float64Array | null;
  readonly nlf_mode: "direct" | "stats" | null;
  readonly nlf_num_layers: number;
  readonly lep_profile: Float64Array | null;
  readonly end_histogram: Float64Array | null;
  readonly wsp_signature: Float64Array | null;
  /** Layer index → signature, keys ascending. */
  readonly wvc_layer_sigs: Map<number, Float32Array> | null;
}

export interface FullExtractionOptions {
  /** getAnchorIds(...) with V = the embedding's row count; null when no anchors could be chosen. */
  readonly anchorIds: readonly number[] | null;
  readonly hiddenSize: number;
  readonly numLayers: number;
  /** Values kept per WVC piece; default DEFAULT_WVC_SUBSAMPLE. */
  readonly wvcSubsample?: number;
  /** Values decoded at once; default DEFAULT_BLOCK_ELEMENTS (tests lower it to exercise blocks). */
  readonly blockElements?: number;
}

/** All weight signals of `set`, reading each tensor it needs once per signal family. */
export async function extractWeightSignalsFull(
  set: WeightSet,
  opts: FullExtractionOptions,
): Promise<WeightSignals> {
  const wvcSubsample = opts.wvcSubsample ?? DEFAULT_WVC_SUBSAMPLE;
  const blockElements = opts.blockElements ?? DEFAULT_BLOCK_ELEMENTS;
  checkPositiveInteger("wvcSubsample", wvcSubsample);
  checkPositiveInteger("blockElements", blockElements);
  const names = set.tensors.map((t) => t.name);
  const shapes = new Map(set.tensors.map((t) => [t.name, t.shape]));
  const embeddingName = findEmbeddingByName(names, shapes);
  const embedding = embeddingName === null ? null : (set.get(embeddingName) ?? null);
  const easEnd = await extractEasEnd(set, embedding, opts.anchorIds, blockElements);
  const nlf = await extractNlf(set, set.tensors);
  const layers = await extractLayerSignals(set, set.tensors, wvcSubsample, blockElements);
  return {
    hidden_size: opts.hiddenSize,
    num_layers: opts.numLayers,
    eas_self_sim: easEnd.eas,
    eas_anchor_count: easEnd.anchorCount,
    nlf_vector: nlf.vector,
    nlf_mode: nlf.mode,
    nlf_num_layers: nlf.numLayers,
    lep_profile: layers.lep,
    end_histogram: easEnd.end,
    wsp_signature: layers.wsp,
    wvc_layer_sigs: layers.wvc,
  };
}

function checkPositiveInteger(name: string, value: number): void {
  if (!Number.isSafeInteger(value) || value < 1) {
    throw new RangeError(`${name} must be a positive integer, got ${value}`);
  }
}
