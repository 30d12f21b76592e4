// Reading a reference database's catalog (spec §7.1–§7.2): the manifest lists family shards in
// order, each shard names its family and assets. Assets keep catalog order (scan ties are broken
// by it). Only a missing or broken manifest is fatal; every other fault is a problem and skipped.

import path from "node:path";
import { ConfigError, MalformedInputError } from "../errors.js";
import {
  isConfigObject,
  ownValue,
  type ConfigObject,
  type ConfigValue,
} from "../features/metadata/config-json.js";
import { nodeDatabaseFs, type DatabaseFs } from "./db-fs.js";
import { FieldReader } from "./db-fields.js";
import { ProblemList, readDbJson, type DbLocation, type DbProblem } from "./problems.js";

/** The manifest lists shard references only; the shipped one is 5 KB for 39 shards. */
export const MAX_MANIFEST_BYTES = 4 * 1024 * 1024;
/** A shard lists one family's assets (the shipped ones are ≤ 4 KB). */
export const MAX_SHARD_BYTES = 16 * 1024 * 1024;
/** Ten times the 1,000 families a large database might hold. */
export const MAX_SHARDS = 10_000;
/** Ten times the 10,000 entries scan is budgeted for (design §11). */
export const MAX_ASSETS = 100_000;

export const MANIFEST_PATH = "catalog/manifest.json";

export interface ShardRef {
  readonly family_id: string;
  readonly shard_path: string;
  readonly asset_count: number | null;
}

export interface Manifest {
  readonly updated_at: string;
  readonly shard_strategy: string;
  readonly shards: readonly ShardRef[];
}

export interface FamilyRecord {
  readonly family_id: string;
  readonly display_name: string;
  readonly publisher: string;
  readonly family_hash: string;
  readonly baseline_model_ids: readonly string[];
  /** The shard the family was read from. */
  readonly shard_path: string;
}

export interface CatalogAsset {
  readonly asset_id: string;
  readonly model_id: string;
  readonly canonical_name: string;
  readonly format: string;
  readonly source_uri: string;
  readonly checksums: Readonly<Record<string, string>>;
  readonly feature_path: string;
  readonly param_bucket: string;
  /** From the shard's family (not stored per asset). */
  readonly family_id: string;
  /** Where the asset is listed, for problem reports: the shard and the JSON field. */
  readonly shard_path: string;
  readonly field: string;
}

export interface ReferenceDatabase extends DbLocation {
  /** The root as given, resolved to an absolute path. */
  readonly root: string;
  readonly manifest: Manifest;
  readonly families: ReadonlyMap<string, FamilyRecord>;
  /** In catalog order; an asset_id listed twice keeps its first position and its last record. */
  readonly assets: readonly CatalogAsset[];
  readonly problems: readonly DbProblem[];
}

export async function loadReferenceDatabase(
  root: string,
  fs: DatabaseFs = nodeDatabaseFs,
): Promise<ReferenceDatabase> {
  const absRoot = path.resolve(root);
  const manifestFile = path.join(absRoot, ...MANIFEST_PATH.split("/"));
  const notADatabase = () =>
    new ConfigError(
      { file: manifestFile },
      `not a reference database: ${MANIFEST_PATH} is missing; point at the folder that holds catalog/ and features/`,
    );
  const realRoot = await fs.realpath(absRoot).catch(() => null);
  if (realRoot === null) throw notADatabase();
  const loc: DbLocation = { fs, realRoot };
  const read = await readDbJson(loc, MANIFEST_PATH, MAX_MANIFEST_BYTES, "MAX_MANIFEST_BYTES");
  if (!read.ok && read.missing) throw notADatabase();
  if (!read.ok) throw new MalformedInputError({ file: manifestFile }, read.message);
  const problems = new ProblemList();
  const manifest = parseManifest(read.value, manifestFile, problems);
  const families = new Map<string, FamilyRecord>();
  const assets = new Map<string, CatalogAsset>();
  for (const [i, ref] of manifest.shards.entries()) {
    await loadShard(loc, ref, `shards[${i}]`, { families, assets, problems });
  }
  return {
    root: absRoot,
    fs,
    realRoot,
    manifest,
    families,
    assets: [...assets.values()],
    problems: problems.list(),
  };
}

