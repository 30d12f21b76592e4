// The one place where config.json spellings and class defaults are written down (design §4.2).
// The reference reads a transformers config object (spec §1.1): per-class attribute_map aliases,
// class fields that exist with defaults even when config.json omits them, and a few derived
// defaults. We read config.json directly and reproduce only the part of that behaviour the MFI
// fields depend on, for the model types we know; docs/mfi.md lists what is left out.
//
// Why each part matters:
// - aliases: arch_hash hashes hidden_size etc., which GPT-2/BLOOM/T5-style configs spell otherwise;
// - kvFromHeads: transformers fills num_key_value_heads = num_attention_heads when it is null or
//   absent (Llama-family __init__), and arch_hash hashes the filled value;
// - classDefaults: a field that exists on the class counts for hasattr() (norm_type,
//   attention_bias, qk_norm, hidden_act) and supplies the value when config.json omits it. Sparse
//   sub-configs (gemma-3-4b-it's text_config) rely on this for their dimensions.
// Values not read by the MFI (eps magnitudes) are kept only to say which field exists.

import { PyNumber } from "../../pycompat/py-json.js";
import type { ConfigValue } from "./config-json.js";

export interface ModelTypeRules {
  /** Reference field name → config.json keys tried in order (transformers' attribute_map). */
  readonly aliases?: Readonly<Record<string, readonly string[]>>;
  /** Class fields: exist for hasattr() and give the value when config.json omits the key. */
  readonly classDefaults?: Readonly<Record<string, ConfigValue>>;
  /** num_key_value_heads null or absent (after class defaults) → num_attention_heads. */
  readonly kvFromHeads?: boolean;
  /** head_dim null or absent → hidden_size // num_attention_heads (a property on some classes). */
  readonly headDimFromHidden?: boolean;
}

const int = (n: number): PyNumber => PyNumber.int(n);
const float = (n: number): PyNumber => PyNumber.float(n);

/** PretrainedConfig fields every class has. tie_word_embeddings defaults to True there. */
export const BASE_CLASS_DEFAULTS: Readonly<Record<string, ConfigValue>> = { tie_word_embeddings: true };

const GPT2_ALIASES = {
  hidden_size: ["hidden_size", "n_embd"],
  num_hidden_layers: ["num_hidden_layers", "n_layer"],
  num_attention_heads: ["num_attention_heads", "n_head"],
  max_position_embeddings: ["max_position_embeddings", "n_positions"],
};
const T5_ALIASES = {
  hidden_size: ["hidden_size", "d_model"],
  num_hidden_layers: ["num_hidden_layers", "num_layers"],
  num_attention_heads: ["num_attention_heads", "num_heads"],
  head_dim: ["head_dim", "d_kv"],
};
const BART_ALIASES = {
  hidden_size: ["hidden_size", "d_model"],
  num_hidden_layers: ["num_hidden_layers", "encoder_layers"],
  num_attention_heads: ["num_attention_heads", "encoder_attention_heads"],
};

/** Llama-style decoder: RMSNorm, SiLU, RoPE 10000, no bias, untied, kv/head_dim derived. */
const LLAMA: ModelTypeRules = {
  kvFromHeads: true,
  headDimFromHidden: true,
  classDefaults: {
    rms_norm_eps: float(1e-6),
    hidden_act: "silu",
    attention_bias: false,
    tie_word_embeddings: false,
    rope_theta: float(10000.0),
  },
};
const MISTRAL: ModelTypeRules = {
  kvFromHeads: true,
  headDimFromHidden: true,
  classDefaults: {
    num_key_value_heads: int(8),
    rms_norm_eps: float(1e-6),
    hidden_act: "silu",
    tie_word_embeddings: false,
    rope_theta: float(10000.0),
  },
};
const QWEN2: ModelTypeRules = {
  kvFromHeads: true,
  classDefaults: {
    num_key_value_heads: int(32),
    rms_norm_eps: float(1e-6),
    hidden_act: "silu",
    tie_word_embeddings: false,
    rope_theta: float(10000.0),
  },
};
const QWEN3: ModelTypeRules = {
  kvFromHeads: true,
  classDefaults: { ...QWEN2.classDefaults, head_dim: int(128), attention_bias: false },
};
const OLMO2: ModelTypeRules = {
  kvFromHeads: true,
  classDefaults: {
    rms_norm_eps: float(1e-5),
    hidden_act: "silu",
    attention_bias: false,
    tie_word_embeddings: false,
    rope_theta: float(10000.0),
  },
};
const COHERE: ModelTypeRules = {
  kvFromHeads: true,
  classDefaults: {
    layer_norm_eps: float(1e-5),
    hidden_act: "silu",
    attention_bias: false,
    tie_word_embeddings: true,
    rope_theta: float(10000.0),
  },
};
const DEEPSEEK: ModelTypeRules = {
  kvFromHeads: true,
  // DeepseekV2/V3 configs expose head_dim as the rotary part of the query/key head.
  aliases: { head_dim: ["head_dim", "qk_rope_head_dim"] },
  classDefaults: { ...LLAMA.classDefaults },
};
const BERT: ModelTypeRules = {
  classDefaults: { layer_norm_eps: float(1e-12), hidden_act: "gelu", position_embedding_type: "absolute" },
};

