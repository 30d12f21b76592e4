// Installing a fetched database: what is at the target now, the swap into place (old folder renamed
// aside, staged folder renamed in, old removed; rolled back on failure), the records left behind,
// and the status of an install.

import { lstat, readdir, readFile, rename, rm } from "node:fs/promises";
import path from "node:path";
import { ConfigError } from "../errors.js";

/** Written at the root of every database `db fetch` installs; its presence marks the folder ours. */
export const INSTALL_RECORD = ".provenance-gate-install.json";
/** The reference's marker (spec §7.5), so the reference tool sees the deep signals as installed. */
export const DEEP_SIGNALS_MARKER = "features/deep-signals/.deep-signals-installed";
export const DEEP_SIGNALS_DIR = "features/deep-signals/by-family";
/** The record is a few hundred bytes; anything much larger is not ours. */
const MAX_RECORD_BYTES = 64 * 1024;

export interface InstallRecord {
  readonly source: "provenancekit";
  readonly upstream_repo: string;
  readonly upstream_commit: string;
  readonly bundles_url: string;
  readonly base_files: number;
  readonly deep_signals_url: string;
  readonly deep_signals_sha256: string;
  readonly parquet_files: number;
  readonly installed_at: string;
}

/** The file operations of the swap; tests inject failures through them. */
export interface SwapFs {
  rename(from: string, to: string): Promise<void>;
  rm(p: string): Promise<void>;
}

export const nodeSwapFs: SwapFs = {
  rename: (from, to) => rename(from, to),
  rm: (p) => rm(p, { recursive: true, force: true }),
};

export type TargetState =
  | { readonly kind: "absent" | "empty" }
  /** `record` is null when the record file is unreadable (still ours: it was written by us). */
  | { readonly kind: "installed"; readonly record: InstallRecord | null };

/** What is at `target`; anything that is not ours to replace is a configuration error. */
export async function inspectTarget(target: string): Promise<TargetState> {
  const st = await lstat(target).catch((err: NodeJS.ErrnoException) => {
    if (err.code === "ENOENT") return null;
    throw err;
  });
  if (st === null) return { kind: "absent" };
  if (st.isSymbolicLink())
    throw new ConfigError(
      { file: target },
      "--to is a symbolic link; give the folder it points to, so the install replaces a real folder",
    );
  if (!st.isDirectory())
    throw new ConfigError({ file: target }, "--to names a file, not a folder; give a new or empty folder");
  const names = await readdir(target);
  if (names.length === 0) return { kind: "empty" };
  if (!names.includes(INSTALL_RECORD))
    throw new ConfigError(
      { file: target },
      `--to holds files that db fetch did not install (no ${INSTALL_RECORD}); it would be replaced ` +
        "as a whole, so give a new or empty folder instead",
    );
  return { kind: "installed", record: await readRecord(target) };
}

export async function readRecord(target: string): Promise<InstallRecord | null> {
  try {
    const text = await readFile(path.join(target, INSTALL_RECORD), "utf8");
    if (text.length > MAX_RECORD_BYTES) return null;
    const v = JSON.parse(text) as Partial<InstallRecord> | null;
    return v !== null && typeof v === "object" && v.source === "provenancekit" ? (v as InstallRecord) : null;
  } catch {
    return null;
  }
}

export function recordText(r: InstallRecord): string {
  return JSON.stringify(r, null, 2) + "\n";
}

/** The reference's marker text: `installed_from=…`, `sha256=…`, `installed_at=…` (UTC, seconds). */
export function markerText(url: string, sha256: string, at: Date): string {
  return `installed_from=${url}\nsha256=${sha256}\ninstalled_at=${utcSeconds(at)}\n`;
}

export function utcSeconds(at: Date): string {
  return at.toISOString().replace(/\.\d{3}Z$/, "Z");
}

export interface SwapResult {
  /** The old install when it could not be removed (the new one is in place all the same). */
  readonly leftover: string | undefined;
}

/**
 * Puts `staged` at `target`. An existing target is first renamed to `aside` (same parent, so every
 * rename is atomic on one file system); if the staged folder cannot be renamed in, the old one is
 * renamed back, so a failure leaves `target` as it was.
 */
export async function swapIntoPlace(
  staged: string,
  target: string,
  aside: string,
  exists: boolean,
  fs: SwapFs = nodeSwapFs,
): Promise<SwapResult> {
  if (exists) await fs.rename(target, aside);
  try {
    await fs.rename(staged, target);
  } catch (err) {
    if (exists) {
      try {
        await fs.rename(aside, target);
      } catch (back) {
        throw new ConfigError(
          { file: target },
          `installing failed (${(err as Error).message}) and the previous install could not be put back ` +
            `(${(back as Error).message}); it is at ${aside}: rename it to ${target}`,
        );
      }
    }
    throw err;
  }
  if (!exists) return { leftover: undefined };
  try {
    await fs.rm(aside);
    return { leftover: undefined };
  } catch {
    return { leftover: aside };
  }
}

export interface InstallStatus {
  readonly target: string;
  readonly installed: boolean;
  readonly record: InstallRecord | null;
  readonly deep_signals_marker: string | null;
  readonly parquet_files: number;
  readonly deep_signals_bytes: number;
  readonly families: readonly string[];
}

/** What is installed at `target` (reference `--status`): record, marker, parquet count and size. */
export async function installStatus(target: string): Promise<InstallStatus> {
  const record = await readRecord(target);
  const marker = await readFile(path.join(target, ...DEEP_SIGNALS_MARKER.split("/")), "utf8").catch(
    () => null,
  );
  const dir = path.join(target, ...DEEP_SIGNALS_DIR.split("/"));
  const entries = await readdir(dir, { recursive: true, withFileTypes: true }).catch(() => []);
  let parquet = 0;
  let bytes = 0;
  const families = new Set<string>();
  for (const e of entries) {
    const rel = path.relative(dir, path.join(e.parentPath, e.name));
    if (e.isDirectory() && !rel.includes(path.sep)) families.add(e.name);
    if (!e.isFile()) continue;
    if (e.name.endsWith(".parquet")) parquet += 1;
    bytes += (await lstat(path.join(e.parentPath, e.name))).size;
  }
  return {
    target,
    installed: record !== null,
    record,
    deep_signals_marker: marker,
    parquet_files: parquet,
    deep_signals_bytes: bytes,
    families: [...families].sort(),
  };
}
