// One interface over where a model lives: a local folder or a Hub repository at a commit.
// Everything downstream (parsers, features, inspect) reads models only through this.

import type { ByteSource } from "../io/byte-source.js";
import type { IoStats } from "../io/stats.js";

export interface ModelFile {
  /** Path inside the model, "/"-separated, never absolute, never with "..". */
  readonly path: string;
  readonly size: number;
  /** SHA-256 of the content when the source knows it (Hub LFS files). */
  readonly sha256?: string;
}

export interface ModelSource {
  readonly kind: "local" | "hub";
  /** The reference as the user should see it: "org/name@<sha>" or an absolute folder path. */
  readonly ref: string;
  /** Hub repo id ("org/name"); undefined for local folders. */
  readonly repo?: string;
  /** The Hub endpoint the model was read from, without a trailing "/"; undefined for local folders. */
  readonly endpoint?: string;
  /** The revision the user asked for (branch, tag or sha); undefined for local folders. */
  readonly requestedRevision?: string;
  /** The commit sha every read is pinned to; undefined for local folders. */
  readonly revision?: string;
  /** Every file of the model, sorted by path. */
  readonly files: readonly ModelFile[];
  /** Requests and bytes this source has taken so far. */
  readonly stats: IoStats;
  /** The file's entry, or undefined when the model has no such file. */
  file(path: string): ModelFile | undefined;
  /** A whole small file (config, tokenizer, index). Rejects files larger than `maxBytes`. */
  readFile(path: string, maxBytes: number): Promise<Uint8Array>;
  /** Random access to a file (weights). */
  open(path: string): ByteSource;
  /** Releases file handles; the source must not be used after. */
  close(): Promise<void>;
}
