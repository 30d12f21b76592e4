// The Actions cache around a check (design §9): the fingerprint folder and the installed reference
// databases are restored before and saved after. The key carries the extractor version and a hash
// of the manifest's models and pinned revisions, so a change to either starts a new entry (restored
// from the closest older one). The cache service is an optimisation: any failure is a warning.

import { createHash } from "node:crypto";
import * as cache from "@actions/cache";
import * as core from "@actions/core";
import { EXTRACTOR_VERSION } from "../engine/fingerprint.js";
import type { Manifest } from "../engine/check/manifest.js";

export const CACHE_PREFIX = "provenance-gate";

export function cacheKeys(manifest: Manifest, shard: string | null): { key: string; restore: string[] } {
  const models = manifest.models.map((m) => `${m.id}@${m.revision ?? ""}`).join("\n");
  const refs = manifest.reference.map((r) => (r.kind === "path" ? r.path : r.kind)).join("\n");
  const digest = createHash("sha256").update(`${models}\n--\n${refs}`).digest("hex").slice(0, 16);
  const prefix = `${CACHE_PREFIX}-${EXTRACTOR_VERSION}-${shard ? `shard${shard.replace("/", "of")}-` : ""}`;
  return { key: `${prefix}${digest}`, restore: [prefix, `${CACHE_PREFIX}-${EXTRACTOR_VERSION}-`] };
}

/** The key that was restored, or null (miss, or the service is unavailable: a warning). */
export async function restore(
  paths: string[],
  keys: { key: string; restore: string[] },
): Promise<string | null> {
  if (!cache.isFeatureAvailable()) {
    core.warning("The Actions cache service is not available here; fingerprints will be computed afresh.");
    return null;
  }
  try {
    return (await cache.restoreCache(paths, keys.key, keys.restore)) ?? null;
  } catch (err) {
    core.warning(
      `Could not restore the provenance-gate cache (continuing without it): ${(err as Error).message}`,
    );
    return null;
  }
}

export async function save(paths: string[], key: string, restored: string | null): Promise<void> {
  if (restored === key || !cache.isFeatureAvailable()) return;
  try {
    await cache.saveCache(paths, key);
  } catch (err) {
    core.warning(
      `Could not save the provenance-gate cache (the check result stands): ${(err as Error).message}`,
    );
  }
}
