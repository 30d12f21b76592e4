// Local files read by offset through one shared file handle per file.

import { open, type FileHandle } from "node:fs/promises";
import { checkSpan, type ByteSource } from "./byte-source.js";
import type { IoStats } from "./stats.js";

export class FileSource implements ByteSource {
  private handle: Promise<FileHandle> | undefined;

  constructor(
    readonly name: string,
    private readonly path: string,
    readonly size: number,
    private readonly stats: IoStats,
  ) {}

  async read(offset: number, length: number): Promise<Uint8Array> {
    checkSpan(this, offset, length);
    const out = new Uint8Array(length);
    await this.readInto(offset, out);
    return out;
  }

  /** Reads straight into `target` (no allocation): full extraction streams through two such buffers. */
  async readInto(offset: number, target: Uint8Array): Promise<void> {
    const length = target.byteLength;
    checkSpan(this, offset, length);
    this.handle ??= open(this.path, "r");
    const fh = await this.handle;
    let done = 0;
    while (done < length) {
      const { bytesRead } = await fh.read(target, done, length - done, offset + done);
      if (bytesRead === 0)
        throw new Error(`${this.name}: file shrank while reading at offset ${offset + done}`);
      done += bytesRead;
    }
    this.stats.requests += 1;
    this.stats.bytes += length;
  }

  async close(): Promise<void> {
    const h = this.handle;
    this.handle = undefined;
    if (h) await (await h).close();
  }
}
