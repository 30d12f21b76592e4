// The Poisson upper tail P(X ≥ k), X ~ Poisson(λ): the chance that independent models agree on k or
// more units when λ agreements are expected by chance (lineage-test.md, step 5). Summed from k
// upward in log space, so tails far below the smallest double (1e-300 and less) still have a
// meaningful log10, which is what a verdict threshold like 1e-6 is compared with.

/** ln Γ(x) for x > 0 (Lanczos, g = 7, n = 9; relative error below 1e-14 over the range used). */
export function lnGamma(x: number): number {
  if (!(x > 0)) throw new RangeError(`lnGamma needs x > 0, got ${x}`);
  if (x < 0.5) return Math.log(Math.PI / Math.sin(Math.PI * x)) - lnGamma(1 - x);
  const g = 7;
  const c = [
    0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059,
    12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7,
  ];
  const z = x - 1;
  let a = c[0] as number;
  const t = z + g + 0.5;
  for (let i = 1; i < g + 2; i++) a += (c[i] as number) / (z + i);
  return 0.5 * Math.log(2 * Math.PI) + (z + 0.5) * Math.log(t) - t + Math.log(a);
}

export interface PoissonTail {
  /** P(X ≥ k); underflows to 0 where log10 is still finite. */
  readonly p: number;
  readonly log10p: number;
}

/** Terms summed past the mode before the remainder cannot change the sum's double value. */
const MAX_TERMS = 100_000;

export function poissonUpperTail(k: number, lambda: number): PoissonTail {
  if (!Number.isInteger(k) || k < 0) throw new RangeError(`k must be a non-negative integer, got ${k}`);
  if (!(lambda >= 0) || !Number.isFinite(lambda)) throw new RangeError(`lambda must be ≥ 0, got ${lambda}`);
  if (k === 0) return { p: 1, log10p: 0 };
  if (lambda === 0) return { p: 0, log10p: -Infinity };
  // Below the mean the tail is large: 1 − CDF(k − 1) is accurate there.
  if (k <= lambda) {
    let term = Math.exp(-lambda);
    let cdf = term;
    for (let i = 1; i < k; i++) {
      term *= lambda / i;
      cdf += term;
    }
    const p = Math.max(0, 1 - cdf);
    return { p, log10p: Math.log10(p) };
  }
  // Above the mean: ln P = ln term_k + ln Σ_{j≥0} term_{k+j}/term_k, the ratios decreasing.
  const lnFirst = -lambda + k * Math.log(lambda) - lnGamma(k + 1);
  let ratio = 1;
  let sum = 1;
  for (let j = 1; j < MAX_TERMS; j++) {
    ratio *= lambda / (k + j);
    sum += ratio;
    if (ratio < sum * 1e-17) break;
  }
  const ln = lnFirst + Math.log(sum);
  return { p: Math.exp(ln), log10p: ln / Math.LN10 };
}
