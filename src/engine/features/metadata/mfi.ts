// MFI — the metadata fingerprint (spec §1). Field names and order are those of the reference's
// pydantic model as stored in its feature bundles. config.json is read directly with the alias
// and default table of model-types.ts (design §4.2); docs/mfi.md lists every deviation.

import { MalformedInputError } from "../../errors.js";
import { pyRound } from "../../pycompat/py-float.js";
import { PyNumber } from "../../pycompat/py-json.js";
import { ConfigAttributes } from "./attributes.js";
import {
  describe,
  isConfigObject,
  ownValue,
  pyTruthy,
  toPlainJson,
  type ConfigObject,
  type JsonObject,
} from "./config-json.js";
import {
  readDimension,
  readIntermediate,
  readOptionalBool,
  readOptionalString,
  type Dimension,
  type FieldContext,
  type MfiWarning,
} from "./fields.js";
import { archHash, familyHash, type ArchHashFields } from "./hashes.js";
import { TEXT_CONFIG_TYPES } from "./model-types.js";
import type { MfiFingerprint, MfiTokenizerInfo } from "./fingerprint.js";
import { readRopeScaling, readRopeTheta } from "./rope.js";

export type { MfiWarning } from "./fields.js";

export { MFI_FIELDS, type MfiFingerprint, type MfiTokenizerInfo } from "./fingerprint.js";

export interface MfiExtraction {
  readonly fingerprint: MfiFingerprint;
  /** Values kept but worth a look (float dimensions, ignored non-string hidden_act, …). */
  readonly warnings: readonly MfiWarning[];
  /** Where every field but model_type/architectures came from: "", "text_config" or "decoder". */
  readonly backbone: string;
}

export function extractMfi(
  config: ConfigObject,
  tokenizer: MfiTokenizerInfo,
  file = "config.json",
): MfiFingerprint {
  return extractMfiDetailed(config, tokenizer, file).fingerprint;
}

/**
 * The fingerprint of a config.json, with warnings and the backbone used.
 *
 * Deviations from the reference (docs/mfi.md has the full list and reasons):
 * - config.json is read directly with model-types.ts's aliases and defaults, not through
 *   transformers' config classes;
 * - rope_theta is read from the top level, rope_parameters or rope_scaling (transformers 5 hides
 *   it), so pos_encoding and family_hash follow the real value; arch_hash does not use it;
 * - tokenizer_hash is ours, so family_hash compares only between our fingerprints;
 * - a config without architectures, or with a non-integer dimension, throws MalformedInputError
 *   (the reference aborts); an integral float dimension is hashed as written and warned about.
 */
export function extractMfiDetailed(
  config: ConfigObject,
  tokenizer: MfiTokenizerInfo,
  file = "config.json",
): MfiExtraction {
  const ctx: FieldContext = { file, warnings: [] };
  const modelType = readModelType(config, ctx);
  const architectures = readArchitectures(config, file);
  const attrs = selectBackbone(config, modelType);
  const dims = readDimensions(attrs, ctx);
  const { hidden, layers, heads, kv } = dims;
  const nah = heads.value || 1;
  const nkv = kv?.value ?? null;
  const attentionStyle = nkv === null || nkv === nah ? "MHA" : nkv === 1 ? "MQA" : "GQA";
  const hiddenAct = readHiddenAct(attrs, ctx);
  const normType = readNormType(attrs);
  const ropeTheta = readRopeTheta(attrs, ctx);
  const ropeScaling = readRopeScaling(attrs, ctx);
  const fingerprint: MfiFingerprint = {
    model_type: modelType,
    architectures,
    hidden_size: hidden.value,
    num_hidden_layers: layers.value,
    num_attention_heads: heads.value,
    num_key_value_heads: nkv,
    intermediate_size: dims.intermediate.value,
    vocab_size: dims.vocab.value,
    max_position_embeddings: dims.maxPositions.value,
    hidden_act: hiddenAct,
    rope_theta: ropeTheta?.toNumber() ?? null,
    rope_scaling: ropeScaling === null ? null : (toPlainJson(ropeScaling) as JsonObject),
    tie_word_embeddings: readOptionalBool(attrs, "tie_word_embeddings", ctx),
    bos_token_id: tokenizer.bosTokenId,
    eos_token_id: tokenizer.eosTokenId,
    gqa_ratio: nkv ? pyRound(nah / nkv, 1) : 1.0,
    attention_style: attentionStyle,
    norm_type: normType,
    attention_bias: readAttentionBias(attrs, ctx),
    qk_norm: readQkNorm(attrs),
    pos_encoding: readPosEncoding(attrs, ropeTheta, ctx),
    head_dim: readHeadDim(attrs, dims, ctx),
    tokenizer_hash: tokenizer.tokenizerHash,
    token_id_signature: `bos=${pyIntOrNone(tokenizer.bosTokenId)}|eos=${pyIntOrNone(tokenizer.eosTokenId)}`,
    arch_hash: archHash(archFields(modelType, architectures, dims)),
    family_hash: familyHash({
      model_type: modelType,
      attention_style: attentionStyle,
      hidden_act: hiddenAct,
      norm_type: normType,
      tokenizer_hash: tokenizer.tokenizerHash,
      rope_theta: ropeTheta,
      rope_scaling: ropeScaling ?? undefined,
    }),
  };
  return { fingerprint, warnings: ctx.warnings, backbone: attrs.prefix };
}

function readModelType(config: ConfigObject, ctx: FieldContext): string {
  const v = ownValue(config, "model_type");
  if (typeof v === "string") return v;
  if (v === undefined || v === null) {
    // transformers cannot even pick a config class without it; we fingerprint on, as "unknown".
    ctx.warnings.push({ field: "model_type", message: 'missing; using "unknown" as the reference default' });
    return "unknown";
  }
  throw new MalformedInputError(
    { file: ctx.file, field: "model_type" },
    `expected a string, found ${describe(v)}`,
  );
}

