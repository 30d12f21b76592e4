// Reference databases in the provenancekit layout: catalog, bundles, and `db check`.

export {
  MANIFEST_PATH,
  MAX_ASSETS,
  MAX_MANIFEST_BYTES,
  MAX_SHARDS,
  MAX_SHARD_BYTES,
  loadReferenceDatabase,
  type CatalogAsset,
  type FamilyRecord,
  type Manifest,
  type ReferenceDatabase,
  type ShardRef,
} from "./catalog.js";
export {
  MAX_ARTIFACT_REFS,
  MAX_BUNDLE_BYTES,
  readBundle,
  resolveDbPath,
  type ArtifactRef,
  type BundleRead,
  type FeatureBundle,
} from "./bundle.js";
export {
  DB_CHECK_CONCURRENCY,
  checkDatabase,
  dbCheck,
  type DbCheckEntry,
  type DbCheckReport,
  type FamilyRule,
  type Rederived,
} from "./db-check.js";
export {
  MAX_DB_PATH_LENGTH,
  nodeDatabaseFs,
  pathTextProblem,
  type DatabaseFs,
  type Resolved,
} from "./db-fs.js";
export { MAX_PROBLEMS, type DbProblem } from "./problems.js";
