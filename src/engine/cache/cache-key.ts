// The key of a cached fingerprint (design §9): where the model came from, which model, which exact
// content, how it was read, and by which extractor. The entry's file name is a hash of the key, so
// no path is ever built from user text; the key is also stored inside the entry and checked on read.
//
// - Hub: source = the endpoint URL (origin and path, no trailing "/"), repo = "org/name",
//   revision = the commit sha the source resolved (a branch or tag is never part of a key).
// - Local folder: source = "local", repo = its absolute path, revision = "local:" + SHA-256 over
//   every file's path, size, mtime, ctime, inode and device (nanoseconds). Rewriting a file's bytes
//   always moves its ctime, which no user-level tool can set back, so a changed folder misses.

import { createHash } from "node:crypto";
import { stat } from "node:fs/promises";
import path from "node:path";
import type { ModelSource } from "../model/model-source.js";
import type { Profile } from "../weight-evidence.js";

export interface FingerprintCacheKey {
  readonly source: string;
  readonly repo: string;
  readonly revision: string;
  readonly profile: Profile;
  readonly extractor_version: string;
}

/** What the local key needs to know of a file: stat(2) with nanosecond times, links followed. */
export interface FileIdentity {
  readonly size: bigint;
  readonly mtimeNs: bigint;
  readonly ctimeNs: bigint;
  readonly ino: bigint;
  readonly dev: bigint;
}

export type StatFile = (absolutePath: string) => Promise<FileIdentity>;

export const nodeStatFile: StatFile = async (p) => {
  const st = await stat(p, { bigint: true });
  return { size: st.size, mtimeNs: st.mtimeNs, ctimeNs: st.ctimeNs, ino: st.ino, dev: st.dev };
};

/** The key of `model` read in `profile`, or a reason why it has none (a file could not be stat'ed). */
export async function fingerprintCacheKey(
  model: ModelSource,
  profile: Profile,
  extractorVersion: string,
  statFile: StatFile = nodeStatFile,
): Promise<FingerprintCacheKey | { readonly uncacheable: string }> {
  if (model.kind === "hub") {
    if (model.repo === undefined || model.revision === undefined || model.endpoint === undefined) {
      return { uncacheable: `${model.ref}: the source names no endpoint, repo or commit sha` };
    }
    return {
      source: endpointKey(model.endpoint),
      repo: model.repo,
      revision: model.revision,
      profile,
      extractor_version: extractorVersion,
    };
  }
  const hash = createHash("sha256");
  for (const f of model.files) {
    const abs = path.join(model.ref, ...f.path.split("/"));
    let id: FileIdentity;
    try {
      id = await statFile(abs);
    } catch (err) {
      return { uncacheable: `${abs}: cannot stat it (${(err as Error).message})` };
    }
    hash.update(`${JSON.stringify(f.path)} ${id.size} ${id.mtimeNs} ${id.ctimeNs} ${id.ino} ${id.dev}\n`);
  }
  return {
    source: "local",
    repo: model.ref,
    revision: `local:${hash.digest("hex")}`,
    profile,
    extractor_version: extractorVersion,
  };
}

/** "HTTPS://Hub.example/mirror/" and "https://hub.example/mirror" are one endpoint. */
function endpointKey(endpoint: string): string {
  if (!URL.canParse(endpoint)) return endpoint;
  const u = new URL(endpoint);
  return `${u.origin}${u.pathname.replace(/\/+$/, "")}`;
}

/** The key as one canonical string: fixed field order, JSON-escaped values. */
export function canonicalKey(key: FingerprintCacheKey): string {
  return JSON.stringify([key.source, key.repo, key.revision, key.profile, key.extractor_version]);
}

/** The entry's file name inside the cache folder: "fp-" + SHA-256 of the canonical key. */
export function keyFileName(key: FingerprintCacheKey): string {
  return `fp-${createHash("sha256").update(canonicalKey(key)).digest("hex")}.json`;
}

export function sameKey(a: FingerprintCacheKey, b: FingerprintCacheKey): boolean {
  return canonicalKey(a) === canonicalKey(b);
}
