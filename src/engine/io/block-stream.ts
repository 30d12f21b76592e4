// Streams a byte range as consecutive blocks with the next read in flight while the caller handles
// the current block, so I/O (a file read runs on libuv's thread pool, an HTTP body on the socket)
// overlaps the work on the main thread. Sources with readInto (local files) read into two buffers
// that are reused for every block of every tensor of every model in the process: fresh memory costs
// a page fault per 4 KiB on first touch (measured: a first pass into fresh buffers ran at a fifth
// of the speed of the next pass on a CI-sized VM), plus garbage collection.

import { checkSpan, type ByteSource } from "./byte-source.js";

/** Bytes per block of a streamed read: large enough that per-read overheads vanish, small in RSS. */
export const STREAM_BLOCK_BYTES = 16 * 1024 * 1024;

/**
 * Receives a block and the offset of its first byte inside the range; the bytes are valid until the
 * call (or the promise it returns) ends.
 */
export type ByteBlockVisitor = (bytes: Uint8Array, done: number) => void | Promise<void>;

interface BufferPair {
  buffers: readonly Uint8Array[];
  busy: boolean;
}

/**
 * The process's two read buffers (SharedArrayBuffer-backed), at least STREAM_BLOCK_BYTES each (pages
 * never read into are never touched, so a small stream costs no memory), grown to the largest block
 * streamed. A second stream while one runs (extraction is sequential, so only a caller that
 * interleaves two would) gets buffers of its own for its duration.
 */
let kept: BufferPair | null = null;

/** Shared memory, so a helper thread can read a block without a copy (count-helper.ts). */
function sharedBuffers(bytes: number): [Uint8Array, Uint8Array] {
  return [new Uint8Array(new SharedArrayBuffer(bytes)), new Uint8Array(new SharedArrayBuffer(bytes))];
}

function acquire(bytes: number): BufferPair {
  if (kept?.busy) return { buffers: sharedBuffers(bytes), busy: true };
  if (kept === null || kept.buffers[0]!.byteLength < bytes) {
    kept = { buffers: sharedBuffers(Math.max(bytes, STREAM_BLOCK_BYTES)), busy: false };
  }
  kept.busy = true;
  return kept;
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
): Promise<void> {
  await forEachRangeBlock(source, [{ offset, length }], step, (_range, bytes, done) => visit(bytes, done));
}

export interface ByteRange {
  readonly offset: number;
  readonly length: number;
}

/** Receives a block of `ranges[range]` and the offset of its first byte inside that range. */
export type RangeBlockVisitor = (range: number, bytes: Uint8Array, done: number) => void | Promise<void>;

/**
 * forEachByteBlock over several ranges in turn (empty ones are never visited), with the next read in
 * flight across range boundaries too: a run of tensors of one or two blocks each (a model's
 * attention and MLP matrices) otherwise waits for the first read of every tensor. `buffers`: where
 * a readInto source reads (two of at least one block each; e.g. a wasm module's memory, so the
 * module reads the blocks without a copy) instead of the process's shared pair.
 */
export async function forEachRangeBlock(
  source: ByteSource,
  ranges: readonly ByteRange[],
  step: number,
  visit: RangeBlockVisitor,
  buffers?: readonly [Uint8Array, Uint8Array],
): Promise<void> {
  let largest = 0;
  for (const r of ranges) {
    checkSpan(source, r.offset, r.length);
    largest = Math.max(largest, r.length);
  }
  if (!Number.isSafeInteger(step) || step < 1) throw new RangeError(`block step must be ≥ 1, got ${step}`);
  if (largest === 0) return;
  let range = 0;
  let at = 0;
  const nextBlock = (): { range: number; done: number; n: number } | null => {
    while (range < ranges.length && at >= ranges[range]!.length) [range, at] = [range + 1, 0];
    if (range >= ranges.length) return null;
    const block = { range, done: at, n: Math.min(step, ranges[range]!.length - at) };
    at += block.n;
    return block;
  };
  const blockBytes = Math.min(step, largest);
  if (buffers !== undefined && Math.min(buffers[0].byteLength, buffers[1].byteLength) < blockBytes) {
    throw new RangeError(`read buffers hold fewer bytes than a block of ${blockBytes}`);
  }
  const pair = source.readInto
    ? buffers
      ? { buffers: [...buffers], busy: true }
      : acquire(blockBytes)
    : null;
  const readBlock = async (
    b: { range: number; done: number; n: number },
    slot: number,
  ): Promise<Uint8Array> => {
    const offset = ranges[b.range]!.offset + b.done;
    if (pair === null || source.readInto === undefined) return source.read(offset, b.n);
    const target = pair.buffers[slot === 0 ? 0 : 1]!.subarray(0, b.n);
    await source.readInto(offset, target);
    return target;
  };
  let current = nextBlock();
  let pending: Promise<Uint8Array> | null = current === null ? null : readBlock(current, 0);
  try {
    for (let slot = 0; current !== null; slot ^= 1) {
      const bytes: Uint8Array = await pending!;
      const next = nextBlock();
      pending = next === null ? null : readBlock(next, slot ^ 1);
      // A source may take a few microtask turns before its read reaches the OS (FileSource awaits
      // its open handle first), and a synchronous visitor holds the thread until it returns: without
      // this turn of the event loop the next read started only after the visit, so nothing overlapped.
      if (pending !== null) await new Promise<void>((resolve) => setImmediate(resolve));
      await visit(current.range, bytes, current.done);
      current = next;
    }
  } finally {
    // A visitor that threw leaves the next read in flight: let it land before the buffer is reused.
    if (pending !== null) await pending.catch(() => undefined);
    if (pair !== null && kept === pair) pair.busy = false;
  }
}
