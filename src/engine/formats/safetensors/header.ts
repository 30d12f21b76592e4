// The safetensors header: 8 bytes of little-endian u64 header length N, N bytes of UTF-8 JSON,
// then the data section. Every length, offset and count is checked before it is trusted.
//
// Layout policy: spans must lie inside the data section and must not overlap. Gaps between
// tensors and bytes after the last one are tolerated (the Rust library refuses them) because a
// gate should fingerprint what is there rather than fail on padding other writers add; the number
// of bytes no tensor claims is reported as `unclaimedBytes` so callers can flag it.

import { MalformedInputError } from "../../errors.js";
import { isJsonObject } from "../../json-object.js";
import type { ByteSource } from "../../io/byte-source.js";
import { DTYPE_SIZES, DTYPES, isDtype, type Dtype } from "../dtypes.js";

/** The Rust safetensors library's MAX_HEADER_SIZE: real headers are a few MB at most; this stops a
 * hostile length from making us allocate and parse gigabytes, and matches what loaders accept. */
export const MAX_HEADER_BYTES = 100_000_000;
/** Tensors in one file. The largest published checkpoints hold ~10^5 tensors in all their shards. */
export const MAX_TENSORS = 1_000_000;
/** Dimensions per tensor: weights use ≤ 5; 32 was NumPy's NPY_MAXDIMS before 2.0. */
export const MAX_RANK = 32;
/** Elements per tensor: 2^40 (2 TiB of F16) exceeds any real tensor and keeps byte counts exact. */
export const MAX_TENSOR_ELEMENTS = 2 ** 40;
/** The first read takes this many bytes: it holds the whole header of nearly every real shard
 * (Llama-2-7B's are ~20 KB), so a remote header costs one request instead of two. */
export const HEADER_PROBE_BYTES = 64 * 1024;

export interface TensorInfo {
  readonly name: string;
  readonly dtype: Dtype;
  readonly shape: readonly number[];
  /** Absolute offset of the first byte in the file. */
  readonly offset: number;
  readonly byteLength: number;
  /** The file holding the bytes: the model path of the shard (how WeightSet finds its source). */
  readonly file: string;
}

export interface SafetensorsHeader {
  /** The model path of the file (defaults to the ByteSource name). */
  readonly file: string;
  /** The ByteSource name, used in messages (for Hub files "org/repo@sha:path"). */
  readonly location: string;
  /** N, the JSON length declared in the first 8 bytes. */
  readonly headerLength: number;
  /** Absolute offset of the data section: 8 + N. */
  readonly dataStart: number;
  /** Bytes from dataStart to the end of the file. */
  readonly dataLength: number;
  /** Data-section bytes no tensor covers (gaps and trailing bytes). */
  readonly unclaimedBytes: number;
  /** Sorted by offset. */
  readonly tensors: readonly TensorInfo[];
  readonly metadata: Readonly<Record<string, string>>;
}

/** Reads and checks the header of `source`; `file` is recorded in each TensorInfo. */
export async function readSafetensorsHeader(
  source: ByteSource,
  file: string = source.name,
): Promise<SafetensorsHeader> {
  const location = source.name;
  const { headerLength, probe } = await readHeaderLength(source);
  const headerBytes =
    probe.byteLength >= 8 + headerLength
      ? probe.subarray(8, 8 + headerLength)
      : await source.read(8, headerLength);
  const json = parseHeaderJson(location, headerBytes);
  const dataStart = 8 + headerLength;
  const dataLength = source.size - dataStart;
  const count = Object.keys(json).length - (Object.hasOwn(json, "__metadata__") ? 1 : 0);
  if (count > MAX_TENSORS) {
    throw new MalformedInputError(
      { file: location, field: "header" },
      `header lists ${count} tensors, more than the limit of ${MAX_TENSORS} (MAX_TENSORS)`,
    );
  }
  let metadata: Record<string, string> = {};
  const tensors: TensorInfo[] = [];
  for (const [name, value] of Object.entries(json)) {
    if (name === "__metadata__") metadata = parseMetadata(location, value);
    else tensors.push(parseTensorEntry({ file, location, dataStart, dataLength }, name, value));
  }
  tensors.sort((a, b) => a.offset - b.offset || a.byteLength - b.byteLength || compare(a.name, b.name));
  const claimed = checkNoOverlap(tensors, location, dataStart);
  return {
    file,
    location,
    headerLength,
    dataStart,
    dataLength,
    unclaimedBytes: dataLength - claimed,
    tensors,
    metadata,
  };
}

async function readHeaderLength(source: ByteSource): Promise<{ headerLength: number; probe: Uint8Array }> {
  const fail = (message: string): MalformedInputError =>
    new MalformedInputError({ file: source.name, field: "header" }, message);
  if (source.size < 8) {
    throw fail(`file is ${source.size} bytes, too short for the 8-byte header length`);
  }
  const probe = await source.read(0, Math.min(source.size, HEADER_PROBE_BYTES));
  const declared = new DataView(probe.buffer, probe.byteOffset, 8).getBigUint64(0, true);
  if (declared > BigInt(source.size - 8)) {
    throw fail(
      `header length ${declared} (declared in the first 8 bytes) exceeds the ${source.size - 8} bytes ` +
        `after them (file size ${source.size})`,
    );
  }
  if (declared > BigInt(MAX_HEADER_BYTES)) {
    throw fail(`header length ${declared} exceeds the limit of ${MAX_HEADER_BYTES} bytes (MAX_HEADER_BYTES)`);
  }
  return { headerLength: Number(declared), probe };
}

