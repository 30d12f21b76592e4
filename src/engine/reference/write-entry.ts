// `fingerprint <ref> --db DIR --family ID`: add one model to a reference database in the
// reference's layout (§7), creating the database when needed. The parquet, the lineage probe
// (lineage-probes.ts: the model's probe without its sample), the bundle, the family shard and the
// manifest are committed together (db-commit.ts): a failure leaves the database as it was. Adding
// an asset that is already in the family replaces it; an asset of another family is refused,
// since the catalog would list it twice.

import { createHash, randomUUID } from "node:crypto";
import path from "node:path";
import { ConfigError, MalformedInputError } from "../errors.js";
import { estimateParameters, paramBucket } from "../features/metadata/parameters.js";
import type { ModelFingerprint } from "../fingerprint.js";
import { writeDeepSignalTable } from "../formats/parquet/index.js";
import { pyJsonDumpsIndent } from "../pycompat/py-json-indent.js";
import type { PyValue } from "../pycompat/py-json.js";
import type { ConfigObject } from "../features/metadata/config-json.js";
import type { WeightEvidence } from "../weight-evidence.js";
import { MANIFEST_PATH, MAX_MANIFEST_BYTES, MAX_SHARD_BYTES, loadReferenceDatabase } from "./catalog.js";
import { commitFiles, nodeDatabaseWriteFs, type DatabaseWriteFs, type StagedFile } from "./db-commit.js";
import { deepSignalRows } from "./deep-signal-rows.js";
import { encodeProbe } from "../lineage/probe-codec.js";
import { lineageProbePath } from "./lineage-probes.js";
import { assetJson, bundleJson, pyIsoTimestamp, updatedManifest, updatedShard } from "./entry-json.js";
import { readDbJson, type DbLocation } from "./problems.js";

/** Ids become file names: the shipped ones are ≤ 60 characters. */
export const MAX_ID_LENGTH = 128;
const ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;
/** The reference's asset ids are "<model_id>__hf-safetensors". */
export const ASSET_SUFFIX = "__hf-safetensors";

export interface EntryModel {
  readonly fingerprint: ModelFingerprint;
  readonly weights: WeightEvidence | null;
  /** Where the model came from: a Hub repo (with its endpoint) or a local folder. */
  readonly source: { readonly kind: "local" | "hub"; readonly repo?: string; readonly endpoint?: string };
}

export interface WriteEntryOptions {
  readonly familyId: string;
  /** Default: "<model id>__hf-safetensors", the model id being the repo's name or the folder's. */
  readonly assetId?: string;
  readonly fs?: DatabaseWriteFs;
  readonly now?: () => Date;
  readonly uuid?: () => string;
}

export interface WriteEntryResult {
  /** The database root, absolute. */
  readonly root: string;
  readonly family_id: string;
  readonly asset_id: string;
  readonly model_id: string;
  readonly param_bucket: string;
  readonly created_database: boolean;
  readonly created_family: boolean;
  /** True when the asset was in the family before and has been replaced. */
  readonly replaced: boolean;
  readonly bundle: string;
  /** The parquet's database-relative path; null when the model has no weight signals. */
  readonly parquet: string | null;
  readonly parquet_rows: number;
  readonly parquet_bytes: number;
  readonly signals: readonly string[];
  /** The lineage probe's database-relative path; null when the model has no probe. */
  readonly lineage_probe: string | null;
  readonly lineage_probe_bytes: number;
}

/** Why an id cannot name database files, or null when it can. */
export function idProblem(id: string): string | null {
  if (id.length === 0) return "is empty";
  if (id.length > MAX_ID_LENGTH) return `is longer than ${MAX_ID_LENGTH} characters (MAX_ID_LENGTH)`;
  if (id.includes("..")) return 'contains ".."';
  if (!ID_PATTERN.test(id))
    return "must start with a letter or digit and hold only letters, digits, '.', '_' and '-'";
  return null;
}

