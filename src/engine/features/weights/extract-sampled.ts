// The `sampled` extraction profile (design §4 item 5), the default for remote models: the same
// WeightSignals record as the full profile from a small, deterministic part of the weights.
//
// Read: the header (by openWeights), the norm vectors whole (NLF: identical to full), the anchor
// rows of the embedding (EAS: identical to full), END's row sample of the embedding, and a few row
// blocks of every layer tensor of rank ≥ 2 (LEP, WSP, WVC; 1-D layer tensors ≥ 1024 values whole).
// Rows are chosen by sample-plan.ts from shapes and role positions only. The record carries a
// `sampling` descriptor; weight-signals.ts says which signals two records may be compared on.
//
// Budget (design §11) on Llama-2-7B (13.5 GB BF16): about 81 MB (0.6 %) in about 1,100 range
// requests, at most `concurrency` (default 16) in flight; memory holds at most `concurrency` row
// blocks plus the END sample (endBlocks·endRowsPerBlock rows) at once. A transposed embedding is
// read whole (V·D values; documented in sampled-embedding.ts).

import type { WeightSet } from "../../formats/safetensors/weights.js";
import { mapLimit } from "../../io/concurrency.js";
import {
  assembleSignals,
  checkPositiveInteger,
  DEFAULT_WVC_SUBSAMPLE,
  type ExtractionOptions,
} from "./extract-full.js";
import { extractionRoles, roleHints } from "./extraction-roles.js";
import { DEFAULT_SAMPLING, SAMPLING_VERSION, type SamplingParams } from "./sample-plan.js";
import { sampledEasEnd } from "./sampled-embedding.js";
import { sampledLayerSignals } from "./sampled-layers.js";
import { nlfFromVectors } from "./signals-nlf.js";
import { DEFAULT_BLOCK_ELEMENTS } from "./tensor-blocks.js";
import { readTensor } from "../../formats/safetensors/tensor-reader.js";
import type { SamplingDescriptor, WeightSignals } from "./weight-signals.js";

/** Range requests in flight at most (design §11). */
export const DEFAULT_SAMPLED_CONCURRENCY = 16;

export interface SampledExtractionOptions extends ExtractionOptions {
  /** Overrides of DEFAULT_SAMPLING; recorded in the result's descriptor. */
  readonly sampling?: Partial<SamplingParams>;
  /** Range requests in flight at most; default DEFAULT_SAMPLED_CONCURRENCY. */
  readonly concurrency?: number;
  /** Values decoded at once when a transposed embedding must be read whole. */
  readonly blockElements?: number;
}

export async function extractWeightSignalsSampled(
  set: WeightSet,
  opts: SampledExtractionOptions,
): Promise<WeightSignals> {
  const params: SamplingParams = { ...DEFAULT_SAMPLING, ...opts.sampling };
  const wvcSubsample = opts.wvcSubsample ?? DEFAULT_WVC_SUBSAMPLE;
  const concurrency = opts.concurrency ?? DEFAULT_SAMPLED_CONCURRENCY;
  const blockElements = opts.blockElements ?? DEFAULT_BLOCK_ELEMENTS;
  for (const [name, value] of Object.entries({ ...params, wvcSubsample, concurrency, blockElements })) {
    if (name !== "seed") checkPositiveInteger(name, value);
  }
  checkSeed(params.seed);
  const roles = extractionRoles(set, roleHints(opts));
  const easEnd = await sampledEasEnd(set, roles.embedding, roles.transposed, opts.anchorIds, params, {
    concurrency,
    blockElements,
  });
  const vectors = await mapLimit(roles.norms, concurrency, (t) => readTensor(set, t));
  const nlf = nlfFromVectors(vectors);
  const layers = await sampledLayerSignals(set, roles.layerTensors, params, wvcSubsample, concurrency);
  return assembleSignals(opts, easEnd, nlf, layers, samplingDescriptor(params));
}

export function samplingDescriptor(p: SamplingParams): SamplingDescriptor {
  return {
    profile: "sampled",
    blocks: p.blocks,
    rows_per_block: p.rowsPerBlock,
    end_blocks: p.endBlocks,
    end_rows_per_block: p.endRowsPerBlock,
    seed: p.seed,
    version: SAMPLING_VERSION,
  };
}

function checkSeed(seed: number): void {
  if (!Number.isSafeInteger(seed) || seed < 0) {
    throw new RangeError(`sampling.seed must be a non-negative integer, got ${seed}`);
  }
}
