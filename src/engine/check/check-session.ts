// Binds a check's I/O into CheckDeps, the same way for the CLI and the action: models opened
// against the configured Hub endpoint and token (local ids against the repository root), one
// fingerprint cache, and the manifest's reference databases loaded and indexed once.
//
// `provenancekit` in the manifest's `reference` list is the published database installed under
// `provenancekitDir`; when it is not there it is fetched (verified, extracted safely) if the
// caller allows the network. A database that cannot be loaded is a warning and a scan gap, so the
// models are still compared with their claimed bases and the gap shows up as PG004 where it
// matters.

import { existsSync } from "node:fs";
import path from "node:path";
import { fingerprintWithCache } from "../cache/fingerprint-with-cache.js";
import type { FingerprintCache } from "../cache/fingerprint-cache.js";
import type { Profile } from "../fingerprint.js";
import type { FetchLike } from "../io/http-transport.js";
import type { SnapshotCache } from "../hub/snapshot-cache.js";
import { openModel } from "../model/open-model.js";
import { parquetDeepSignals } from "../reference/deep-signals.js";
import { fetchProvenancekitDatabase } from "../reference/fetch-db.js";
import { loadScanIndex } from "../reference/scan-index.js";
import type { CheckDeps } from "./run-check.js";
import type { Manifest } from "./manifest.js";

export interface SessionOptions {
  readonly manifest: Manifest;
  /** The repository root: local model ids and database paths are relative to it. */
  readonly root: string;
  readonly hubUrl: string;
  readonly token?: string;
  readonly fetch?: FetchLike;
  /** undefined: the model's default (sampled for the Hub, full for local folders). */
  readonly profile?: Profile;
  readonly cache: FingerprintCache | null;
  /** File lists and small files of sha-pinned Hub models (a warm check then makes no request). */
  readonly snapshots?: SnapshotCache | null;
  /** Where the published database is (or will be) installed. */
  readonly provenancekitDir: string;
  /** Whether the published database may be downloaded when it is not installed. */
  readonly allowFetch: boolean;
  readonly today: string;
  readonly toolVersion: string;
  readonly warn: (message: string) => void;
  /** False when no model is in scope: no database is loaded or downloaded for nothing. */
  readonly loadReferences?: boolean;
}

/** The database roots the manifest names, in order; problems are warned and skipped. */
export async function referenceRoots(o: SessionOptions): Promise<{ roots: string[]; gaps: string[] }> {
  const roots: string[] = [];
  const gaps: string[] = [];
  for (const ref of o.manifest.reference) {
    if (ref.kind === "path") {
      const root = path.resolve(o.root, ref.path);
      if (existsSync(path.join(root, "catalog", "manifest.json"))) roots.push(root);
      else gaps.push(`reference database ${ref.path} has no catalog/manifest.json`);
      continue;
    }
    if (existsSync(path.join(o.provenancekitDir, "catalog", "manifest.json"))) {
      roots.push(o.provenancekitDir);
      continue;
    }
    if (!o.allowFetch) {
      gaps.push(`the published provenancekit database is not installed at ${o.provenancekitDir}`);
      continue;
    }
    try {
      await fetchProvenancekitDatabase({ to: o.provenancekitDir, fetch: o.fetch });
      roots.push(o.provenancekitDir);
    } catch (err) {
      gaps.push(`the published provenancekit database could not be fetched: ${(err as Error).message}`);
    }
  }
  return { roots, gaps };
}

export async function prepareCheckDeps(o: SessionOptions): Promise<CheckDeps> {
  const { roots, gaps } = o.loadReferences === false ? { roots: [], gaps: [] } : await referenceRoots(o);
  for (const g of gaps) o.warn(g);
  let index: CheckDeps["index"] = null;
  let indexGap: string | null = gaps.length > 0 ? gaps.join("; ") : null;
  if (roots.length > 0) {
    try {
      index = await loadScanIndex(roots, { loader: parquetDeepSignals });
      for (const p of index.problems.slice(0, 10)) o.warn(`reference database ${p.db}: ${p.message}`);
    } catch (err) {
      indexGap = `the reference databases could not be loaded: ${(err as Error).message}`;
      o.warn(indexGap);
    }
  } else indexGap ??= "the manifest lists no reference database";
  return {
    openModel: (ref) =>
      openModel(ref, {
        cwd: o.root,
        hubUrl: o.hubUrl,
        token: o.token,
        fetch: o.fetch,
        ...(o.snapshots ? { snapshots: o.snapshots } : {}),
      }),
    fingerprint: (m) => fingerprintWithCache(m, o.profile, o.cache, o.warn),
    index,
    indexGap: index === null ? indexGap : null,
    today: o.today,
    toolVersion: o.toolVersion,
    warn: o.warn,
  };
}