/**
 * The reference aborts on a config without architectures (pydantic refuses None, spec §11.1
 * item 4). We refuse too, but say how to fix it: the hash needs the exact list.
 */
function readArchitectures(config: ConfigObject, file: string): string[] {
  const v = ownValue(config, "architectures");
  const fix = 'add the model class as save_pretrained writes it, e.g. "architectures": ["LlamaForCausalLM"]';
  if (v === undefined || v === null) {
    throw new MalformedInputError({ file, field: "architectures" }, `missing; ${fix}`);
  }
  if (!Array.isArray(v) || !v.every((a): a is string => typeof a === "string")) {
    throw new MalformedInputError(
      { file, field: "architectures" },
      `expected a list of strings, found ${describe(v)}; ${fix}`,
    );
  }
  return [...(v as readonly string[])];
}

/**
 * Spec §1.2: the top level unless it has no positive hidden_size; then the first of
 * text_config / decoder whose hidden_size is > 0. (A null hidden_size counts as missing.)
 */
function selectBackbone(config: ConfigObject, modelType: string): ConfigAttributes {
  const top = new ConfigAttributes(config, modelType, "");
  if (pyTruthy(top.get("hidden_size")?.value)) return top;
  for (const key of ["text_config", "decoder"]) {
    const sub = ownValue(config, key);
    if (!isConfigObject(sub)) continue;
    const subType = ownValue(sub, "model_type");
    const rulesType = typeof subType === "string" ? subType : TEXT_CONFIG_TYPES[modelType];
    const attrs = new ConfigAttributes(sub, rulesType, key);
    const h = attrs.get("hidden_size")?.value;
    if (h instanceof PyNumber && h.toNumber() > 0) return attrs;
  }
  return top;
}

interface Dimensions {
  readonly hidden: Dimension;
  readonly layers: Dimension;
  readonly heads: Dimension;
  readonly kv: Dimension | null;
  readonly intermediate: Dimension;
  readonly vocab: Dimension;
  readonly maxPositions: Dimension;
}

function readDimensions(attrs: ConfigAttributes, ctx: FieldContext): Dimensions {
  const req = (name: string): Dimension => readDimension(attrs, name, ctx, false) as Dimension;
  const hidden = req("hidden_size");
  const layers = req("num_hidden_layers");
  const heads = req("num_attention_heads");
  let kv = readDimension(attrs, "num_key_value_heads", ctx, true);
  // transformers' __init__ fills it from the head count (the raw value, int or float as written).
  if (kv === null && attrs.rules.kvFromHeads) kv = heads;
  const intermediate = readIntermediate(attrs, hidden, ctx);
  return {
    hidden,
    layers,
    heads,
    kv,
    intermediate,
    vocab: req("vocab_size"),
    maxPositions: req("max_position_embeddings"),
  };
}

/** The raw values as written (int/float form kept), with kv filled as transformers fills it. */
function archFields(modelType: string, architectures: readonly string[], d: Dimensions): ArchHashFields {
  return {
    model_type: modelType,
    architectures,
    hidden_size: d.hidden.raw,
    num_hidden_layers: d.layers.raw,
    num_attention_heads: d.heads.raw,
    num_key_value_heads: d.kv?.raw ?? null,
    intermediate_size: d.intermediate.raw,
    vocab_size: d.vocab.raw,
    max_position_embeddings: d.maxPositions.raw,
  };
}

function readHiddenAct(attrs: ConfigAttributes, ctx: FieldContext): string | null {
  if (attrs.has("hidden_act")) return readOptionalString(attrs, "hidden_act", ctx) ?? null;
  return readOptionalString(attrs, "hidden_activation", ctx) ?? null;
}

/** Attribute existence, not value: class fields count (spec §1.4). */
function readNormType(attrs: ConfigAttributes): string {
  if (attrs.has("rms_norm_eps") || attrs.has("rms_norm_epsilon")) return "RMSNorm";
  if (attrs.has("layer_norm_eps") || attrs.has("layer_norm_epsilon")) return "LayerNorm";
  return "unknown";
}

function readAttentionBias(attrs: ConfigAttributes, ctx: FieldContext): boolean | null {
  if (attrs.has("attention_bias")) return readOptionalBool(attrs, "attention_bias", ctx);
  if (attrs.has("bias")) return readOptionalBool(attrs, "bias", ctx);
  return null;
}

function readQkNorm(attrs: ConfigAttributes): boolean {
  const scalar = attrs.get("query_pre_attn_scalar")?.value;
  return (
    pyTruthy(attrs.get("qk_layernorm")?.value) ||
    pyTruthy(attrs.get("qk_norm")?.value) ||
    (scalar !== undefined && scalar !== null)
  );
}

function readPosEncoding(attrs: ConfigAttributes, ropeTheta: PyNumber | null, ctx: FieldContext): string {
  if (ropeTheta !== null) return "RoPE";
  if (!attrs.has("position_embedding_type")) return "absolute";
  return readOptionalString(attrs, "position_embedding_type", ctx) ?? "absolute";
}

function readHeadDim(attrs: ConfigAttributes, dims: Dimensions, ctx: FieldContext): number | null {
  const hd = readDimension(attrs, "head_dim", ctx, true);
  if (hd !== null) return hd.value;
  if (!attrs.rules.headDimFromHidden || dims.heads.value === 0) return null;
  return Math.floor(dims.hidden.value / dims.heads.value);
}

function pyIntOrNone(n: number | null): string {
  return n === null ? "None" : String(n);
}
