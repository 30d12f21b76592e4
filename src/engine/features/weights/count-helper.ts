// A second thread for the 16-bit pattern count of full extraction, the path BF16/F16 tensors take
// where the runtime has no wasm SIMD (half-patterns.ts; the SIMD kernel needs no helper: it sums
// faster than one thread reads). Counting is then the whole cost of a tensor once reads overlap it,
// and one thread counts at about a third of a warm page-cache read, so the main thread counts one
// half of each block and this helper the other. Blocks live in SharedArrayBuffers (block-stream.ts), so nothing is copied; counts are
// integers, so the split changes no result.
//
// The helper's code is a plain-JS string run with `eval: true`: there is no worker file for a bundler
// (ncc) to find and ship, and the few lines have no imports. It only ever reads the bytes it is
// given and writes its own tables.

import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";

const HELPER_SOURCE = `
"use strict";
const { parentPort } = require("node:worker_threads");
const lo = new Uint32Array(65536);
const hi = new Uint32Array(65536);
parentPort.on("message", (m) => {
  if (m.kind === "count") {
    const w = new Uint32Array(m.buffer, m.byteOffset, m.words);
    const n = w.length;
    let i = 0;
    for (; i + 1 < n; i += 2) {
      const x = w[i], y = w[i + 1];
      lo[x & 0xffff]++; hi[x >>> 16]++; lo[y & 0xffff]++; hi[y >>> 16]++;
    }
    if (i < n) { const x = w[i]; lo[x & 0xffff]++; hi[x >>> 16]++; }
    parentPort.postMessage({ id: m.id });
  } else {
    const counts = new Float64Array(65536);
    for (let v = 0; v < 65536; v++) { counts[v] = lo[v] + hi[v]; lo[v] = 0; hi[v] = 0; }
    parentPort.postMessage({ id: m.id, counts }, [counts.buffer]);
  }
});
`;

/** Patterns the helper counts between two flushes: no 32-bit table entry can wrap. */
export const MAX_HELPER_UNFLUSHED = 2 ** 32 - 1;

interface Reply {
  readonly id: number;
  readonly counts?: Float64Array;
}

/** One helper thread; requests are answered in order. */
export class CountHelper {
  private readonly worker: Worker;
  private readonly waiting = new Map<number, { resolve: (r: Reply) => void; reject: (e: Error) => void }>();
  private nextId = 0;
  private failed: Error | null = null;

  constructor() {
    this.worker = new Worker(HELPER_SOURCE, { eval: true });
    this.worker.unref();
    this.worker.on("message", (r: Reply) => this.settle(r));
    this.worker.on("error", (e: Error) => this.fail(e));
    this.worker.on("exit", (code) =>
      this.fail(new Error(`the counting helper thread exited (code ${code})`)),
    );
  }

  /** Counts the 32-bit words `w` (two patterns each) into the helper's tables. */
  count(w: Uint32Array): Promise<void> {
    if (!(w.buffer instanceof SharedArrayBuffer)) {
      throw new RangeError("the counting helper reads shared memory only (a SharedArrayBuffer view)");
    }
    return this.request({ kind: "count", buffer: w.buffer, byteOffset: w.byteOffset, words: w.length }).then(
      () => undefined,
    );
  }

  /** The helper's counts since the last flush (float64 per pattern); its tables start again at 0. */
  async flush(): Promise<Float64Array> {
    const r = await this.request({ kind: "flush" });
    if (r.counts === undefined) throw new Error("the counting helper answered a flush without counts");
    return r.counts;
  }

  async close(): Promise<void> {
    await this.worker.terminate();
  }

  private request(message: Record<string, unknown>): Promise<Reply> {
    if (this.failed) return Promise.reject(this.failed);
    const id = this.nextId++;
    return new Promise<Reply>((resolve, reject) => {
      this.waiting.set(id, { resolve, reject });
      // Held while a request is open (a pending reply must keep the process alive), else unref'd.
      if (this.waiting.size === 1) this.worker.ref();
      this.worker.postMessage({ ...message, id });
    });
  }

  private settle(r: Reply): void {
    const w = this.waiting.get(r.id);
    if (!w) return;
    this.waiting.delete(r.id);
    if (this.waiting.size === 0) this.worker.unref();
    w.resolve(r);
  }

  private fail(e: Error): void {
    this.failed ??= e;
    for (const w of this.waiting.values()) w.reject(e);
    this.waiting.clear();
    if (shared === this) shared = undefined;
  }
}

let shared: CountHelper | undefined;

/**
 * The process-wide helper, started on first use; null on a single-core machine (a second thread
 * would only take turns with the first) or where a thread cannot be started.
 */
export function countHelper(): CountHelper | null {
  if (shared) return shared;
  if (availableParallelism() < 2) return null;
  try {
    shared = new CountHelper();
  } catch {
    return null;
  }
  return shared;
}
