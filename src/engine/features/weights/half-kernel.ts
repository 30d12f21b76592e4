// Σx², #(x > 0) and #(|x| < bound) of a BF16/F16 tensor with a WebAssembly SIMD kernel
// (half-stats.wat; module, memory layout and instances in half-kernel-memory.ts). The kernel is
// hand-written because no library computes these statistics over raw 16-bit float buffers: the
// alternatives decode to f32 first (a second pass and 2× the memory traffic) or count bit patterns
// (a scatter that SIMD cannot speed up; half-patterns.ts, kept as the fallback where the runtime
// lacks wasm SIMD).
//
// Determinism: a tensor is summed one chunk of CHUNK_VALUES (counted from its first value) per
// kernel call, and the chunk sums are added in chunk order in float64, whether a chunk was read in
// place, staged by copies, or summed by the helper thread (half-kernel-helper.ts). The result
// therefore depends on the values only, not on read block sizes, byte alignment or threads, and is
// the same on every platform (wasm float arithmetic is IEEE, without contraction). It differs from
// the pattern fold only in float64 summation order. Counts are exact integers either way.

import { CHUNK_MASK, kernelHelper, type KernelHelper } from "./half-kernel-helper.js";
import {
  acquire,
  CHUNK_VALUES,
  CLAIMS,
  halfKernelModule,
  INPUT,
  MAX_STREAM_BLOCK_BYTES,
  release,
  RESULTS,
  TABLE,
  TABLE_SLOTS,
  type KernelFn,
  type KernelInstance,
} from "./half-kernel-memory.js";

export {
  CHUNK_VALUES,
  halfKernelBytes,
  halfKernelModule,
  MAX_STREAM_BLOCK_BYTES,
} from "./half-kernel-memory.js";

/** Blocks of fewer whole chunks are summed on the main thread alone (a message costs ~0.1 ms). */
const MIN_HELPER_CHUNKS = 8;

/** The +Inf bit pattern; patterns above it (without sign) are NaN. */
const INF_PATTERN = { BF16: 0x7f80, F16: 0x7c00 } as const;

/** F16 magnitudes are summed scaled by 2^-112 (see the WAT): squares come back times 2^224. */
const F16_SQUARE_SCALE = 2 ** 224;

type KernelDtype = keyof typeof INF_PATTERN;

/**
 * A kernel instance whose memory also holds the two read buffers of a stream (block-stream.ts), so
 * blocks are summed where they were read: whole chunks in place, only a chunk split by a block
 * boundary is staged. The stats of every tensor of the stream share it.
 */
export class HalfKernelStream {
  readonly buffers: readonly [Uint8Array, Uint8Array];

  private constructor(
    private readonly instance: KernelInstance,
    blockBytes: number,
  ) {
    this.buffers = instance.buffers(blockBytes);
  }

  /**
   * A stream with read buffers of `blockBytes`, or null when the runtime has no wasm SIMD or the
   * blocks are larger than MAX_STREAM_BLOCK_BYTES (then a caller stages them: HalfKernelStats.create).
   */
  static create(blockBytes: number): HalfKernelStream | null {
    if (blockBytes > MAX_STREAM_BLOCK_BYTES) return null;
    const instance = acquire(blockBytes);
    return instance === null ? null : new HalfKernelStream(instance, blockBytes);
  }

  /** An accumulator for the next tensor of the stream (release() is then a no-op). */
  stats(dtype: KernelDtype, table: Float32Array, bound: number): HalfKernelStats {
    return new HalfKernelStats(this.instance, dtype, nearZeroPatternLimit(dtype, table, bound), false);
  }

  release(): void {
    release(this.instance);
  }
}

/**
 * The kernel's near-zero threshold on magnitude patterns: a finite value is near zero exactly when
 * (bits & 0x7fff) < T, which is the f32 test `x < bound && x > -bound` on the decoded value
 * (magnitude patterns of finite values are ordered like the magnitudes, so the values passing the
 * test are a prefix; none when bound ≤ 0 or NaN). `table` is the decoded value of every pattern.
 */
