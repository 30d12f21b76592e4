// The base of the published database (catalog, base feature bundles, README, licence) at a pinned
// upstream commit: one raw download per file, a few at a time, each checked against the size and
// SHA-256 pinned in fetch-pin.ts before it is written into the staging tree.

import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { MalformedInputError } from "../errors.js";
import type { Transport } from "../io/http-transport.js";
import { downloadExact, sha256Hex } from "./fetch-download.js";
import {
  PINNED_FILES,
  UPSTREAM_COMMIT,
  UPSTREAM_PREFIX,
  UPSTREAM_REPO,
  UPSTREAM_ROOT_FILES,
} from "./fetch-pin.js";

/** The repository's files at the pinned commit; `--bundles-url` replaces it with a mirror. */
export const DEFAULT_BUNDLES_URL = `https://raw.githubusercontent.com/${UPSTREAM_REPO}/${UPSTREAM_COMMIT}`;
/** Small files from one host: a handful in flight keeps the connection pool busy without hammering. */
export const BUNDLE_CONCURRENCY = 8;

export interface PinnedFile {
  /** Path inside the installed database. */
  readonly path: string;
  /** Path inside the upstream repository (and under the bundles URL). */
  readonly repoPath: string;
  readonly size: number;
  readonly sha256: string;
}

export function pinnedFiles(): PinnedFile[] {
  return PINNED_FILES.map(([p, size, sha256]) => ({
    path: p,
    repoPath: UPSTREAM_ROOT_FILES.includes(p) ? p : `${UPSTREAM_PREFIX}${p}`,
    size,
    sha256,
  }));
}

export interface BundlesResult {
  readonly files: number;
  readonly bytes: number;
}

/** Downloads every pinned file from `baseUrl` into `destDir`, verified; the first failure throws. */
export async function fetchBaseBundles(
  transport: Transport,
  baseUrl: string,
  destDir: string,
  onFile?: (done: number, total: number) => void,
  files: readonly PinnedFile[] = pinnedFiles(),
): Promise<BundlesResult> {
  const base = baseUrl.replace(/\/+$/, "");
  let done = 0;
  let bytes = 0;
  await allOrFirstError(files, BUNDLE_CONCURRENCY, async (f) => {
    const url = `${base}/${f.repoPath}`;
    const body = await downloadExact(transport, url, f.size);
    const actual = sha256Hex(body);
    if (actual !== f.sha256)
      throw new MalformedInputError(
        { file: url, field: "sha256" },
        `SHA-256 is ${actual}, but ${f.sha256} is pinned for ${f.path} at upstream commit ${UPSTREAM_COMMIT}; ` +
          "the server does not serve the pinned file: check --bundles-url (nothing was installed)",
      );
    const target = path.join(destDir, ...f.path.split("/"));
    await mkdir(path.dirname(target), { recursive: true });
    await writeFile(target, body, { flag: "wx" });
    bytes += body.length;
    onFile?.(++done, files.length);
  });
  return { files: files.length, bytes };
}

/**
 * Runs `task` over `items`, `limit` at a time; after the first failure no new task starts, and the
 * failure is thrown only once every running task has settled, so none writes into a staging tree
 * that the caller is about to remove.
 */
async function allOrFirstError<T>(
  items: readonly T[],
  limit: number,
  task: (item: T) => Promise<void>,
): Promise<void> {
  let next = 0;
  let failure: { err: unknown } | undefined;
  const worker = async (): Promise<void> => {
    while (failure === undefined && next < items.length) {
      const item = items[next++] as T;
      try {
        await task(item);
      } catch (err) {
        failure ??= { err };
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, () => worker()));
  if (failure !== undefined) throw failure.err;
}
