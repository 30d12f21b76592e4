// The scan index: every entry of one or more reference databases, read and parsed once per
// process (catalog, bundle, stored MFI, TFV, size bucket, deep-signal and lineage-probe artifacts),
// so that a scan is arithmetic only. Deep signals and lineage probes are the heavy part (hundreds
// of thousands to millions of values per entry): they are loaded lazily, on the first scan whose
// bucket filter keeps the entry, through injected loaders, and kept for later scans (deep signals
// prepared once, scan-signals.ts). Probes are read from the database's files unless a test
// supplies another loader; deep signals only through the loader given (the CLI's reads parquet).

import { performance } from "node:perf_hooks";
import { MalformedInputError, NotFoundError } from "../errors.js";
import { parseStoredMfi } from "../features/metadata/stored-mfi.js";
import { PARAM_BUCKETS, type MfiFingerprint } from "../features/metadata/index.js";
import { tfvFromBundle } from "../features/tokenizer/tfv-bundle.js";
import type { TokenizerFeatures } from "../features/tokenizer/tfv.js";
import type { WeightSignals } from "../features/weights/weight-signals.js";
import { mapLimit } from "../io/concurrency.js";
import { readBundle, type ArtifactRef, type FeatureBundle } from "./bundle.js";
import { loadReferenceDatabase, type CatalogAsset, type ReferenceDatabase } from "./catalog.js";
import type { DatabaseFs } from "./db-fs.js";
import type { LineageProbe } from "../lineage/probe.js";
import { fileLineageProbes, probeArtifact, type LineageProbeLoader } from "./lineage-probes.js";
import type { DbProblem } from "./problems.js";
import { prepareSignals, type PreparedSignals } from "./scan-signals.js";

/** Bundles read at once while indexing: small files, enough in flight to hide latency. */
export const SCAN_INDEX_CONCURRENCY = 16;
/** Deep-signal files read at once: each can hold millions of values, so few at a time. */
export const DEEP_SIGNAL_CONCURRENCY = 4;
/** Problems kept per database; a hostile database could produce one per entry. */
export const MAX_SCAN_PROBLEMS = 1000;

/** What the loader is asked for: the entry's deep-signal artifact (reference §7.4). */
export interface DeepSignalRequest {
  readonly db: ReferenceDatabase;
  readonly bundle: FeatureBundle;
  readonly artifact: ArtifactRef;
}

/**
 * Reads an entry's deep signals (reconstructed per reference §7.4), or null when there are none
 * (file absent). A MalformedInputError or NotFoundError makes that entry unverified with a problem;
 * any other error aborts the scan.
 */
export type DeepSignalLoader = (request: DeepSignalRequest) => Promise<WeightSignals | null>;

/** The loader for databases without deep signals (e.g. the shipped base bundles alone). */
export const noDeepSignals: DeepSignalLoader = () => Promise.resolve(null);

export interface ScanEntry {
  /** Position over all indexed databases: database order, then catalog order (breaks ties). */
  readonly position: number;
  readonly db: ReferenceDatabase;
  readonly asset: CatalogAsset;
  readonly bundle: FeatureBundle;
  readonly model_id: string;
  readonly family_id: string;
  readonly family_name: string;
  readonly param_bucket: string;
  /** Index of param_bucket in PARAM_BUCKETS, or -1 for a bucket no scan allows. */
  readonly bucket: number;
  readonly mfi: MfiFingerprint;
  /** null when the bundle's tfv does not parse (then TFV is unavailable, as in the reference). */
  readonly tfv: TokenizerFeatures | null;
  /** The first artifact of type "deep_signals", or null. */
  readonly deep: ArtifactRef | null;
  /** The first artifact of type "lineage_probe", or null (databases written before issue 7). */
  readonly probe: ArtifactRef | null;
}

export interface ScanProblem extends DbProblem {
  /** The database root the problem is in. */
  readonly db: string;
}

export interface IndexedDatabase {
  readonly root: string;
  /** Catalog assets, and those that made it into the index. */
  readonly assets: number;
  readonly entries: number;
}

export interface ScanIndex {
  readonly databases: readonly IndexedDatabase[];
  readonly entries: readonly ScanEntry[];
  readonly problems: readonly ScanProblem[];
  /** Milliseconds spent building the index. */
  readonly buildMs: number;
  /** The entry's prepared deep signals (loaded on first use), or null; problems go to `problems`. */
  deepSignals(entry: ScanEntry): Promise<PreparedSignals | null>;
  /** The entry's lineage probe (loaded on first use), or null; problems go to `problems`. */
  lineageProbe(entry: ScanEntry): Promise<LineageProbe | null>;
}

export interface ScanIndexOptions {
  readonly loader?: DeepSignalLoader;
  /** Default: the probe files the bundles name (fileLineageProbes). */
  readonly probeLoader?: LineageProbeLoader;
  readonly fs?: DatabaseFs;
  readonly now?: () => number;
}

/** Loads each database (in the order given) and indexes its entries. */
export async function loadScanIndex(
  roots: readonly string[],
  options: ScanIndexOptions = {},
): Promise<ScanIndex> {
  const now = options.now ?? (() => performance.now());
  const t0 = now();
  const dbs: ReferenceDatabase[] = [];
  for (const root of roots) dbs.push(await loadReferenceDatabase(root, options.fs));
  const index = await buildScanIndex(dbs, options);
  return { ...index, buildMs: now() - t0, deepSignals: index.deepSignals, lineageProbe: index.lineageProbe };
}

