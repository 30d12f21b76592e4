// A second thread for the SIMD kernel (half-kernel.ts). One thread sums BF16/F16 at about the speed
// the page cache is copied into the read buffers, and the read leaves much of the second core idle;
// so both threads take whole chunks of each block from a shared counter (whichever thread is free
// takes the next chunk) and write each chunk's results to its own slot. The main thread then adds
// the slots in chunk order, so the result is the one a single thread gives, bit for bit.
//
// The helper's code is a plain-JS string run with `eval: true` (no worker file for ncc to ship). It
// instantiates the same module over the same shared memory and only calls the kernel on the chunks
// it claims.

import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";

/** The claim word's low bits: the next chunk (≤ 2047; a block has at most 512); the rest: the tag. */
export const CHUNK_MASK = 0x7ff;

const HELPER_SOURCE = `
"use strict";
const { parentPort } = require("node:worker_threads");
let kernel = null;
let memory = null;
parentPort.on("message", (m) => {
  if (m.kind === "bind") {
    memory = m.memory;
    kernel = new WebAssembly.Instance(m.module, { env: { memory } }).exports;
    return;
  }
  const i32 = new Int32Array(memory.buffer);
  const sum = m.dtype === "F16" ? kernel.f16 : kernel.bf16;
  const word = m.claims >> 2;
  for (;;) {
    const v = Atomics.load(i32, word);
    const c = v & ${CHUNK_MASK};
    if (v - c !== m.tag || c >= m.chunks) break;
    if (Atomics.compareExchange(i32, word, v, v + 1) !== v) continue;
    sum(m.ptr + c * m.chunkBytes, m.vectors, m.near, m.table + 32 * c);
    const done = (m.table + 32 * c + 24) >> 2;
    Atomics.store(i32, done, 1);
    Atomics.notify(i32, done);
  }
});
`;

/** Where a job's chunks are, its claim word and result slots (byte offsets), and its claim tag. */
export interface HelperJob {
  readonly dtype: "BF16" | "F16";
  readonly ptr: number;
  readonly chunks: number;
  readonly chunkBytes: number;
  readonly vectors: number;
  readonly near: number;
  readonly claims: number;
  readonly table: number;
  readonly tag: number;
}

/**
 * One helper thread, bound to one kernel memory at a time. Jobs are fire-and-forget: chunks are
 * claimed by compare-and-swap on a word holding (job tag, next chunk), so a job message the helper
 * reads late (it was starting, or busy) can claim nothing of a later job; the caller waits only for
 * the done flags of chunks the helper did claim, or for its death.
 */
export class KernelHelper {
  private readonly worker: Worker;
  private bound: object | null = null;
  private holds = 0;
  failed = false;
  /** Settles when the thread has failed or exited. */
  readonly dead: Promise<void>;

  constructor() {
    this.worker = new Worker(HELPER_SOURCE, { eval: true });
    this.worker.unref();
    this.dead = new Promise<void>((resolve) => {
      const die = (): void => {
        this.failed = true;
        if (shared === this) shared = undefined;
        resolve();
      };
      this.worker.on("error", die);
      this.worker.on("exit", die);
    });
  }

  /** Posts a job over `memory` (instantiating `module` there first when it is a new memory). */
  post(module: object, memory: object, job: HelperJob): void {
    if (this.bound !== memory) {
      this.worker.postMessage({ kind: "bind", module, memory });
      this.bound = memory;
    }
    this.worker.postMessage({ kind: "sum", ...job });
  }

  /**
   * Keeps the process alive while the caller waits for the thread (an awaited Atomics.waitAsync
   * alone does not: with the thread unref'd, Node would exit with the wait unsettled).
   */
  async whileWaiting<T>(wait: Promise<T>): Promise<T> {
    if (this.holds++ === 0) this.worker.ref();
    try {
      return await wait;
    } finally {
      if (--this.holds === 0) this.worker.unref();
    }
  }

  async close(): Promise<void> {
    await this.worker.terminate();
  }
}

let shared: KernelHelper | undefined;

/**
 * The process-wide helper, started on first use; null on a single-core machine or where a thread
 * cannot be started.
 */
export function kernelHelper(): KernelHelper | null {
  if (shared) return shared;
  if (availableParallelism() < 2) return null;
  try {
    shared = new KernelHelper();
  } catch {
    return null;
  }
  return shared;
}
