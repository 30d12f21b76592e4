// Parquet through parquet-wasm + apache-arrow: the long-form deep-signal table of reference databases.

export {
  DEEP_SIGNAL_COLUMNS,
  MAX_DEEP_SIGNALS_FILE_BYTES,
  MAX_DEEP_SIGNAL_ROWS,
  readDeepSignalTable,
  writeDeepSignalTable,
  type DeepSignalTable,
} from "./deep-signal-table.js";
export { MAX_SIGNAL_NAMES, MAX_SIGNAL_NAME_BYTES } from "./columns.js";
export { loadParquetWasm } from "./wasm.js";
