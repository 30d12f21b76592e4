// Where the CLI keeps its caches, from --cache-dir, --no-cache and the environment. The engine
// never reads the environment: the folder chosen here is passed in.
//
// Root: --cache-dir DIR (relative to the working folder), else $XDG_CACHE_HOME/provenance-gate
// (when absolute, as the XDG spec requires), else $HOME/.cache/provenance-gate, else
// %LOCALAPPDATA%/provenance-gate. Fingerprints live in <root>/fingerprints/, so other caches (the
// reference databases) can share the root. No root found or --no-cache: no cache at all.

import path from "node:path";
import { FingerprintCache } from "../engine/cache/index.js";
import { SnapshotCache } from "../engine/hub/snapshot-cache.js";
import type { CommonFlags } from "./args.js";
import type { CliIo } from "./context.js";

export const CACHE_FOLDER_NAME = "provenance-gate";
export const FINGERPRINT_FOLDER = "fingerprints";
export const SNAPSHOT_FOLDER = "snapshots";

export function cacheRoot(
  common: Pick<CommonFlags, "cacheDir">,
  io: Pick<CliIo, "env" | "cwd">,
): string | null {
  if (common.cacheDir !== undefined && common.cacheDir !== "") return path.resolve(io.cwd, common.cacheDir);
  const { XDG_CACHE_HOME: xdg, HOME: home, LOCALAPPDATA: local } = io.env;
  if (xdg && path.isAbsolute(xdg)) return path.join(xdg, CACHE_FOLDER_NAME);
  if (home) return path.join(home, ".cache", CACHE_FOLDER_NAME);
  if (local) return path.join(local, CACHE_FOLDER_NAME);
  return null;
}

/** The fingerprint cache the flags ask for, or null (--no-cache, or nowhere to keep one). */
export function fingerprintCache(
  common: Pick<CommonFlags, "cacheDir" | "noCache">,
  io: Pick<CliIo, "env" | "cwd">,
): FingerprintCache | null {
  if (common.noCache) return null;
  const root = cacheRoot(common, io);
  return root === null ? null : new FingerprintCache(path.join(root, FINGERPRINT_FOLDER));
}

/** Commit snapshots (file lists and small files of sha-pinned Hub models) beside the fingerprints. */
export function snapshotCache(
  common: Pick<CommonFlags, "cacheDir" | "noCache">,
  io: Pick<CliIo, "env" | "cwd">,
): SnapshotCache | null {
  if (common.noCache) return null;
  const root = cacheRoot(common, io);
  return root === null ? null : new SnapshotCache(path.join(root, SNAPSHOT_FOLDER));
}
