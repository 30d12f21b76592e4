// The JSON header of a lineage probe's binary form (probe-codec.ts): every field's type and range,
// and the sizes that must agree with each other, checked before any payload is read.

import type { MalformedInputError } from "../errors.js";
import { isJsonObject } from "../json-object.js";
import { MAX_TOKEN_TABLES, type Axis, type ProbeMatrix, type SampleMatrix } from "./probe.js";

/** Largest side of a probe or sample matrix (a 405B model's MLP has 53,248 units). */
export const MAX_PROBE_SIDE = 1 << 24;

/** Every unit axis (the compiler holds this to probe.ts's Axis). */
const AXIS_NAMES = { attn: true, mlp: true } as const satisfies Record<Axis, true>;
const AXES: readonly (Axis | null)[] = [...(Object.keys(AXIS_NAMES) as Axis[]), null];
const AXES_TEXT = `${(Object.keys(AXIS_NAMES) as Axis[]).map((a) => JSON.stringify(a)).join(", ")} or null`;
const MATRIX_KEYS = ["name", "layer", "axis", "transposed", "units", "width"] as const;
const SAMPLE_KEYS = ["name", "layer", "axis", "rows", "cols", "start", "count"] as const;
const HEADER_KEYS = [
  "hidden",
  "layers",
  "dims",
  "seed",
  "matrices",
  "sample",
  "tokens",
  "token_tables",
] as const;

/** Builds the typed error for a field (the codec adds the file and the fix). */
export type Fail = (field: string, message: string) => MalformedInputError;

export interface Header {
  readonly hidden: number;
  readonly layers: number;
  readonly dims: number | null;
  readonly seed: number;
  readonly matrices: Omit<ProbeMatrix, "data">[];
  readonly sample: Omit<SampleMatrix, "data">[];
  readonly tokens: string[];
  readonly tokenTables: number;
}

/** The header's fields, each of its type and range; sizes against each other. */
export function readHeader(raw: unknown, fail: Fail): Header {
  const obj = (v: unknown, field: string, keys: readonly string[]): Record<string, unknown> => {
    if (!isJsonObject(v)) throw fail(field, `expected an object, found ${show(v)}`);
    const extra = Object.keys(v).filter((k) => !keys.includes(k));
    const missing = keys.filter((k) => !Object.hasOwn(v, k));
    if (missing.length > 0) throw fail(field, `has no "${missing[0]}"`);
    if (extra.length > 0) throw fail(`${field}.${extra[0]}`, "is not a probe header field");
    return v;
  };
  const int = (v: unknown, field: string, min: number, max: number): number => {
    if (typeof v !== "number" || !Number.isSafeInteger(v) || v < min || v > max)
      throw fail(field, `expected an integer in [${min}, ${max}], found ${show(v)}`);
    return v;
  };
  const str = (v: unknown, field: string): string => {
    if (typeof v !== "string" || v === "") throw fail(field, `expected a non-empty string, found ${show(v)}`);
    return v;
  };
  const axis = (v: unknown, field: string): Axis | null => {
    if (!AXES.includes(v as Axis | null)) throw fail(field, `${show(v)} is not one of ${AXES_TEXT}`);
    return v as Axis | null;
  };
  const list = (v: unknown, field: string): unknown[] => {
    if (!Array.isArray(v)) throw fail(field, `expected a list, found ${show(v)}`);
    return v;
  };

  const h = obj(raw, "header", HEADER_KEYS);
  const hidden = int(h.hidden, "header.hidden", 1, MAX_PROBE_SIDE);
  const layers = int(h.layers, "header.layers", 0, MAX_PROBE_SIDE);
  const dims = h.dims === null ? null : int(h.dims, "header.dims", 1, hidden - 1);
  const seed = int(h.seed, "header.seed", 0, 0xffff_ffff);
  const matrices = list(h.matrices, "header.matrices").map((v, i) => {
    const f = `header.matrices[${i}]`;
    const m = obj(v, f, MATRIX_KEYS);
    if (typeof m.transposed !== "boolean")
      throw fail(`${f}.transposed`, `expected true or false, found ${show(m.transposed)}`);
    const width = int(m.width, `${f}.width`, 1, MAX_PROBE_SIDE);
    if (width !== hidden) throw fail(`${f}.width`, `${width}, not the probe's hidden size ${hidden}`);
    return {
      name: str(m.name, `${f}.name`),
      layer: int(m.layer, `${f}.layer`, 0, MAX_PROBE_SIDE),
      axis: axis(m.axis, `${f}.axis`),
      transposed: m.transposed,
      units: int(m.units, `${f}.units`, 1, MAX_PROBE_SIDE),
      width,
    };
  });
  const sample = list(h.sample, "header.sample").map((v, i) => {
    const f = `header.sample[${i}]`;
    const s = obj(v, f, SAMPLE_KEYS);
    const rows = int(s.rows, `${f}.rows`, 1, MAX_PROBE_SIDE);
    const cols = int(s.cols, `${f}.cols`, 1, MAX_PROBE_SIDE);
    if (rows !== hidden && cols !== hidden)
      throw fail(f, `a ${rows}×${cols} matrix has no side of the hidden size ${hidden}`);
    const start = int(s.start, `${f}.start`, 0, rows - 1);
    const count = int(s.count, `${f}.count`, 1, rows - start);
    return {
      name: str(s.name, `${f}.name`),
      layer: int(s.layer, `${f}.layer`, 0, MAX_PROBE_SIDE),
      axis: axis(s.axis, `${f}.axis`),
      rows,
      cols,
      start,
      count,
    };
  });
  const tokens = list(h.tokens, "header.tokens").map((v, i) => {
    if (typeof v !== "string") throw fail(`header.tokens[${i}]`, `expected a string, found ${show(v)}`);
    return v;
  });
  // Token rows come as whole tables (embedding, output head), and there are none without strings.
  const some = tokens.length > 0;
  const tokenTables = int(h.token_tables, "header.token_tables", some ? 1 : 0, some ? MAX_TOKEN_TABLES : 0);
  return { hidden, layers, dims, seed, matrices, sample, tokens, tokenTables };
}

function show(v: unknown): string {
  const text = JSON.stringify(v) ?? String(v);
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}
