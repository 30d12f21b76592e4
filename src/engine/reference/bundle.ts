// Base feature bundles (spec §7.3), read on demand: a scan or a check touches only the bundles
// it needs. Numbers stay lossless (stored MFI dimensions are re-hashed as written). A bundle that
// cannot be read is reported, never thrown, as the reference's scan skips it (spec §6.3).

import { isConfigObject, type ConfigObject } from "../features/metadata/config-json.js";
import { pathTextProblem, resolveInside, type Resolved } from "./db-fs.js";
import { FieldReader } from "./db-fields.js";
import type { CatalogAsset, ReferenceDatabase } from "./catalog.js";
import { ProblemList, readDbJson, type DbLocation, type DbProblem } from "./problems.js";

/** Shipped bundles are ~3 KB; a bundle with a large tokenizer summary stays far below this. */
export const MAX_BUNDLE_BYTES = 8 * 1024 * 1024;
/** A bundle names one deep-signals artifact today; a few hundred would already be odd. */
export const MAX_ARTIFACT_REFS = 1000;

export interface ArtifactRef {
  readonly artifact_id: string;
  readonly type: string;
  /** Database-relative; its text is checked here, its target by resolveDbPath when opened. */
  readonly path: string;
  readonly signals: readonly string[];
  readonly checksum: string;
  readonly availability: string;
}

export interface FeatureBundle {
  /** Database-relative path of the bundle file. */
  readonly file: string;
  readonly bundle_id: string;
  readonly model_id: string;
  readonly asset_id: string;
  readonly family_id: string;
  readonly source_id: string;
  readonly status: string;
  readonly updated_at: string;
  readonly missing_signals: readonly string[];
  /** The stored MFI as written (numbers as PyNumber); parseStoredMfi gives the typed form. */
  readonly mfi: ConfigObject;
  readonly tfv: ConfigObject;
  readonly vocab: ConfigObject;
  readonly signals: ConfigObject;
  readonly artifact_refs: readonly ArtifactRef[];
}

export interface BundleRead {
  /** null when the bundle could not be read at all. */
  readonly bundle: FeatureBundle | null;
  readonly problems: readonly DbProblem[];
}

export async function readBundle(db: ReferenceDatabase, asset: CatalogAsset): Promise<BundleRead> {
  const problems = new ProblemList();
  const where = `${asset.field}.feature_path`;
  if (asset.feature_path === "") {
    problems.add(asset.shard_path, where, "empty; the asset has no feature bundle");
    return { bundle: null, problems: problems.list() };
  }
  const file = asset.feature_path;
  const read = await readDbJson(db, file, MAX_BUNDLE_BYTES, "MAX_BUNDLE_BYTES");
  if (!read.ok) {
    if (read.inFile) problems.add(file, null, read.message);
    else problems.add(asset.shard_path, where, read.message);
    return { bundle: null, problems: problems.list() };
  }
  const r = new FieldReader(read.value, file, "", problems);
  const bundle: FeatureBundle = {
    file,
    bundle_id: r.string("bundle_id"),
    model_id: r.string("model_id"),
    asset_id: r.string("asset_id"),
    family_id: r.string("family_id"),
    source_id: r.string("source_id"),
    status: r.string("status", "ok"),
    updated_at: r.string("updated_at"),
    missing_signals: r.stringList("missing_signals"),
    mfi: r.object("mfi"),
    tfv: r.object("tfv"),
    vocab: r.object("vocab"),
    signals: r.object("signals"),
    artifact_refs: readArtifactRefs(r, file, problems),
  };
  if (bundle.asset_id !== "" && bundle.asset_id !== asset.asset_id) {
    problems.add(file, "asset_id", `"${bundle.asset_id}" differs from the catalog's "${asset.asset_id}"`);
  }
  return { bundle, problems: problems.list() };
}

function readArtifactRefs(r: FieldReader, file: string, problems: ProblemList): ArtifactRef[] {
  const list = r.list("artifact_refs");
  if (list.length > MAX_ARTIFACT_REFS) {
    problems.add(
      file,
      "artifact_refs",
      `${list.length} entries, over the ${MAX_ARTIFACT_REFS} limit (MAX_ARTIFACT_REFS); the rest are skipped`,
    );
  }
  const out: ArtifactRef[] = [];
  for (const [i, item] of list.slice(0, MAX_ARTIFACT_REFS).entries()) {
    const at = `artifact_refs[${i}]`;
    if (!isConfigObject(item)) {
      problems.add(file, at, "expected an object; the artifact is skipped");
      continue;
    }
    const a = new FieldReader(item, file, at, problems);
    const p = a.string("path");
    const bad = pathTextProblem(p);
    if (bad !== null) {
      problems.add(file, `${at}.path`, `path "${p}" is refused: it ${bad}; the artifact is skipped`);
      continue;
    }
    out.push({
      artifact_id: a.string("artifact_id"),
      type: a.string("type"),
      path: p,
      signals: a.stringList("signals"),
      checksum: a.string("checksum"),
      availability: a.string("availability"),
    });
  }
  return out;
}

/** A database-relative path (e.g. an artifact's parquet) → the real path inside the root. */
export function resolveDbPath(db: DbLocation, rel: string): Promise<Resolved> {
  return resolveInside(db.fs, db.realRoot, rel);
}
