// TokenizerFeatures from and to the dicts the reference stores (database bundles' `tfv`, cache
// entries): pydantic's validation in its default lax mode — defaults for absent fields (§2.2), the
// coercions JSON input can need (5.0 → 5, true → 1, "5" → 5) — and the Python types on the way out.
// Numbers may be JS numbers (JSON.parse) or PyNumber leaves (lossless-json, as bundles are read).

import { MalformedInputError } from "../../errors.js";
import { PyNumber, type PyValue } from "../../pycompat/py-json.js";
import { defaultTfv, type TokenizerFeatures } from "./tfv.js";

type Dict = Readonly<Record<string, unknown>>;

/**
 * TokenizerFeatures.model_validate(dict). Unknown keys are ignored as pydantic does; a missing
 * required field or a value of the wrong type throws MalformedInputError naming `file` and the field.
 */
export function tfvFromBundle(dict: unknown, file: string): TokenizerFeatures {
  const d = asDict(dict, file, "tfv");
  const v = new FieldReader(d, file);
  const base = defaultTfv(v.required("vocab_size", toInt), v.required("tokenizer_class", toStr));
  return {
    vocab_size: base.vocab_size,
    tokenizer_class: base.tokenizer_class,
    bos_token_id: v.optional("bos_token_id", nullable(toInt), base.bos_token_id),
    eos_token_id: v.optional("eos_token_id", nullable(toInt), base.eos_token_id),
    pad_token_id: v.optional("pad_token_id", nullable(toInt), base.pad_token_id),
    num_added_tokens: v.optional("num_added_tokens", nullable(toInt), base.num_added_tokens),
    num_special_tokens: v.optional("num_special_tokens", nullable(toInt), base.num_special_tokens),
    num_merges: v.optional("num_merges", toInt, base.num_merges),
    first_5_merges: v.optional("first_5_merges", listOf(toStr), base.first_5_merges),
    merge_rule_hash: v.optional("merge_rule_hash", toStr, base.merge_rule_hash),
    all_merges_str: v.optional("all_merges_str", toStr, base.all_merges_str),
    special_token_ids: v.optional("special_token_ids", dictOf(nullable(toInt)), base.special_token_ids),
    pct_single_char: v.optional("pct_single_char", nullable(toFloat), base.pct_single_char),
    avg_token_length: v.optional("avg_token_length", toFloat, base.avg_token_length),
    max_token_length: v.optional("max_token_length", nullable(toInt), base.max_token_length),
    pct_whitespace_prefix: v.optional("pct_whitespace_prefix", toFloat, base.pct_whitespace_prefix),
    pct_byte_tokens: v.optional("pct_byte_tokens", toFloat, base.pct_byte_tokens),
    script_distribution: v.optional("script_distribution", dictOf(toFloat), base.script_distribution),
  };
}

/**
 * model_dump() as json.dumps would see it: float fields stay floats (0.0, 7.0) and int fields ints, so
 * hashes and caches written from it match Python's bytes. `withMerges: false` drops all_merges_str as
 * database bundles do.
 */
export function tfvToPyValue(f: TokenizerFeatures, withMerges = true): { readonly [k: string]: PyValue } {
  const float = (x: number): PyNumber => PyNumber.float(x);
  const optFloat = (x: number | null): PyNumber | null => (x === null ? null : float(x));
  const out: Record<string, PyValue> = {
    vocab_size: f.vocab_size,
    tokenizer_class: f.tokenizer_class,
    bos_token_id: f.bos_token_id,
    eos_token_id: f.eos_token_id,
    pad_token_id: f.pad_token_id,
    num_added_tokens: f.num_added_tokens,
    num_special_tokens: f.num_special_tokens,
    num_merges: f.num_merges,
    first_5_merges: f.first_5_merges,
    merge_rule_hash: f.merge_rule_hash,
    all_merges_str: f.all_merges_str,
    special_token_ids: f.special_token_ids,
    pct_single_char: optFloat(f.pct_single_char),
    avg_token_length: float(f.avg_token_length),
    max_token_length: f.max_token_length,
    pct_whitespace_prefix: float(f.pct_whitespace_prefix),
    pct_byte_tokens: float(f.pct_byte_tokens),
    script_distribution: Object.fromEntries(
      Object.entries(f.script_distribution).map(([k, x]) => [k, float(x)]),
    ),
  };
  if (!withMerges) delete out.all_merges_str;
  return out;
}

