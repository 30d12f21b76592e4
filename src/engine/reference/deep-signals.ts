// A database entry's weight signals: its bundle's deep-signals parquet rebuilt into a WeightSignals
// record (reference `load_deep_signals` + `reconstruct_weight_features`, §7.4).
//
// For scan (one call per candidate; each file is read and decoded once, no per-row objects):
//
//   readDeepSignals(db: DbLocation, bundle: FeatureBundle, artifact?: ArtifactRef): Promise<WeightSignals | null>
//
//   (`artifact` defaults to the bundle's first artifact of type "deep_signals", as the reference
//   picks it; a scan loader is `(r) => readDeepSignals(r.db, r.bundle, r.artifact)`.)
//   - null: there is no such artifact, or its file is not there
//     (the reference then has no arrays either: the entry can only be `unverified`).
//   - WeightSignals: hidden_size, num_layers, eas_anchor_count, nlf_mode, nlf_num_layers from the
//     bundle's `signals` summary; arrays from the parquet (null when the file lacks a signal), f32
//     values (lep/end/wsp widened exactly to Float64Array); `sampling` from `signals.sampling` as
//     written by `fingerprint --db`, FULL_SAMPLING when absent (the reference extracts in full).
//   - throws MalformedInputError (naming the file and field) when the path leads outside the
//     database root, the file is over MAX_DEEP_SIGNALS_FILE_BYTES, the parquet is corrupt or has
//     the wrong columns, or the summary has a wrong type. The reference aborts the scan on a
//     corrupt parquet; a caller may instead mark the entry unverified and report the error.

import path from "node:path";
import { MalformedInputError } from "../errors.js";
import { isConfigObject, ownValue, type ConfigObject } from "../features/metadata/config-json.js";
import {
  FULL_SAMPLING,
  type SamplingDescriptor,
  type WeightSignals,
} from "../features/weights/weight-signals.js";
import { MAX_DEEP_SIGNALS_FILE_BYTES, readDeepSignalTable } from "../formats/parquet/index.js";
import { PyNumber } from "../pycompat/py-json.js";
import type { ArtifactRef, FeatureBundle } from "./bundle.js";
import { resolveInside } from "./db-fs.js";
import { reconstructDeepSignals, type DeepSignalArrays } from "./deep-signal-rows.js";
import type { DbLocation } from "./problems.js";
import type { DeepSignalLoader } from "./scan-index.js";

export const DEEP_SIGNALS_ARTIFACT_TYPE = "deep_signals";

export async function readDeepSignals(
  db: DbLocation,
  bundle: FeatureBundle,
  artifact?: ArtifactRef,
): Promise<WeightSignals | null> {
  const ref = artifact ?? bundle.artifact_refs.find((r) => r.type === DEEP_SIGNALS_ARTIFACT_TYPE);
  if (ref === undefined) return null;
  const resolved = await resolveInside(db.fs, db.realRoot, ref.path);
  if (!resolved.ok) {
    if (resolved.missing) return null;
    throw new MalformedInputError(
      { file: path.join(db.realRoot, bundle.file), field: "artifact_refs[].path" },
      `artifact "${ref.artifact_id}": ${resolved.reason}; fix the path in the bundle or rebuild the entry`,
    );
  }
  const file = resolved.path;
  const size = await db.fs.fileSize(file);
  if (size === null) return null;
  const over = (n: number) =>
    new MalformedInputError(
      { file },
      `${n} bytes, over the ${MAX_DEEP_SIGNALS_FILE_BYTES}-byte limit (MAX_DEEP_SIGNALS_FILE_BYTES)`,
    );
  if (size > MAX_DEEP_SIGNALS_FILE_BYTES) throw over(size);
  const bytes = await db.fs.readFile(file, MAX_DEEP_SIGNALS_FILE_BYTES);
  if (bytes.length > MAX_DEEP_SIGNALS_FILE_BYTES) throw over(bytes.length);
  const arrays = reconstructDeepSignals(await readDeepSignalTable(bytes, file), file);
  return weightSignalsFromArrays(arrays, bundle.signals, path.join(db.realRoot, bundle.file));
}

/** reconstruct_weight_features: the summary's scalars with the file's arrays. */
export function weightSignalsFromArrays(
  a: DeepSignalArrays,
  summary: ConfigObject,
  bundleFile: string,
): WeightSignals {
  const int = (key: string): number => {
    const v = ownValue(summary, key);
    if (v === undefined || v === null) return 0;
    if (v instanceof PyNumber && v.kind === "int" && Number.isSafeInteger(v.toNumber())) return v.toNumber();
    throw new MalformedInputError(
      { file: bundleFile, field: `signals.${key}` },
      `expected an integer; rebuild the entry`,
    );
  };
  const mode = ownValue(summary, "nlf_mode");
  const wide = (v: Float32Array | null) => (v === null ? null : Float64Array.from(v));
  return {
    hidden_size: int("hidden_size"),
    num_layers: int("num_layers"),
    eas_self_sim: a.eas_self_sim,
    eas_anchor_count: int("eas_anchor_count"),
    nlf_vector: a.nlf_vector,
    // The reference treats any mode but "direct" as stats (`nlf_mode or "stats"`).
    nlf_mode: mode === "direct" || mode === "stats" ? mode : null,
    nlf_num_layers: int("nlf_num_layers"),
    lep_profile: wide(a.lep_profile),
    end_histogram: wide(a.end_histogram),
    wsp_signature: wide(a.wsp_signature),
    wvc_layer_sigs: a.wvc_layer_sigs,
    sampling: samplingFromSummary(summary, bundleFile),
  };
}

const SAMPLED_KEYS = [
  "blocks",
  "rows_per_block",
  "end_blocks",
  "end_rows_per_block",
  "seed",
  "version",
] as const;

/** `signals.sampling` as `fingerprint --db` writes it; absent → full (how the reference extracts). */
export function samplingFromSummary(summary: ConfigObject, bundleFile: string): SamplingDescriptor {
  const v = ownValue(summary, "sampling");
  if (v === undefined || v === null) return FULL_SAMPLING;
  const wrong = (what: string) =>
    new MalformedInputError(
      { file: bundleFile, field: "signals.sampling" },
      `${what}; expected {"profile": "full"} or a sampled descriptor with ${SAMPLED_KEYS.join(", ")} — rebuild the entry`,
    );
  if (!isConfigObject(v)) throw wrong("not an object");
  const profile = ownValue(v, "profile");
  if (profile === "full") return FULL_SAMPLING;
  if (profile !== "sampled") throw wrong(`profile is ${JSON.stringify(String(profile))}`);
  const out: Record<string, number> = {};
  for (const key of SAMPLED_KEYS) {
    const x = ownValue(v, key);
    if (!(x instanceof PyNumber) || x.kind !== "int" || !Number.isSafeInteger(x.toNumber()))
      throw wrong(`"${key}" is missing or not an integer`);
    out[key] = x.toNumber();
  }
  return { profile: "sampled", ...(out as Record<(typeof SAMPLED_KEYS)[number], number>) };
}

/** The scan index's loader for databases on disk: each entry's §7.4 parquet. */
export const parquetDeepSignals: DeepSignalLoader = (r) => readDeepSignals(r.db, r.bundle, r.artifact);
