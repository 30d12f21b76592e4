// arch_hash and family_hash exactly as the reference computes them (spec §1.4): SHA-256 of
// Python's json.dumps of a list of RAW values. "Raw" means as config.json wrote them, so the
// inputs here are PyNumber (int or float form), never plain JS numbers.

import { createHash } from "node:crypto";
import { PyNumber, pyJsonDumps, type PyValue } from "../../pycompat/py-json.js";
import { pyRound } from "../../pycompat/py-float.js";
import { isConfigObject, ownValue, type ConfigValue } from "./config-json.js";

export function sha256Hex(text: string): string {
  return createHash("sha256").update(text, "utf8").digest("hex");
}

/** The nine raw values of the tier-1 hash, in hash order. */
export interface ArchHashFields {
  readonly model_type: string;
  readonly architectures: readonly string[];
  readonly hidden_size: PyNumber;
  readonly num_hidden_layers: PyNumber;
  readonly num_attention_heads: PyNumber;
  readonly num_key_value_heads: PyNumber | null;
  readonly intermediate_size: PyNumber;
  readonly vocab_size: PyNumber;
  readonly max_position_embeddings: PyNumber;
}

/** The exact text that is hashed, e.g. `["llama", ["LlamaForCausalLM"], 4096, 32, …]`. */
export function archHashText(f: ArchHashFields): string {
  const list: PyValue[] = [
    f.model_type,
    f.architectures,
    f.hidden_size,
    f.num_hidden_layers,
    f.num_attention_heads,
    f.num_key_value_heads,
    f.intermediate_size,
    f.vocab_size,
    f.max_position_embeddings,
  ];
  // The reference passes sort_keys=True; there are no dicts in the list, so it changes nothing.
  return pyJsonDumps(list, { sortKeys: true });
}

export function archHash(f: ArchHashFields): string {
  return sha256Hex(archHashText(f));
}

/** The tier-2 inputs. rope_theta and rope_scaling are the raw config values. */
export interface FamilyHashFields {
  readonly model_type: string;
  readonly attention_style: string;
  readonly hidden_act: string | null;
  readonly norm_type: string;
  readonly tokenizer_hash: string;
  readonly rope_theta: PyNumber | null;
  readonly rope_scaling: ConfigValue | undefined;
}

export function familyHashText(f: FamilyHashFields): string {
  const list: PyValue[] = [
    f.model_type,
    f.attention_style,
    f.hidden_act,
    f.norm_type,
    f.tokenizer_hash,
    ropeThetaBucket(f.rope_theta),
    ropeScalingType(f.rope_scaling),
  ];
  return pyJsonDumps(list, { sortKeys: true });
}

export function familyHash(f: FamilyHashFields): string {
  return sha256Hex(familyHashText(f));
}

/**
 * Py-str(Py-round(rope_theta, -2)) on the raw value: an int stays an int ("1000000"), a float
 * stays a float ("1000000.0", "1e+16"); None gives "none".
 */
export function ropeThetaBucket(theta: PyNumber | null): string {
  if (theta === null) return "none";
  if (theta.kind === "float") return PyNumber.float(pyRound(theta.toNumber(), -2)).toString();
  return roundIntHalfEven(theta.int as bigint, 100n).toString();
}

/** Python round(int, -2): nearest multiple of `step`, exact ties to the even multiple. */
function roundIntHalfEven(n: bigint, step: bigint): bigint {
  const neg = n < 0n;
  const a = neg ? -n : n;
  let q = a / step;
  const twiceRem = 2n * (a - q * step);
  if (twiceRem > step || (twiceRem === step && (q & 1n) === 1n)) q += 1n;
  const r = q * step;
  return neg ? -r : r;
}

/**
 * "none" unless rope_scaling is a non-empty dict; then Py-str of its legacy "type" key (not
 * rope_type), "none" when the key is absent and "None" when it is null.
 */
export function ropeScalingType(scaling: ConfigValue | undefined): string {
  if (!isConfigObject(scaling) || Object.keys(scaling).length === 0) return "none";
  const t = ownValue(scaling, "type");
  return t === undefined ? "none" : pyStr(t);
}

/** Python str() of a JSON scalar; containers fall back to their json.dumps text (see docs/mfi.md). */
export function pyStr(v: ConfigValue): string {
  if (v === null) return "None";
  if (v === true) return "True";
  if (v === false) return "False";
  if (typeof v === "string") return v;
  if (v instanceof PyNumber) return v.toString();
  return pyJsonDumps(v);
}