function parseHeaderJson(file: string, bytes: Uint8Array): Record<string, unknown> {
  const fail = (message: string): MalformedInputError =>
    new MalformedInputError({ file, field: "header" }, message);
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw fail("header is not valid UTF-8");
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (err) {
    throw fail(`header is not valid JSON: ${err instanceof Error ? err.message : String(err)}`);
  }
  if (!isJsonObject(json)) throw fail(`header is ${describeJson(json)}, not a JSON object`);
  return json;
}

function parseMetadata(file: string, value: unknown): Record<string, string> {
  const fail = (message: string): MalformedInputError =>
    new MalformedInputError({ file, field: "__metadata__" }, message);
  if (!isJsonObject(value)) throw fail(`__metadata__ is ${describeJson(value)}, not an object of strings`);
  for (const [key, v] of Object.entries(value)) {
    if (typeof v !== "string") {
      throw fail(`__metadata__ values must be strings; ${describeJson(key)} is ${describeJson(v)}`);
    }
  }
  return Object.fromEntries(Object.entries(value)) as Record<string, string>;
}

interface Layout {
  readonly file: string;
  readonly location: string;
  readonly dataStart: number;
  readonly dataLength: number;
}

function parseTensorEntry(layout: Layout, name: string, value: unknown): TensorInfo {
  const { file, location, dataStart, dataLength } = layout;
  const fail = (message: string): MalformedInputError =>
    new MalformedInputError({ file: location, field: name }, message);
  if (!isJsonObject(value)) {
    throw fail(`tensor entry is ${describeJson(value)}, not an object with dtype, shape and data_offsets`);
  }
  const { dtype, shape, data_offsets: offsets } = value;
  if (!isDtype(dtype)) throw fail(`dtype ${describeJson(dtype)} is not one of ${DTYPES.join(", ")}`);
  const dims = parseShape(shape, fail);
  const elements = countElements(dims, fail);
  if (!Array.isArray(offsets) || offsets.length !== 2 || !offsets.every(isNonNegativeSafeInteger)) {
    throw fail(`data_offsets ${describeJson(offsets)} is not a pair of non-negative integers [begin, end]`);
  }
  const [begin, end] = offsets as [number, number];
  const where = `data_offsets [${begin}, ${end}]`;
  if (begin > end) throw fail(`${where} has begin after end`);
  const needed = elements * DTYPE_SIZES[dtype];
  if (end - begin !== needed) {
    throw fail(
      `${where} span ${end - begin} bytes but shape [${dims.join(", ")}] of ${dtype} needs ${needed}`,
    );
  }
  if (end > dataLength) throw fail(`${where} run past the end of the ${dataLength}-byte data section`);
  return { name, dtype, shape: dims, offset: dataStart + begin, byteLength: needed, file };
}

function parseShape(shape: unknown, fail: (message: string) => Error): number[] {
  if (!Array.isArray(shape)) throw fail(`shape is ${describeJson(shape)}, not an array`);
  if (shape.length > MAX_RANK) {
    throw fail(`shape has ${shape.length} dimensions, more than the limit of ${MAX_RANK} (MAX_RANK)`);
  }
  if (!shape.every(isNonNegativeSafeInteger)) {
    throw fail(`shape ${describeJson(shape)} must hold only non-negative integers`);
  }
  return shape as number[];
}

function countElements(dims: readonly number[], fail: (message: string) => Error): number {
  if (dims.includes(0)) return 0;
  let n = 1;
  for (const d of dims) {
    n *= d;
    // Every dim is ≥ 1 here, so the running product only grows: stop before it can lose precision.
    if (n > MAX_TENSOR_ELEMENTS) {
      throw fail(
        `shape [${dims.join(", ")}] has more than ${MAX_TENSOR_ELEMENTS} elements (MAX_TENSOR_ELEMENTS)`,
      );
    }
  }
  return n;
}

/** Spans are sorted by offset; returns the bytes they cover. */
function checkNoOverlap(tensors: readonly TensorInfo[], location: string, dataStart: number): number {
  let claimed = 0;
  let prev: TensorInfo | undefined;
  for (const t of tensors) {
    if (prev && t.offset < prev.offset + prev.byteLength) {
      const span = (x: TensorInfo): string =>
        `[${x.offset - dataStart}, ${x.offset - dataStart + x.byteLength}]`;
      throw new MalformedInputError(
        { file: location, field: t.name },
        `data_offsets ${span(t)} overlap those of tensor ${describeJson(prev.name)} ${span(prev)}`,
      );
    }
    claimed += t.byteLength;
    prev = t;
  }
  return claimed;
}

function isNonNegativeSafeInteger(v: unknown): v is number {
  return typeof v === "number" && Number.isSafeInteger(v) && v >= 0;
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export { isJsonObject };

/** A JSON value for an error message: short, quoted, never the whole of a hostile input. */
export function describeJson(v: unknown): string {
  if (v === undefined) return "missing";
  if (isJsonObject(v)) return "an object";
  const text = JSON.stringify(v);
  return text.length > 80 ? `${text.slice(0, 77)}...` : text;
}
