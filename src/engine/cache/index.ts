// The fingerprint cache (design §9): keys, the on-disk cache, and the one call commands use.

export {
  canonicalKey,
  fingerprintCacheKey,
  keyFileName,
  nodeStatFile,
  type FileIdentity,
  type FingerprintCacheKey,
  type StatFile,
} from "./cache-key.js";
export {
  CACHE_FORMAT,
  CACHE_FORMAT_VERSION,
  FingerprintCache,
  MAX_CACHE_ENTRY_BYTES,
  nodeCacheFs,
  type CacheFs,
  type CacheWarn,
  type CachedEntry,
  type FingerprintCacheOptions,
} from "./fingerprint-cache.js";
export {
  fingerprintWithCache,
  type FingerprintOutcome,
  type FingerprintWithCacheOptions,
} from "./fingerprint-with-cache.js";