function checkId(kind: string, id: string, fix: string): void {
  const bad = idProblem(id);
  if (bad !== null)
    throw new ConfigError({}, `${kind} "${id}" cannot name database files: it ${bad}; ${fix}`);
}

export async function writeReferenceEntry(
  root: string,
  model: EntryModel,
  options: WriteEntryOptions,
): Promise<WriteEntryResult> {
  const fs = options.fs ?? nodeDatabaseWriteFs;
  const now = pyIsoTimestamp((options.now ?? (() => new Date()))());
  const uuid = options.uuid ?? randomUUID;
  const names = entryNames(model, options);
  const { familyId, modelId, assetId } = names;
  const target = await openTarget(root, fs, names);
  const { fingerprint: fp, weights } = model;
  const files: StagedFile[] = [];
  const featurePath = `features/base/by-family/${familyId}/${assetId}_features.json`;
  let artifact: { path: string; sha256: string } | null = null;
  let rows = 0;
  if (weights) {
    const rel = `features/deep-signals/by-family/${familyId}/${assetId}_deep-signals.parquet`;
    const table = deepSignalRows(weights.signals);
    const bytes = await writeDeepSignalTable(table, path.join(target.realRoot, rel));
    rows = table.length;
    artifact = { path: rel, sha256: createHash("sha256").update(bytes).digest("hex") };
    files.push({ rel, bytes });
  }
  const probe = weights?.lineage ? probeFile(model, familyId, assetId) : null;
  if (probe) files.push(probe);
  const bundle = bundleJson({
    bundleId: uuid(),
    modelId,
    assetId,
    familyId,
    updatedAt: now,
    mfi: fp.mfi,
    tfv: fp.tfv,
    signals: weights?.signals ?? null,
    extractorVersion: fp.extractor_version,
    artifact,
    probe: probe ? { path: probe.rel, sha256: createHash("sha256").update(probe.bytes).digest("hex") } : null,
  });
  files.push({ rel: featurePath, bytes: pyJson(bundle) });
  const bucket = paramBucket(estimateParameters(fp.mfi));
  const asset = assetJson({ assetId, modelId, featurePath, paramBucket: bucket, sourceUri: names.sourceUri });
  const shard = updatedShard(target.oldShard, {
    shardId: uuid(),
    updatedAt: now,
    familyId,
    publisher: names.publisher,
    modelId,
    asset,
  });
  files.push({ rel: target.shardPath, bytes: pyJson(shard) });
  const assetCount = (shard.assets as readonly PyValue[]).length;
  const manifest = updatedManifest(target.oldManifest, {
    updatedAt: now,
    familyId,
    shardPath: target.shardPath,
    assetCount,
  });
  files.push({ rel: MANIFEST_PATH, bytes: pyJson(manifest) });
  await commitFiles(fs, target.realRoot, files);
  return {
    root: target.absRoot,
    family_id: familyId,
    asset_id: assetId,
    model_id: modelId,
    param_bucket: bucket,
    created_database: target.createdDatabase,
    created_family: target.createdFamily,
    replaced: target.replaced,
    bundle: featurePath,
    parquet: artifact?.path ?? null,
    parquet_rows: rows,
    parquet_bytes: artifact ? (files[0] as StagedFile).bytes.length : 0,
    signals: artifact ? ((bundle.artifact_refs as readonly { signals: string[] }[])[0]?.signals ?? []) : [],
    lineage_probe: probe?.rel ?? null,
    lineage_probe_bytes: probe?.bytes.length ?? 0,
  };
}

/** The model's probe without its sample, as the entry's file. */
function probeFile(model: EntryModel, familyId: string, assetId: string): StagedFile {
  const probe = model.weights?.lineage as NonNullable<WeightEvidence["lineage"]>;
  try {
    return { rel: lineageProbePath(familyId, assetId), bytes: encodeProbe(probe, { sample: false }) };
  } catch (err) {
    if (!(err instanceof RangeError)) throw err;
    throw new MalformedInputError(
      { file: model.fingerprint.ref, field: "lineage probe" },
      `${err.message}; the weights hold a value no probe can store, so the model cannot join a reference database`,
    );
  }
}

