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
export {
  DEEP_SIGNAL_CONCURRENCY,
  MAX_SCAN_PROBLEMS,
  SCAN_INDEX_CONCURRENCY,
  buildScanIndex,
  loadLineageProbes,
  loadScanIndex,
  noDeepSignals,
  type DeepSignalLoader,
  type DeepSignalRequest,
  type ScanEntry,
  type ScanIndex,
  type ScanProblem,
} from "./scan-index.js";
export {
  DEFAULT_THRESHOLD,
  DEFAULT_TOP_K,
  allowedBuckets,
  rankScore,
  scan,
  scanQueryFrom,
  type MatchType,
  type ScanMatch,
  type ScanQuery,
  type ScanResult,
} from "./scan.js";
export { prepareSignals, preparedSimilarities, type PreparedSignals } from "./scan-signals.js";
export {
  fetchProvenancekitDatabase,
  type FetchDbOptions,
  type FetchDbResult,
  type FetchProgress,
} from "./fetch-db.js";
export { BUNDLE_CONCURRENCY, DEFAULT_BUNDLES_URL, pinnedFiles, type PinnedFile } from "./fetch-bundles.js";
export {
  DEFAULT_DEEP_SIGNALS_SHA256,
  DEFAULT_DEEP_SIGNALS_URL,
  MAX_ARCHIVE_BYTES,
} from "./fetch-deep-signals.js";
export {
  DEEP_SIGNALS_MARKER,
  INSTALL_RECORD,
  installStatus,
  type InstallRecord,
  type InstallStatus,
} from "./fetch-install.js";
export {
  DEEP_SIGNALS_ARTIFACT_TYPE,
  readDeepSignals,
  samplingFromSummary,
  weightSignalsFromArrays,
} from "./deep-signals.js";
export {
  LINEAGE_PROBE_ARTIFACT_TYPE,
  MAX_LINEAGE_PROBE_FILE_BYTES,
  fileLineageProbes,
  lineageProbePath,
  probeArtifact,
  readLineageProbe,
  type LineageProbeLoader,
} from "./lineage-probes.js";
export {
  DEEP_SIGNAL_NAMES,
  MAX_EAS_ANCHORS,
  MAX_WVC_LAYERS,
  MAX_WVC_LAYER_INDEX,
  deepSignalRows,
  reconstructDeepSignals,
  type DeepSignalArrays,
  type DeepSignalName,
} from "./deep-signal-rows.js";
export { commitFiles, nodeDatabaseWriteFs, type DatabaseWriteFs, type StagedFile } from "./db-commit.js";
export {
  ASSET_SUFFIX,
  MAX_ID_LENGTH,
  idProblem,
  writeReferenceEntry,
  type EntryModel,
  type WriteEntryOptions,
  type WriteEntryResult,
} from "./write-entry.js";
