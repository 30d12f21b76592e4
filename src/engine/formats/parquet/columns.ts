// Arrow columns (as decoded from parquet) → flat typed arrays, checked value by value. The deep-
// signal reader accepts what the reference's pandas reader accepts for each column: strings stored
// as utf8, large_utf8 or a dictionary of either; integers of any width, or floats holding integers
// (pandas writes an int column with missing values as float64 with NaN); floats of 32 or 64 bits.

import { DataType, type Data, type Float, type Int } from "apache-arrow";
import { MalformedInputError } from "../../errors.js";

/** Signal names are short identifiers ("wvc_layer_sigs"); a longer string is not one. */
export const MAX_SIGNAL_NAME_BYTES = 256;
/** Six signals are defined; unknown ones are kept, but a file naming thousands is not a signal file. */
export const MAX_SIGNAL_NAMES = 64;

const INT32_MIN = -2147483648;
const INT32_MAX = 2147483647;

export interface IntColumn {
  readonly values: Int32Array;
  /** 1 where the row has a value; null when every row has one. */
  readonly valid: Uint8Array | null;
}

export interface StringIdColumn {
  /** Distinct strings in order of first appearance. */
  readonly names: readonly string[];
  /** Index into `names` per row; -1 for a null. */
  readonly ids: Int32Array;
}

/** One byte per row (1 = has a value) from the chunk's bitmap, or null when it has no nulls. */
function validity(d: Data): Uint8Array | null {
  if (d.nullCount === 0) return null;
  const out = new Uint8Array(d.length);
  const bits = d.nullBitmap as Uint8Array;
  for (let i = 0, j = d.offset; i < d.length; i++, j++) out[i] = ((bits[j >> 3] as number) >> (j & 7)) & 1;
  return out;
}

/** String offsets as int32, checked to rise within the value buffer (large_utf8 offsets converted). */
function int32Offsets(
  src: Int32Array | BigInt64Array,
  n: number,
  size: number,
  file: string,
  field: string,
): Int32Array {
  if (n === 0) return new Int32Array(1);
  if (src.length < n + 1) throw bad(file, field, `${src.length} string offsets for ${n} rows`);
  const out = src instanceof Int32Array ? src : new Int32Array(n + 1);
  let prev = 0;
  for (let i = 0; i <= n; i++) {
    const o = src instanceof Int32Array ? (src[i] as number) : Number(src[i]);
    if (!(o >= prev && o <= size))
      throw bad(
        file,
        field,
        `string offset ${o} at row ${i} does not lie in the ${size}-byte buffer in order`,
      );
    if (out !== src) out[i] = o;
    prev = o;
  }
  return out;
}

function bad(file: string, field: string, message: string): MalformedInputError {
  return new MalformedInputError({ file, field }, message);
}

/** Distinct signal names with their ids, capped by MAX_SIGNAL_NAMES and MAX_SIGNAL_NAME_BYTES. */
class NameTable {
  readonly names: string[] = [];
  private readonly index = new Map<string, number>();
  private readonly decoder = new TextDecoder("utf-8", { fatal: true });
  constructor(
    private readonly file: string,
    private readonly field: string,
  ) {}

  idOfName(s: string): number {
    let id = this.index.get(s);
    if (id === undefined) {
      if (this.names.length >= MAX_SIGNAL_NAMES)
        throw bad(
          this.file,
          this.field,
          `more than ${MAX_SIGNAL_NAMES} distinct signal names (MAX_SIGNAL_NAMES)`,
        );
      id = this.names.length;
      this.names.push(s);
      this.index.set(s, id);
    }
    return id;
  }

  idOfBytes(bytes: Uint8Array): number {
    if (bytes.length > MAX_SIGNAL_NAME_BYTES) {
      const why = `a ${bytes.length}-byte value, over MAX_SIGNAL_NAME_BYTES (${MAX_SIGNAL_NAME_BYTES})`;
      throw bad(this.file, this.field, why);
    }
    let s: string;
    try {
      s = this.decoder.decode(bytes);
    } catch {
      throw bad(this.file, this.field, "a value is not valid UTF-8");
    }
    return this.idOfName(s);
  }
}

/** Strings → ids (-1 for null), from utf8, large_utf8 or dictionary chunks. */
export function stringIdColumn(
  chunks: readonly Data[],
  length: number,
  file: string,
  field: string,
): StringIdColumn {
  const table = new NameTable(file, field);
  const ids = new Int32Array(length);
  let at = 0;
  for (const d of chunks) {
    if (DataType.isDictionary(d.type)) dictionaryIds(d, table, ids.subarray(at, at + d.length), file, field);
    else if (DataType.isUtf8(d.type) || DataType.isLargeUtf8(d.type))
      utf8Ids(d, table, ids.subarray(at, at + d.length), file, field);
    else throw bad(file, field, `expected strings, found ${String(d.type)}`);
    at += d.length;
  }
  return { names: table.names, ids };
}

