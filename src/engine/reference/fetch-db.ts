// `db fetch provenancekit`: the published database assembled in a staging folder next to the target
// (pinned base files, verified one by one; the deep-signal archive, verified and extracted safely;
// the reference's marker; our install record), checked to load, then swapped into place. Any
// failure leaves the target as it was and removes the staging folder.

import { randomBytes } from "node:crypto";
import { mkdir, mkdtemp, rename, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { ConfigError } from "../errors.js";
import type { PlanLimits } from "../formats/zip/index.js";
import { createTransport, type BackoffOptions, type FetchLike } from "../io/http-transport.js";
import { newIoStats, type IoStats } from "../io/stats.js";
import { loadReferenceDatabase } from "./catalog.js";
import { DEFAULT_BUNDLES_URL, fetchBaseBundles, type PinnedFile } from "./fetch-bundles.js";
import { checkDownloadUrl } from "./fetch-download.js";
import {
  DEFAULT_DEEP_SIGNALS_SHA256,
  DEFAULT_DEEP_SIGNALS_URL,
  fetchDeepSignals,
} from "./fetch-deep-signals.js";
import {
  DEEP_SIGNALS_DIR,
  DEEP_SIGNALS_MARKER,
  INSTALL_RECORD,
  inspectTarget,
  markerText,
  recordText,
  swapIntoPlace,
  utcSeconds,
  type InstallRecord,
  type SwapFs,
} from "./fetch-install.js";
import { UPSTREAM_COMMIT, UPSTREAM_REPO } from "./fetch-pin.js";

export type FetchProgress =
  | { readonly phase: "bundles"; readonly done: number; readonly total: number }
  | { readonly phase: "download"; readonly bytes: number; readonly total: number | undefined }
  | { readonly phase: "extract"; readonly done: number; readonly total: number }
  | { readonly phase: "install"; readonly target: string };

export interface FetchDbOptions {
  readonly to: string;
  /** Replace an existing install (otherwise it is reported and left alone). */
  readonly update?: boolean;
  readonly bundlesUrl?: string;
  readonly deepSignalsUrl?: string;
  readonly deepSignalsSha256?: string;
  readonly fetch?: FetchLike;
  readonly stats?: IoStats;
  readonly retries?: number;
  readonly backoff?: BackoffOptions;
  readonly sleep?: (ms: number) => Promise<void>;
  readonly timeoutMs?: number;
  readonly now?: () => Date;
  readonly onProgress?: (p: FetchProgress) => void;
  /** The swap's renames and removal (tests inject failures). */
  readonly swapFs?: SwapFs;
  readonly maxArchiveBytes?: number;
  readonly zipLimits?: PlanLimits;
  /** The base files to fetch; the pinned upstream list by default (tests give their own). */
  readonly pinned?: readonly PinnedFile[];
}

export interface FetchDbResult {
  /** `present`: an install was there and `update` was not asked for; nothing was downloaded. */
  readonly status: "installed" | "present";
  readonly target: string;
  readonly record: InstallRecord | null;
  readonly deep_signals_bytes: number;
  /** The previous install, when it could not be removed after the swap. */
  readonly leftover: string | undefined;
  readonly requests: number;
  readonly bytes_downloaded: number;
}

export async function fetchProvenancekitDatabase(o: FetchDbOptions): Promise<FetchDbResult> {
  const bundlesUrl = o.bundlesUrl ?? DEFAULT_BUNDLES_URL;
  const deepUrl = o.deepSignalsUrl ?? DEFAULT_DEEP_SIGNALS_URL;
  const sha256 = (o.deepSignalsSha256 ?? DEFAULT_DEEP_SIGNALS_SHA256).toLowerCase();
  checkDownloadUrl(bundlesUrl, "--bundles-url");
  checkDownloadUrl(deepUrl, "--deep-signals-url");
  if (!/^[0-9a-f]{64}$/.test(sha256))
    throw new ConfigError({}, `--deep-signals-sha256 "${sha256}" is not 64 hexadecimal digits (a SHA-256)`);
  const target = path.resolve(o.to);
  const state = await inspectTarget(target);
  const stats = o.stats ?? newIoStats();
  const done = (status: FetchDbResult["status"], record: InstallRecord | null, extra = {}) => ({
    status,
    target,
    record,
    deep_signals_bytes: 0,
    leftover: undefined,
    requests: stats.requests,
    bytes_downloaded: stats.bytes,
    ...extra,
  });
  if (state.kind === "installed" && o.update !== true) return done("present", state.record);

  const transport = createTransport({
    // No token: every file is public, and the Hub token must not travel to a mirror.
    hubOrigin: new URL(deepUrl).origin,
    stats,
    ...(o.fetch === undefined ? {} : { fetch: o.fetch }),
    ...(o.retries === undefined ? {} : { retries: o.retries }),
    ...(o.backoff === undefined ? {} : { backoff: o.backoff }),
    ...(o.sleep === undefined ? {} : { sleep: o.sleep }),
    ...(o.timeoutMs === undefined ? {} : { timeoutMs: o.timeoutMs }),
  });
  const parent = path.dirname(target);
  const base = path.basename(target);
  await mkdir(parent, { recursive: true });
  const staging = await mkdtemp(path.join(parent, `.${base}.fetch-`));
  const progress = o.onProgress ?? (() => undefined);
  try {
    const db = path.join(staging, "db");
    const bundles = await fetchBaseBundles(
      transport,
      bundlesUrl,
      db,
      (d, t) => progress({ phase: "bundles", done: d, total: t }),
      o.pinned,
    );
    const deep = await fetchDeepSignals(transport, {
      url: deepUrl,
      sha256,
      stagingDir: staging,
      onBytes: (bytes, total) => progress({ phase: "download", bytes, total }),
      onEntry: (d, t) => progress({ phase: "extract", done: d, total: t }),
      ...(o.maxArchiveBytes === undefined ? {} : { maxArchiveBytes: o.maxArchiveBytes }),
      ...(o.zipLimits === undefined ? {} : { zipLimits: o.zipLimits }),
    });
    const byFamily = path.join(db, ...DEEP_SIGNALS_DIR.split("/"));
    await mkdir(path.dirname(byFamily), { recursive: true });
    await rename(deep.byFamily, byFamily);
    const at = (o.now ?? (() => new Date()))();
    await writeFile(path.join(db, ...DEEP_SIGNALS_MARKER.split("/")), markerText(deepUrl, sha256, at));
    const record: InstallRecord = {
      source: "provenancekit",
      upstream_repo: UPSTREAM_REPO,
      upstream_commit: UPSTREAM_COMMIT,
      bundles_url: bundlesUrl,
      base_files: bundles.files,
      deep_signals_url: deepUrl,
      deep_signals_sha256: sha256,
      parquet_files: deep.parquetFiles,
      installed_at: utcSeconds(at),
    };
    await writeFile(path.join(db, INSTALL_RECORD), recordText(record));
    // The assembled tree must read as a database before it replaces anything.
    await loadReferenceDatabase(db);
    progress({ phase: "install", target });
    const aside = path.join(parent, `.${base}.old-${randomBytes(6).toString("hex")}`);
    const swapped = await swapIntoPlace(db, target, aside, state.kind !== "absent", o.swapFs);
    return done("installed", record, { deep_signals_bytes: deep.bytes, leftover: swapped.leftover });
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
}
