// The `full` extraction profile (design §4 item 5): every byte of every tensor a weight signal
// uses is read, and the values reproduce the reference's full path (`extract_signals`,
// provenancekit §4.0–§4.7) with one deliberate deviation: NLF takes its vectors in sorted-name
// order (design §4 item 4). Tensor roles come from extraction-roles.ts: the reference's name rules
// where they find something, shape rules otherwise (design §4 item 3).
//
// Order: the WeightSet's tensor order is the reference's state-dict order (shards sorted by file
// name, then ascending data offset), which fixes the order of the WVC pieces inside a layer.
// Memory: one tensor is decoded at a time, and a tensor over DEFAULT_BLOCK_ELEMENTS values
// (including the embedding) is decoded a block of rows at a time.

import type { WeightSet } from "../../formats/safetensors/weights.js";
import { extractionRoles, roleHints } from "./extraction-roles.js";
import { extractEasEnd, type EasEnd } from "./signals-eas.js";
import { extractLayerSignals, type LayerSignals } from "./signals-layers.js";
import { extractNlf, type NlfSignal } from "./signals-nlf.js";
import { DEFAULT_BLOCK_ELEMENTS } from "./tensor-blocks.js";
import { FULL_SAMPLING, type SamplingDescriptor, type WeightSignals } from "./weight-signals.js";

export {
  comparableSignals,
  type ComparableSignals,
  type SamplingDescriptor,
  type WeightSignals,
} from "./weight-signals.js";

/** Settings().wvc_subsample: values kept per WVC piece (reference default). */
export const DEFAULT_WVC_SUBSAMPLE = 4096;

/** What both profiles need besides the weights. */
export interface ExtractionOptions {
  /** getAnchorIds(...) with V = the embedding's vocabulary rows; null when no anchors could be chosen. */
  readonly anchorIds: readonly number[] | null;
  /** config.hidden_size (0 if unknown): recorded, and a role hint when > 0. */
  readonly hiddenSize: number;
  /** config.num_hidden_layers (0 if unknown): recorded, and a role hint when > 0. */
  readonly numLayers: number;
  /** config.vocab_size: lets the shape rule tell the embedding from a position table. */
  readonly vocabSize?: number;
  /** config.num_attention_heads: the only head width a shape-found norm may have. */
  readonly numHeads?: number;
  /** Values kept per WVC piece; default DEFAULT_WVC_SUBSAMPLE. */
  readonly wvcSubsample?: number;
}

export interface FullExtractionOptions extends ExtractionOptions {
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
  const roles = extractionRoles(set, roleHints(opts));
  const easEnd = await extractEasEnd(set, roles.embedding, opts.anchorIds, blockElements, roles.transposed);
  const nlf = await extractNlf(set, roles.norms);
  const layers = await extractLayerSignals(set, roles.layerTensors, wvcSubsample, blockElements);
  return assembleSignals(opts, easEnd, nlf, layers, FULL_SAMPLING);
}

/** The §4.10 record from the parts both profiles compute, and how they were read. */
export function assembleSignals(
  opts: ExtractionOptions,
  easEnd: EasEnd,
  nlf: NlfSignal,
  layers: LayerSignals,
  sampling: SamplingDescriptor,
): WeightSignals {
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
    sampling,
  };
}

export function checkPositiveInteger(name: string, value: number): void {
  if (!Number.isSafeInteger(value) || value < 1) {
    throw new RangeError(`${name} must be a positive integer, got ${value}`);
  }
}
