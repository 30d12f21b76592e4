// Transforms that change the layout: pruning a layer, growing the vocabulary, renaming tensors.

import type { GeneratedModel } from "../model-factory.js";
import { Rng, seedFrom } from "../rng.js";
import { layerNumber } from "./numeric.js";
import { keep, nonWeightFiles, rebuild, tensorMean, tensorStd, type TensorPlan } from "./rebuild.js";
import { addTokens, extraTokenNames } from "./tokenizer-edit.js";

/** The config key holding the layer count, per architecture. */
const LAYER_KEY = { llama: "num_hidden_layers", gpt2: "n_layer", bert: "num_hidden_layers" } as const;

/**
 * Imitates depth pruning (ShortGPT / "the unreasonable ineffectiveness of the deeper layers"):
 * decoder layer `layerIndex` is removed, later layers move down by one (layers.3 → layers.2) with
 * their values untouched, and the config's layer count drops by one. The layer number is a name's
 * first all-digit segment. Lineage: **related** to `base`.
 */
export function dropLayer(base: GeneratedModel, layerIndex: number): GeneratedModel {
  const { layers } = base.spec;
  if (!Number.isSafeInteger(layerIndex) || layerIndex < 0 || layerIndex >= layers) {
    throw new RangeError(`dropLayer: layer ${layerIndex} is not in 0..${layers - 1}`);
  }
  if (layers === 1) throw new RangeError("dropLayer: the model has only one layer");
  const plans: TensorPlan[] = [];
  for (const t of base.tensors) {
    const layer = layerNumber(t.name);
    if (layer === layerIndex) continue;
    plans.push(layer === undefined || layer < layerIndex ? keep(t) : keep(t, renumber(t.name, layer - 1)));
  }
  const spec = { ...base.spec, layers: layers - 1 };
  const config = { ...base.config, [LAYER_KEY[spec.arch]]: layers - 1 };
  return rebuild(spec, config, plans, nonWeightFiles(base));
}

/** `name` with its first all-digit segment replaced by `layer`. */
function renumber(name: string, layer: number): string {
  const segments = name.split(".");
  const at = segments.findIndex((s) => /^\d+$/.test(s));
  segments[at] = String(layer);
  return segments.join(".");
}

/** Tensors with one row (or entry) per token: embeddings, untied heads, BERT's MLM output bias. */
const VOCAB_ROWS =
  /(^|\.)(embed_tokens|wte|word_embeddings)\.weight$|^lm_head\.weight$|^cls\.predictions\.(decoder\.weight|bias)$/;

export interface ExtendVocabOptions {
  /** Tokens added after the existing vocabulary. */
  readonly extra: number;
  readonly seed: number;
}

/**
 * Imitates `tokenizer.add_tokens([...])` + `model.resize_token_embeddings(...)` before a fine-tune
 * on new special tokens: the embedding (and the untied lm_head / MLM decoder) gains `extra` rows
 * drawn from N(mean, std²) of that tensor's existing values; a vocabulary-sized bias gains zeros;
 * existing rows are unchanged; config vocab_size grows by `extra`. The tokenizer gains added tokens
 * `<extra_0>`, … with ids from the old vocab size on: Llama's tokenizer.json `added_tokens`, GPT-2's
 * and BERT's added_tokens.json, and every tokenizer_config.json's `added_tokens_decoder`; the
 * base vocabulary and merges are unchanged. Lineage: **related** to `base`.
 */
export function extendVocab(base: GeneratedModel, { extra, seed }: ExtendVocabOptions): GeneratedModel {
  if (!Number.isSafeInteger(extra) || extra < 1)
    throw new RangeError(`extendVocab: extra ${extra} must be ≥ 1`);
  const vocab = base.spec.vocab;
  const plans = base.tensors.map((t): TensorPlan => {
    if (!VOCAB_ROWS.test(t.name) || t.shape[0] !== vocab) return keep(t);
    const shape = [vocab + extra, ...t.shape.slice(1)];
    const isBias = t.shape.length === 1;
    const mean = isBias ? 0 : tensorMean(t.values);
    const std = isBias ? 0 : tensorStd(t.values);
    return {
      name: t.name,
      shape,
      fill: (out) => {
        out.set(t.values);
        const added = out.subarray(t.values.length);
        if (isBias) added.fill(0);
        else new Rng(seedFrom(seed, "extend-vocab", t.name)).fillGaussian(added, std, mean);
      },
    };
  });
  const spec = { ...base.spec, vocab: vocab + extra };
  const config = { ...base.config, vocab_size: vocab + extra };
  const tokens = extraTokenNames(extra);
  return rebuild(spec, config, plans, addTokens(nonWeightFiles(base), vocab, tokens));
}

/**
 * Imitates a checkpoint re-exported under another framework's or a disguised naming scheme: every
 * tensor renamed by `mapping`, values, dtype, shapes and config unchanged (tensors are re-sorted in
 * the files by their new names). Throws when two names map to one. Lineage: **related** to `base`.
 */
export function renameTensors(base: GeneratedModel, mapping: (name: string) => string): GeneratedModel {
  const plans = base.tensors.map((t) => keep(t, mapping(t.name)));
  return rebuild(base.spec, base.config, plans, nonWeightFiles(base));
}

const CONSONANTS = "bdfgklmnprstvz";
const VOWELS = "aeiou";

/**
 * A name mapping that keeps every all-digit segment (layer numbers) and replaces every other
 * segment with an invented word of four syllables, derived from the segment alone:
 * "model.layers.3.mlp.up_proj.weight" → "ravoseki.tunodera.3.…". Pass to renameTensors.
 */
export function inventedNames(name: string): string {
  return name
    .split(".")
    .map((s) => (/^\d+$/.test(s) ? s : inventedWord(s)))
    .join(".");
}

function inventedWord(word: string): string {
  const rng = new Rng(seedFrom("invented-name", word));
  let out = "";
  for (let i = 0; i < 4; i++)
    out += (CONSONANTS[rng.int(CONSONANTS.length)] ?? "") + (VOWELS[rng.int(5)] ?? "");
  return out;
}
