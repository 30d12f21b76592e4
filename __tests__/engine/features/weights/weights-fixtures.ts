// Shared by the sampled-profile tests: extraction as a caller does it (anchors from the model's own
// tokenizer with V = the embedding's vocabulary rows, config hints), pairwise similarities, and
// rewrites of a generated model's weights (per-layer scaling, renaming, transposed embedding).
import { getAnchorIds } from "../../../../src/engine/features/tokenizer/anchors.js";
import {
  comparableSignals,
  extractWeightSignalsFull,
  type WeightSignals,
} from "../../../../src/engine/features/weights/extract-full.js";
import { extractWeightSignalsSampled } from "../../../../src/engine/features/weights/extract-sampled.js";
import { extractionRoles, roleHints } from "../../../../src/engine/features/weights/extraction-roles.js";
import { openWeights } from "../../../../src/engine/formats/safetensors/weights.js";
import { readConfigSummary } from "../../../../src/engine/model/config-summary.js";
import { identityScore, type IdentitySignals } from "../../../../src/engine/scoring/identity.js";
import {
  easSimilarity,
  endSimilarity,
  lepSimilarity,
  nlfSimilarity,
  wvcSimilarity,
} from "../../../../src/engine/scoring/similarity.js";
import { loadTokenizer } from "../../../../src/engine/tokenizer/load-tokenizer.js";
import { encodeTensor } from "../../../helpers/dtype-encoders.js";
import { MemoryModelSource } from "../../../helpers/memory-model-source.js";
import type { GeneratedModel, GeneratedTensor } from "../../../helpers/model-factory.js";
import { writeSafetensors } from "../../../helpers/safetensors-writer.js";

export type Files = ReadonlyMap<string, Uint8Array>;
export type ProfileName = "full" | "sampled";

export async function signalsOf(files: Files, profile: ProfileName): Promise<WeightSignals> {
  const model = new MemoryModelSource(files);
  const set = await openWeights(model);
  const config = await readConfigSummary(model);
  const hints = {
    hiddenSize: config?.hidden_size ?? 0,
    numLayers: config?.num_hidden_layers ?? 0,
    vocabSize: config?.vocab_size ?? 0,
    numHeads: config?.num_attention_heads ?? 0,
  };
  const roles = extractionRoles(set, roleHints(hints));
  const [a = 0, b = 0] = roles.embedding?.shape ?? [];
  const tokenizer = await loadTokenizer(model);
  const anchorIds = getAnchorIds({
    encode: tokenizer ? (text: string) => tokenizer.encode(text) : null,
    vocab: tokenizer ? tokenizer.vocab.keys() : null,
    V: roles.transposed ? b : a,
  });
  const opts = { anchorIds, ...hints };
  return profile === "full" ? extractWeightSignalsFull(set, opts) : extractWeightSignalsSampled(set, opts);
}

export type Similarities = IdentitySignals & { readonly identity: number };

/** The five similarities (NaN where the records' sampling is not comparable) and the identity. */
export function similarities(a: WeightSignals, b: WeightSignals): Similarities {
  const nlf = (s: WeightSignals) =>
    s.nlf_vector === null ? null : { vector: s.nlf_vector, mode: s.nlf_mode, numLayers: s.nlf_num_layers };
  const ok = comparableSignals(a.sampling, b.sampling);
  const signals: IdentitySignals = {
    eas: ok.eas ? easSimilarity(a.eas_self_sim, b.eas_self_sim) : NaN,
    nlf: ok.nlf ? nlfSimilarity(nlf(a), nlf(b)) : NaN,
    lep: ok.lep ? lepSimilarity(a.lep_profile, b.lep_profile) : NaN,
    end: ok.end ? endSimilarity(a.end_histogram, b.end_histogram) : NaN,
    wvc: ok.wvc ? wvcSimilarity(a.wvc_layer_sigs, b.wvc_layer_sigs) : NaN,
  };
  return { ...signals, identity: identityScore(signals) };
}

export interface RewrittenTensor {
  readonly name: string;
  readonly shape: readonly number[];
  readonly values: Float32Array;
}

/**
 * The model with its weights rewritten into one F32 model.safetensors, tensors laid out sorted by
 * name as the safetensors library writes them; config and tokenizer files kept.
 */
export function rewriteWeights(
  model: GeneratedModel,
  rewrite: (tensors: readonly GeneratedTensor[]) => RewrittenTensor[],
): Map<string, Uint8Array> {
  const rewritten = rewrite(model.tensors).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const specs = rewritten.map((t) => ({
    name: t.name,
    dtype: "F32",
    shape: t.shape,
    data: encodeTensor("F32", t.values),
  }));
  const files = new Map([...model.files].filter(([p]) => !p.includes("safetensors")));
  files.set("model.safetensors", writeSafetensors(specs));
  return files;
}

/** Layer number of a factory Llama tensor name, or null. */
export function layerOf(name: string): number | null {
  const m = /\.layers\.(\d+)\./.exec(name);
  return m?.[1] === undefined ? null : Number(m[1]);
}

/** Every 2-D layer tensor of layer L scaled by scales[L]: a depth profile as trained models have. */
export function scaleLayers(model: GeneratedModel, scales: readonly number[]): Map<string, Uint8Array> {
  return rewriteWeights(model, (tensors) =>
    tensors.map((t) => {
      const layer = layerOf(t.name);
      const s = layer === null || t.shape.length !== 2 ? 1 : (scales[layer] ?? 1);
      return { name: t.name, shape: t.shape, values: t.values.map((x) => x * s) };
    }),
  );
}
