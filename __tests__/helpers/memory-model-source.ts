// A ModelSource over files held in memory, for tests. Every read through open() or readFile() is
// counted in `stats` and logged in `reads`, so a test can assert exactly what a parser fetched.

import { MalformedInputError } from "../../src/engine/errors.js";
import { MemorySource, type ByteSource } from "../../src/engine/io/byte-source.js";
import { newIoStats, type IoStats } from "../../src/engine/io/stats.js";
import type { ModelFile, ModelSource } from "../../src/engine/model/model-source.js";

export interface LoggedRead {
  readonly path: string;
  readonly offset: number;
  readonly length: number;
}

export class MemoryModelSource implements ModelSource {
  readonly kind = "local";
  readonly files: readonly ModelFile[];
  readonly stats: IoStats = newIoStats();
  /** Every read in the order issued (readFile logs offset 0 and the whole length). */
  readonly reads: LoggedRead[] = [];
  private readonly contents: ReadonlyMap<string, Uint8Array>;

  constructor(
    files: ReadonlyMap<string, Uint8Array | string> | Record<string, Uint8Array | string>,
    readonly ref = "/models/memory",
  ) {
    const entries = files instanceof Map ? [...files] : Object.entries(files);
    this.contents = new Map(
      entries.map(([path, data]) => [path, typeof data === "string" ? new TextEncoder().encode(data) : data]),
    );
    this.files = [...this.contents]
      .map(([path, data]) => ({ path, size: data.byteLength }))
      .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  }

  file(path: string): ModelFile | undefined {
    return this.files.find((f) => f.path === path);
  }

  readFile(path: string, maxBytes: number): Promise<Uint8Array> {
    const data = this.bytes(path);
    if (data.byteLength > maxBytes) {
      return Promise.reject(
        new MalformedInputError(
          { file: path },
          `file is ${data.byteLength} bytes, over the cap of ${maxBytes}`,
        ),
      );
    }
    this.count(path, 0, data.byteLength);
    return Promise.resolve(data);
  }

  open(path: string): ByteSource {
    const inner = new MemorySource(path, this.bytes(path));
    return {
      name: inner.name,
      size: inner.size,
      read: async (offset, length) => {
        const out = await inner.read(offset, length);
        this.count(path, offset, length);
        return out;
      },
    };
  }

  /** Reads of one file, in order. */
  readsOf(path: string): LoggedRead[] {
    return this.reads.filter((r) => r.path === path);
  }

  close(): Promise<void> {
    return Promise.resolve();
  }

  private bytes(path: string): Uint8Array {
    const data = this.contents.get(path);
    if (!data) throw new Error(`MemoryModelSource: no file "${path}"`);
    return data;
  }

  private count(path: string, offset: number, length: number): void {
    this.stats.requests += 1;
    this.stats.bytes += length;
    this.reads.push({ path, offset, length });
  }
}
