// Unit matching (lineage-test.md, step 4): each unit of B is paired with a unit of A by a linear
// assignment that maximises the summed |cosine| of their unit views. |cos| rather than cos, because
// flipping the sign of a unit's weights on both sides of an odd nonlinearity is a disguise too.
// `linear-sum-assignment` (Jonker–Volgenant, rectangular) does the assignment; nothing here
// depends on B's unit order, so a permutation of B's units is recovered as it is.

import { linearSumAssignment } from "linear-sum-assignment";
import type { UnitView } from "./unit-views.js";

export interface UnitMatch {
  /** For each unit of B, the unit of A it was paired with (−1 when B has more units than A). */
  readonly assignment: Int32Array;
  /** Mean |cosine| over the paired units. */
  readonly meanCos: number;
}

/** |cos| of every (B unit, A unit) pair: B.units rows of A.units values (views are unit-norm). */
export function cosineMatrix(a: UnitView, b: UnitView): Float64Array[] {
  if (a.width !== b.width) throw new RangeError(`unit widths differ: ${a.width} and ${b.width}`);
  const w = a.width;
  const out: Float64Array[] = [];
  for (let i = 0; i < b.units; i++) {
    const row = new Float64Array(a.units);
    const bo = i * w;
    for (let j = 0; j < a.units; j++) {
      const ao = j * w;
      let s = 0;
      for (let k = 0; k < w; k++) s += (b.data[bo + k] as number) * (a.data[ao + k] as number);
      row[j] = Math.abs(s);
    }
    out.push(row);
  }
  return out;
}

export function matchUnits(a: UnitView, b: UnitView): UnitMatch {
  const cos = cosineMatrix(a, b);
  const assignment = new Int32Array(b.units).fill(-1);
  if (b.units === 0 || a.units === 0) return { assignment, meanCos: 0 };
  const { rowAssignments } = linearSumAssignment(cos, { maximaze: true });
  let sum = 0;
  let paired = 0;
  for (let i = 0; i < b.units; i++) {
    const j = rowAssignments[i] as number;
    assignment[i] = j;
    if (j >= 0) {
      sum += (cos[i] as Float64Array)[j] as number;
      paired++;
    }
  }
  return { assignment, meanCos: paired === 0 ? 0 : sum / paired };
}
