// MFI fingerprints as reference feature bundles store them (spec §7.3 `mfi`): reading one back
// into an MfiFingerprint, re-deriving its hashes from the stored fields (spec §12.6), and the
// Python form for writing one (pydantic types: rope_theta and gqa_ratio are floats).

import { PyNumber, type PyValue } from "../../pycompat/py-json.js";
import {
  describe,
  isConfigObject,
  ownValue,
  toPlainJson,
  type ConfigObject,
  type ConfigValue,
  type JsonObject,
} from "./config-json.js";
import type { ArchHashFields, FamilyHashFields } from "./hashes.js";
import { MFI_FIELDS, type MfiFingerprint } from "./fingerprint.js";

export interface FieldProblem {
  readonly field: string;
  readonly message: string;
}

type Kind = "str" | "str?" | "int" | "int?" | "float" | "float?" | "bool" | "bool?" | "strs" | "dict?";

/** Field kinds and the pydantic defaults used when a stored bundle omits a field. */
const SCHEMA: Readonly<Record<keyof MfiFingerprint, readonly [Kind, unknown]>> = {
  model_type: ["str", "unknown"],
  architectures: ["strs", ["unknown"]],
  hidden_size: ["int", 0],
  num_hidden_layers: ["int", 0],
  num_attention_heads: ["int", 0],
  num_key_value_heads: ["int?", null],
  intermediate_size: ["int", 0],
  vocab_size: ["int", 0],
  max_position_embeddings: ["int", 0],
  hidden_act: ["str?", null],
  rope_theta: ["float?", null],
  rope_scaling: ["dict?", null],
  tie_word_embeddings: ["bool?", null],
  bos_token_id: ["int?", null],
  eos_token_id: ["int?", null],
  gqa_ratio: ["float", 1.0],
  attention_style: ["str", "MHA"],
  norm_type: ["str", "unknown"],
  attention_bias: ["bool?", null],
  qk_norm: ["bool", false],
  pos_encoding: ["str", "absolute"],
  head_dim: ["int?", null],
  tokenizer_hash: ["str", ""],
  token_id_signature: ["str", ""],
  arch_hash: ["str", ""],
  family_hash: ["str", ""],
};

/**
 * A stored `mfi` object → MfiFingerprint. A field of the wrong type is a problem and takes its
 * default, so one bad field does not hide the rest of the entry.
 */
export function parseStoredMfi(mfi: ConfigObject): { fingerprint: MfiFingerprint; problems: FieldProblem[] } {
  const problems: FieldProblem[] = [];
  const out: Record<string, unknown> = {};
  for (const name of MFI_FIELDS) {
    const [kind, fallback] = SCHEMA[name];
    const raw = ownValue(mfi, name);
    const value = raw === undefined ? fallback : convert(raw, kind);
    if (value === INVALID) {
      problems.push({ field: `mfi.${name}`, message: `expected ${KIND_TEXT[kind]}, found ${describe(raw)}` });
      out[name] = fallback;
    } else {
      out[name] = value;
    }
  }
  return { fingerprint: out as unknown as MfiFingerprint, problems };
}

const INVALID = Symbol("invalid");

const KIND_TEXT: Readonly<Record<Kind, string>> = {
  str: "a string",
  "str?": "a string or null",
  int: "an integer",
  "int?": "an integer or null",
  float: "a number",
  "float?": "a number or null",
  bool: "true or false",
  "bool?": "true, false or null",
  strs: "a list of strings",
  "dict?": "an object or null",
};

function convert(v: ConfigValue, kind: Kind): unknown {
  if (v === null) return kind.endsWith("?") ? null : INVALID;
  switch (kind.replace("?", "")) {
    case "str":
      return typeof v === "string" ? v : INVALID;
    case "bool":
      return typeof v === "boolean" ? v : INVALID;
    case "float":
      return v instanceof PyNumber ? v.toNumber() : INVALID;
    case "int":
      // pydantic accepts 4096.0 for an int field; the stored form still matters for arch_hash.
      return v instanceof PyNumber && Number.isSafeInteger(v.toNumber()) ? v.toNumber() : INVALID;
    case "strs":
      return Array.isArray(v) && v.every((s) => typeof s === "string") ? [...(v as string[])] : INVALID;
    default:
      return isConfigObject(v) ? (toPlainJson(v) as JsonObject) : INVALID;
  }
}

