// JSON read the way Python's json.loads sees it: every number keeps its int/float lexical form
// (4096 and 4096.0 hash differently in the reference, spec §1.4), so config.json and stored
// feature bundles are parsed with lossless-json into PyNumber leaves, never with JSON.parse.

import { parse } from "lossless-json";
import { MalformedInputError } from "../../errors.js";
import { PyNumber, type PyValue } from "../../pycompat/py-json.js";

/** A JSON value with numbers as PyNumber (int or float, as written). */
export type ConfigValue = null | boolean | string | PyNumber | readonly ConfigValue[] | ConfigObject;
export interface ConfigObject {
  readonly [key: string]: ConfigValue;
}

/** Plain JSON (numbers as JS numbers): what a fingerprint stores for display and caching. */
export type JsonValue = null | boolean | string | number | readonly JsonValue[] | JsonObject;
export interface JsonObject {
  readonly [key: string]: JsonValue;
}

/** config.json files of real models are a few KB; anything past this is not a config. */
export const MAX_CONFIG_JSON_BYTES = 4 * 1024 * 1024;

/**
 * Parses UTF-8 JSON text keeping number literals. Throws MalformedInputError naming `file` for
 * invalid UTF-8, invalid JSON and duplicate keys with different values (Python keeps the last
 * one, other parsers the first: a security tool refuses the ambiguity instead of picking one).
 */
export function parseLosslessJson(bytes: Uint8Array, file: string): ConfigValue {
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw new MalformedInputError({ file }, "not valid UTF-8; save the file as UTF-8 JSON");
  }
  try {
    // lossless-json builds only objects, arrays, strings, booleans, null and what parseNumber
    // returns, so the result is a ConfigValue by construction.
    return parse(text, undefined, (literal) => PyNumber.fromLiteral(literal)) as ConfigValue;
  } catch (err) {
    // RangeError (nesting deeper than the stack) lands here too: it is malformed input as well.
    throw new MalformedInputError({ file }, `not valid JSON (${(err as Error).message})`);
  }
}

/** config.json bytes → the top-level object. `file` names the file in every error. */
export function readConfigJson(bytes: Uint8Array, file: string): ConfigObject {
  if (bytes.length > MAX_CONFIG_JSON_BYTES) {
    throw new MalformedInputError(
      { file },
      `file is ${bytes.length} bytes, over the ${MAX_CONFIG_JSON_BYTES}-byte limit for config.json`,
    );
  }
  const value = parseLosslessJson(bytes, file);
  if (!isConfigObject(value)) {
    throw new MalformedInputError(
      { file },
      `expected a JSON object at the top level, found ${describe(value)}`,
    );
  }
  return value;
}

export function isConfigObject(v: ConfigValue | undefined): v is ConfigObject {
  return typeof v === "object" && v !== null && !Array.isArray(v) && !(v instanceof PyNumber);
}

/** Own keys only: a config key named "constructor" or "__proto__" is just a key. */
export function ownValue(obj: ConfigObject, key: string): ConfigValue | undefined {
  return Object.prototype.hasOwnProperty.call(obj, key) ? obj[key] : undefined;
}

/** Python truthiness of a JSON value (0, "", [], {}, null and false are falsy). */
export function pyTruthy(v: ConfigValue | undefined): boolean {
  if (v === undefined || v === null) return false;
  if (typeof v === "boolean") return v;
  if (typeof v === "string") return v.length > 0;
  if (v instanceof PyNumber) return v.toNumber() !== 0;
  if (Array.isArray(v)) return v.length > 0;
  return Object.keys(v).length > 0;
}

/** For messages: "a string (\"4096\")", "a list", "null". */
export function describe(v: ConfigValue | undefined): string {
  if (v === undefined) return "nothing";
  if (v === null) return "null";
  if (typeof v === "boolean") return `a boolean (${v})`;
  if (typeof v === "string") return `a string (${JSON.stringify(v.length > 40 ? `${v.slice(0, 40)}…` : v)})`;
  if (v instanceof PyNumber) return `${v.kind === "int" ? "an integer" : "a float"} (${v.toString()})`;
  if (Array.isArray(v)) return "a list";
  return "an object";
}

/** Numbers become JS numbers (display and cache form); structure and key order are kept. */
export function toPlainJson(v: ConfigValue): JsonValue {
  if (v instanceof PyNumber) return v.toNumber();
  if (Array.isArray(v)) return (v as readonly ConfigValue[]).map(toPlainJson);
  if (isConfigObject(v)) {
    const out: Record<string, JsonValue> = {};
    for (const key of Object.keys(v)) {
      Object.defineProperty(out, key, {
        value: toPlainJson(v[key] as ConfigValue),
        enumerable: true,
        writable: true,
        configurable: true,
      });
    }
    return out;
  }
  return v as null | boolean | string;
}

/** A ConfigValue is a PyValue: hash inputs can be built from raw config values directly. */
export function asPyValue(v: ConfigValue): PyValue {
  return v;
}
