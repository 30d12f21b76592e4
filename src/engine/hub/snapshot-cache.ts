// What a Hub commit holds never changes, so its file list and its small files (config, tokenizer,
// model card) can be kept on disk and reused without asking the Hub again: a warm `check` of a
// manifest that pins commit shas then makes no request at all (design §11). Only references given
// as a full commit sha use it; a branch or tag is always resolved by the Hub.
//
// Entries are checked on read like anything else from disk: the listing through the same
// validation as the Hub's answer, each file against the listed size (and sha256 when the listing
// has one). A bad entry is ignored and fetched again. Weights are never stored here.

import { createHash, randomBytes } from "node:crypto";
import { mkdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import type { ModelFile } from "../model/model-source.js";

/** Small files only: the fingerprint cache holds what is derived from weights. */
export const MAX_SNAPSHOT_FILE_BYTES = 64 * 1024 * 1024;
export const SNAPSHOT_FORMAT = 1;

export class SnapshotCache {
  constructor(readonly dir: string) {}

  private folder(hubUrl: string, repo: string, sha: string): string {
    const repoKey = createHash("sha256").update(`${hubUrl}\u0000${repo}`).digest("hex").slice(0, 32);
    return path.join(this.dir, repoKey, sha.toLowerCase());
  }

  /** The listing stored for this commit, or null; `check` validates each entry as the Hub's. */
  async listing(hubUrl: string, repo: string, sha: string): Promise<unknown[] | null> {
    try {
      const text = await readFile(path.join(this.folder(hubUrl, repo, sha), "listing.json"), "utf8");
      const v = JSON.parse(text) as { format?: unknown; hubUrl?: unknown; repo?: unknown; files?: unknown };
      if (v.format !== SNAPSHOT_FORMAT || v.hubUrl !== hubUrl || v.repo !== repo || !Array.isArray(v.files))
        return null;
      return v.files as unknown[];
    } catch {
      return null;
    }
  }

  async putListing(hubUrl: string, repo: string, sha: string, files: readonly ModelFile[]): Promise<void> {
    const body = JSON.stringify({ format: SNAPSHOT_FORMAT, hubUrl, repo, sha, files });
    await this.write(
      path.join(this.folder(hubUrl, repo, sha), "listing.json"),
      new TextEncoder().encode(body),
    );
  }

  /** The file's bytes when stored and they match the listing's size (and sha256), else null. */
  async file(hubUrl: string, repo: string, sha: string, entry: ModelFile): Promise<Uint8Array | null> {
    if (entry.size > MAX_SNAPSHOT_FILE_BYTES) return null;
    try {
      const bytes = await readFile(this.filePath(hubUrl, repo, sha, entry.path));
      if (bytes.byteLength !== entry.size) return null;
      if (entry.sha256 !== undefined && createHash("sha256").update(bytes).digest("hex") !== entry.sha256)
        return null;
      return new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    } catch {
      return null;
    }
  }

  async putFile(
    hubUrl: string,
    repo: string,
    sha: string,
    entry: ModelFile,
    bytes: Uint8Array,
  ): Promise<void> {
    if (bytes.byteLength !== entry.size || entry.size > MAX_SNAPSHOT_FILE_BYTES) return;
    await this.write(this.filePath(hubUrl, repo, sha, entry.path), bytes);
  }

  private filePath(hubUrl: string, repo: string, sha: string, file: string): string {
    // Named by a hash of the path: no user text becomes a file name.
    return path.join(
      this.folder(hubUrl, repo, sha),
      "files",
      createHash("sha256").update(file).digest("hex"),
    );
  }

  /** Atomic: a temporary file in the same folder, renamed over the target. */
  private async write(target: string, bytes: Uint8Array): Promise<void> {
    await mkdir(path.dirname(target), { recursive: true });
    const tmp = `${target}.${randomBytes(6).toString("hex")}.tmp`;
    try {
      await writeFile(tmp, bytes);
      await rename(tmp, target);
    } catch (err) {
      await rm(tmp, { force: true });
      throw err;
    }
  }
}