const UNSEEN = -2;

function dictionaryIds(d: Data, table: NameTable, out: Int32Array, file: string, field: string): void {
  const dict = d.dictionary;
  if (!dict) throw bad(file, field, "a dictionary column without its dictionary");
  const inner = stringIdColumn(dict.data, dict.length, file, field);
  // Names get their ids on first use in a row, so `names` keeps row order as for plain strings.
  const remap = new Int32Array(inner.ids.length).fill(UNSEEN);
  const keys = d.values as ArrayLike<number | bigint>;
  const valid = validity(d);
  for (let i = 0; i < d.length; i++) {
    if (valid !== null && valid[i] === 0) {
      out[i] = -1;
      continue;
    }
    const k = Number(keys[i]);
    if (!(k >= 0 && k < remap.length)) throw bad(file, field, `dictionary index ${k} out of range`);
    if (remap[k] === UNSEEN) {
      const inside = inner.ids[k] as number;
      remap[k] = inside < 0 ? -1 : table.idOfName(inner.names[inside] as string);
    }
    out[i] = remap[k] as number;
  }
}

/** Rows of one signal are contiguous: most rows only compare their bytes with the previous row's. */
function utf8Ids(d: Data, table: NameTable, out: Int32Array, file: string, field: string): void {
  const bytes = d.values as Uint8Array;
  const offsets = int32Offsets(
    d.valueOffsets as Int32Array | BigInt64Array,
    d.length,
    bytes.length,
    file,
    field,
  );
  const valid = validity(d);
  let prevStart = -1;
  let prevLen = -1;
  let prevId = -1;
  for (let i = 0; i < d.length; i++) {
    if (valid !== null && valid[i] === 0) {
      out[i] = -1;
      continue;
    }
    const start = offsets[i] as number;
    const len = (offsets[i + 1] as number) - start;
    if (len === prevLen && sameBytes(bytes, start, prevStart, len)) {
      out[i] = prevId;
      continue;
    }
    prevId = table.idOfBytes(bytes.subarray(start, start + len));
    prevStart = start;
    prevLen = len;
    out[i] = prevId;
  }
}

function sameBytes(b: Uint8Array, x: number, y: number, n: number): boolean {
  for (let k = 0; k < n; k++) if (b[x + k] !== b[y + k]) return false;
  return true;
}

/** Integers that fit int32, from any integer column or a float column holding integers (NaN = null). */
export function intColumn(
  chunks: readonly Data[],
  length: number,
  file: string,
  field: string,
  nullable: boolean,
): IntColumn {
  const values = new Int32Array(length);
  let valid: Uint8Array | null = null;
  const setNull = (at: number) => {
    if (!nullable) throw bad(file, field, `row ${at} has no value; this column must have one in every row`);
    valid ??= new Uint8Array(length).fill(1);
    valid[at] = 0;
  };
  let at = 0;
  for (const d of chunks) {
    const isInt = DataType.isInt(d.type);
    if (!isInt && !DataType.isFloat(d.type))
      throw bad(file, field, `expected integers, found ${String(d.type)}`);
    if (!isInt && (d.type as Float).precision === 0)
      throw bad(file, field, "expected integers, found float16 values");
    const src = d.values as ArrayLike<number | bigint>;
    if (isInt && (d.type as Int).bitWidth === 32 && (d.type as Int).isSigned && src instanceof Int32Array) {
      values.set(src.subarray(0, d.length), at);
      const present = validity(d);
      if (present !== null) for (let i = 0; i < d.length; i++) if (present[i] === 0) setNull(at + i);
      at += d.length;
      continue;
    }
    const present = validity(d);
    for (let i = 0; i < d.length; i++, at++) {
      if (present !== null && present[i] === 0) {
        setNull(at);
        continue;
      }
      const v = Number(src[i]);
      if (Number.isNaN(v)) {
        setNull(at);
        continue;
      }
      if (!Number.isInteger(v) || v < INT32_MIN || v > INT32_MAX)
        throw bad(file, field, `row ${at} holds ${String(src[i])}, not an integer in the int32 range`);
      values[at] = v;
    }
  }
  return { values, valid };
}

/** Float32 values from a float32 or float64 column (rounded to f32, as the reference does); null → NaN. */
export function float32Column(
  chunks: readonly Data[],
  length: number,
  file: string,
  field: string,
): Float32Array {
  const out = new Float32Array(length);
  let at = 0;
  for (const d of chunks) {
    if (!DataType.isFloat(d.type) || (d.type as Float).precision === 0)
      throw bad(file, field, `expected float32 or float64 values, found ${String(d.type)}`);
    out.set((d.values as Float32Array | Float64Array).subarray(0, d.length), at);
    const present = validity(d);
    if (present !== null) for (let i = 0; i < d.length; i++) if (present[i] === 0) out[at + i] = NaN;
    at += d.length;
  }
  return out;
}