interface EntryNames {
  readonly familyId: string;
  readonly modelId: string;
  readonly assetId: string;
  readonly sourceUri: string;
  readonly publisher: string;
}

/** The ids and source fields of the entry, each id checked to be a safe file name. */
function entryNames(model: EntryModel, options: WriteEntryOptions): EntryNames {
  const familyId = options.familyId;
  checkId("family id", familyId, "pass --family with an id like org--family");
  const repo = model.source.kind === "hub" ? model.source.repo : undefined;
  const modelId = repo ? (repo.split("/").pop() ?? "") : path.basename(model.fingerprint.ref);
  const assetId = options.assetId ?? `${modelId}${ASSET_SUFFIX}`;
  checkId("model id", modelId, "it comes from the repo's or the folder's name: rename the folder");
  checkId("asset id", assetId, "choose an id of letters, digits, '.', '_' and '-'");
  return {
    familyId,
    modelId,
    assetId,
    sourceUri: repo ? `${model.source.endpoint ?? "https://huggingface.co"}/${repo}` : "",
    publisher: repo ? (repo.split("/")[0] ?? "") : "",
  };
}

interface Target {
  readonly absRoot: string;
  readonly realRoot: string;
  readonly createdDatabase: boolean;
  readonly createdFamily: boolean;
  readonly replaced: boolean;
  readonly oldManifest: ConfigObject | null;
  readonly shardPath: string;
  readonly oldShard: ConfigObject | null;
}

/** The database as it is (created if absent): what the entry replaces and which files it updates. */
async function openTarget(root: string, fs: DatabaseWriteFs, names: EntryNames): Promise<Target> {
  const { familyId, assetId } = names;
  const absRoot = path.resolve(root);
  const createdDatabase = !(await fs.exists(path.join(absRoot, ...MANIFEST_PATH.split("/"))));
  await fs.mkdir(absRoot);
  const db = createdDatabase ? null : await loadReferenceDatabase(absRoot, fs);
  const realRoot = db?.realRoot ?? (await fs.realpath(absRoot));
  const loc: DbLocation = { fs, realRoot };
  const elsewhere = db?.assets.find((a) => a.asset_id === assetId && a.family_id !== familyId);
  if (elsewhere) {
    throw new ConfigError(
      { file: path.join(realRoot, elsewhere.shard_path) },
      `asset "${assetId}" is already in family "${elsewhere.family_id}"; add it with --family ${elsewhere.family_id}, or remove it from that shard first`,
    );
  }
  const shardRef = db?.manifest.shards.find((s) => s.family_id === familyId);
  const shardPath = shardRef?.shard_path ?? `catalog/by-family/${familyId}.json`;
  return {
    absRoot,
    realRoot,
    createdDatabase,
    createdFamily: shardRef === undefined,
    replaced: db?.assets.some((a) => a.asset_id === assetId) ?? false,
    oldManifest: db ? await readJson(loc, MANIFEST_PATH, MAX_MANIFEST_BYTES) : null,
    shardPath,
    oldShard: shardRef ? await readJson(loc, shardPath, MAX_SHARD_BYTES, true) : null,
  };
}

function pyJson(v: PyValue): Uint8Array {
  return new TextEncoder().encode(pyJsonDumpsIndent(v, 2) + "\n");
}

/** An existing manifest or shard; a broken one stops the write (the update would lose entries). */
async function readJson(loc: DbLocation, rel: string, limit: number, missingOk = false) {
  const read = await readDbJson(
    loc,
    rel,
    limit,
    limit === MAX_MANIFEST_BYTES ? "MAX_MANIFEST_BYTES" : "MAX_SHARD_BYTES",
  );
  if (read.ok) return read.value;
  if (missingOk && read.missing) return null;
  throw new MalformedInputError(
    { file: path.join(loc.realRoot, rel) },
    `${read.message}; the database cannot be updated until this file is repaired (run db check)`,
  );
}
