// The WebAssembly SIMD dot product (dot-simd.wat, shipped as bytes in dot-simd-wasm.ts so bundling
// needs no asset) and the linear memory it reads. Hand-written rather than compiled: see the WAT.
//
// The kernel reads only its own memory, so a vector is either staged (copied in) for one call, or
// made resident: copied once into a block of that memory that lives as long as its owner (a
// prepared scan entry), so scoring it against many queries reads it in place. Staging costs about
// as much as the arithmetic; a scan of 10,000 entries therefore keeps its entries resident.
//
// Memory only grows (wasm memory cannot shrink); blocks are addressed by byte offset, never by a
// kept typed-array view (growth detaches views), and are reused by size once their owner is
// garbage-collected. Residency is capped (MAX_RESIDENT_BYTES); past it vectors are staged per call,
// with the same result.

import { DOT_SIMD_WASM_BASE64 } from "./dot-simd-wasm.js";

/** Resident vectors are refused past this much wasm memory (wasm32 addresses at most 4 GiB). */
export const MAX_RESIDENT_BYTES = 1024 * 1024 * 1024;
/** The memory grows by at least this much at a time, so placing many layers grows it rarely. */
const GROW_BYTES = 16 * 1024 * 1024;
const PAGE = 65536;
/** Blocks start on 16-byte boundaries (aligned v128 loads). */
const ALIGN = 16;

/** The part of the WebAssembly JS API used here (@types/node declares none of it). */
interface WasmApi {
  validate(bytes: Uint8Array): boolean;
  Module: new (bytes: Uint8Array) => object;
  Instance: new (module: object, imports: object) => { readonly exports: unknown };
}

export interface DotKernelExports {
  readonly memory: { readonly buffer: ArrayBuffer; grow(pages: number): number };
  /** Σ a[i]·b[i] in f64 over n f32 values at byte addresses a and b, in the lane order of the WAT. */
  readonly dot_f32: (a: number, b: number, n: number) => number;
}

/** The kernel's bytes, decoded from the bundled base64. */
export function dotKernelBytes(): Uint8Array {
  return Uint8Array.from(Buffer.from(DOT_SIMD_WASM_BASE64, "base64"));
}

/** One instance, its memory, and a size-keyed block allocator over that memory. */
export class DotKernel {
  private top = 0;
  private readonly free = new Map<number, number[]>();
  private view: Float32Array;
  private readonly staged = [
    { at: -1, bytes: 0 },
    { at: -1, bytes: 0 },
  ];
  private readonly registry = new FinalizationRegistry<readonly number[]>((blocks) => this.release(blocks));

  constructor(private readonly exports: DotKernelExports) {
    this.view = new Float32Array(exports.memory.buffer);
  }

  /** Bytes of memory in use or reusable (the high-water mark of the allocator). */
  get residentBytes(): number {
    return this.top;
  }

  /** Σ a[i]·b[i] for i < n; aAt/bAt: byte offsets of resident copies, or −1 to stage the vector. */
  dot(a: Float32Array, aAt: number, b: Float32Array, bAt: number, n: number): number {
    const x = aAt >= 0 ? aAt : this.stage(0, a, n);
    const y = bAt >= 0 ? bAt : a === b ? x : this.stage(1, b, n);
    return this.exports.dot_f32(x, y, n);
  }

  /**
   * Copies each vector into a block that stays until `owner` is garbage-collected; their byte
   * offsets, or −1 for those past MAX_RESIDENT_BYTES (then they are staged per call instead).
   */
  place(owner: object, vectors: readonly Float32Array[]): number[] {
    const blocks: number[] = [];
    const offsets = vectors.map((v) => {
      const at = this.alloc(v.byteLength, MAX_RESIDENT_BYTES);
      if (at >= 0) {
        this.floats().set(v, at / 4);
        blocks.push(at, v.byteLength);
      }
      return at;
    });
    if (blocks.length > 0) this.registry.register(owner, blocks);
    return offsets;
  }

  /** Copies v[0, n) into staging slot `slot`, growing the slot when needed; its byte offset. */
  private stage(slot: 0 | 1, v: Float32Array, n: number): number {
    const s = this.staged[slot] as { at: number; bytes: number };
    const bytes = 4 * n;
    if (s.bytes < bytes) {
      if (s.at >= 0) this.release([s.at, s.bytes]);
      s.at = this.alloc(bytes, Infinity);
      s.bytes = roundUp(bytes);
    }
    this.floats().set(n === v.length ? v : v.subarray(0, n), s.at / 4);
    return s.at;
  }

  private alloc(byteLength: number, cap: number): number {
    const size = roundUp(byteLength);
    const reuse = this.free.get(size)?.pop();
    if (reuse !== undefined) return reuse;
    const at = this.top;
    const end = at + size;
    if (end > cap) return -1;
    const have = this.exports.memory.buffer.byteLength;
    if (end > have) {
      const pages = Math.ceil(Math.max(end - have, GROW_BYTES) / PAGE);
      try {
        this.exports.memory.grow(pages);
      } catch (e) {
        if (cap !== Infinity) return -1;
        throw e;
      }
    }
    this.top = end;
    return at;
  }

  private release(blocks: readonly number[]): void {
    for (let i = 0; i + 1 < blocks.length; i += 2) {
      const size = roundUp(blocks[i + 1] as number);
      const list = this.free.get(size);
      if (list) list.push(blocks[i] as number);
      else this.free.set(size, [blocks[i] as number]);
    }
  }

  /** A float view of the current memory (growing the memory detaches the previous one). */
  private floats(): Float32Array {
    if (this.view.buffer !== this.exports.memory.buffer)
      this.view = new Float32Array(this.exports.memory.buffer);
    return this.view;
  }
}

function roundUp(bytes: number): number {
  return Math.max(ALIGN, Math.ceil(bytes / ALIGN) * ALIGN);
}

let kernel: DotKernel | null | undefined;

/** The process's kernel, or null where the runtime refuses it (no WebAssembly, or no SIMD). */
export function dotKernel(): DotKernel | null {
  if (kernel === undefined) {
    const wasm = (globalThis as unknown as { WebAssembly?: WasmApi }).WebAssembly;
    const bytes = dotKernelBytes();
    kernel =
      wasm !== undefined && wasm.validate(bytes)
        ? new DotKernel(new wasm.Instance(new wasm.Module(bytes), {}).exports as DotKernelExports)
        : null;
  }
  return kernel;
}
