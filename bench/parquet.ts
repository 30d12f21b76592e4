// Deep-signal parquet of a Llama-7B-sized entry (EAS 64×64, WVC 32 layers × 28,672 values, plus the
// small LEP/END/WSP vectors: ≈ 0.92 M rows): write it once, then time reading it back — bytes →
// parquet-wasm → arrow → the reconstructed signal arrays, as scan does for each candidate.

import { performance } from "node:perf_hooks";
import {
  loadParquetWasm,
  readDeepSignalTable,
  writeDeepSignalTable,
} from "../src/engine/formats/parquet/index.js";
import { deepSignalRows, reconstructDeepSignals } from "../src/engine/reference/deep-signal-rows.js";
import { type BenchResult, timeBest } from "./timing.js";

const LAYERS = 32;
const WVC_PER_LAYER = 28_672;
const ANCHORS = 64;

function values(n: number, seed: number): Float32Array {
  const out = new Float32Array(n);
  let s = seed >>> 0;
  for (let i = 0; i < n; i++) {
    s = (Math.imul(s, 1103515245) + 12345) >>> 0;
    out[i] = (s / 2 ** 32) * 2 - 1;
  }
  return out;
}

export async function benchParquet(): Promise<BenchResult[]> {
  const t0 = performance.now();
  await loadParquetWasm();
  const load = performance.now() - t0;
  const wvc = new Map<number, Float32Array>();
  for (let l = 0; l < LAYERS; l++) wvc.set(l, values(WVC_PER_LAYER, l + 1));
  const table = deepSignalRows({
    eas_self_sim: { k: ANCHORS, data: values(ANCHORS * ANCHORS, 99) },
    nlf_vector: null,
    lep_profile: values(LAYERS, 7),
    end_histogram: values(20, 8),
    wsp_signature: values(2 * LAYERS, 9),
    wvc_layer_sigs: wvc,
  });
  let bytes: Uint8Array = new Uint8Array(0);
  const write = await timeBest(3, async () => {
    bytes = await writeDeepSignalTable(table, "bench.parquet");
  });
  const decode = await timeBest(5, () => readDeepSignalTable(bytes, "bench.parquet"));
  const full = await timeBest(5, async () =>
    reconstructDeepSignals(await readDeepSignalTable(bytes, "bench.parquet"), "bench.parquet"),
  );
  return [
    { name: "parquet-wasm load (first use, once per process)", value: load, unit: "ms" },
    { name: "rows (EAS 64×64 + WVC 32 × 28,672 + LEP/END/WSP)", value: table.length, unit: "rows" },
    { name: "file size (snappy)", value: bytes.length / 2 ** 20, unit: "MiB" },
    { name: "write (rows → parquet bytes)", value: write, unit: "ms", note: "best of 3" },
    { name: "read: decode to typed columns", value: decode, unit: "ms", note: "best of 5" },
    { name: "read: decode + reconstruct signal arrays", value: full, unit: "ms", note: "best of 5" },
  ];
}