/** Indexes already loaded databases. Entries that cannot be scored are left out with a problem. */
export async function buildScanIndex(
  dbs: readonly ReferenceDatabase[],
  options: ScanIndexOptions = {},
): Promise<ScanIndex> {
  const now = options.now ?? (() => performance.now());
  const loader = options.loader ?? noDeepSignals;
  const probeLoader = options.probeLoader ?? fileLineageProbes;
  const t0 = now();
  const problems: ScanProblem[] = [];
  const counts = new Map<ReferenceDatabase, number>();
  const addProblem = (db: ReferenceDatabase, p: DbProblem): void => {
    const n = counts.get(db) ?? 0;
    counts.set(db, n + 1);
    if (n < MAX_SCAN_PROBLEMS) problems.push({ db: db.root, ...p });
  };
  const entries: ScanEntry[] = [];
  const databases: IndexedDatabase[] = [];
  for (const db of dbs) {
    for (const p of db.problems) addProblem(db, p);
    const read = await mapLimit(db.assets, SCAN_INDEX_CONCURRENCY, (asset) => indexAsset(db, asset));
    let kept = 0;
    for (const r of read) {
      for (const p of r.problems) addProblem(db, p);
      if (r.entry === null) continue;
      entries.push({ ...r.entry, position: entries.length });
      kept++;
    }
    databases.push({ root: db.root, assets: db.assets.length, entries: kept });
  }
  const cache = new Map<ScanEntry, Promise<PreparedSignals | null>>();
  const deepSignals = (entry: ScanEntry): Promise<PreparedSignals | null> => {
    let p = cache.get(entry);
    if (p === undefined) {
      p = loadDeep(entry, loader, (problem) => addProblem(entry.db, problem));
      cache.set(entry, p);
    }
    return p;
  };
  const probes = new Map<ScanEntry, Promise<LineageProbe | null>>();
  const lineageProbe = (entry: ScanEntry): Promise<LineageProbe | null> => {
    let p = probes.get(entry);
    if (p === undefined) {
      p = loadProbe(entry, probeLoader, (problem) => addProblem(entry.db, problem));
      probes.set(entry, p);
    }
    return p;
  };
  return { databases, entries, problems, buildMs: now() - t0, deepSignals, lineageProbe };
}

/** Reads deep signals for many entries with bounded parallelism (the scan's deep-signal stage). */
export function loadDeepSignals(
  index: ScanIndex,
  entries: readonly ScanEntry[],
): Promise<(PreparedSignals | null)[]> {
  return mapLimit(entries, DEEP_SIGNAL_CONCURRENCY, (e) => index.deepSignals(e));
}

async function loadDeep(
  entry: ScanEntry,
  loader: DeepSignalLoader,
  report: (p: DbProblem) => void,
): Promise<PreparedSignals | null> {
  if (entry.deep === null) return null;
  try {
    const signals = await loader({ db: entry.db, bundle: entry.bundle, artifact: entry.deep });
    return signals === null ? null : prepareSignals(signals);
  } catch (err) {
    if (!(err instanceof MalformedInputError || err instanceof NotFoundError)) throw err;
    report({
      file: entry.deep.path,
      field: null,
      message: `deep signals unreadable (${err.message}); the entry can only be unverified`,
    });
    return null;
  }
}

/** Reads lineage probes for many entries with bounded parallelism (the scan's probe stage). */
export function loadLineageProbes(
  index: ScanIndex,
  entries: readonly ScanEntry[],
): Promise<(LineageProbe | null)[]> {
  return mapLimit(entries, DEEP_SIGNAL_CONCURRENCY, (e) => index.lineageProbe(e));
}

async function loadProbe(
  entry: ScanEntry,
  loader: LineageProbeLoader,
  report: (p: DbProblem) => void,
): Promise<LineageProbe | null> {
  if (entry.probe === null) return null;
  try {
    return await loader({ db: entry.db, bundle: entry.bundle, artifact: entry.probe });
  } catch (err) {
    if (!(err instanceof MalformedInputError || err instanceof NotFoundError)) throw err;
    report({
      file: entry.probe.path,
      field: null,
      message: `lineage probe unreadable (${err.message}); the entry can only be unverified`,
    });
    return null;
  }
}

type IndexedAsset = Omit<ScanEntry, "position">;

async function indexAsset(
  db: ReferenceDatabase,
  asset: CatalogAsset,
): Promise<{ entry: IndexedAsset | null; problems: DbProblem[] }> {
  const { bundle, problems: read } = await readBundle(db, asset);
  const problems = [...read];
  if (bundle === null) return { entry: null, problems };
  const mfi = parseStoredMfi(bundle.mfi);
  if (mfi.problems.length > 0) {
    for (const p of mfi.problems)
      problems.push({ file: bundle.file, field: p.field, message: `${p.message}; the entry is not scanned` });
    return { entry: null, problems };
  }
  let tfv: TokenizerFeatures | null = null;
  try {
    tfv = tfvFromBundle(bundle.tfv, bundle.file);
  } catch (err) {
    if (!(err instanceof MalformedInputError)) throw err;
    problems.push({
      file: bundle.file,
      field: err.field ?? "tfv",
      message: `${err.message}; TFV is unavailable`,
    });
  }
  const family_id = asset.family_id || bundle.family_id;
  const family = db.families.get(family_id);
  return {
    entry: {
      db,
      asset,
      bundle,
      model_id: asset.model_id || bundle.model_id,
      family_id,
      family_name: family?.display_name || family_id,
      param_bucket: asset.param_bucket,
      bucket: (PARAM_BUCKETS as readonly string[]).indexOf(asset.param_bucket),
      mfi: mfi.fingerprint,
      tfv,
      deep: bundle.artifact_refs.find((a) => a.type === "deep_signals") ?? null,
      probe: probeArtifact(bundle),
    },
    problems,
  };
}
