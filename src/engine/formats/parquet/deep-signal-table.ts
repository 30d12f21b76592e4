// The long-form deep-signal table of provenancekit databases (reference §7.4 and its database
// README): one row per scalar, columns `signal` (utf8), `layer` (nullable int32), `row` (int32),
// `col` (nullable int32), `value` (float32). Read through parquet-wasm into flat typed arrays (no
// per-row objects); written with exactly those types, snappy-compressed as pyarrow does by default.
// Extra columns (a pandas index, say) are ignored on reading, as the reference's reader does.

import {
  DataType,
  Field,
  Float32,
  Int32,
  RecordBatch,
  Schema,
  Struct,
  Table,
  Utf8,
  makeData,
  tableFromIPC,
  tableToIPC,
  type Dictionary,
  type Float,
} from "apache-arrow";
import { MalformedInputError } from "../../errors.js";
import { float32Column, intColumn, stringIdColumn } from "./columns.js";
import { loadParquetWasm, wasmCall, wasmFailure } from "./wasm.js";

/** A 405B-parameter model's signals are ~8 M rows, ~60 MB of parquet; four times that. */
export const MAX_DEEP_SIGNALS_FILE_BYTES = 256 * 1024 * 1024;
/** Twice the ~8 M rows of the largest model the reference covers (Llama-3.1-405B sized). */
export const MAX_DEEP_SIGNAL_ROWS = 16 * 1024 * 1024;
/** Rows per decoded batch: large enough that a Llama-7B-sized file decodes in one chunk. */
const READ_BATCH_ROWS = 1 << 20;

export const DEEP_SIGNAL_COLUMNS = ["signal", "layer", "row", "col", "value"] as const;

export interface DeepSignalTable {
  readonly length: number;
  /** Distinct signal names in order of first appearance. */
  readonly names: readonly string[];
  /** Index into `names` per row; -1 for a row without a signal name (ignored, as pandas does). */
  readonly signal: Int32Array;
  readonly layer: Int32Array;
  /** 1 where `layer` has a value; null when every row has one. */
  readonly layerValid: Uint8Array | null;
  readonly row: Int32Array;
  readonly col: Int32Array;
  readonly colValid: Uint8Array | null;
  readonly value: Float32Array;
}

const PAR1 = [0x50, 0x41, 0x52, 0x31];

export async function readDeepSignalTable(bytes: Uint8Array, file: string): Promise<DeepSignalTable> {
  if (bytes.length > MAX_DEEP_SIGNALS_FILE_BYTES) {
    throw new MalformedInputError(
      { file },
      `${bytes.length} bytes, over the ${MAX_DEEP_SIGNALS_FILE_BYTES}-byte limit (MAX_DEEP_SIGNALS_FILE_BYTES); a deep-signal file is far smaller — check the file`,
    );
  }
  const n = bytes.length;
  if (n < 12 || PAR1.some((b, i) => bytes[i] !== b || bytes[n - 4 + i] !== b)) {
    throw new MalformedInputError(
      { file },
      `not a parquet file (${n} bytes; it must start and end with "PAR1"); re-create or re-download it`,
    );
  }
  const pw = await loadParquetWasm();
  const schema = wasmCall(file, "reading the parquet schema", () =>
    tableFromIPC(pw.readSchema(bytes).intoIPCStream()),
  ).schema;
  checkSchema(schema, file);
  const table = wasmCall(file, "decoding the parquet file", () =>
    tableFromIPC(
      pw
        .readParquet(bytes, {
          columns: [...DEEP_SIGNAL_COLUMNS],
          batchSize: READ_BATCH_ROWS,
          limit: MAX_DEEP_SIGNAL_ROWS + 1,
        })
        .intoIPCStream(),
    ),
  );
  const length = table.numRows;
  if (length > MAX_DEEP_SIGNAL_ROWS) {
    throw new MalformedInputError(
      { file },
      `more than ${MAX_DEEP_SIGNAL_ROWS} rows (MAX_DEEP_SIGNAL_ROWS); a deep-signal file of the largest models has about half as many — check the file`,
    );
  }
  const chunks = (name: string) => table.getChild(name)?.data ?? [];
  const { names, ids } = stringIdColumn(chunks("signal"), length, file, "signal");
  const layer = intColumn(chunks("layer"), length, file, "layer", true);
  const row = intColumn(chunks("row"), length, file, "row", false);
  const col = intColumn(chunks("col"), length, file, "col", true);
  return {
    length,
    names,
    signal: ids,
    layer: layer.values,
    layerValid: layer.valid,
    row: row.values,
    col: col.values,
    colValid: col.valid,
    value: float32Column(chunks("value"), length, file, "value"),
  };
}

