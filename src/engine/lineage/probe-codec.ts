// A lineage probe (probe.ts) ⇄ bytes: what the fingerprint cache and a reference database entry
// keep of it. Layout, little-endian:
//
//   0   "PGLP"                      magic
//   4   u32 format version          PROBE_FORMAT_VERSION
//   8   u32 header length H         at most MAX_PROBE_HEADER_BYTES
//   12  H bytes of UTF-8 JSON       {"hidden", "layers", "dims", "seed",
//                                    "matrices": [{"name", "layer", "axis", "transposed", "units", "width"}],
//                                    "sample":   [{"name", "layer", "axis", "rows", "cols", "start", "count"}],
//                                    "tokens":   [string, …], "token_tables"}
//   then zero bytes to a multiple of 8, and the payloads in header order — each matrix, each sample
//   matrix, the token rows — as IEEE half precision (F16), each padded with zeros to a multiple of
//   8 bytes so every payload starts 8-byte aligned. The header gives every payload's length
//   (units × (dims or width), count × cols, token_tables × tokens × hidden); the file ends after
//   the last one.
//
// Half precision halves the size and changes no lineage result that matters: matrix rows have
// norm 1 (a half keeps 11 significant bits, an error of 5e-4 on each value), raw weights and
// embeddings sit far inside its range. A decoded probe is exactly the original rounded to half
// (roundProbeToF16). Without its sample (`sample: false`, for reference databases) a probe can
// only be the A side of the lineage test; a Llama-2-7B entry is then 6.3 MB (8.4 MB with the
// output head's token rows beside the embedding's).
//
// Decoding distrusts every byte: magic, version, lengths, every header field's type and range,
// payload sizes against the header, zero padding, finite values. Any failure is a
// MalformedInputError naming the file, the field and the value.

import { MalformedInputError } from "../errors.js";
import { assertLittleEndian, decodeToFloat32 } from "../formats/dtypes.js";
import { f16FromF32Bits, roundToF16 } from "./f16.js";
import { readHeader, type Fail } from "./probe-header.js";
import { MAX_TOKEN_TABLES, type LineageProbe, type ProbeMatrix, type SampleMatrix } from "./probe.js";

export const PROBE_MAGIC = "PGLP";
export const PROBE_FORMAT_VERSION = 1;
/** Magic, version and header length. */
export const PROBE_PREAMBLE_BYTES = 12;
/**
 * A 7B probe's header is ~4 KB (256 token strings, a few dozen matrix records); a 405B model's
 * sample list and long token strings stay far below this, which bounds what a hostile file makes
 * us parse.
 */
export const MAX_PROBE_HEADER_BYTES = 4 * 1024 * 1024;

const FIX =
  "the probe is damaged or was written by another version; re-create it (provenance-gate fingerprint <model> --db DIR --family ID rewrites a database entry's probe)";

export interface EncodeProbeOptions {
  /** Keep the sample (the B side). Default true; reference databases drop it. */
  readonly sample?: boolean;
}

const align8 = (n: number): number => Math.ceil(n / 8) * 8;

/** The probe's bytes; throws RangeError when an array's length or a value does not fit the format. */
export function encodeProbe(p: LineageProbe, opts: EncodeProbeOptions = {}): Uint8Array {
  assertLittleEndian();
  const sample = opts.sample === false ? [] : p.sample;
  const tokenValues = p.tokens.strings.length * p.hidden;
  const tables = tokenValues === 0 ? 0 : p.tokens.rows.length / tokenValues;
  if (!Number.isInteger(tables) || tables > MAX_TOKEN_TABLES)
    throw new RangeError(
      `probe tokens.rows: ${p.tokens.rows.length} values are not 1 to ${MAX_TOKEN_TABLES} tables of ${p.tokens.strings.length} × ${p.hidden}`,
    );
  const header = {
    hidden: p.hidden,
    layers: p.layers,
    dims: p.dims,
    seed: p.seed,
    matrices: p.matrices.map((m) => ({
      name: m.name,
      layer: m.layer,
      axis: m.axis,
      transposed: m.transposed,
      units: m.units,
      width: m.width,
    })),
    sample: sample.map((s) => ({
      name: s.name,
      layer: s.layer,
      axis: s.axis,
      rows: s.rows,
      cols: s.cols,
      start: s.start,
      count: s.count,
    })),
    tokens: p.tokens.strings,
    token_tables: tables,
  };
  const payloads: [string, Float32Array, number][] = [
    ...p.matrices.map((m, i): [string, Float32Array, number] => [
      `matrices[${i}] (${m.name})`,
      m.data,
      m.units * (p.dims ?? m.width),
    ]),
    ...sample.map((s, i): [string, Float32Array, number] => [
      `sample[${i}] (${s.name})`,
      s.data,
      s.count * s.cols,
    ]),
    ["tokens.rows", p.tokens.rows, tables * tokenValues],
  ];
  const json = new TextEncoder().encode(JSON.stringify(header));
  if (json.length > MAX_PROBE_HEADER_BYTES)
    throw new RangeError(`probe header is ${json.length} bytes, over MAX_PROBE_HEADER_BYTES`);
  let size = align8(PROBE_PREAMBLE_BYTES + json.length);
  for (const [what, data, n] of payloads) {
    if (data.length !== n) throw new RangeError(`probe ${what}: ${data.length} values, the header says ${n}`);
    size += align8(2 * n);
  }
  const out = new Uint8Array(size);
  const view = new DataView(out.buffer);
  out.set(new TextEncoder().encode(PROBE_MAGIC), 0);
  view.setUint32(4, PROBE_FORMAT_VERSION, true);
  view.setUint32(8, json.length, true);
  out.set(json, PROBE_PREAMBLE_BYTES);
  let at = align8(PROBE_PREAMBLE_BYTES + json.length);
  for (const [what, data] of payloads) {
    const half = new Uint16Array(out.buffer, at, data.length);
    const bits = new Uint32Array(data.buffer, data.byteOffset, data.length);
    for (let i = 0; i < bits.length; i++) {
      const h = f16FromF32Bits(bits[i] as number);
      if ((h & 0x7c00) === 0x7c00)
        throw new RangeError(
          `probe ${what}: value ${data[i]} at index ${i} has no finite half-precision form (|x| ≤ 65504)`,
        );
      half[i] = h;
    }
    at += align8(2 * data.length);
  }
  return out;
}

