// The WebAssembly side of the BF16/F16 kernel (half-kernel.ts): the compiled module (half-stats.wat,
// shipped as base64 in half-stats-wasm.ts so bundling needs no asset), the layout of its shared
// memory, and a small pool of instances (fresh memory costs a page fault per 4 KiB on first touch).

import { HALF_STATS_WASM_BASE64 } from "./half-stats-wasm.js";

/** Values summed per kernel call: 128 KiB, staged in L2 cache, many calls per read block. */
export const CHUNK_VALUES = 64 * 1024;

/**
 * Memory layout: results of a main-thread call, the chunk claim counter shared with the helper
 * thread, the staging area, one 32-byte result slot per chunk of a block (f64 Σx², u32 counts, i32
 * done flag at +24), then the two read buffers of a stream.
 */
export const RESULTS = 0;
export const CLAIMS = 32;
export const INPUT = 64;
export const TABLE = 192 * 1024;
export const STREAM = 256 * 1024;
const PAGE = 64 * 1024;
export const TABLE_SLOTS = (STREAM - TABLE) / 32;

export type KernelFn = (ptr: number, vectors: number, near: number, out: number) => void;
export type SharedMemory = { readonly buffer: SharedArrayBuffer; grow(pages: number): number };

export interface KernelExports {
  readonly bf16: KernelFn;
  readonly f16: KernelFn;
}

/** The part of the WebAssembly JS API used here (@types/node declares none of it). */
interface WasmApi {
  validate(bytes: Uint8Array): boolean;
  Memory: new (descriptor: { initial: number; maximum: number; shared: true }) => SharedMemory;
  Module: new (bytes: Uint8Array) => WasmModule;
  Instance: new (module: WasmModule, imports: object) => { readonly exports: unknown };
}
export type WasmModule = { readonly __brand?: "WebAssembly.Module" };

const wasm = (globalThis as unknown as { WebAssembly?: WasmApi }).WebAssembly;

/** The kernel's bytes, decoded from the bundled base64. */
export function halfKernelBytes(): Uint8Array {
  return Uint8Array.from(Buffer.from(HALF_STATS_WASM_BASE64, "base64"));
}

let compiled: WasmModule | null | undefined;

/** The compiled kernel, or null where the runtime refuses it (no WebAssembly, SIMD or shared memory). */
export function halfKernelModule(): WasmModule | null {
  if (compiled === undefined) {
    const bytes = halfKernelBytes();
    compiled = wasm !== undefined && wasm.validate(bytes) ? new wasm.Module(bytes) : null;
  }
  return compiled;
}

/**
 * Largest read buffer placed in a kernel's memory (4× the default block): wasm memory never shrinks
 * and an idle instance is kept, so this bounds what the process holds (2 × 64 MiB). It also fixes
 * the number of result slots (one per chunk of a block).
 */
export const MAX_STREAM_BLOCK_BYTES = 64 * 1024 * 1024;

/** The memory's declared maximum in the WAT (pages): room for the layout at the largest blocks. */
const MAX_PAGES = 4096;

/** A kernel instance; its memory holds the staging area and, for a stream, two read buffers. */
export class KernelInstance {
  readonly memory: SharedMemory;
  readonly exports: KernelExports;
  mem: Uint8Array;
  i32: Int32Array;

  constructor(module: WasmModule) {
    this.memory = new wasm!.Memory({ initial: STREAM / PAGE, maximum: MAX_PAGES, shared: true });
    this.exports = new wasm!.Instance(module, { env: { memory: this.memory } }).exports as KernelExports;
    this.mem = new Uint8Array(this.memory.buffer);
    this.i32 = new Int32Array(this.memory.buffer);
  }

  /** Room for two read buffers of `bytes` each after the result slots (views are renewed). */
  ensure(bytes: number): void {
    const needed = STREAM + 2 * Math.ceil(bytes / 16) * 16;
    const have = this.memory.buffer.byteLength;
    if (have < needed) this.memory.grow(Math.ceil((needed - have) / PAGE));
    this.mem = new Uint8Array(this.memory.buffer);
    this.i32 = new Int32Array(this.memory.buffer);
  }

  buffers(bytes: number): [Uint8Array, Uint8Array] {
    const second = STREAM + Math.ceil(bytes / 16) * 16;
    return [this.mem.subarray(STREAM, STREAM + bytes), this.mem.subarray(second, second + bytes)];
  }
}

/** Instances kept for reuse (a stream's holds two read buffers: keep few). */
const idle: KernelInstance[] = [];
const MAX_IDLE = 1;

export function acquire(streamBytes: number): KernelInstance | null {
  const module = halfKernelModule();
  if (module === null) return null;
  const instance = idle.pop() ?? new KernelInstance(module);
  instance.ensure(streamBytes);
  return instance;
}

export function release(instance: KernelInstance): void {
  if (idle.length < MAX_IDLE) idle.push(instance);
}
