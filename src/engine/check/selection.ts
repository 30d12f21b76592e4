// Which models a run checks: `scope: changed` keeps, on pull requests, only the models added or
// changed against the base branch's manifest; `shard: i/n` keeps a deterministic slice so a matrix
// of n jobs checks every model exactly once.
//
// Decisions (docs/design-decisions.md, "Scope and shards"):
// - A model is "changed" when its entry (id, revision, base) is new or differs. When the policy or
//   the reference list changed, or the base manifest is missing or invalid, every model is checked:
//   a new deny rule concerns models nobody touched.
// - Shards assign by a hash of the model id, not by position, so adding a model to the manifest
//   moves no other model to another shard (their cached fingerprints stay where they are).

import { createHash } from "node:crypto";
import { ConfigError } from "../errors.js";
import { parseManifest, type Manifest, type ManifestModel } from "./manifest.js";

/** More shards than this is a misconfiguration, not a matrix (GitHub caps a matrix at 256 jobs). */
export const MAX_SHARDS = 256;

export interface Shard {
  /** 1-based. */
  readonly index: number;
  readonly count: number;
}

export function parseShard(text: string, where = "shard"): Shard {
  const m = /^\s*(\d+)\s*\/\s*(\d+)\s*$/.exec(text);
  const index = m ? Number(m[1]) : NaN;
  const count = m ? Number(m[2]) : NaN;
  if (!m || count < 1 || count > MAX_SHARDS || index < 1 || index > count) {
    throw new ConfigError(
      {},
      `${where}: found "${text}", expected i/n with 1 ≤ i ≤ n ≤ ${MAX_SHARDS} (e.g. 1/4 for the first of four matrix jobs)`,
    );
  }
  return { index, count };
}

export function shardOfModel(id: string, count: number): number {
  const h = createHash("sha256").update(id).digest();
  return (h.readUInt32BE(0) % count) + 1;
}

export function inShard(models: readonly ManifestModel[], shard: Shard | null): ManifestModel[] {
  return shard === null ? [...models] : models.filter((m) => shardOfModel(m.id, shard.count) === shard.index);
}

export interface ChangedSelection {
  readonly models: readonly ManifestModel[];
  /** Why every model is checked, when that is the case. */
  readonly all: string | null;
}

const entryKey = (m: ManifestModel): string =>
  JSON.stringify([m.id, m.revision, m.base?.kind ?? null, m.base?.kind === "model" ? m.base.ref : null]);

const policyKey = (m: Manifest): string =>
  JSON.stringify([
    m.policy.failOn,
    m.policy.deny.map((d) => [d.base, d.family, d.reason]),
    m.exceptions.map((x) => [x.model, x.revision, x.rule, x.reason, x.expires]),
    m.reference.map((r) => (r.kind === "path" ? r.path : r.kind)),
  ]);

/** Models added or changed against `baseText` (the base branch's manifest; null when it has none). */
export function changedModels(current: Manifest, baseText: string | null): ChangedSelection {
  if (baseText === null) return { models: current.models, all: "the base branch has no manifest" };
  let base: Manifest;
  try {
    base = parseManifest(baseText, `${current.file} (base branch)`);
  } catch {
    return { models: current.models, all: "the base branch's manifest is not valid" };
  }
  if (policyKey(base) !== policyKey(current))
    return { models: current.models, all: "the policy, exceptions or reference list changed" };
  const before = new Set(base.models.map(entryKey));
  return { models: current.models.filter((m) => !before.has(entryKey(m))), all: null };
}
