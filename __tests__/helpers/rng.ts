// A small seeded PRNG for generated test data. mulberry32 (Tommy Ettinger): 32-bit state, period
// 2^32, passes PractRand far beyond what a test model draws (a tensor draws ≤ ~10^8 numbers and
// every tensor gets its own stream from `seedFrom`). Gaussian draws use Box–Muller (polar form);
// V8 computes Math.log with its own fdlibm port and Math.sqrt is exact, so the same seed gives the
// same bits on every platform.

const TWO_POW_32 = 4294967296;

export class Rng {
  private state: number;
  /** Box–Muller yields normals in pairs; the second of a `gaussian()` pair waits here. */
  private spare: number | undefined;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  /** Uniform 32-bit unsigned integer. */
  nextU32(): number {
    this.state = (this.state + 0x6d2b79f5) | 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return (t ^ (t >>> 14)) >>> 0;
  }

  /** Uniform in [0, 1). */
  uniform(): number {
    return this.nextU32() / TWO_POW_32;
  }

  /** Uniform integer in [0, n). */
  int(n: number): number {
    return Math.floor(this.uniform() * n);
  }

  /** N(mean, std²) draw in full double precision. */
  gaussian(std = 1, mean = 0): number {
    if (this.spare !== undefined) {
      const z = this.spare;
      this.spare = undefined;
      return mean + std * z;
    }
    for (;;) {
      const u = 2 * this.uniform() - 1;
      const v = 2 * this.uniform() - 1;
      const q = u * u + v * v;
      if (q >= 1 || q === 0) continue;
      const f = Math.sqrt((-2 * Math.log(q)) / q);
      this.spare = v * f;
      return mean + std * u * f;
    }
  }

  /**
   * Fills `out` with N(mean, std²) draws. Marsaglia's polar form of Box–Muller: two normals per
   * accepted pair without sin/cos, about twice as fast as the trigonometric form, which matters
   * when a test model draws 10^8 weights. The generator is inlined because this is the hot loop.
   */
  fillGaussian(out: Float32Array, std: number, mean = 0): Float32Array {
    let s = this.state;
    const n = out.length;
    let i = 0;
    while (i < n) {
      s = (s + 0x6d2b79f5) | 0;
      let t = Math.imul(s ^ (s >>> 15), s | 1);
      t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
      const u = ((t ^ (t >>> 14)) | 0) / 2147483648; // signed 32-bit → [-1, 1)
      s = (s + 0x6d2b79f5) | 0;
      t = Math.imul(s ^ (s >>> 15), s | 1);
      t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
      const v = ((t ^ (t >>> 14)) | 0) / 2147483648;
      const q = u * u + v * v;
      if (q >= 1 || q === 0) continue;
      const f = std * Math.sqrt((-2 * Math.log(q)) / q);
      out[i++] = mean + u * f;
      if (i < n) out[i++] = mean + v * f;
    }
    this.state = s;
    return out;
  }
}

/** murmur3's 32-bit finaliser: a cheap, well-mixing hash of one integer. */
export function mix32(x: number): number {
  x = Math.imul(x ^ (x >>> 16), 0x85ebca6b);
  x = Math.imul(x ^ (x >>> 13), 0xc2b2ae35);
  return (x ^ (x >>> 16)) >>> 0;
}

/**
 * A 32-bit seed from several parts (numbers and strings), so each tensor, tokenizer or file gets an
 * independent stream: `seedFrom(seed, "model.norm.weight")`. FNV-1a over the parts, then mixed.
 */
export function seedFrom(...parts: readonly (number | string)[]): number {
  let h = 0x811c9dc5;
  const add = (code: number): void => {
    h = Math.imul(h ^ (code & 0xffff), 0x01000193);
  };
  for (const part of parts) {
    if (typeof part === "number") {
      // Low and high 32 bits, so seeds beyond 2^32 still differ.
      const lo = part >>> 0;
      const hi = Math.floor(part / TWO_POW_32) >>> 0;
      for (const word of [lo, hi]) {
        add(word);
        add(word >>> 16);
      }
    } else {
      for (let i = 0; i < part.length; i++) add(part.charCodeAt(i));
    }
    add(0x1f); // separator: ("ab", "c") and ("a", "bc") differ
  }
  return mix32(h);
}

/** A uniformly random permutation of 0..n−1 (Fisher–Yates, from the top). */
export function randomPermutation(rng: Rng, n: number): Int32Array {
  const p = Int32Array.from({ length: n }, (_, i) => i);
  for (let i = n - 1; i > 0; i--) {
    const j = rng.int(i + 1);
    const t = p[i] as number;
    p[i] = p[j] as number;
    p[j] = t;
  }
  return p;
}