export const MODEL_TYPE_RULES: Readonly<Record<string, ModelTypeRules>> = {
  llama: LLAMA,
  mistral: MISTRAL,
  ministral: MISTRAL,
  ministral3: MISTRAL,
  mixtral: MISTRAL,
  qwen2: QWEN2,
  qwen2_moe: { ...QWEN2, classDefaults: { ...QWEN2.classDefaults, num_key_value_heads: int(16) } },
  qwen3: QWEN3,
  qwen3_moe: { ...QWEN3, classDefaults: { ...QWEN3.classDefaults, num_key_value_heads: int(4) } },
  qwen3_5_text: { classDefaults: { rms_norm_eps: float(1e-6), attention_bias: false } },
  gemma: {
    classDefaults: {
      num_key_value_heads: int(16),
      head_dim: int(256),
      hidden_act: "gelu_pytorch_tanh",
      rms_norm_eps: float(1e-6),
      attention_bias: false,
      tie_word_embeddings: true,
      rope_theta: float(10000.0),
    },
  },
  gemma2: {
    classDefaults: {
      num_key_value_heads: int(4),
      head_dim: int(256),
      hidden_activation: "gelu_pytorch_tanh",
      rms_norm_eps: float(1e-6),
      attention_bias: false,
      tie_word_embeddings: true,
      rope_theta: float(10000.0),
      query_pre_attn_scalar: int(256),
    },
  },
  // Gemma3TextConfig (transformers 4.50): gemma-3-4b/27b text_config omit most of these.
  gemma3_text: {
    classDefaults: {
      vocab_size: int(262208),
      hidden_size: int(2304),
      intermediate_size: int(9216),
      num_hidden_layers: int(26),
      num_attention_heads: int(8),
      num_key_value_heads: int(4),
      head_dim: int(256),
      hidden_activation: "gelu_pytorch_tanh",
      max_position_embeddings: int(131072),
      rms_norm_eps: float(1e-6),
      tie_word_embeddings: true,
      rope_theta: float(1000000.0),
      attention_bias: false,
      query_pre_attn_scalar: int(256),
    },
  },
  phi: {
    kvFromHeads: true,
    classDefaults: {
      layer_norm_eps: float(1e-5),
      hidden_act: "gelu_new",
      tie_word_embeddings: false,
      rope_theta: float(10000.0),
      qk_layernorm: false,
    },
  },
  phi3: { kvFromHeads: true, classDefaults: { ...OLMO2.classDefaults } },
  olmo2: OLMO2,
  olmo3: OLMO2,
  granite: { kvFromHeads: true, classDefaults: { ...OLMO2.classDefaults, rms_norm_eps: float(1e-6) } },
  granitemoehybrid: { classDefaults: { rms_norm_eps: float(1e-6), attention_bias: false } },
  cohere: COHERE,
  cohere2: { ...COHERE, headDimFromHidden: true },
  stablelm: {
    kvFromHeads: true,
    classDefaults: {
      layer_norm_eps: float(1e-5),
      hidden_act: "silu",
      tie_word_embeddings: false,
      rope_theta: float(10000.0),
      qk_layernorm: false,
    },
  },
  starcoder2: {
    classDefaults: {
      num_key_value_heads: int(2),
      hidden_act: "gelu_pytorch_tanh",
      tie_word_embeddings: true,
      rope_theta: float(10000.0),
    },
  },
  deepseek_v2: DEEPSEEK,
  deepseek_v3: DEEPSEEK,
  gpt2: { aliases: GPT2_ALIASES, classDefaults: { layer_norm_epsilon: float(1e-5) } },
  gptj: {
    aliases: GPT2_ALIASES,
    classDefaults: { layer_norm_epsilon: float(1e-5), tie_word_embeddings: false },
  },
  gpt_bigcode: { aliases: GPT2_ALIASES, classDefaults: { layer_norm_epsilon: float(1e-5) } },
  codegen: {
    aliases: GPT2_ALIASES,
    classDefaults: { layer_norm_epsilon: float(1e-5), tie_word_embeddings: false },
  },
  gpt_neo: {
    aliases: {
      num_hidden_layers: ["num_hidden_layers", "num_layers"],
      num_attention_heads: ["num_attention_heads", "num_heads"],
    },
    classDefaults: { layer_norm_epsilon: float(1e-5) },
  },
  gpt_neox: {
    // GPT-NeoX configs (Pythia, RedPajama) spell the rotary base rotary_emb_base.
    aliases: { rope_theta: ["rope_theta", "rotary_emb_base"] },
    classDefaults: {
      layer_norm_eps: float(1e-5),
      hidden_act: "gelu",
      tie_word_embeddings: false,
      attention_bias: true,
    },
  },
  bloom: {
    // BloomConfig takes n_embed over hidden_size when both are given.
    aliases: {
      hidden_size: ["n_embed", "hidden_size"],
      num_hidden_layers: ["num_hidden_layers", "n_layer"],
      num_attention_heads: ["num_attention_heads", "n_head"],
    },
    classDefaults: { layer_norm_epsilon: float(1e-5) },
  },
  falcon: {
    aliases: {
      hidden_size: ["n_embed", "hidden_size"],
      num_hidden_layers: ["num_hidden_layers", "n_layer"],
      num_attention_heads: ["num_attention_heads", "n_head"],
    },
    headDimFromHidden: true,
    classDefaults: { layer_norm_epsilon: float(1e-5), bias: false },
  },
  t5: { aliases: T5_ALIASES, classDefaults: { layer_norm_epsilon: float(1e-6) } },
  mt5: {
    aliases: T5_ALIASES,
    classDefaults: { layer_norm_epsilon: float(1e-6), tie_word_embeddings: false },
  },
  umt5: { aliases: T5_ALIASES, classDefaults: { layer_norm_epsilon: float(1e-6) } },
  bart: { aliases: BART_ALIASES },
  mbart: { aliases: BART_ALIASES },
  marian: { aliases: BART_ALIASES },
  m2m_100: { aliases: BART_ALIASES },
  mpt: {
    aliases: {
      hidden_size: ["hidden_size", "d_model"],
      num_hidden_layers: ["num_hidden_layers", "n_layers"],
      num_attention_heads: ["num_attention_heads", "n_heads"],
      max_position_embeddings: ["max_position_embeddings", "max_seq_len"],
    },
  },
  distilbert: {
    aliases: {
      hidden_size: ["hidden_size", "dim"],
      num_hidden_layers: ["num_hidden_layers", "n_layers"],
      num_attention_heads: ["num_attention_heads", "n_heads"],
    },
  },
  bert: BERT,
  roberta: { classDefaults: { ...BERT.classDefaults, layer_norm_eps: float(1e-5) } },
  "xlm-roberta": { classDefaults: { ...BERT.classDefaults, layer_norm_eps: float(1e-5) } },
};

/**
 * Composite (multimodal) model types → the type of their text_config when the sub-object does
 * not name one, so the right class defaults apply to a sparse text_config.
 */
export const TEXT_CONFIG_TYPES: Readonly<Record<string, string>> = {
  gemma3: "gemma3_text",
  paligemma: "gemma",
  mistral3: "mistral",
  llava: "llama",
  qwen3_5: "qwen3_5_text",
};

const NO_RULES: ModelTypeRules = {};

export function rulesFor(modelType: string | undefined): ModelTypeRules {
  if (modelType === undefined) return NO_RULES;
  return Object.prototype.hasOwnProperty.call(MODEL_TYPE_RULES, modelType)
    ? (MODEL_TYPE_RULES[modelType] as ModelTypeRules)
    : NO_RULES;
}
