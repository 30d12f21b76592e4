// A byte source is a file we can read at any offset: a local file, an HTTP resource read by
// ranges, or bytes in memory. Parsers take a ByteSource and never care where bytes come from.

import { MalformedInputError } from "../errors.js";

export interface ByteSource {
  /** Shown in errors: a path, or "org/repo@sha:path". */
  readonly name: string;
  /** Total size in bytes, known before any read. */
  readonly size: number;
  /** Exactly `length` bytes at `offset`. Rejects a span outside [0, size]. */
  read(offset: number, length: number): Promise<Uint8Array>;
  /**
   * Optional: fills `target` with the `target.byteLength` bytes at `offset` (same checks as read).
   * Lets a caller that streams many blocks reuse one buffer instead of a fresh one per read.
   */
  readInto?(offset: number, target: Uint8Array): Promise<void>;
}

/** Throws unless [offset, offset + length) lies inside the source. */
export function checkSpan(source: Pick<ByteSource, "name" | "size">, offset: number, length: number): void {
  if (!Number.isSafeInteger(offset) || !Number.isSafeInteger(length) || offset < 0 || length < 0) {
    throw new RangeError(`${source.name}: invalid read span offset=${offset} length=${length}`);
  }
  if (offset + length > source.size) {
    throw new MalformedInputError(
      { file: source.name },
      `read of ${length} bytes at offset ${offset} runs past the end of the file (${source.size} bytes)`,
    );
  }
}

/** Bytes already in memory (tests, small files read whole). */
export class MemorySource implements ByteSource {
  readonly size: number;
  constructor(
    readonly name: string,
    private readonly bytes: Uint8Array,
  ) {
    this.size = bytes.byteLength;
  }
  read(offset: number, length: number): Promise<Uint8Array> {
    checkSpan(this, offset, length);
    return Promise.resolve(this.bytes.subarray(offset, offset + length));
  }
}