/** Each of the five columns exactly once, with a type the reference's reader would accept. */
function checkSchema(schema: Schema, file: string): void {
  for (const name of DEEP_SIGNAL_COLUMNS) {
    const found = schema.fields.filter((f) => f.name === name);
    const have = schema.fields.map((f) => `${f.name}: ${String(f.type)}`).join(", ");
    if (found.length !== 1) {
      throw new MalformedInputError(
        { file, field: name },
        `${found.length === 0 ? "column missing" : "column appears twice"}; a deep-signal file has columns signal, layer, row, col, value (this one: ${have || "none"})`,
      );
    }
    const t = (found[0] as Field).type as DataType;
    if (!typeAccepted(name, t)) {
      throw new MalformedInputError(
        { file, field: name },
        `column type ${String(t)} is not ${EXPECTED[name]}; re-create the file with the documented column types`,
      );
    }
  }
}

const EXPECTED: Record<(typeof DEEP_SIGNAL_COLUMNS)[number], string> = {
  signal: "a string (utf8)",
  layer: "an integer (int32)",
  row: "an integer (int32)",
  col: "an integer (int32)",
  value: "a float (float32)",
};

function typeAccepted(name: string, t: DataType): boolean {
  const isString = (x: DataType) => DataType.isUtf8(x) || DataType.isLargeUtf8(x);
  const isFloat = (x: DataType) => DataType.isFloat(x) && (x as Float).precision !== 0;
  if (name === "signal")
    return isString(t) || (DataType.isDictionary(t) && isString((t as Dictionary).dictionary));
  if (name === "value") return isFloat(t);
  return DataType.isInt(t) || isFloat(t);
}

/** Bytes of a parquet file holding `t` with the documented column types (snappy, dictionary pages). */
export async function writeDeepSignalTable(t: DeepSignalTable, file: string): Promise<Uint8Array> {
  const n = t.length;
  const encoded = t.names.map((s) => new TextEncoder().encode(s));
  const offsets = new Int32Array(n + 1);
  let total = 0;
  for (let i = 0; i < n; i++) {
    const e = encoded[t.signal[i] as number];
    if (e === undefined)
      throw new RangeError(`${file}: row ${i} has signal id ${t.signal[i]}, not a known name`);
    total += e.length;
    offsets[i + 1] = total;
  }
  const text = new Uint8Array(total);
  for (let i = 0; i < n; i++) text.set(encoded[t.signal[i] as number] as Uint8Array, offsets[i]);
  const fields = [
    new Field("signal", new Utf8(), false),
    new Field("layer", new Int32(), true),
    new Field("row", new Int32(), false),
    new Field("col", new Int32(), true),
    new Field("value", new Float32(), false),
  ];
  const children = [
    makeData({ type: new Utf8(), length: n, valueOffsets: offsets, data: text, nullCount: 0 }),
    intData(t.layer, t.layerValid, n),
    makeData({ type: new Int32(), length: n, data: t.row.subarray(0, n), nullCount: 0 }),
    intData(t.col, t.colValid, n),
    makeData({ type: new Float32(), length: n, data: t.value.subarray(0, n), nullCount: 0 }),
  ];
  const schema = new Schema(fields);
  const batch = new RecordBatch(
    schema,
    makeData({ type: new Struct(fields), length: n, children, nullCount: 0 }),
  );
  const ipc = tableToIPC(new Table(schema, [batch]), "stream");
  const pw = await loadParquetWasm();
  try {
    const props = new pw.WriterPropertiesBuilder().setCompression(pw.Compression.SNAPPY).build();
    return pw.writeParquet(pw.Table.fromIPCStream(ipc), props);
  } catch (err) {
    throw wasmFailure(file, "writing the parquet file", err);
  }
}

function intData(values: Int32Array, valid: Uint8Array | null, n: number) {
  if (valid === null)
    return makeData({ type: new Int32(), length: n, data: values.subarray(0, n), nullCount: 0 });
  const bitmap = new Uint8Array((n + 7) >> 3);
  let nulls = 0;
  for (let i = 0; i < n; i++) {
    if (valid[i]) bitmap[i >> 3] = (bitmap[i >> 3] as number) | (1 << (i & 7));
    else nulls++;
  }
  return makeData({
    type: new Int32(),
    length: n,
    data: values.subarray(0, n),
    nullBitmap: bitmap,
    nullCount: nulls,
  });
}
