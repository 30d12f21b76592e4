// The JSON of one database entry in the reference's layout and key order (§7.1–§7.3): the feature
// bundle, the asset record, the family shard and the manifest, as Python values for pyJsonDumps.
// Existing shards and manifests are updated key by key, so fields we do not know survive.

import {
  isConfigObject,
  ownValue,
  type ConfigObject,
  type ConfigValue,
} from "../features/metadata/config-json.js";
import type { MfiFingerprint } from "../features/metadata/index.js";
import { mfiToPyValue } from "../features/metadata/stored-mfi.js";
import type { TokenizerFeatures } from "../features/tokenizer/tfv.js";
import { tfvToPyValue } from "../features/tokenizer/tfv-bundle.js";
import type { WeightSignals } from "../features/weights/weight-signals.js";
import type { PyValue } from "../pycompat/py-json.js";
import { DEEP_SIGNAL_NAMES } from "./deep-signal-rows.js";
import { DEEP_SIGNALS_ARTIFACT_TYPE } from "./deep-signals.js";
import { LINEAGE_PROBE_ARTIFACT_TYPE } from "./lineage-probes.js";

type PyObject = { readonly [k: string]: PyValue };

/** Python's datetime.now(timezone.utc).isoformat(): microseconds and "+00:00". */
export function pyIsoTimestamp(d: Date): string {
  return d.toISOString().replace(/Z$/, "000+00:00");
}

export interface BundleInput {
  readonly bundleId: string;
  readonly modelId: string;
  readonly assetId: string;
  readonly familyId: string;
  readonly updatedAt: string;
  readonly mfi: MfiFingerprint;
  readonly tfv: TokenizerFeatures | null;
  readonly signals: WeightSignals | null;
  readonly extractorVersion: string;
  /** The parquet, when the entry has weight signals. */
  readonly artifact: { readonly path: string; readonly sha256: string } | null;
  /** The lineage probe file (lineage-probes.ts), when the model has a probe. */
  readonly probe?: { readonly path: string; readonly sha256: string } | null;
}

/** Names of the deep signals a record has, in file order. */
export function presentSignals(s: WeightSignals | null): string[] {
  if (s === null) return [];
  return DEEP_SIGNAL_NAMES.filter((name) => s[name] !== null);
}

/** The 13 keys of a reference bundle, in its order; the lineage probe is one more artifact. */
export function bundleJson(b: BundleInput): PyObject {
  const present = presentSignals(b.signals);
  const missing = DEEP_SIGNAL_NAMES.filter((n) => !present.includes(n));
  return {
    bundle_id: b.bundleId,
    model_id: b.modelId,
    asset_id: b.assetId,
    family_id: b.familyId,
    source_id: "provenance-gate",
    status: missing.length === 0 ? "ok" : "partial",
    updated_at: b.updatedAt,
    missing_signals: missing,
    mfi: mfiToPyValue(b.mfi),
    tfv: b.tfv === null ? {} : tfvToPyValue(b.tfv, false),
    vocab: b.tfv === null ? {} : { size: b.tfv.vocab_size },
    signals: signalSummary(b.signals, b.extractorVersion),
    artifact_refs: [
      ...(b.artifact === null
        ? []
        : [
            {
              artifact_id: `${b.modelId}-deep-signals`,
              type: DEEP_SIGNALS_ARTIFACT_TYPE,
              path: b.artifact.path,
              signals: present,
              checksum: `sha256:${b.artifact.sha256}`,
              availability: "local",
            },
          ]),
      // Ours: the reference picks artifacts by type and skips this one.
      ...(b.probe === undefined || b.probe === null
        ? []
        : [
            {
              artifact_id: `${b.modelId}-lineage-probe`,
              type: LINEAGE_PROBE_ARTIFACT_TYPE,
              path: b.probe.path,
              signals: [],
              checksum: `sha256:${b.probe.sha256}`,
              availability: "local",
            },
          ]),
    ],
  };
}

/**
 * The reference's SignalSummary (12 keys, its defaults when a signal is absent), plus two keys of
 * ours that its pydantic model ignores (no `extra` setting → "ignore"): `sampling`, the profile
 * and sampling parameters the signals were read with (WVC is compared only between equal ones),
 * and `extractor_version`.
 */
export function signalSummary(s: WeightSignals | null, extractorVersion: string): PyObject {
  const wvc = s?.wvc_layer_sigs ? [...s.wvc_layer_sigs].sort((a, b) => a[0] - b[0]) : [];
  const k = s?.eas_self_sim?.k ?? 0;
  return {
    hidden_size: s?.hidden_size ?? 0,
    num_layers: s?.num_layers ?? 0,
    eas_anchor_count: s?.eas_anchor_count ?? 0,
    nlf_mode: s?.nlf_mode ?? null,
    nlf_num_layers: s?.nlf_num_layers ?? 0,
    eas_self_sim_shape: s?.eas_self_sim ? [k, k] : [],
    end_histogram_bins: s?.end_histogram?.length ?? 0,
    nlf_vector_length: s?.nlf_vector?.length ?? 0,
    lep_profile_length: s?.lep_profile?.length ?? 0,
    wsp_signature_length: s?.wsp_signature?.length ?? 0,
    wvc_layer_count: wvc.length,
    wvc_layer_vector_length: wvc[0]?.[1].length ?? 0,
    sampling: s === null ? null : { ...s.sampling },
    extractor_version: extractorVersion,
  };
}

