// parquet-wasm, loaded on first use. The module compiles ~5 MB of WebAssembly when imported
// (~150 ms), so commands that never touch a parquet file do not pay for it. Its Node build reads
// `parquet_wasm_bg.wasm` next to its own file through `__dirname`; ncc recognises that pattern,
// emits the wasm as an asset beside the bundle's chunk and rewrites the path, so the same import
// works from node_modules and from dist/ (checked by building the CLI with ncc and reading a file).
//
// Every call into the decoder is wrapped: malformed bytes come back as a JS Error from Rust
// ("Parquet error: …"), and a few inputs make it panic (WebAssembly.RuntimeError "unreachable");
// both become MalformedInputError naming the file. The instance stays usable after a panic
// (checked by fuzzing: valid files still decode afterwards).

import type * as parquetWasm from "parquet-wasm";
import { MalformedInputError } from "../../errors.js";

export type ParquetWasm = typeof parquetWasm;

let loading: Promise<ParquetWasm> | null = null;

/** The parquet-wasm module, imported once per process. */
export function loadParquetWasm(): Promise<ParquetWasm> {
  loading ??= import("parquet-wasm");
  return loading;
}

/** Runs one decoder call; whatever it throws becomes a MalformedInputError about `file`. */
export function wasmCall<T>(file: string, action: string, fn: () => T): T {
  try {
    return fn();
  } catch (err) {
    throw wasmFailure(file, action, err);
  }
}

export function wasmFailure(file: string, action: string, err: unknown): MalformedInputError {
  if (err instanceof MalformedInputError) return err;
  const text = err instanceof Error ? err.message : String(err);
  // WebAssembly.RuntimeError: a Rust panic ("unreachable") or a trap such as running out of memory.
  const panic = err instanceof Error && err.name === "RuntimeError";
  const why = panic ? `the parquet decoder stopped on these bytes (${text})` : text;
  return new MalformedInputError(
    { file },
    `${action} failed: ${why}; the file is not a readable parquet file — re-create or re-download it`,
  );
}
