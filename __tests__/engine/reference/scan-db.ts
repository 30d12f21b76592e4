// Hand-built reference databases for scan tests: entries with chosen MFI fields, buckets, TFV,
// deep-signal and lineage-probe artifacts, written in the reference layout; deep signals and probes
// come from in-memory maps.

import type { WeightSignals } from "../../../src/engine/features/weights/weight-signals.js";
import { parseLosslessJson } from "../../../src/engine/features/metadata/config-json.js";
import {
  estimateParameters,
  paramBucket,
  type MfiFingerprint,
} from "../../../src/engine/features/metadata/index.js";
import { mfiToPyValue, parseStoredMfi } from "../../../src/engine/features/metadata/stored-mfi.js";
import { tfvToPyValue } from "../../../src/engine/features/tokenizer/tfv-bundle.js";
import type { FingerprintResult } from "../../../src/engine/fingerprint.js";
import { roundProbeToF16 } from "../../../src/engine/lineage/probe-codec.js";
import type { LineageProbe } from "../../../src/engine/lineage/probe.js";
import type { LineageProbeLoader } from "../../../src/engine/reference/lineage-probes.js";
import { pyJsonDumps } from "../../../src/engine/pycompat/py-json.js";
import type { DeepSignalLoader } from "../../../src/engine/reference/scan-index.js";
import { gpt2Mfi, manifest, put } from "./db-builder.js";

/** gpt2's stored MFI as a plain object, to vary field by field. */
export const gpt2MfiObject = (): Record<string, unknown> => JSON.parse(gpt2Mfi()) as Record<string, unknown>;

/** The same MFI as a query fingerprint. */
export function gpt2Query(): MfiFingerprint {
  const { fingerprint, problems } = parseStoredMfi(
    parseLosslessJson(new TextEncoder().encode(gpt2Mfi()), "gpt2") as never,
  );
  if (problems.length > 0) throw new Error(JSON.stringify(problems));
  return fingerprint;
}

export interface EntrySpec {
  readonly id: string;
  readonly family: string;
  readonly bucket?: string;
  readonly mfi?: Record<string, unknown>;
  readonly tfv?: Record<string, unknown>;
  /** Whether the bundle names a deep-signal artifact. */
  readonly deep?: boolean;
  /** Whether the bundle names a lineage-probe artifact. */
  readonly probe?: boolean;
}

export const deepPath = (e: EntrySpec) =>
  `features/deep-signals/by-family/${e.family}/${e.id}_deep-signals.parquet`;
export const probePath = (e: EntrySpec) =>
  `features/lineage-probe/by-family/${e.family}/${e.id}_lineage-probe.bin`;

export async function writeScanDb(root: string, entries: readonly EntrySpec[]): Promise<void> {
  const families = [...new Set(entries.map((e) => e.family))];
  await put(
    root,
    "catalog/manifest.json",
    manifest(families.map((f) => ({ family_id: f, shard_path: `catalog/by-family/${f}.json` }))),
  );
  for (const f of families) {
    const assets = entries.filter((e) => e.family === f);
    const shard = {
      shard_id: "s",
      family: { family_id: f, display_name: `Family ${f}`, publisher: "p", baseline_model_ids: [] },
      assets: assets.map((e) => ({
        asset_id: e.id,
        model_id: `model-${e.id}`,
        format: "safetensors",
        feature_path: `features/base/by-family/${f}/${e.id}_features.json`,
        param_bucket: e.bucket ?? "<=1B",
      })),
    };
    await put(root, `catalog/by-family/${f}.json`, JSON.stringify(shard));
    for (const e of assets) {
      const bundle = {
        bundle_id: "b",
        model_id: `model-${e.id}`,
        asset_id: e.id,
        family_id: f,
        status: "ok",
        missing_signals: [],
        mfi: e.mfi ?? gpt2MfiObject(),
        tfv: e.tfv ?? { vocab_size: 50257, tokenizer_class: "GPT2TokenizerFast" },
        vocab: { size: 50257 },
        signals: {},
        artifact_refs: [
          ...(e.deep
            ? [{ artifact_id: e.id, type: "deep_signals", path: deepPath(e), signals: [], checksum: "" }]
            : []),
          ...(e.probe
            ? [
                {
                  artifact_id: `${e.id}-probe`,
                  type: "lineage_probe",
                  path: probePath(e),
                  signals: [],
                  checksum: "",
                },
              ]
            : []),
        ],
      };
      await put(root, `features/base/by-family/${f}/${e.id}_features.json`, JSON.stringify(bundle));
    }
  }
}

/** A loader over asset ids that counts its calls. */
export function memoryLoader(byAsset: ReadonlyMap<string, WeightSignals>): {
  loader: DeepSignalLoader;
  calls: string[];
} {
  const calls: string[] = [];
  const loader: DeepSignalLoader = ({ bundle }) => {
    calls.push(bundle.asset_id);
    return Promise.resolve(byAsset.get(bundle.asset_id) ?? null);
  };
  return { loader, calls };
}

/** A probe loader over asset ids that counts its calls. */
export function memoryProbeLoader(byAsset: ReadonlyMap<string, LineageProbe>): {
  loader: LineageProbeLoader;
  calls: string[];
} {
  const calls: string[] = [];
  const loader: LineageProbeLoader = ({ bundle }) => {
    calls.push(bundle.asset_id);
    return Promise.resolve(byAsset.get(bundle.asset_id) ?? null);
  };
  return { loader, calls };
}

/** A probe as a database entry holds it: without its sample, in half precision. */
export const storedProbe = (p: LineageProbe): LineageProbe => roundProbeToF16(p, { sample: false });

/** A database entry made from a fingerprint: its MFI and TFV as the reference stores them, its probe as stored. */
export function entryFromFingerprint(
  id: string,
  family: string,
  fp: FingerprintResult,
): EntrySpec & { readonly signals: WeightSignals | null; readonly lineage: LineageProbe | null } {
  const f = fp.fingerprint;
  return {
    id,
    family,
    bucket: paramBucket(estimateParameters(f.mfi)),
    mfi: JSON.parse(pyJsonDumps(mfiToPyValue(f.mfi))) as Record<string, unknown>,
    ...(f.tfv ? { tfv: JSON.parse(pyJsonDumps(tfvToPyValue(f.tfv, false))) as Record<string, unknown> } : {}),
    deep: fp.weights !== null,
    signals: fp.weights?.signals ?? null,
    probe: (fp.weights?.lineage ?? null) !== null,
    lineage: fp.weights?.lineage ? storedProbe(fp.weights.lineage) : null,
  };
}