const ARCH_FIELDS = [
  "hidden_size",
  "num_hidden_layers",
  "num_attention_heads",
  "num_key_value_heads",
  "intermediate_size",
  "vocab_size",
  "max_position_embeddings",
] as const;

/** The nine stored values as they were written (int/float form kept), or the problems. */
export function storedArchFields(mfi: ConfigObject): ArchHashFields | FieldProblem[] {
  const problems: FieldProblem[] = [];
  const modelType = ownValue(mfi, "model_type");
  if (typeof modelType !== "string") problems.push(wrong("model_type", "a string", modelType));
  const archs = ownValue(mfi, "architectures");
  const archsOk = Array.isArray(archs) && archs.every((a) => typeof a === "string");
  if (!archsOk) problems.push(wrong("architectures", "a list of strings", archs));
  const nums: Record<string, PyNumber | null> = {};
  for (const name of ARCH_FIELDS) {
    const v = ownValue(mfi, name);
    if (v instanceof PyNumber || (v === null && name === "num_key_value_heads")) nums[name] = v;
    else problems.push(wrong(name, name === "num_key_value_heads" ? "a number or null" : "a number", v));
  }
  if (problems.length > 0) return problems;
  return {
    model_type: modelType as string,
    architectures: archs as readonly string[],
    hidden_size: nums.hidden_size as PyNumber,
    num_hidden_layers: nums.num_hidden_layers as PyNumber,
    num_attention_heads: nums.num_attention_heads as PyNumber,
    num_key_value_heads: nums.num_key_value_heads ?? null,
    intermediate_size: nums.intermediate_size as PyNumber,
    vocab_size: nums.vocab_size as PyNumber,
    max_position_embeddings: nums.max_position_embeddings as PyNumber,
  };
}

/** The family-hash inputs from stored fields, rope_theta in its stored (float) form. */
export function storedFamilyFields(mfi: ConfigObject): FamilyHashFields | FieldProblem[] {
  const problems: FieldProblem[] = [];
  const str = (name: string, nullable: boolean): string | null => {
    const v = ownValue(mfi, name);
    if (typeof v === "string" || (nullable && v === null)) return v;
    problems.push(wrong(name, nullable ? "a string or null" : "a string", v));
    return null;
  };
  const fields = {
    model_type: str("model_type", false) as string,
    attention_style: str("attention_style", false) as string,
    hidden_act: str("hidden_act", true),
    norm_type: str("norm_type", false) as string,
    tokenizer_hash: str("tokenizer_hash", false) as string,
  };
  const theta = ownValue(mfi, "rope_theta");
  if (!(theta === null || theta instanceof PyNumber))
    problems.push(wrong("rope_theta", "a number or null", theta));
  if (problems.length > 0) return problems;
  return { ...fields, rope_theta: theta as PyNumber | null, rope_scaling: ownValue(mfi, "rope_scaling") };
}

function wrong(name: string, want: string, v: ConfigValue | undefined): FieldProblem {
  return { field: `mfi.${name}`, message: `expected ${want}, found ${describe(v)}` };
}

/**
 * The Python value a reference bundle stores: ints as ints, rope_theta and gqa_ratio as floats
 * (an int rope_theta 1000000 is stored as 1000000.0, spec §1.3). Key order is the field order.
 */
export function mfiToPyValue(fp: MfiFingerprint): PyValue {
  const out: Record<string, PyValue> = {};
  for (const name of MFI_FIELDS) {
    const v = fp[name];
    if (name === "rope_theta" || name === "gqa_ratio") {
      out[name] = v === null ? null : PyNumber.float(v as number);
    } else {
      out[name] = v as PyValue;
    }
  }
  return out;
}
