// One call for every command that fingerprints (fingerprint, compare, scan, check, the Action):
//
//   fingerprintWithCache(model: ModelSource, profile: Profile | undefined,
//                        cache: FingerprintCache | null, warn: (message: string) => void)
//     → Promise<FingerprintOutcome>   (a FingerprintResult plus `cached: boolean`)
//
// `profile` undefined means the model's default (full for local folders, sampled for the Hub);
// `cache` null means no cache (--no-cache): the folder is never touched. On a hit the weight
// evidence, MFI and TFV come from the entry and no weight file is read; the tokenizer is loaded
// again from the model's tokenizer files (VOA needs the vocabulary) and its canonical hash must be
// the one the entry recorded, else the entry is dropped. On a miss the model is fingerprinted and
// stored. Cache problems are warnings through `warn`; model errors propagate as without a cache.

import { performance } from "node:perf_hooks";
import {
  EXTRACTOR_VERSION,
  defaultProfile,
  fingerprintModel,
  type FingerprintResult,
  type ModelFingerprint,
  type Profile,
} from "../fingerprint.js";
import type { ModelSource } from "../model/model-source.js";
import { loadTokenizer } from "../tokenizer/load-tokenizer.js";
import { weightSignalsToJson } from "../weight-evidence.js";
import { fingerprintCacheKey, type StatFile } from "./cache-key.js";
import type { CacheWarn, CachedEntry, FingerprintCache } from "./fingerprint-cache.js";

export interface FingerprintOutcome extends FingerprintResult {
  /** True when MFI, TFV and the weight evidence came from the cache. */
  readonly cached: boolean;
}

export interface FingerprintWithCacheOptions {
  /** For local folders' keys; node's stat by default. */
  readonly statFile?: StatFile;
}

export async function fingerprintWithCache(
  model: ModelSource,
  profile: Profile | undefined,
  cache: FingerprintCache | null,
  warn: CacheWarn,
  options: FingerprintWithCacheOptions = {},
): Promise<FingerprintOutcome> {
  const p = profile ?? defaultProfile(model);
  if (cache === null) return { ...(await fingerprintModel(model, p)), cached: false };
  const key = await fingerprintCacheKey(model, p, EXTRACTOR_VERSION, options.statFile);
  if ("uncacheable" in key) {
    warn(`fingerprint cache: not used for ${model.ref}: ${key.uncacheable}`);
    return { ...(await fingerprintModel(model, p)), cached: false };
  }
  const started = performance.now();
  const entry = await cache.get(key, warn);
  if (entry !== null) {
    const hit = await fromEntry(model, entry, started);
    if (hit !== null) return { ...hit, cached: true };
    await cache.drop(
      cache.fileFor(key),
      "the model's tokenizer files no longer give its tokenizer hash",
      warn,
    );
  }
  const fresh = await fingerprintModel(model, p);
  await cache.put(key, fresh, warn);
  return { ...fresh, cached: false };
}

/** The result a fresh fingerprint would give, from the entry and the model's tokenizer files. */
async function fromEntry(
  model: ModelSource,
  entry: CachedEntry,
  started: number,
): Promise<FingerprintResult | null> {
  const f = entry.fingerprint;
  const tokenizer = await loadTokenizer(model);
  if ((tokenizer?.canonicalHash ?? null) !== (f.tokenizer?.canonical_hash ?? null)) return null;
  // Same fields in the same order as fingerprintModel's, so --json output is identical.
  const fingerprint: ModelFingerprint = {
    ref: model.ref,
    revision: model.revision ?? null,
    mfi: f.mfi,
    tfv: f.tfv,
    tokenizer: f.tokenizer,
    weights: entry.weights ? weightSignalsToJson(entry.weights) : null,
    profile: f.profile,
    extractor_version: f.extractor_version,
    warnings: f.warnings,
    bytes_read: model.stats.bytes,
    requests: model.stats.requests,
    seconds: Math.round(performance.now() - started) / 1000,
  };
  return { fingerprint, tokenizer, weights: entry.weights };
}
