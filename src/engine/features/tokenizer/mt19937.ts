// numpy's legacy RandomState: MT19937 with Matsumoto–Nishimura init_genrand seeding, and the exact
// draws of RandomState.choice(pool, size, replace=False) without p. EAS anchors depend on them bit
// for bit (provenancekit §4.2.1), so this follows numpy's code path rather than any "equivalent".

const N = 624;
const M = 397;
const UPPER = 0x80000000;
const LOWER = 0x7fffffff;
const MATRIX_A = 0x9908b0df;

/** 32-bit Mersenne Twister, as numpy's RandomState(seed) for an int seed < 2^32. */
export class Mt19937 {
  private readonly mt = new Uint32Array(N);
  private index = N;

  constructor(seed: number) {
    if (!Number.isInteger(seed) || seed < 0 || seed > 0xffffffff) {
      throw new RangeError(`Mt19937 seed must be an integer in [0, 2^32), got ${seed}`);
    }
    const mt = this.mt;
    mt[0] = seed;
    for (let i = 1; i < N; i++) {
      const prev = mt[i - 1] as number;
      // (1812433253 · (prev ⊕ prev>>30) + i) mod 2^32; imul keeps the product's low 32 bits exact.
      mt[i] = (Math.imul(1812433253, (prev ^ (prev >>> 30)) >>> 0) + i) >>> 0;
    }
  }

  /** Next tempered 32-bit output (genrand_int32). */
  nextUint32(): number {
    if (this.index >= N) this.twist();
    let y = this.mt[this.index++] as number;
    y ^= y >>> 11;
    y ^= (y << 7) & 0x9d2c5680;
    y ^= (y << 15) & 0xefc60000;
    y ^= y >>> 18;
    return y >>> 0;
  }

  private twist(): void {
    const mt = this.mt;
    for (let i = 0; i < N; i++) {
      const y = ((mt[i] as number) & UPPER) | ((mt[(i + 1) % N] as number) & LOWER);
      mt[i] = ((mt[(i + M) % N] as number) ^ (y >>> 1) ^ (y & 1 ? MATRIX_A : 0)) >>> 0;
    }
    this.index = 0;
  }

  /**
   * numpy's random_interval(max) for max < 2^32: uniform in [0, max] by masked rejection — draw
   * 32 bits, keep the bits below the smallest 2^k−1 ≥ max, retry while above max.
   */
  boundedUint32(max: number): number {
    if (max === 0) return 0;
    let mask = max;
    mask |= mask >>> 1;
    mask |= mask >>> 2;
    mask |= mask >>> 4;
    mask |= mask >>> 8;
    mask |= mask >>> 16;
    mask >>>= 0;
    let v: number;
    do v = (this.nextUint32() & mask) >>> 0;
    while (v > max);
    return v;
  }
}

/**
 * RandomState.choice(pool, size, replace=False) without p: numpy 2.x takes
 * permutation(len(pool))[:size], i.e. a Fisher–Yates shuffle of the whole 0…P−1 range (i from P−1 down
 * to 1, j = random_interval(i)), however small `size` is; the draws, not just the result, must match.
 */
export function legacyChoiceWithoutReplace(rng: Mt19937, pool: readonly number[], size: number): number[] {
  const p = pool.length;
  if (!Number.isInteger(size) || size < 0 || size > p) {
    throw new RangeError(`cannot take a sample of ${size} from a population of ${p} without replacement`);
  }
  const perm = new Int32Array(p);
  for (let i = 0; i < p; i++) perm[i] = i;
  for (let i = p - 1; i > 0; i--) {
    const j = rng.boundedUint32(i);
    const t = perm[i] as number;
    perm[i] = perm[j] as number;
    perm[j] = t;
  }
  const out: number[] = [];
  for (let k = 0; k < size; k++) out.push(pool[perm[k] as number] as number);
  return out;
}