export function nearZeroPatternLimit(dtype: KernelDtype, table: Float32Array, bound: number): number {
  const inf = INF_PATTERN[dtype];
  let limit = 0;
  while (limit <= inf) {
    const x = table[limit] as number;
    if (!(x < bound && x > -bound)) break;
    limit++;
  }
  return limit;
}

export interface HalfSums {
  readonly sumSq: number;
  readonly positive: number;
  readonly nearZero: number;
}

/** Accumulates one tensor's statistics from its bytes, in order; finish() gives them and starts again. */
export class HalfKernelStats {
  private readonly kernel: KernelFn;
  private readonly results: DataView;
  private filled = 0;
  private sumSq = 0;
  private positive = 0;
  private nearZero = 0;
  private nan = 0;
  private inf = 0;

  constructor(
    private readonly instance: KernelInstance,
    private readonly dtype: KernelDtype,
    private readonly nearLimit: number,
    private readonly owned: boolean,
  ) {
    this.kernel = dtype === "BF16" ? instance.exports.bf16 : instance.exports.f16;
    this.results = new DataView(instance.mem.buffer);
  }

  /** A kernel accumulator with its own instance, or null when the runtime has no wasm SIMD. */
  static create(dtype: KernelDtype, table: Float32Array, bound: number): HalfKernelStats | null {
    const instance = acquire(0);
    if (instance === null) return null;
    return new HalfKernelStats(instance, dtype, nearZeroPatternLimit(dtype, table, bound), true);
  }

  /**
   * Adds the next bytes of the tensor (any length and alignment; values may straddle calls). Bytes
   * in this instance's memory (a HalfKernelStream buffer) are summed in place by whole chunks.
   */
  add(bytes: Uint8Array): void {
    const chunkBytes = 2 * CHUNK_VALUES;
    let at = 0;
    if (this.filled === 0 && bytes.buffer === this.instance.mem.buffer) {
      for (; at + chunkBytes <= bytes.length; at += chunkBytes) {
        this.call(bytes.byteOffset + at, CHUNK_VALUES / 8, 0);
      }
    }
    const mem = this.instance.mem;
    while (at < bytes.length) {
      const take = Math.min(chunkBytes - this.filled, bytes.length - at);
      mem.set(bytes.subarray(at, at + take), INPUT + this.filled);
      this.filled += take;
      at += take;
      if (this.filled === chunkBytes) this.runStaged();
    }
  }

  /**
   * add(), with the whole chunks of a block in this instance's memory shared with the helper thread
   * (half-kernel-helper.ts) when there are enough of them. Same result, bit for bit.
   */
  async addBlock(bytes: Uint8Array): Promise<void> {
    const chunkBytes = 2 * CHUNK_VALUES;
    const chunks = Math.floor(bytes.length / chunkBytes);
    const { instance } = this;
    const eligible = chunks >= MIN_HELPER_CHUNKS && chunks <= TABLE_SLOTS && this.filled === 0;
    const helper = eligible && bytes.buffer === instance.mem.buffer ? kernelHelper() : null;
    if (helper === null) return this.add(bytes);
    const { i32 } = instance;
    const done = (c: number): number => (TABLE + 32 * c + 24) >> 2;
    for (let c = 0; c < chunks; c++) i32[done(c)] = 0;
    const tag = (nextTag = (nextTag + 1) % 0xfffff) * (CHUNK_MASK + 1);
    Atomics.store(i32, CLAIMS >> 2, tag);
    const ptr = bytes.byteOffset;
    const vectors = CHUNK_VALUES / 8;
    const job = { dtype: this.dtype, ptr, chunks, chunkBytes, vectors, near: this.nearLimit, tag };
    helper.post(halfKernelModule()!, instance.memory, { ...job, claims: CLAIMS, table: TABLE });
    const mine = new Uint8Array(chunks);
    for (;;) {
      const v = Atomics.load(i32, CLAIMS >> 2);
      const c = v - tag;
      if (c >= chunks) break;
      if (Atomics.compareExchange(i32, CLAIMS >> 2, v, v + 1) !== v) continue;
      this.kernel(ptr + c * chunkBytes, vectors, this.nearLimit, TABLE + 32 * c);
      mine[c] = 1;
    }
    for (let c = 0; c < chunks; c++) {
      if (mine[c] === 0) await doneOrDead(i32, done(c), helper);
      // A chunk the helper claimed but did not finish before it died is summed here.
      if (mine[c] === 0 && Atomics.load(i32, done(c)) !== 1) {
        this.kernel(ptr + c * chunkBytes, vectors, this.nearLimit, TABLE + 32 * c);
      }
      this.take(TABLE + 32 * c, 0);
    }
    this.add(bytes.subarray(chunks * chunkBytes));
  }

