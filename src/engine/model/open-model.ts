// Model references → a ModelSource. "hf://org/name@rev" is always the Hub; a path that starts
// with ".", "/" or "~", or names an existing folder, is local (as the reference tool decides);
// anything else is a Hub repo id, "org/name[@rev]".

import { stat } from "node:fs/promises";
import path from "node:path";
import { ConfigError } from "../errors.js";
import type { SnapshotCache } from "../hub/snapshot-cache.js";
import { openHubModel } from "../hub/hub-source.js";
import { parseHubRef } from "../hub/hub-ref.js";
import type { IoStats } from "../io/stats.js";
import { openLocalModel } from "./local-source.js";
import type { ModelSource } from "./model-source.js";

export const DEFAULT_HUB_URL = "https://huggingface.co";

export interface OpenModelOptions {
  /** Hub endpoint (mirror or loopback test server); default huggingface.co. */
  readonly hubUrl?: string;
  readonly token?: string;
  readonly fetch?: typeof fetch;
  /** Folder that relative local paths are resolved against. */
  readonly cwd: string;
  /** The user's home folder, for "~/" paths. */
  readonly home?: string;
  readonly stats?: IoStats;
  readonly timeoutMs?: number;
  readonly retries?: number;
  /** Reuses the file lists and small files of commits named by sha (hub/snapshot-cache.ts). */
  readonly snapshots?: SnapshotCache;
}

export type ParsedRef = { kind: "local"; folder: string } | { kind: "hub"; ref: string };

export async function classifyRef(ref: string, cwd: string, home?: string): Promise<ParsedRef> {
  const trimmed = ref.trim();
  if (trimmed === "")
    throw new ConfigError({}, "empty model reference: give a Hub repo id (org/name[@rev]) or a folder");
  if (trimmed.startsWith("hf://")) return { kind: "hub", ref: trimmed };
  if (trimmed.startsWith("~/") || trimmed === "~") {
    if (!home)
      throw new ConfigError(
        {},
        `cannot expand "~" in ${trimmed}: no home folder is known; give an absolute path`,
      );
    return { kind: "local", folder: path.join(home, trimmed.slice(1)) };
  }
  const folder = path.resolve(cwd, trimmed);
  if (/^\.{1,2}(\/|$)/.test(trimmed) || path.isAbsolute(trimmed)) return { kind: "local", folder };
  const st = await stat(folder).catch(() => undefined);
  return st?.isDirectory() ? { kind: "local", folder } : { kind: "hub", ref: trimmed };
}

export async function openModel(ref: string, options: OpenModelOptions): Promise<ModelSource> {
  const parsed = await classifyRef(ref, options.cwd, options.home);
  if (parsed.kind === "local") return openLocalModel(parsed.folder);
  const { repo, revision } = parseHubRef(parsed.ref);
  return openHubModel({
    repo,
    revision,
    hubUrl: options.hubUrl ?? DEFAULT_HUB_URL,
    ...(options.token === undefined ? {} : { token: options.token }),
    ...(options.fetch === undefined ? {} : { fetch: options.fetch }),
    ...(options.stats === undefined ? {} : { stats: options.stats }),
    ...(options.timeoutMs === undefined ? {} : { timeoutMs: options.timeoutMs }),
    ...(options.retries === undefined ? {} : { retries: options.retries }),
    ...(options.snapshots === undefined ? {} : { snapshots: options.snapshots }),
  });
}
