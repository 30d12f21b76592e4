// Schema errors as the user should read them: ajv's errors mapped to the line and column of the
// value in the YAML, each saying what was found and what was expected (the schema's `description`
// of the property is the "expected" half).

import { Ajv, type ErrorObject, type ValidateFunction } from "ajv";
import type { Document, LineCounter } from "yaml";
import { MANIFEST_SCHEMA } from "./manifest-schema.js";
import { keyNodeAt, nodeAt, pointerSegments, positionOf, type Position } from "./yaml-positions.js";

/** Every schema problem of `data` (the document's JS value), with its position. */
export function schemaProblems(doc: Document, lines: LineCounter, data: unknown): [Position, string][] {
  const validate = schemaValidator();
  if (validate(data)) return [];
  return relevantErrors(validate.errors ?? []).map((e) => schemaProblem(doc, lines, e, data));
}

let compiled: ValidateFunction | null = null;
function schemaValidator(): ValidateFunction {
  compiled ??= new Ajv({ allErrors: true, verbose: true, strict: true, strictRequired: false }).compile(
    MANIFEST_SCHEMA,
  );
  return compiled;
}

/** Drops the branch errors of an anyOf/oneOf: its own error says what was expected. */
function relevantErrors(errors: readonly ErrorObject[]): ErrorObject[] {
  const unions = errors.filter((e) => e.keyword === "anyOf" || e.keyword === "oneOf");
  return errors.filter(
    (e) =>
      unions.includes(e) ||
      !unions.some(
        (u) =>
          (e.instancePath === u.instancePath || e.instancePath.startsWith(`${u.instancePath}/`)) &&
          e.schemaPath.startsWith(`${u.schemaPath}/`),
      ),
  );
}

function schemaProblem(doc: Document, lines: LineCounter, e: ErrorObject, data: unknown): [Position, string] {
  const path = pointerSegments(e.instancePath);
  const where = path.length === 0 ? "the manifest" : displayPath(path);
  const schema = e.parentSchema as { description?: string; properties?: Record<string, unknown> } | undefined;
  const expected = schema?.description;
  const found = describe(e.data);
  switch (e.keyword) {
    case "additionalProperties": {
      const key = String((e.params as { additionalProperty: string }).additionalProperty);
      const allowed = Object.keys(schema?.properties ?? {}).join(", ");
      return [
        positionOf(keyNodeAt(doc, path, key), lines),
        `unknown key "${key}" in ${where}; expected one of: ${allowed}`,
      ];
    }
    case "required": {
      const key = String((e.params as { missingProperty: string }).missingProperty);
      const prop = (schema?.properties?.[key] as { description?: string } | undefined)?.description;
      return [
        positionOf(nodeAt(doc, path), lines),
        `${where} has no "${key}"${prop ? `; expected ${prop}` : ""}`,
      ];
    }
    case "type":
      return [
        positionOf(nodeAt(doc, path), lines),
        `${where}: found ${found}, expected ${expected ?? typeName(String((e.params as { type: string }).type))}`,
      ];
    default:
      return [
        positionOf(nodeAt(doc, path), lines),
        `${where}: found ${path.length === 0 && data === null ? "an empty document" : found}, expected ${expected ?? e.message ?? "something else"}`,
      ];
  }
}

function typeName(t: string): string {
  return t === "array" ? "a list" : t === "object" ? "a mapping" : t === "integer" ? "an integer" : `a ${t}`;
}

/** A value as the user wrote it, short enough for one line. */
export function describe(value: unknown): string {
  if (value === null || value === undefined) return "nothing (null)";
  if (Array.isArray(value)) return `a list of ${value.length}`;
  if (typeof value === "object") return "a mapping";
  const text = JSON.stringify(value);
  return text.length > 60 ? `${text.slice(0, 57)}…"` : text;
}

export function displayPath(path: readonly (string | number)[]): string {
  return path.map((s, i) => (typeof s === "number" ? `[${s}]` : i === 0 ? s : `.${s}`)).join("");
}
