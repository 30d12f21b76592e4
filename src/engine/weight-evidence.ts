// Weight evidence of one model: the five weight signals extracted in a profile, with the anchor ids
// chosen from its tokenizer (EAS), and their JSON form for fingerprints (reference §4.10 keys).

import { getAnchorIds } from "./features/tokenizer/anchors.js";
import type { TokenizerFeatures } from "./features/tokenizer/tfv.js";
import { extractWeightSignalsFull, type ExtractionOptions } from "./features/weights/extract-full.js";
import { extractWeightSignalsSampled } from "./features/weights/extract-sampled.js";
import type { SamplingDescriptor, WeightSignals } from "./features/weights/weight-signals.js";
import { assignRoles } from "./features/weights/roles.js";
import type { MfiFingerprint } from "./features/metadata/index.js";
import { openWeights, type WeightSet } from "./formats/safetensors/weights.js";
import type { ModelSource } from "./model/model-source.js";
import { hasSafetensorsWeights } from "./model/weight-files.js";
import type { LineageProbe } from "./lineage/probe.js";
import { extractLineageProbe } from "./lineage/probe-extract.js";
import type { LoadedTokenizer } from "./tokenizer/loaded-tokenizer.js";

export type Profile = "sampled" | "full";

export interface WeightEvidence {
  readonly profile: Profile;
  readonly signals: WeightSignals;
  /** Rows of the embedding: the V that bounds the anchor ids. */
  readonly embeddingRows: number | null;
  /** What the lineage test needs of this model (null: no layer matrix with a hidden-size side). */
  readonly lineage: LineageProbe | null;
}

/** The weight signals of `model`, or null when it has no safetensors weights (the caller says why). */
export async function extractWeightEvidence(
  model: ModelSource,
  mfi: MfiFingerprint,
  tokenizer: LoadedTokenizer | null,
  tfv: TokenizerFeatures | null,
  profile: Profile,
  want: { readonly lineage?: boolean } = {},
): Promise<WeightEvidence | null> {
  if (!hasSafetensorsWeights(model)) return null;
  const set = await openWeights(model);
  const hints = {
    ...(mfi.vocab_size > 0 ? { vocabSize: mfi.vocab_size } : {}),
    ...(mfi.hidden_size > 0 ? { hiddenSize: mfi.hidden_size } : {}),
    ...(mfi.num_attention_heads > 0 ? { numHeads: mfi.num_attention_heads } : {}),
  };
  const embeddingRows = embeddingRowCount(set, hints);
  const anchorIds =
    embeddingRows === null
      ? null
      : getAnchorIds({
          encode: tokenizer ? (s) => tokenizer.encode(s) : null,
          vocab: tokenizer ? tokenizer.vocab.keys() : null,
          ...(tfv ? { distribution: tfv.script_distribution } : {}),
          V: embeddingRows,
        });
  const options: ExtractionOptions = {
    anchorIds,
    hiddenSize: mfi.hidden_size,
    numLayers: mfi.num_hidden_layers,
    ...(hints.vocabSize === undefined ? {} : { vocabSize: hints.vocabSize }),
    ...(hints.numHeads === undefined ? {} : { numHeads: hints.numHeads }),
  };
  const signals =
    profile === "sampled"
      ? await extractWeightSignalsSampled(set, options)
      : await extractWeightSignalsFull(set, options);
  // The probe is the same in both profiles: the lineage verdict does not depend on how the
  // similarity readouts were read.
  const lineage =
    want.lineage === false
      ? null
      : await extractLineageProbe(set, tokenizer?.vocab ?? null, {
          ...hints,
          ...(mfi.num_hidden_layers > 0 ? { numLayers: mfi.num_hidden_layers } : {}),
        });
  return { profile: signals.sampling.profile, signals, embeddingRows, lineage };
}

interface RoleHints {
  readonly vocabSize?: number;
  readonly hiddenSize?: number;
  readonly numHeads?: number;
}

/** Rows of the embedding (its vocabulary side), found by the same roles the extractors use. */
function embeddingRowCount(set: WeightSet, hints: RoleHints): number | null {
  const roles = assignRoles(set.tensors, hints);
  if (!roles.embedding) return null;
  const shape = set.get(roles.embedding.name)?.shape;
  if (!shape || shape.length !== 2) return null;
  return roles.embedding.transposed ? (shape[1] as number) : (shape[0] as number);
}

/** The JSON form of a WeightSignals record: reference §4.10 keys, arrays as lists, WVC keys as strings. */
export interface WeightSignalsJson {
  readonly profile: Profile;
  /** How the signals were read; signals read differently are not compared (NaN, weights rescaled). */
  readonly sampling: SamplingDescriptor;
  readonly hidden_size: number;
  readonly num_layers: number;
  readonly eas_self_sim: number[][] | null;
  readonly eas_anchor_count: number;
  readonly nlf_vector: number[] | null;
  readonly nlf_mode: "direct" | "stats" | null;
  readonly nlf_num_layers: number;
  readonly lep_profile: number[] | null;
  readonly end_histogram: number[] | null;
  readonly wsp_signature: number[] | null;
  readonly wvc_layer_sigs: Record<string, number[]> | null;
}

export function weightSignalsToJson(e: WeightEvidence): WeightSignalsJson {
  const s = e.signals;
  const list = (v: ArrayLike<number> | null): number[] | null => (v === null ? null : Array.from(v));
  let eas: number[][] | null = null;
  if (s.eas_self_sim) {
    const { k, data } = s.eas_self_sim;
    eas = Array.from({ length: k }, (_, i) => Array.from(data.subarray(i * k, (i + 1) * k)));
  }
  return {
    profile: e.profile,
    sampling: s.sampling,
    hidden_size: s.hidden_size,
    num_layers: s.num_layers,
    eas_self_sim: eas,
    eas_anchor_count: s.eas_anchor_count,
    nlf_vector: list(s.nlf_vector),
    nlf_mode: s.nlf_mode,
    nlf_num_layers: s.nlf_num_layers,
    lep_profile: list(s.lep_profile),
    end_histogram: list(s.end_histogram),
    wsp_signature: list(s.wsp_signature),
    wvc_layer_sigs: s.wvc_layer_sigs
      ? Object.fromEntries([...s.wvc_layer_sigs].map(([l, v]) => [String(l), Array.from(v)]))
      : null,
  };
}
