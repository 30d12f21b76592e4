// The probe's projection of unit views to fewer dimensions (issue 7, "Remote reads"): a reference
// entry cannot hold a 7B model's k and v rows at full width, so each unit view is stored projected
// by a seeded sparse sign sketch (Kane–Nelson sparse JL: every channel adds ±1/√s to s of the P
// outputs). Cosines between projected rows estimate the full-width cosines with a spread of about
// 1/√P, far below the ≈ 1 of a unit and its derivative. Sparse rather than dense, so projecting a
// 4096-unit matrix costs 4096 · D · s additions instead of 4096 · D · P multiply-adds; integer
// hashing only, so both sides of a comparison get the same matrix on any platform.

import { hashInts } from "../features/weights/sample-plan.js";

/** Outputs each input channel is added to. */
export const SKETCH_NONZEROS = 4;

export interface Sketch {
  readonly width: number;
  readonly dims: number;
  /** For input channel i, entries i·s … i·s + s − 1: output index and signed weight. */
  readonly index: Int32Array;
  readonly weight: Float64Array;
}

const cache = new Map<string, Sketch>();

export function sketchOf(width: number, dims: number, seed: number): Sketch {
  const key = `${width}:${dims}:${seed}`;
  const hit = cache.get(key);
  if (hit) return hit;
  const s = Math.min(SKETCH_NONZEROS, dims);
  const index = new Int32Array(width * s);
  const weight = new Float64Array(width * s);
  const w = 1 / Math.sqrt(s);
  for (let i = 0; i < width; i++) {
    // s distinct outputs per channel: a hashed start and a hashed odd-free stride would collide for
    // small P, so draw and skip repeats.
    const taken = new Set<number>();
    for (let k = 0, attempt = 0; k < s; attempt++) {
      const h = hashInts([seed, width, dims, i, attempt]);
      const out = h % dims;
      if (taken.has(out)) continue;
      taken.add(out);
      index[i * s + k] = out;
      weight[i * s + k] = (h >>> 31) & 1 ? -w : w;
      k++;
    }
  }
  const sketch = { width, dims, index, weight };
  cache.set(key, sketch);
  return sketch;
}

/** rows × width (row-major) → rows × dims, each row then scaled to unit norm (zero rows stay zero). */
export function projectRows(data: Float64Array, rows: number, sketch: Sketch): Float64Array {
  const { width, dims, index, weight } = sketch;
  const s = index.length / width;
  const out = new Float64Array(rows * dims);
  for (let r = 0; r < rows; r++) {
    const ro = r * width;
    const oo = r * dims;
    for (let i = 0; i < width; i++) {
      const x = data[ro + i] as number;
      if (x === 0) continue;
      for (let k = i * s, end = k + s; k < end; k++)
        out[oo + (index[k] as number)] =
          (out[oo + (index[k] as number)] as number) + x * (weight[k] as number);
    }
    let n = 0;
    for (let j = 0; j < dims; j++) n += (out[oo + j] as number) ** 2;
    n = Math.sqrt(n);
    if (n > 0) for (let j = 0; j < dims; j++) out[oo + j] = (out[oo + j] as number) / n;
  }
  return out;
}