/** Why a value was rejected; a class, so no converted value (a dict with an "error" key) looks like one. */
class Invalid {
  constructor(readonly error: string) {}
}

/** Converts one JSON value or says what was expected. */
type Convert<T> = (x: unknown) => T | Invalid;

class FieldReader {
  constructor(
    private readonly d: Dict,
    private readonly file: string,
  ) {}
  required<T>(key: string, convert: Convert<T>): T {
    if (!Object.hasOwn(this.d, key)) throw this.fail(key, "required field is missing");
    return this.read(key, convert);
  }
  optional<T>(key: string, convert: Convert<T>, fallback: T): T {
    return Object.hasOwn(this.d, key) ? this.read(key, convert) : fallback;
  }
  private read<T>(key: string, convert: Convert<T>): T {
    const r = convert(this.d[key]);
    if (isError(r)) throw this.fail(key, `${r.error}, got ${describe(this.d[key])}`);
    return r;
  }
  private fail(key: string, message: string): MalformedInputError {
    return new MalformedInputError({ file: this.file, field: `tfv.${key}` }, message);
  }
}

function isError<T>(r: T | Invalid): r is Invalid {
  return r instanceof Invalid;
}

/** A JSON object; PyNumber leaves (bundles read with lossless-json) are numbers, not objects. */
function isDict(x: unknown): x is Dict {
  return typeof x === "object" && x !== null && !Array.isArray(x) && !(x instanceof PyNumber);
}

function asDict(x: unknown, file: string, field: string): Dict {
  if (isDict(x)) return x;
  throw new MalformedInputError({ file, field }, `expected an object, got ${describe(x)}`);
}

// Lax-mode rules of pydantic for JSON input: ints accept integral floats, booleans and integer
// strings; floats accept ints, booleans and numeric strings; str accepts only strings.
const INT_TEXT = /^\s*[+-]?\d+\s*$/;
const FLOAT_TEXT = /^\s*[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?\s*$/;

const toInt: Convert<number> = (x) => {
  if (x instanceof PyNumber) return toInt(x.toNumber());
  if (typeof x === "boolean") return x ? 1 : 0;
  if (typeof x === "number" && Number.isInteger(x)) return x;
  if (typeof x === "string" && INT_TEXT.test(x)) return Number(x);
  return new Invalid("expected an integer");
};

const toFloat: Convert<number> = (x) => {
  if (x instanceof PyNumber) return x.toNumber();
  if (typeof x === "boolean") return x ? 1 : 0;
  if (typeof x === "number") return x;
  if (typeof x === "string" && FLOAT_TEXT.test(x)) return Number(x);
  return new Invalid("expected a number");
};

const toStr: Convert<string> = (x) => (typeof x === "string" ? x : new Invalid("expected a string"));

function nullable<T>(convert: Convert<T>): Convert<T | null> {
  return (x) => (x === null ? null : convert(x));
}

function listOf<T>(convert: Convert<T>): Convert<T[]> {
  return (x) => {
    if (!Array.isArray(x)) return new Invalid("expected a list");
    const out: T[] = [];
    for (const [i, item] of x.entries()) {
      const r = convert(item);
      if (isError(r)) return new Invalid(`item ${i}: ${r.error}`);
      out.push(r);
    }
    return out;
  };
}

function dictOf<T>(convert: Convert<T>): Convert<Record<string, T>> {
  return (x) => {
    if (!isDict(x)) return new Invalid("expected an object");
    const entries: [string, T][] = [];
    for (const [k, item] of Object.entries(x)) {
      const r = convert(item);
      if (isError(r)) return new Invalid(`key ${JSON.stringify(k)}: ${r.error}`);
      entries.push([k, r]);
    }
    // fromEntries defines own properties, so a "__proto__" key stays data, not a prototype.
    return Object.fromEntries(entries);
  };
}

function describe(x: unknown): string {
  if (x === null) return "null";
  if (x instanceof PyNumber) return `number ${x.toString()}`;
  if (Array.isArray(x)) return "a list";
  if (typeof x === "object") return "an object";
  const text = typeof x === "string" ? JSON.stringify(x) : String(x);
  return `${typeof x} ${text.length > 40 ? `${text.slice(0, 40)}…` : text}`;
}