/** The probe with every array rounded to half precision: exactly what decodeProbe(encodeProbe(p)) gives. */
export function roundProbeToF16(p: LineageProbe, opts: EncodeProbeOptions = {}): LineageProbe {
  return {
    version: p.version,
    hidden: p.hidden,
    layers: p.layers,
    dims: p.dims,
    seed: p.seed,
    matrices: p.matrices.map((m) => ({ ...m, data: roundToF16(m.data) })),
    sample: opts.sample === false ? [] : p.sample.map((s) => ({ ...s, data: roundToF16(s.data) })),
    tokens: { strings: [...p.tokens.strings], rows: roundToF16(p.tokens.rows) },
  };
}

const fatalUtf8 = new TextDecoder("utf-8", { fatal: true });

/** The probe in `bytes` (read from `where`); throws MalformedInputError naming the field and value. */
export function decodeProbe(bytes: Uint8Array, where: string): LineageProbe {
  const fail = (field: string, message: string): MalformedInputError =>
    new MalformedInputError({ file: where, field }, `${message}; ${FIX}`);
  if (bytes.length < PROBE_PREAMBLE_BYTES)
    throw fail("preamble", `${bytes.length} bytes, fewer than the ${PROBE_PREAMBLE_BYTES}-byte preamble`);
  const magic = String.fromCharCode(...bytes.subarray(0, 4));
  if (magic !== PROBE_MAGIC)
    throw fail("magic", `starts with ${JSON.stringify(magic)}, not the lineage probe magic "${PROBE_MAGIC}"`);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const version = view.getUint32(4, true);
  if (version !== PROBE_FORMAT_VERSION)
    throw fail("version", `format version ${version}; this version reads ${PROBE_FORMAT_VERSION}`);
  const headerBytes = view.getUint32(8, true);
  const room = bytes.length - PROBE_PREAMBLE_BYTES;
  if (headerBytes > MAX_PROBE_HEADER_BYTES)
    throw fail(
      "header",
      `length ${headerBytes} bytes, over the ${MAX_PROBE_HEADER_BYTES}-byte limit (MAX_PROBE_HEADER_BYTES)`,
    );
  if (headerBytes > room)
    throw fail("header", `length ${headerBytes} bytes, but only ${room} bytes follow the preamble`);
  let raw: unknown;
  try {
    raw = JSON.parse(
      fatalUtf8.decode(bytes.subarray(PROBE_PREAMBLE_BYTES, PROBE_PREAMBLE_BYTES + headerBytes)),
    );
  } catch (err) {
    throw fail("header", `not UTF-8 JSON (${(err as Error).message})`);
  }
  const h = readHeader(raw, fail);

  // Payload lengths from the header; the sum is checked against the file before anything is read.
  const lengths = [
    ...h.matrices.map((m) => m.units * (h.dims ?? m.width)),
    ...h.sample.map((s) => s.count * s.cols),
    h.tokenTables * h.tokens.length * h.hidden,
  ];
  const start = align8(PROBE_PREAMBLE_BYTES + headerBytes);
  const expected = lengths.reduce((s, n) => s + align8(2 * n), start);
  if (bytes.length !== expected)
    throw fail(
      "payload",
      `the file is ${bytes.length} bytes; its header describes ${expected} (${lengths.length} half-precision arrays after a ${headerBytes}-byte header)`,
    );
  checkZero(bytes, PROBE_PREAMBLE_BYTES + headerBytes, start, "header padding", fail);
  let at = start;
  const arrays: Float32Array[] = [];
  const names = [
    ...h.matrices.map((m, i) => `matrices[${i}]`),
    ...h.sample.map((s, i) => `sample[${i}]`),
    "tokens",
  ];
  for (const [i, n] of lengths.entries()) {
    const field = names[i] as string;
    const data = decodeToFloat32("F16", bytes.subarray(at, at + 2 * n));
    for (let k = 0; k < data.length; k++) {
      if (!Number.isFinite(data[k] as number))
        throw fail(`${field}.data`, `value ${data[k]} at index ${k} is not finite`);
    }
    checkZero(bytes, at + 2 * n, at + align8(2 * n), `${field} padding`, fail);
    arrays.push(data);
    at += align8(2 * n);
  }
  const nm = h.matrices.length;
  return {
    version: 1,
    hidden: h.hidden,
    layers: h.layers,
    dims: h.dims,
    seed: h.seed,
    matrices: h.matrices.map((m, i): ProbeMatrix => ({ ...m, data: arrays[i] as Float32Array })),
    sample: h.sample.map((s, i): SampleMatrix => ({ ...s, data: arrays[nm + i] as Float32Array })),
    tokens: { strings: h.tokens, rows: arrays[arrays.length - 1] as Float32Array },
  };
}

function checkZero(bytes: Uint8Array, from: number, to: number, field: string, fail: Fail): void {
  for (let i = from; i < to; i++)
    if (bytes[i] !== 0) throw fail(field, `byte ${bytes[i]} at offset ${i}; padding bytes are 0`);
}
