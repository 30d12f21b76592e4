// The agreement statistic (lineage-test.md, step 5). Matrices of one B layer that share a unit
// axis (gate/up/down; k/v; q/o) are matched to A independently; if B descends from A they land on
// the same A units, if not they agree only by chance, about n / X_A of n units. Over all pairs:
// K agreeing units of N, chance K0 = Σ n / X_A, T = (K − K0) / (N − K0) (0 = chance, 1 = every unit
// consistent), and the Poisson tail P(X ≥ K | K0) as the p-value.

import { poissonUpperTail } from "./poisson.js";

export interface AgreementPair {
  /** B's units matched in both matrices (the same B units, by construction of the unit axis). */
  readonly first: Int32Array;
  readonly second: Int32Array;
  /** Units of the A matrix both were matched into (X_A). */
  readonly aUnits: number;
}

export interface Agreement {
  readonly t: number;
  readonly agreeing: number;
  readonly units: number;
  readonly chance: number;
  readonly pValue: number;
  readonly log10P: number;
}

export function agreementOf(pairs: readonly AgreementPair[]): Agreement {
  let k = 0;
  let n = 0;
  let k0 = 0;
  for (const p of pairs) {
    if (p.first.length !== p.second.length)
      throw new RangeError(`paired matchings cover ${p.first.length} and ${p.second.length} units`);
    let units = 0;
    for (let u = 0; u < p.first.length; u++) {
      const x = p.first[u] as number;
      if (x < 0 || (p.second[u] as number) < 0) continue;
      units++;
      if (x === p.second[u]) k++;
    }
    n += units;
    if (p.aUnits > 0) k0 += units / p.aUnits;
  }
  const t = n - k0 > 0 ? (k - k0) / (n - k0) : 0;
  const tail = poissonUpperTail(k, k0);
  return { t, agreeing: k, units: n, chance: k0, pValue: tail.p, log10P: tail.log10p };
}