  /**
   * The statistics of the bytes added since the last finish(); NaN Σx² when a value is NaN, else +Inf
   * when one is ±Inf. The accumulator then starts again from nothing.
   */
  finish(): HalfSums {
    if (this.filled % 2 !== 0) {
      const filled = this.filled;
      this.filled = 0;
      throw new RangeError(`a ${this.dtype} tensor ended inside a value (${filled} bytes in its last chunk)`);
    }
    if (this.filled > 0) this.runStaged();
    const sumSq = this.nan > 0 ? NaN : this.inf > 0 ? Infinity : this.sumSq;
    const sums = { sumSq, positive: this.positive, nearZero: this.nearZero };
    this.sumSq = this.positive = this.nearZero = this.nan = this.inf = 0;
    return sums;
  }

  /**
   * Σx² of `bytes` alone (whole values; e.g. one embedding row), NaN/Inf as finish() says. Equal to
   * add(bytes) then finish(); a row of whole vectors in this instance's memory is summed in place.
   */
  sumOfSquares(bytes: Uint8Array): number {
    const inPlace = bytes.buffer === this.instance.mem.buffer && bytes.length % 16 === 0;
    if (inPlace && this.filled === 0 && bytes.length <= 2 * CHUNK_VALUES) {
      this.call(bytes.byteOffset, bytes.length / 16, 0);
    } else {
      this.add(bytes);
    }
    return this.finish().sumSq;
  }

  /** Returns an instance of its own to the pool (after finish() or a failure). */
  release(): void {
    if (this.owned) release(this.instance);
  }

  /** Sums the staged values; padding to whole vectors uses +0 (no square, not positive). */
  private runStaged(): void {
    const values = this.filled / 2;
    const vectors = Math.ceil(values / 8);
    this.instance.mem.fill(0, INPUT + this.filled, INPUT + 16 * vectors);
    this.filled = 0;
    this.call(INPUT, vectors, 8 * vectors - values);
  }

  /** One kernel call over `vectors` × 8 values at `ptr`, the last `pad` of them padding zeros. */
  private call(ptr: number, vectors: number, pad: number): void {
    this.kernel(ptr, vectors, this.nearLimit, RESULTS);
    this.take(RESULTS, pad);
  }

  /** Adds the results a call wrote at `at`. */
  private take(at: number, pad: number): void {
    const r = this.results;
    const sum = r.getFloat64(at, true);
    this.sumSq += this.dtype === "F16" ? sum * F16_SQUARE_SCALE : sum;
    this.positive += r.getUint32(at + 8, true);
    this.nearZero += r.getUint32(at + 12, true) - (this.nearLimit > 0 ? pad : 0);
    this.nan += r.getUint32(at + 16, true);
    this.inf += r.getUint32(at + 20, true);
  }
}

/** Tags of helper jobs (a claim word holds the tag and the next chunk). */
let nextTag = 0;

type WaitAsync = (
  a: Int32Array,
  i: number,
  v: number,
) => { async: boolean; value: Promise<unknown> | string };

/** Resolves once the done flag at `index` is set, or the helper thread has died. */
async function doneOrDead(i32: Int32Array, index: number, helper: KernelHelper): Promise<void> {
  while (Atomics.load(i32, index) !== 1 && !helper.failed) {
    const wait = (Atomics as unknown as { waitAsync: WaitAsync }).waitAsync(i32, index, 0);
    if (wait.async) await helper.whileWaiting(Promise.race([wait.value, helper.dead]));
  }
}
