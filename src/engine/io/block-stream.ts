// Streams a byte range as consecutive blocks with the next read in flight while the caller handles
// the current block, so I/O (a file read runs on libuv's thread pool, an HTTP body on the socket)
// overlaps the counting on the main thread. Sources with readInto (local files) read into two
// buffers that are reused for every block of every tensor: fresh 16 MiB buffers per read cost a
// page fault per 4 KiB on first touch plus garbage collection, which took more time than the read.

import { checkSpan, type ByteSource } from "./byte-source.js";

/** Bytes per block of a streamed read: large enough that per-read overheads vanish, small in RSS. */
export const STREAM_BLOCK_BYTES = 16 * 1024 * 1024;

/**
 * Receives a block and the offset of its first byte inside the range; the bytes are valid until the
 * call (or the promise it returns) ends.
 */
export type ByteBlockVisitor = (bytes: Uint8Array, done: number) => void | Promise<void>;

interface BufferPair {
  buffers: [Uint8Array, Uint8Array];
  busy: boolean;
}

/**
 * Two read buffers (SharedArrayBuffer-backed) per owner (a WeightSet or a ByteSource), grown to the largest block streamed and
 * kept while the owner lives. A second stream over the same owner while one runs (extraction is
 * sequential, so only a caller that interleaves two would) gets buffers of its own.
 */
const pairs = new WeakMap<object, BufferPair>();

/** Shared memory, so a helper thread can read a block without a copy (count-helper.ts). */
function sharedBuffers(bytes: number): [Uint8Array, Uint8Array] {
  return [new Uint8Array(new SharedArrayBuffer(bytes)), new Uint8Array(new SharedArrayBuffer(bytes))];
}

function acquire(owner: object, bytes: number): BufferPair {
  let pair = pairs.get(owner);
  if (pair?.busy) return { buffers: sharedBuffers(bytes), busy: true };
  if (pair === undefined || pair.buffers[0].byteLength < bytes) {
    pair = { buffers: sharedBuffers(bytes), busy: false };
    pairs.set(owner, pair);
  }
  pair.busy = true;
  return pair;
}

/**
 * Calls `visit` for the blocks of [offset, offset + length) in order, each `step` bytes (the last
 * one shorter), reading block k + 1 while block k is visited. At most two blocks are in memory.
 */
export async function forEachByteBlock(
  source: ByteSource,
  offset: number,
  length: number,
  step: number,
  visit: ByteBlockVisitor,
  owner: object = source,
): Promise<void> {
  checkSpan(source, offset, length);
  if (!Number.isSafeInteger(step) || step < 1) throw new RangeError(`block step must be ≥ 1, got ${step}`);
  if (length === 0) return;
  const pair = source.readInto ? acquire(owner, Math.min(step, length)) : null;
  const readBlock = async (done: number, slot: number): Promise<Uint8Array> => {
    const n = Math.min(step, length - done);
    if (pair === null || source.readInto === undefined) return source.read(offset + done, n);
    const target = pair.buffers[slot === 0 ? 0 : 1].subarray(0, n);
    await source.readInto(offset + done, target);
    return target;
  };
  let pending: Promise<Uint8Array> | null = readBlock(0, 0);
  try {
    for (let done = 0, slot = 0; done < length; done += step, slot ^= 1) {
      const bytes: Uint8Array = await pending!;
      pending = done + step < length ? readBlock(done + step, slot ^ 1) : null;
      await visit(bytes, done);
    }
  } finally {
    // A visitor that threw leaves the next read in flight: let it land before the buffer is reused.
    if (pending !== null) await pending.catch(() => undefined);
    if (pair !== null && pairs.get(owner) === pair) pair.busy = false;
  }
}
