// The fingerprint cache on disk (design §9): one file per key, named by a hash of the key, holding
//   {"format", "format_version", "key", "payload_sha256", "payload": {"fingerprint", "weights"}}
// where payload_sha256 is the SHA-256 of the payload's JSON text (JSON.stringify, our key order).
// Writes go to a temporary file in the cache folder and are renamed into place, so a reader sees a
// whole entry or none. A read checks size, JSON, format, key, digest and every field; any failure
// deletes the entry and warns with its file name, and the caller recomputes: an entry is never
// trusted on its word. A cache folder that cannot be created, read or written is a warning only.
//
// The digest catches corruption (truncation, a flipped bit, a half-copied cache), not forgery: who
// can write the cache folder can also write a matching digest. The folder is trusted as the user's
// own (design-decisions "Fingerprint cache").

import { createHash, randomBytes } from "node:crypto";
import { mkdir, open, rename, rm } from "node:fs/promises";
import path from "node:path";
import type { FingerprintResult } from "../fingerprint.js";
import { nodeDatabaseFs } from "../reference/db-fs.js";
import { isJsonObject } from "../json-object.js";
import type { WeightEvidence } from "../weight-evidence.js";
import { keyFileName, sameKey, type FingerprintCacheKey } from "./cache-key.js";
import {
  cachedPart,
  decodeCachedFingerprint,
  exactJson,
  type CachedFingerprint,
} from "./fingerprint-codec.js";
import { CacheFormatError, decodeWeights, encodeWeights, type EncodedWeights } from "./weights-codec.js";

/**
 * Largest entry read or written. Measured: the virtual Llama-2-7B's entry is 6.7 MB (WVC 4.9 MB and
 * NLF 1.4 MB of base64, merges 0.3 MB). WVC grows with layers, NLF with norms × hidden size: a
 * 405B-shaped model (126 layers, 253 norms × 16,384) comes to ~45 MB. 64 MiB holds that and still
 * bounds what a hostile file can make us allocate. The lineage probe adds its binary form in
 * base64. Measured on the virtual Llama-2-7B with DEFAULT_PROBE: 24.3 MB (18.2 MB of halves: k
 * and v projected, 4 MiB; 48 rows of q, k, v, gate and up in the five middle layers, 9.8 MB; 256
 * rows of the embedding and of the head, 4 MiB), so a 7B entry is ~31 MB. The sample's budget
 * grows with the weights (0.05 %): past ~35B parameters an entry is over the cap and is not cached
 * (a warning says so).
 */
export const MAX_CACHE_ENTRY_BYTES = 64 * 2 ** 20;
export const CACHE_FORMAT = "provenance-gate fingerprint cache";
export const CACHE_FORMAT_VERSION = 1;

export type CacheWarn = (message: string) => void;

/** What a cache hit gives back; the caller adds the tokenizer and this run's cost. */
export interface CachedEntry {
  readonly fingerprint: CachedFingerprint;
  readonly weights: WeightEvidence | null;
}

/** The file operations the cache needs; tests can supply failing ones. */
export interface CacheFs {
  mkdir(dir: string): Promise<void>;
  /** At most `maxBytes + 1` bytes; rejects with code ENOENT when there is no file. */
  readFile(p: string, maxBytes: number): Promise<Uint8Array>;
  /** Creates `p` (which must not exist) holding `data`. */
  writeNew(p: string, data: Uint8Array): Promise<void>;
  rename(from: string, to: string): Promise<void>;
  /** Deletes `p`; nothing there is not an error. */
  remove(p: string): Promise<void>;
}

export const nodeCacheFs: CacheFs = {
  mkdir: async (dir) => {
    await mkdir(dir, { recursive: true });
  },
  // Sized by the file, read to EOF, capped: the reader the reference databases use.
  readFile: (p, maxBytes) => nodeDatabaseFs.readFile(p, maxBytes),
  async writeNew(p, data) {
    const fh = await open(p, "wx");
    try {
      await fh.writeFile(data);
    } finally {
      await fh.close();
    }
  },
  rename: (from, to) => rename(from, to),
  remove: (p) => rm(p, { force: true }),
};

export interface FingerprintCacheOptions {
  readonly fs?: CacheFs;
  readonly maxEntryBytes?: number;
}

export class FingerprintCache {
  private readonly fs: CacheFs;
  private readonly maxEntryBytes: number;
  /** After one failed write the cache stops trying (one warning per run, not one per model). */
  private writeFailed = false;

  constructor(
    readonly dir: string,
    options: FingerprintCacheOptions = {},
  ) {
    this.fs = options.fs ?? nodeCacheFs;
    this.maxEntryBytes = options.maxEntryBytes ?? MAX_CACHE_ENTRY_BYTES;
  }

  /** The entry's path: the cache folder and a name derived from the key's hash only. */
  fileFor(key: FingerprintCacheKey): string {
    return path.join(this.dir, keyFileName(key));
  }

  /** The entry for `key`, or null (absent, unreadable, or dropped with a warning). */
  async get(key: FingerprintCacheKey, warn: CacheWarn): Promise<CachedEntry | null> {
    const file = this.fileFor(key);
    let bytes: Uint8Array;
    try {
      bytes = await this.fs.readFile(file, this.maxEntryBytes);
    } catch (err) {
      // No folder yet, or a file where the folder should be: a miss; put() says why it cannot write.
      const code = (err as NodeJS.ErrnoException).code;
      if (code === "ENOENT" || code === "ENOTDIR") return null;
      warn(`fingerprint cache: cannot read ${file} (${(err as Error).message}); recomputing`);
      return null;
    }
    try {
      return decodeEntry(bytes, key, this.maxEntryBytes);
    } catch (err) {
      if (!(err instanceof CacheFormatError)) throw err;
      await this.drop(file, err.message, warn);
      return null;
    }
  }

