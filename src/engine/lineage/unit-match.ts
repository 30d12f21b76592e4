// Unit matching (lineage-test.md, step 4): each unit of B is paired with a unit of A by a linear
// assignment that maximises the summed |cosine| of their unit views. |cos| rather than cos, because
// flipping the sign of a unit's weights on both sides of an odd nonlinearity is a disguise too.
// `linear-sum-assignment` (Jonker–Volgenant, rectangular) does the assignment: on this machine it
// meets the compare budget (a 48 × 4096 assignment takes about 0.1 s); nothing here depends on B's
// unit order, so a permutation of B's units is recovered as it is.

import { linearSumAssignment } from "linear-sum-assignment";
import { rowDots } from "./row-dots.js";
import type { UnitView } from "./unit-views.js";

export interface UnitMatch {
  /** For each unit (row) of B, the unit of A it was paired with (−1 when B has more units than A). */
  readonly assignment: Int32Array;
  /** Mean |cosine| over the paired units. */
  readonly meanCos: number;
}

/** |cos| of every (B unit, A unit) pair: B.units × A.units, row-major (views are unit-norm). */
export function cosineMatrix(a: UnitView, b: UnitView): Float64Array {
  if (a.width !== b.width) throw new RangeError(`unit widths differ: ${a.width} and ${b.width}`);
  return rowDots(b.data, b.units, a.data, a.units, a.width, true);
}

/** The assignment of `rows` B units to `cols` A units maximising Σ |cos| (cos: rows × cols). */
export function assignUnits(cos: Float64Array, rows: number, cols: number): UnitMatch {
  const assignment = new Int32Array(rows).fill(-1);
  if (rows === 0 || cols === 0) return { assignment, meanCos: 0 };
  const matrix = Array.from({ length: rows }, (_, i) => cos.subarray(i * cols, (i + 1) * cols));
  const { rowAssignments } = linearSumAssignment(matrix, { maximaze: true });
  let sum = 0;
  let paired = 0;
  for (let i = 0; i < rows; i++) {
    const j = rowAssignments[i] as number;
    assignment[i] = j;
    if (j >= 0) {
      sum += cos[i * cols + j] as number;
      paired++;
    }
  }
  return { assignment, meanCos: paired === 0 ? 0 : sum / paired };
}

export function matchUnits(a: UnitView, b: UnitView): UnitMatch {
  return assignUnits(cosineMatrix(a, b), b.units, a.units);
}