/** A manifest whose top level or shard list has the wrong type is broken: fatal. */
function parseManifest(obj: ConfigObject, manifestFile: string, problems: ProblemList): Manifest {
  const strict = new ProblemList();
  const top = new FieldReader(obj, MANIFEST_PATH, "", strict);
  const updated_at = top.string("updated_at");
  const shard_strategy = top.string("shard_strategy", "by_family");
  const list = top.list("shards");
  const first = strict.items[0];
  if (first !== undefined)
    throw new MalformedInputError({ file: manifestFile, field: first.field ?? undefined }, first.message);
  if (list.length > MAX_SHARDS) {
    problems.add(
      MANIFEST_PATH,
      "shards",
      `${list.length} shards, over the ${MAX_SHARDS} limit (MAX_SHARDS); the rest are skipped`,
    );
  }
  const shards: ShardRef[] = [];
  for (const [i, item] of list.slice(0, MAX_SHARDS).entries()) {
    const at = `shards[${i}]`;
    if (!isConfigObject(item)) {
      problems.add(MANIFEST_PATH, at, "expected an object; the shard is skipped");
      continue;
    }
    const r = new FieldReader(item, MANIFEST_PATH, at, problems);
    const family_id = r.id("family_id");
    const shard_path = r.id("shard_path");
    const asset_count = r.count("asset_count");
    if (family_id !== null && shard_path !== null) shards.push({ family_id, shard_path, asset_count });
  }
  return { updated_at, shard_strategy, shards };
}

interface Accumulator {
  readonly families: Map<string, FamilyRecord>;
  readonly assets: Map<string, CatalogAsset>;
  readonly problems: ProblemList;
}

async function loadShard(loc: DbLocation, ref: ShardRef, at: string, acc: Accumulator): Promise<void> {
  const { problems } = acc;
  const read = await readDbJson(loc, ref.shard_path, MAX_SHARD_BYTES, "MAX_SHARD_BYTES");
  if (!read.ok) {
    if (read.inFile) problems.add(ref.shard_path, null, `${read.message}; the shard is skipped`);
    else problems.add(MANIFEST_PATH, `${at}.shard_path`, `${read.message}; the shard is skipped`);
    return;
  }
  const file = ref.shard_path;
  const top = new FieldReader(read.value, file, "", problems);
  const famObj = ownValue(read.value, "family");
  if (!isConfigObject(famObj)) {
    problems.add(file, "family", "missing or not an object; the shard is skipped");
    return;
  }
  const fr = new FieldReader(famObj, file, "family", problems);
  const family_id = fr.id("family_id");
  if (family_id === null) return;
  if (family_id !== ref.family_id) {
    problems.add(
      file,
      "family.family_id",
      `"${family_id}" differs from the manifest's "${ref.family_id}"; the shard's id is used`,
    );
  }
  if (acc.families.has(family_id))
    problems.add(
      file,
      "family.family_id",
      `family "${family_id}" is listed by another shard too; this one replaces it`,
    );
  const family: FamilyRecord = {
    family_id,
    display_name: fr.string("display_name"),
    publisher: fr.string("publisher"),
    family_hash: fr.string("family_hash"),
    baseline_model_ids: fr.stringList("baseline_model_ids"),
    shard_path: file,
  };
  acc.families.set(family_id, family);
  const list = top.list("assets");
  if (ref.asset_count !== null && ref.asset_count !== list.length) {
    problems.add(
      MANIFEST_PATH,
      `${at}.asset_count`,
      `${ref.asset_count} differs from the ${list.length} assets in ${file}`,
    );
  }
  for (const [i, item] of list.entries()) readAsset(item, file, `assets[${i}]`, family_id, acc);
}

function readAsset(item: ConfigValue, file: string, at: string, familyId: string, acc: Accumulator): void {
  const { problems, assets } = acc;
  if (!isConfigObject(item)) {
    problems.add(file, at, "expected an object; the asset is skipped");
    return;
  }
  const r = new FieldReader(item, file, at, problems);
  const asset_id = r.id("asset_id");
  if (asset_id === null) return;
  if (!assets.has(asset_id) && assets.size >= MAX_ASSETS) {
    problems.add(file, at, `more than ${MAX_ASSETS} assets (MAX_ASSETS); the asset is skipped`);
    return;
  }
  if (assets.has(asset_id))
    problems.add(file, `${at}.asset_id`, `"${asset_id}" is listed twice; the later record is used`);
  assets.set(asset_id, {
    asset_id,
    model_id: r.string("model_id"),
    canonical_name: r.string("canonical_name"),
    format: r.string("format", "other"),
    source_uri: r.string("source_uri"),
    checksums: r.stringMap("checksums"),
    feature_path: r.string("feature_path"),
    param_bucket: r.string("param_bucket"),
    family_id: familyId,
    shard_path: file,
    field: at,
  });
}
