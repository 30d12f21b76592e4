// The fingerprint part of a cache entry (MFI, TFV, tokenizer summary, warnings) ⇄ JSON. Decoding
// checks the type of every field, so an entry that parses but does not have the fingerprint's shape
// is refused rather than crashing a consumer.

import type { MfiFingerprint } from "../features/metadata/index.js";
import type { TokenizerFeatures } from "../features/tokenizer/tfv.js";
import type { ModelFingerprint } from "../fingerprint.js";
import { isJsonObject } from "../json-object.js";
import { CacheFormatError } from "./weights-codec.js";

/** What the cache keeps of a ModelFingerprint: everything but the weights (kept in binary form), the
 * reference and revision (given by the key) and this run's cost (bytes, requests, seconds). */
export type CachedFingerprint = Pick<
  ModelFingerprint,
  "mfi" | "tfv" | "tokenizer" | "profile" | "extractor_version" | "warnings"
>;

export function cachedPart(f: ModelFingerprint): CachedFingerprint {
  const { mfi, tfv, tokenizer, profile, extractor_version, warnings } = f;
  return { mfi, tfv, tokenizer, profile, extractor_version, warnings };
}

/**
 * JSON text of `value`, or null when it holds a number JSON cannot represent exactly (NaN,
 * ±Infinity, -0): JSON.stringify would silently write null or 0, and a cache must give back what
 * was put in. Such a fingerprint is simply not cached.
 */
export function exactJson(value: unknown): string | null {
  let exact = true;
  const text = JSON.stringify(value, (_key, v: unknown) => {
    if (typeof v === "number" && (!Number.isFinite(v) || Object.is(v, -0))) exact = false;
    return v;
  });
  return exact ? text : null;
}

type Kind = "str" | "int" | "num" | "bool" | "strs" | "obj";
type Spec = readonly [Kind, "nullable"?];

const MFI_SCHEMA: Readonly<Record<keyof MfiFingerprint, Spec>> = {
  model_type: ["str"],
  architectures: ["strs"],
  hidden_size: ["int"],
  num_hidden_layers: ["int"],
  num_attention_heads: ["int"],
  num_key_value_heads: ["int", "nullable"],
  intermediate_size: ["int"],
  vocab_size: ["int"],
  max_position_embeddings: ["int"],
  hidden_act: ["str", "nullable"],
  rope_theta: ["num", "nullable"],
  rope_scaling: ["obj", "nullable"],
  tie_word_embeddings: ["bool", "nullable"],
  bos_token_id: ["int", "nullable"],
  eos_token_id: ["int", "nullable"],
  gqa_ratio: ["num"],
  attention_style: ["str"],
  norm_type: ["str"],
  attention_bias: ["bool", "nullable"],
  qk_norm: ["bool"],
  pos_encoding: ["str"],
  head_dim: ["int", "nullable"],
  tokenizer_hash: ["str"],
  token_id_signature: ["str"],
  arch_hash: ["str"],
  family_hash: ["str"],
};

const TFV_SCHEMA: Readonly<Record<keyof TokenizerFeatures, Spec>> = {
  vocab_size: ["int"],
  tokenizer_class: ["str"],
  bos_token_id: ["int", "nullable"],
  eos_token_id: ["int", "nullable"],
  pad_token_id: ["int", "nullable"],
  num_added_tokens: ["int", "nullable"],
  num_special_tokens: ["int", "nullable"],
  num_merges: ["int"],
  first_5_merges: ["strs"],
  merge_rule_hash: ["str"],
  all_merges_str: ["str"],
  special_token_ids: ["obj"],
  pct_single_char: ["num", "nullable"],
  avg_token_length: ["num"],
  max_token_length: ["int", "nullable"],
  pct_whitespace_prefix: ["num"],
  pct_byte_tokens: ["num"],
  script_distribution: ["obj"],
};

const TOKENIZER_SCHEMA: Readonly<Record<string, Spec>> = {
  format: ["str"],
  files: ["strs"],
  model_type: ["str"],
  canonical_hash: ["str"],
};

function hasKind(v: unknown, kind: Kind): boolean {
  switch (kind) {
    case "str":
      return typeof v === "string";
    case "int":
      return typeof v === "number" && Number.isInteger(v);
    case "num":
      return typeof v === "number";
    case "bool":
      return typeof v === "boolean";
    case "strs":
      return Array.isArray(v) && v.every((s) => typeof s === "string");
    case "obj":
      return isJsonObject(v);
  }
}

/** Checks `v` has exactly the fields of `schema`, each of its kind; returns it typed. */
function checked<T>(v: unknown, schema: Readonly<Record<string, Spec>>, field: string): T {
  if (!isJsonObject(v)) throw new CacheFormatError(field, "expected an object");
  const want = Object.keys(schema);
  if (Object.keys(v).length !== want.length) {
    throw new CacheFormatError(field, `has ${Object.keys(v).length} fields, ${want.length} expected`);
  }
  for (const name of want) {
    const [kind, nullable] = schema[name] as Spec;
    const value = v[name];
    if (!(value === null && nullable) && !hasKind(value, kind)) {
      const allowed = `${kind}${nullable ? " or null" : ""}`;
      throw new CacheFormatError(`${field}.${name}`, `expected ${allowed}, found ${JSON.stringify(value)}`);
    }
  }
  return v as T;
}

/** The inverse of cachedPart after a JSON round trip; throws CacheFormatError naming the field. */
export function decodeCachedFingerprint(v: unknown): CachedFingerprint {
  if (!isJsonObject(v)) throw new CacheFormatError("fingerprint", "expected an object");
  const mfi = checked<MfiFingerprint>(v.mfi, MFI_SCHEMA, "fingerprint.mfi");
  const tfv = v.tfv === null ? null : checked<TokenizerFeatures>(v.tfv, TFV_SCHEMA, "fingerprint.tfv");
  const tokenizer =
    v.tokenizer === null
      ? null
      : checked<ModelFingerprint["tokenizer"]>(v.tokenizer, TOKENIZER_SCHEMA, "fingerprint.tokenizer");
  if (v.profile !== "sampled" && v.profile !== "full") {
    throw new CacheFormatError(
      "fingerprint.profile",
      `expected sampled or full, found ${JSON.stringify(v.profile)}`,
    );
  }
  if (typeof v.extractor_version !== "string") {
    throw new CacheFormatError("fingerprint.extractor_version", "expected a string");
  }
  if (!hasKind(v.warnings, "strs")) throw new CacheFormatError("fingerprint.warnings", "expected strings");
  return {
    mfi,
    tfv,
    tokenizer,
    profile: v.profile,
    extractor_version: v.extractor_version,
    warnings: v.warnings as string[],
  };
}
