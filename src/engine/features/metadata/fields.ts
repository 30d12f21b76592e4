// Typed reads of single MFI fields from config attributes. The reference validates its
// fingerprint with pydantic and aborts the whole extraction on a bad value (spec §11.1 item 4);
// we raise a typed error that names config.json and the field for what the reference cannot
// process either, and report values it would silently coerce (4096.0 → 4096) as warnings.

import { MalformedInputError } from "../../errors.js";
import { PyNumber } from "../../pycompat/py-json.js";
import type { ConfigAttributes } from "./attributes.js";
import { describe, pyTruthy, type ConfigValue } from "./config-json.js";

export interface MfiWarning {
  /** The config.json field ("hidden_size", "text_config.rope_theta"). */
  readonly field: string;
  readonly message: string;
}

/** A dimension: the raw value (hashed as written) and the integer the fingerprint stores. */
export interface Dimension {
  readonly raw: PyNumber;
  readonly value: number;
}

export interface FieldContext {
  readonly file: string;
  readonly warnings: MfiWarning[];
}

const FIX_DIMENSION = "write it as a JSON integer, as save_pretrained does";

/**
 * A dimension field: absent → `absent` (0, or null for nullable fields); null → error unless
 * nullable; an integral float is kept raw (the reference hashes 4096.0) with a warning; other
 * values are errors because the reference's pydantic model refuses them.
 */
export function readDimension(
  attrs: ConfigAttributes,
  name: string,
  ctx: FieldContext,
  nullable: boolean,
): Dimension | null {
  const attr = attrs.get(name);
  if (attr === undefined) return nullable ? null : { raw: PyNumber.int(0), value: 0 };
  const field = attr.key ?? attrs.path(name);
  if (attr.value === null) {
    if (nullable) return null;
    throw new MalformedInputError({ file: ctx.file, field }, `${field} is null; ${FIX_DIMENSION}`);
  }
  return checkInteger(attr.value, field, ctx, "integer");
}

function checkInteger(v: ConfigValue, field: string, ctx: FieldContext, want: string): Dimension {
  if (!(v instanceof PyNumber)) {
    throw new MalformedInputError(
      { file: ctx.file, field },
      `expected an ${want}, found ${describe(v)}; ${FIX_DIMENSION}`,
    );
  }
  const n = v.toNumber();
  if (!Number.isSafeInteger(n)) {
    const why = Number.isInteger(n)
      ? `beyond ${Number.MAX_SAFE_INTEGER}, the largest integer held exactly`
      : "not a whole number";
    throw new MalformedInputError({ file: ctx.file, field }, `${v.toString()} is ${why}; ${FIX_DIMENSION}`);
  }
  if (v.kind === "float") {
    ctx.warnings.push({
      field,
      message:
        `written as the float ${v.toString()}: the fingerprint uses ${n}, but arch_hash hashes ` +
        `${v.toString()} as the reference does, so it differs from a config that writes ${n}`,
    });
  }
  if (n < 0) ctx.warnings.push({ field, message: `negative value ${n}` });
  return { raw: v, value: n };
}

/** intermediate_size candidates, first truthy and > 0 wins (spec §1.3). */
const FFN_FIELDS = ["intermediate_size", "d_ff", "encoder_ffn_dim", "decoder_ffn_dim", "ffn_dim"];

/**
 * The reference takes int(value) of the first candidate that is truthy and > 0, then
 * hidden_dim if it differs from hidden_size, else 0. int() truncates a float, so the hashed
 * value is always an int here.
 */
export function readIntermediate(attrs: ConfigAttributes, hidden: Dimension, ctx: FieldContext): Dimension {
  for (const name of FFN_FIELDS) {
    const d = positiveCandidate(attrs, name, ctx);
    if (d) return d;
  }
  const d = positiveCandidate(attrs, "hidden_dim", ctx);
  if (d && d.value !== hidden.value) return d;
  return { raw: PyNumber.int(0), value: 0 };
}

function positiveCandidate(attrs: ConfigAttributes, name: string, ctx: FieldContext): Dimension | null {
  const attr = attrs.get(name);
  if (attr === undefined || !pyTruthy(attr.value)) return null;
  const field = attr.key ?? attrs.path(name);
  if (!(attr.value instanceof PyNumber)) {
    // Python raises comparing a string or list with 0: the reference cannot process it either.
    throw new MalformedInputError(
      { file: ctx.file, field },
      `expected an integer, found ${describe(attr.value)}; ${FIX_DIMENSION}`,
    );
  }
  const x = attr.value.toNumber();
  if (!(x > 0)) return null;
  const n = Math.trunc(x);
  if (attr.value.kind === "float") {
    ctx.warnings.push({ field, message: `written as the float ${attr.value.toString()}; int() gives ${n}` });
  }
  if (!Number.isSafeInteger(n)) {
    throw new MalformedInputError(
      { file: ctx.file, field },
      `${attr.value.toString()} is beyond ${Number.MAX_SAFE_INTEGER}; ${FIX_DIMENSION}`,
    );
  }
  return { raw: PyNumber.int(n), value: n };
}

/** An optional string field (hidden_act): a non-string value is reported and dropped. */
export function readOptionalString(
  attrs: ConfigAttributes,
  name: string,
  ctx: FieldContext,
): string | null | undefined {
  const attr = attrs.get(name);
  if (attr === undefined) return undefined;
  if (attr.value === null || typeof attr.value === "string") return attr.value;
  ctx.warnings.push({
    field: attr.key ?? attrs.path(name),
    message: `expected a string, found ${describe(attr.value)}; ignored`,
  });
  return null;
}

/** An optional boolean field (tie_word_embeddings, attention_bias). */
export function readOptionalBool(attrs: ConfigAttributes, name: string, ctx: FieldContext): boolean | null {
  const attr = attrs.get(name);
  if (attr === undefined || attr.value === null) return null;
  if (typeof attr.value === "boolean") return attr.value;
  ctx.warnings.push({
    field: attr.key ?? attrs.path(name),
    message: `expected true or false, found ${describe(attr.value)}; ignored`,
  });
  return null;
}
