// The fallback path of half-stats.ts where the runtime has no wasm SIMD (half-kernel.ts): a 16-bit
// value has only 65,536 possible patterns, so one pass counts how often each pattern occurs and the
// statistics are folded from the counts. Each block of a shared read buffer is counted half here,
// half on a helper thread (count-helper.ts); counts are integers, so the split leaves every result
// bit-identical.

import { countHelper, MAX_HELPER_UNFLUSHED, type CountHelper } from "./count-helper.js";
import type { HalfSums } from "./half-kernel.js";

/** Values counted into the 32-bit tables before they are folded into float64 (no count can wrap). */
const MAX_UNFOLDED = 2 ** 32 - 1;

/** Blocks of fewer values are counted on the main thread alone (a message costs ~0.1 ms). */
const MIN_SPLIT_VALUES = 128 * 1024;

/**
 * The helper thread's tables hold one tensor's counts at a time: a second tensor counted while one is
 * (only a caller interleaving two extractions would) counts on its own thread alone.
 */
let helperBusy = false;

function acquireHelper(): CountHelper | null {
  if (helperBusy) return null;
  const helper = countHelper();
  if (helper !== null) helperBusy = true;
  return helper;
}

/** Counters kept for reuse (1 MiB each: fresh tables per tensor cost page faults on first touch). */
const idleCounters: PatternCounter[] = [];
const MAX_IDLE_COUNTERS = 2;

/** One tensor's pattern counts, split with the helper thread where a block allows it. */
export class HalfPatternStats {
  private readonly counter = idleCounters.pop() ?? new PatternCounter();
  private readonly helper = acquireHelper();
  private unflushed = 0;

  constructor(
    private readonly table: Float32Array,
    private readonly nearZeroBound: number,
  ) {}

  /** Counts the next bytes of the tensor: whole values, at any byte alignment. */
  async add(bytes: Uint8Array): Promise<void> {
    const aligned = bytes.byteOffset % 2 === 0 ? bytes : bytes.slice();
    const h = new Uint16Array(aligned.buffer, aligned.byteOffset, aligned.byteLength >>> 1);
    const { helper, counter } = this;
    // The helper takes the second half of a shared block, in whole 32-bit words.
    const split = 2 * Math.floor(h.length / 4) + (h.byteOffset % 4 === 0 ? 0 : 1);
    if (helper === null || !(h.buffer instanceof SharedArrayBuffer) || h.length < MIN_SPLIT_VALUES) {
      counter.add(h);
      return;
    }
    const words = new Uint32Array(h.buffer, h.byteOffset + 2 * split, (h.length - split) >>> 1);
    if (this.unflushed + 2 * words.length > MAX_HELPER_UNFLUSHED) await this.takeHelperCounts(helper);
    this.unflushed += 2 * words.length;
    const theirs = helper.count(words);
    counter.add(h.subarray(0, split));
    if ((h.length - split) % 2 === 1) counter.add(h.subarray(h.length - 1));
    await theirs;
  }

  /** Σx² folded per pattern (equal to the element-by-element sum up to float64 rounding order). */
  async finish(): Promise<HalfSums> {
    if (this.helper !== null && this.unflushed > 0) await this.takeHelperCounts(this.helper);
    const counts = this.counter.finish();
    const { table, nearZeroBound } = this;
    let sumSq = 0;
    let positive = 0;
    let nearZero = 0;
    for (let v = 0; v < 65536; v++) {
      const c = counts[v] as number;
      if (c === 0) continue;
      const x = table[v] as number;
      sumSq += c * x * x;
      if (x > 0) positive += c;
      if (x < nearZeroBound && x > -nearZeroBound) nearZero += c;
    }
    return { sumSq, positive, nearZero };
  }

  /** Frees the helper and the counter; after a failure the helper may hold part of this tensor. */
  async release(): Promise<void> {
    const { helper, counter } = this;
    if (helper !== null && this.unflushed > 0) await helper.flush().catch(() => undefined);
    if (helper !== null) helperBusy = false;
    counter.reset();
    if (idleCounters.length < MAX_IDLE_COUNTERS) idleCounters.push(counter);
  }

  private async takeHelperCounts(helper: CountHelper): Promise<void> {
    this.unflushed = 0;
    this.counter.addCounts(await helper.flush());
  }
}

/**
 * How often each 16-bit pattern occurs. The hot loop reads two patterns per 32-bit load and counts
 * them into two tables (low and high half), which breaks the store-to-load dependency between
 * neighbouring equal patterns; measured 1.6× the one-table Uint16 loop. The tables are folded into
 * float64 once per tensor, or earlier when a count could pass 2^32 − 1.
 */
export class PatternCounter {
  private readonly counts = new Float64Array(65536);
  private readonly lo = new Uint32Array(65536);
  private readonly hi = new Uint32Array(65536);
  private unfolded = 0;

  /** Counts `h` (any alignment of its own: a view at an odd 16-bit index is handled). */
  add(h: Uint16Array): void {
    if (this.unfolded + h.length > MAX_UNFOLDED) this.fold();
    this.unfolded += h.length;
    let i = 0;
    if (h.byteOffset % 4 !== 0 && h.length > 0) {
      this.lo[h[0] as number]! += 1;
      i = 1;
    }
    const words = new Uint32Array(h.buffer, h.byteOffset + 2 * i, (h.length - i) >>> 1);
    countWords(words, this.lo, this.hi);
    if ((h.length - i) % 2 === 1) this.lo[h[h.length - 1] as number]! += 1;
  }

  /** Adds counts made elsewhere (the helper thread's), pattern by pattern. */
  addCounts(other: Float64Array): void {
    const { counts } = this;
    for (let v = 0; v < 65536; v++) counts[v] = (counts[v] as number) + (other[v] as number);
  }

  /** The counts so far, as float64 (exact up to 2^53 per pattern). */
  finish(): Float64Array {
    this.fold();
    return this.counts;
  }

  /** Back to no counts, for the next tensor. */
  reset(): void {
    this.counts.fill(0);
    this.lo.fill(0);
    this.hi.fill(0);
    this.unfolded = 0;
  }

  private fold(): void {
    const { counts, lo, hi } = this;
    for (let v = 0; v < 65536; v++) {
      const c = (lo[v] as number) + (hi[v] as number);
      if (c !== 0) {
        counts[v] = (counts[v] as number) + c;
        lo[v] = 0;
        hi[v] = 0;
      }
    }
    this.unfolded = 0;
  }
}

/** The counting loop: two words (four patterns) per iteration, in locals, no calls. */
function countWords(w: Uint32Array, lo: Uint32Array, hi: Uint32Array): void {
  const n = w.length;
  let i = 0;
  for (; i + 1 < n; i += 2) {
    const x = w[i] as number;
    const y = w[i + 1] as number;
    lo[x & 0xffff]! += 1;
    hi[x >>> 16]! += 1;
    lo[y & 0xffff]! += 1;
    hi[y >>> 16]! += 1;
  }
  if (i < n) {
    const x = w[i] as number;
    lo[x & 0xffff]! += 1;
    hi[x >>> 16]! += 1;
  }
}