  /** Deletes the entry at `file`, warning with the reason; the caller recomputes. */
  async drop(file: string, reason: string, warn: CacheWarn): Promise<void> {
    warn(`fingerprint cache: dropped ${file}: ${reason}; recomputing`);
    await this.fs.remove(file).catch((err: unknown) => {
      warn(`fingerprint cache: cannot delete ${file} (${(err as Error).message})`);
    });
  }

  /** Stores `result` under `key`, atomically; false (with a warning) when it was not stored. */
  async put(key: FingerprintCacheKey, result: FingerprintResult, warn: CacheWarn): Promise<boolean> {
    if (this.writeFailed) return false;
    const file = this.fileFor(key);
    let weights: EncodedWeights | null;
    try {
      weights = result.weights ? encodeWeights(result.weights) : null;
    } catch (err) {
      // A lineage probe value with no half-precision form (a NaN or a huge weight in the model).
      if (!(err instanceof RangeError)) throw err;
      warn(`fingerprint cache: not storing ${file}: ${err.message}`);
      return false;
    }
    const payload = exactJson({ fingerprint: cachedPart(result.fingerprint), weights });
    if (payload === null) {
      warn(`fingerprint cache: not storing ${file}: the fingerprint holds a NaN, infinite or -0 number`);
      return false;
    }
    const digest = createHash("sha256").update(payload).digest("hex");
    const head = JSON.stringify({ format: CACHE_FORMAT, format_version: CACHE_FORMAT_VERSION, key });
    const text = `${head.slice(0, -1)},"payload_sha256":"${digest}","payload":${payload}}`;
    const bytes = new TextEncoder().encode(text);
    if (bytes.length > this.maxEntryBytes) {
      warn(`fingerprint cache: not storing ${file}: ${bytes.length} bytes is over ${this.maxEntryBytes}`);
      return false;
    }
    const temp = path.join(this.dir, `.${path.basename(file)}.${randomBytes(6).toString("hex")}.tmp`);
    try {
      await this.fs.mkdir(this.dir);
      await this.fs.writeNew(temp, bytes);
      await this.fs.rename(temp, file);
      return true;
    } catch (err) {
      await this.fs.remove(temp).catch(() => undefined);
      this.writeFailed = true;
      warn(`fingerprint cache: cannot write ${file} (${(err as Error).message}); continuing without it`);
      return false;
    }
  }
}

const fatalUtf8 = new TextDecoder("utf-8", { fatal: true });

/** Checks an entry's bytes against `key`; throws CacheFormatError with the first problem found. */
function decodeEntry(bytes: Uint8Array, key: FingerprintCacheKey, maxBytes: number): CachedEntry {
  if (bytes.length > maxBytes) throw new CacheFormatError("file", `larger than ${maxBytes} bytes`);
  let entry: unknown;
  try {
    entry = JSON.parse(fatalUtf8.decode(bytes));
  } catch (err) {
    throw new CacheFormatError("file", `not valid JSON (${(err as Error).message})`);
  }
  if (!isJsonObject(entry) || entry.format !== CACHE_FORMAT) {
    throw new CacheFormatError("format", `not a ${CACHE_FORMAT} entry`);
  }
  if (entry.format_version !== CACHE_FORMAT_VERSION) {
    const found = JSON.stringify(entry.format_version);
    throw new CacheFormatError("format_version", `${found}, this version reads ${CACHE_FORMAT_VERSION}`);
  }
  const stored = entry.key;
  if (!isKey(stored) || !sameKey(stored, key)) {
    throw new CacheFormatError(
      "key",
      `${JSON.stringify(stored)} is not the key looked up ${JSON.stringify(key)}`,
    );
  }
  const digest = createHash("sha256").update(JSON.stringify(entry.payload)).digest("hex");
  if (entry.payload_sha256 !== digest) {
    throw new CacheFormatError(
      "payload_sha256",
      `the payload's SHA-256 is ${digest}, the entry says ${JSON.stringify(entry.payload_sha256)}`,
    );
  }
  const payload = entry.payload;
  if (!isJsonObject(payload)) throw new CacheFormatError("payload", "expected an object");
  const fingerprint = decodeCachedFingerprint(payload.fingerprint);
  const weights = payload.weights === null ? null : decodeWeights(payload.weights);
  if (fingerprint.extractor_version !== key.extractor_version) {
    throw new CacheFormatError(
      "fingerprint.extractor_version",
      `${fingerprint.extractor_version}, not ${key.extractor_version}`,
    );
  }
  if (fingerprint.profile !== (weights?.profile ?? key.profile)) {
    throw new CacheFormatError(
      "fingerprint.profile",
      `${fingerprint.profile} does not match the weights' profile`,
    );
  }
  return { fingerprint, weights };
}

function isKey(v: unknown): v is FingerprintCacheKey {
  return (
    isJsonObject(v) &&
    ["source", "repo", "revision", "profile", "extractor_version"].every((k) => typeof v[k] === "string")
  );
}
