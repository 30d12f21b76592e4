// A short, human-facing summary of config.json for `inspect`. The full metadata fingerprint (MFI)
// with its alias and default tables is a separate feature; this only names the few numbers a
// person checks first, under the spellings real configs use.

import { MalformedInputError } from "../errors.js";
import { isJsonObject } from "../json-object.js";
import type { ModelSource } from "./model-source.js";

/** config.json files of real models are a few KB; anything past this is not a config. */
export const MAX_CONFIG_BYTES = 4 * 1024 * 1024;

export interface ConfigSummary {
  readonly model_type: string | null;
  readonly architectures: readonly string[];
  readonly hidden_size: number | null;
  readonly num_hidden_layers: number | null;
  readonly num_attention_heads: number | null;
  readonly num_key_value_heads: number | null;
  readonly intermediate_size: number | null;
  readonly vocab_size: number | null;
  readonly max_position_embeddings: number | null;
  readonly torch_dtype: string | null;
  readonly tie_word_embeddings: boolean | null;
  /** Where the numbers were read: "" (top level), "text_config" or "decoder". */
  readonly backbone: string;
}

const ALIASES: Record<string, readonly string[]> = {
  hidden_size: ["hidden_size", "n_embd", "d_model", "dim"],
  num_hidden_layers: ["num_hidden_layers", "n_layer", "num_layers", "n_layers"],
  num_attention_heads: ["num_attention_heads", "n_head", "num_heads", "n_heads"],
  num_key_value_heads: ["num_key_value_heads", "num_kv_heads", "n_kv_heads", "multi_query_group_num"],
  intermediate_size: ["intermediate_size", "n_inner", "ffn_dim", "d_ff"],
  max_position_embeddings: ["max_position_embeddings", "n_positions", "max_seq_len"],
};

export function parseConfigJson(bytes: Uint8Array, file: string): Record<string, unknown> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(new TextDecoder("utf-8", { fatal: true }).decode(bytes));
  } catch (err) {
    throw new MalformedInputError({ file }, `not valid UTF-8 JSON (${(err as Error).message})`);
  }
  if (!isJsonObject(parsed))
    throw new MalformedInputError({ file }, `expected a JSON object, found ${describe(parsed)}`);
  return parsed;
}

export function summarizeConfig(config: Record<string, unknown>): ConfigSummary {
  const [backbone, text] = textBackbone(config);
  const pick = (field: string): number | null => {
    for (const key of ALIASES[field] ?? [field]) {
      const v = text[key] ?? config[key];
      if (typeof v === "number" && Number.isFinite(v)) return v;
    }
    return null;
  };
  const archs = config.architectures;
  const dtype = text.torch_dtype ?? config.torch_dtype ?? text.dtype ?? config.dtype;
  const tie = config.tie_word_embeddings ?? text.tie_word_embeddings;
  const modelType = text.model_type ?? config.model_type;
  return {
    model_type: typeof modelType === "string" ? modelType : null,
    architectures: Array.isArray(archs) ? archs.filter((a): a is string => typeof a === "string") : [],
    hidden_size: pick("hidden_size"),
    num_hidden_layers: pick("num_hidden_layers"),
    num_attention_heads: pick("num_attention_heads"),
    num_key_value_heads: pick("num_key_value_heads"),
    intermediate_size: pick("intermediate_size"),
    vocab_size: pick("vocab_size"),
    max_position_embeddings: pick("max_position_embeddings"),
    torch_dtype: typeof dtype === "string" ? dtype : null,
    tie_word_embeddings: typeof tie === "boolean" ? tie : null,
    backbone,
  };
}

/** Multimodal and encoder-decoder configs keep the language model under a sub-object. */
function textBackbone(config: Record<string, unknown>): [string, Record<string, unknown>] {
  for (const key of ["text_config", "decoder"]) {
    const sub = config[key];
    if (isJsonObject(sub)) return [key, sub];
  }
  return ["", config];
}

export async function readConfigSummary(model: ModelSource): Promise<ConfigSummary | null> {
  if (!model.file("config.json")) return null;
  const bytes = await model.readFile("config.json", MAX_CONFIG_BYTES);
  return summarizeConfig(parseConfigJson(bytes, `${model.ref}/config.json`));
}

function describe(v: unknown): string {
  return v === null ? "null" : Array.isArray(v) ? "an array" : `a ${typeof v}`;
}
