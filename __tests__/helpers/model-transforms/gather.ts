// The one rewrite behind the head, unit, scaling, pruning and vocabulary disguises: a matrix's rows
// and columns picked (permuted or subset) and scaled, B[r, c] = A[rows[r], cols[c]]·rowScale[r]·colScale[c],
// computed in float64 and rounded once to the model's dtype.

import type { GeneratedTensor } from "../model-factory.js";
import type { TensorPlan } from "./rebuild.js";

export interface Gather {
  /** B row r is A row rows[r]; default every row in order. Fewer indices than rows prune. */
  readonly rows?: ArrayLike<number>;
  /** B column c is A column cols[c]; default every column in order. */
  readonly cols?: ArrayLike<number>;
  /** Multiplies B's row r. */
  readonly rowScale?: ArrayLike<number>;
  /** Multiplies B's column c. */
  readonly colScale?: ArrayLike<number>;
}

/** `t` rewritten by `g`. A 1-D tensor is a single row: only `cols` and `colScale` apply to it. */
export function gather(t: GeneratedTensor, g: Gather, name = t.name): TensorPlan {
  if (t.shape.length < 1 || t.shape.length > 2) throw new RangeError(`gather: ${t.name} is not 1-D or 2-D`);
  const vector = t.shape.length === 1;
  const rows = vector ? 1 : (t.shape[0] as number);
  const cols = vector ? (t.shape[0] as number) : (t.shape[1] as number);
  const nr = vector ? 1 : (g.rows?.length ?? rows);
  const nc = g.cols?.length ?? cols;
  return {
    name,
    shape: vector ? [nc] : [nr, nc],
    fill: (out) => {
      for (let r = 0; r < nr; r++) {
        const from = (g.rows && !vector ? (g.rows[r] as number) : r) * cols;
        const rs = g.rowScale && !vector ? (g.rowScale[r] as number) : 1;
        for (let c = 0; c < nc; c++) {
          const v = t.values[from + (g.cols ? (g.cols[c] as number) : c)] as number;
          out[r * nc + c] = v * rs * (g.colScale ? (g.colScale[c] as number) : 1);
        }
      }
    },
  };
}

/** exp(U(−1, 1)) scales: factors within [1/e, e], a plausible spread that no norm would absorb by chance. */
export function randomScales(rng: { uniform(): number }, n: number): Float64Array {
  return Float64Array.from({ length: n }, () => Math.exp(2 * rng.uniform() - 1));
}

/** 1/s for every s. */
export function reciprocals(s: ArrayLike<number>): Float64Array {
  return Float64Array.from({ length: s.length }, (_, i) => 1 / (s[i] as number));
}