export interface AssetInput {
  readonly assetId: string;
  readonly modelId: string;
  readonly featurePath: string;
  readonly paramBucket: string;
  readonly sourceUri: string;
}

/** An asset record in the key order of the shipped shards. */
export function assetJson(a: AssetInput): PyObject {
  return {
    asset_id: a.assetId,
    model_id: a.modelId,
    format: "safetensors",
    feature_path: a.featurePath,
    param_bucket: a.paramBucket,
    source_uri: a.sourceUri,
    canonical_name: a.modelId,
  };
}

export interface ShardUpdate {
  readonly shardId: string;
  readonly updatedAt: string;
  readonly familyId: string;
  readonly publisher: string;
  readonly modelId: string;
  readonly asset: PyObject;
}

/** The family shard with `asset` added, or put in place of the record with the same asset_id. */
export function updatedShard(old: ConfigObject | null, u: ShardUpdate): PyObject {
  const oldFamily =
    old !== null && isConfigObject(ownValue(old, "family"))
      ? (ownValue(old, "family") as ConfigObject)
      : null;
  const baselines = oldFamily ? ownValue(oldFamily, "baseline_model_ids") : undefined;
  const baselineList = Array.isArray(baselines) ? (baselines as readonly ConfigValue[]) : [];
  const family = oldFamily
    ? withKeys(oldFamily, {
        baseline_model_ids: baselineList.includes(u.modelId) ? baselineList : [...baselineList, u.modelId],
      })
    : {
        family_id: u.familyId,
        display_name: u.familyId,
        publisher: u.publisher,
        baseline_model_ids: [u.modelId],
      };
  const oldAssets = old ? ownValue(old, "assets") : undefined;
  const assets: PyValue[] = Array.isArray(oldAssets) ? [...(oldAssets as readonly ConfigValue[])] : [];
  const at = assets.findIndex(
    (a) => isConfigObject(a as ConfigValue) && ownValue(a as ConfigObject, "asset_id") === u.asset.asset_id,
  );
  if (at >= 0) assets[at] = u.asset;
  else assets.push(u.asset);
  const fresh = { shard_id: u.shardId, updated_at: u.updatedAt, family, assets };
  if (old === null) return fresh;
  const id = ownValue(old, "shard_id");
  return withKeys(old, {
    ...(typeof id === "string" && id !== "" ? {} : { shard_id: u.shardId }),
    updated_at: u.updatedAt,
    family,
    assets,
  });
}

/** The manifest with the family's shard reference added (in family order) or its count updated. */
export function updatedManifest(
  old: ConfigObject | null,
  update: {
    readonly updatedAt: string;
    readonly familyId: string;
    readonly shardPath: string;
    readonly assetCount: number;
  },
): PyObject {
  const oldShards = old ? ownValue(old, "shards") : undefined;
  const shards: PyValue[] = Array.isArray(oldShards) ? [...(oldShards as readonly ConfigValue[])] : [];
  const ref = { family_id: update.familyId, shard_path: update.shardPath, asset_count: update.assetCount };
  const familyOf = (s: PyValue) =>
    isConfigObject(s as ConfigValue) ? ownValue(s as ConfigObject, "family_id") : undefined;
  const at = shards.findIndex((s) => familyOf(s) === update.familyId);
  if (at >= 0) {
    shards[at] = withKeys(shards[at] as ConfigObject, { asset_count: update.assetCount });
  } else {
    const after = shards.findIndex((s) => {
      const f = familyOf(s);
      return typeof f === "string" && f > update.familyId;
    });
    shards.splice(after < 0 ? shards.length : after, 0, ref);
  }
  if (old === null) return { updated_at: update.updatedAt, shard_strategy: "by_family", shards };
  return withKeys(old, { updated_at: update.updatedAt, shards });
}

/** A copy of `obj` with `updates` applied: existing keys keep their place, new ones go last. */
export function withKeys(obj: ConfigObject, updates: PyObject): PyObject {
  const out: Record<string, PyValue> = {};
  const put = (k: string, v: PyValue) =>
    Object.defineProperty(out, k, { value: v, enumerable: true, writable: true, configurable: true });
  for (const k of Object.keys(obj))
    put(k, Object.hasOwn(updates, k) ? (updates[k] as PyValue) : (obj[k] as PyValue));
  for (const k of Object.keys(updates)) if (!Object.hasOwn(obj, k)) put(k, updates[k] as PyValue);
  return out;
}
