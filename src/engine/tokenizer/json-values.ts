// Reading the JSON tokenizer files and checking the values in them. Every check failure is a
// MalformedInputError naming the file, the field and what was found, so a user can open the file
// and see the problem.

import { MalformedInputError } from "../errors.js";
import { isJsonObject } from "../json-object.js";
import { decodeUtf8Strict } from "../io/utf8.js";
import type { ModelSource } from "../model/model-source.js";
import { MAX_TOKEN_CHARS, MAX_TOKEN_ID } from "./limits.js";

export type JsonRecord = Record<string, unknown>;

/** How a model file is named in messages (as `inspect` names config.json). */
export function fileLabel(model: ModelSource, path: string): string {
  return `${model.ref}/${path}`;
}

/**
 * `keepBom`: text vocabularies keep a leading U+FEFF as part of the first token, as Python and
 * Rust read them; JSON files drop it (their parsers would refuse it; dropping it is harmless).
 */
export function decodeUtf8(bytes: Uint8Array, file: string, keepBom = false): string {
  const text = decodeUtf8Strict(bytes, keepBom);
  if (text === null) throw new MalformedInputError({ file }, "not valid UTF-8");
  return text;
}

export async function readJson(model: ModelSource, path: string, maxBytes: number): Promise<unknown> {
  const file = fileLabel(model, path);
  const text = decodeUtf8(await model.readFile(path, maxBytes), file);
  try {
    return JSON.parse(text) as unknown;
  } catch (err) {
    throw new MalformedInputError({ file }, `not valid JSON (${(err as Error).message})`);
  }
}

/** A JSON file that must hold an object; null when the model does not ship it. */
export async function readOptionalObject(
  model: ModelSource,
  path: string,
  maxBytes: number,
): Promise<JsonRecord | null> {
  if (!model.file(path)) return null;
  const json = await readJson(model, path, maxBytes);
  return expectRecord(json, fileLabel(model, path));
}

export { isJsonObject as isRecord };

export function describe(x: unknown): string {
  if (x === undefined) return "nothing (the field is missing)";
  if (x === null) return "null";
  if (Array.isArray(x)) return `an array of ${x.length}`;
  if (typeof x === "string") return `the string ${JSON.stringify(x.length > 40 ? `${x.slice(0, 40)}…` : x)}`;
  if (typeof x === "object") return "an object";
  return `${typeof x} ${String(x)}`;
}

export function expectRecord(x: unknown, file: string, field?: string): JsonRecord {
  if (isJsonObject(x)) return x;
  throw new MalformedInputError(
    { file, ...(field === undefined ? {} : { field }) },
    `expected a JSON object, found ${describe(x)}`,
  );
}

export function expectArray(x: unknown, file: string, field: string): unknown[] {
  if (Array.isArray(x)) return x;
  throw new MalformedInputError({ file, field }, `expected an array, found ${describe(x)}`);
}

export function expectToken(x: unknown, file: string, field: string): string {
  if (typeof x !== "string") {
    throw new MalformedInputError({ file, field }, `expected a token string, found ${describe(x)}`);
  }
  if (x.length > MAX_TOKEN_CHARS) {
    throw new MalformedInputError(
      { file, field },
      `token of ${x.length} characters is over the ${MAX_TOKEN_CHARS}-character limit`,
    );
  }
  return x;
}

export function expectTokenId(x: unknown, file: string, field: string): number {
  if (typeof x === "number" && Number.isInteger(x) && x >= 0 && x <= MAX_TOKEN_ID) return x;
  throw new MalformedInputError(
    { file, field },
    `expected a token id (an integer from 0 to ${MAX_TOKEN_ID}), found ${describe(x)}`,
  );
}

/** An optional boolean flag; absent or null means `fallback`. */
export function optionalBool(
  obj: JsonRecord,
  key: string,
  fallback: boolean,
  file: string,
  at: string,
): boolean {
  const v = obj[key];
  if (v === undefined || v === null) return fallback;
  if (typeof v === "boolean") return v;
  throw new MalformedInputError(
    { file, field: `${at}.${key}` },
    `expected true or false, found ${describe(v)}`,
  );
}
