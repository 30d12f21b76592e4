// The MFI fingerprint record: the reference's 26 fields, under its names and in its order (the
// order every stored bundle's `mfi` object has). Plain data: JSON-serialisable and cacheable.

import type { JsonObject } from "./config-json.js";

/** The 26 fields in the reference's order (as every stored bundle's `mfi` has them). */
export interface MfiFingerprint {
  readonly model_type: string;
  readonly architectures: readonly string[];
  readonly hidden_size: number;
  readonly num_hidden_layers: number;
  readonly num_attention_heads: number;
  readonly num_key_value_heads: number | null;
  readonly intermediate_size: number;
  readonly vocab_size: number;
  readonly max_position_embeddings: number;
  readonly hidden_act: string | null;
  readonly rope_theta: number | null;
  readonly rope_scaling: JsonObject | null;
  readonly tie_word_embeddings: boolean | null;
  readonly bos_token_id: number | null;
  readonly eos_token_id: number | null;
  readonly gqa_ratio: number;
  readonly attention_style: string;
  readonly norm_type: string;
  readonly attention_bias: boolean | null;
  readonly qk_norm: boolean;
  readonly pos_encoding: string;
  readonly head_dim: number | null;
  readonly tokenizer_hash: string;
  readonly token_id_signature: string;
  readonly arch_hash: string;
  readonly family_hash: string;
}

export const MFI_FIELDS: readonly (keyof MfiFingerprint)[] = [
  "model_type",
  "architectures",
  "hidden_size",
  "num_hidden_layers",
  "num_attention_heads",
  "num_key_value_heads",
  "intermediate_size",
  "vocab_size",
  "max_position_embeddings",
  "hidden_act",
  "rope_theta",
  "rope_scaling",
  "tie_word_embeddings",
  "bos_token_id",
  "eos_token_id",
  "gqa_ratio",
  "attention_style",
  "norm_type",
  "attention_bias",
  "qk_norm",
  "pos_encoding",
  "head_dim",
  "tokenizer_hash",
  "token_id_signature",
  "arch_hash",
  "family_hash",
];

/** What MFI needs from the tokenizer: named BOS/EOS ids and our canonical tokenizer hash. */
export interface MfiTokenizerInfo {
  readonly bosTokenId: number | null;
  readonly eosTokenId: number | null;
  readonly tokenizerHash: string;
}
