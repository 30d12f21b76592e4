// The lineage test's building blocks (issue 7, first slice): Poisson tail, scale-free unit views,
// unit matching by linear assignment, and the agreement statistic T on an MLP block whose units a
// derivative permuted and rescaled, against an independent block.
import { describe, expect, it } from "vitest";
import { agreementOf } from "../../../src/engine/lineage/agreement.js";
import { lnGamma, poissonUpperTail } from "../../../src/engine/lineage/poisson.js";
import { matchUnits } from "../../../src/engine/lineage/unit-match.js";
import { unitView } from "../../../src/engine/lineage/unit-views.js";
import { Rng, randomPermutation } from "../../helpers/rng.js";

describe("poissonUpperTail", () => {
  it("matches values computed with Python's math module", () => {
    expect(poissonUpperTail(0, 3).p).toBe(1);
    expect(poissonUpperTail(3, 1).p).toBeCloseTo(0.08030139707139416, 14);
    expect(poissonUpperTail(10, 0.5).p / 1.7096700293489038e-10).toBeCloseTo(1, 12);
    expect(poissonUpperTail(40, 2).p / 1.917158341594314e-37).toBeCloseTo(1, 12);
    // Far below the smallest double: p underflows, log10 does not.
    const tiny = poissonUpperTail(200, 0.1);
    expect(tiny.p).toBe(0);
    expect(tiny.log10p).toBeCloseTo(-574.9401, 4);
    expect(poissonUpperTail(5, 0)).toEqual({ p: 0, log10p: -Infinity });
    expect(() => poissonUpperTail(1.5, 1)).toThrow(RangeError);
  });

  it("lnGamma", () => {
    expect(lnGamma(0.3)).toBeCloseTo(1.0957979948180752, 13);
    expect(lnGamma(10.5)).toBeCloseTo(13.940625219403763, 12);
    expect(lnGamma(1000.25) / 5906.947268271117).toBeCloseTo(1, 13);
  });
});

const I = 48; // MLP units
const D = 32; // residual width

function gaussian(rng: Rng, n: number): Float64Array {
  const out = new Float64Array(n);
  for (let i = 0; i < n; i++) out[i] = rng.gaussian(0.02);
  return out;
}

interface Mlp {
  gate: Float64Array; // I × D (reader, stored as units × D)
  up: Float64Array; // I × D
  down: Float64Array; // D × I (writer: units are columns)
}

const mlp = (seed: number): Mlp => {
  const rng = new Rng(seed);
  return { gate: gaussian(rng, I * D), up: gaussian(rng, I * D), down: gaussian(rng, D * I) };
};

/** B's unit u is A's unit perm[u]; every unit and channel rescaled, and a little drift added. */
function disguise(a: Mlp, perm: Int32Array, seed: number): Mlp {
  const rng = new Rng(seed);
  const unitScale = Float64Array.from({ length: I }, () => 0.5 + rng.uniform() * 2);
  const channelScale = Float64Array.from({ length: D }, () => 0.5 + rng.uniform() * 2);
  const b: Mlp = {
    gate: new Float64Array(I * D),
    up: new Float64Array(I * D),
    down: new Float64Array(D * I),
  };
  for (let u = 0; u < I; u++)
    for (let c = 0; c < D; c++) {
      const s = unitScale[u]! * channelScale[c]!;
      b.gate[u * D + c] = (a.gate[perm[u]! * D + c]! + rng.gaussian(0.002)) * s;
      b.up[u * D + c] = (a.up[perm[u]! * D + c]! + rng.gaussian(0.002)) / s;
      b.down[c * I + u] = (a.down[c * I + perm[u]!]! + rng.gaussian(0.002)) * s;
    }
  return b;
}

function agreement(a: Mlp, b: Mlp) {
  const view = (m: Mlp, key: keyof Mlp) =>
    key === "down" ? unitView(m.down, D, I, true) : unitView(m[key], I, D, false);
  const g = matchUnits(view(a, "gate"), view(b, "gate"));
  const u = matchUnits(view(a, "up"), view(b, "up"));
  const d = matchUnits(view(a, "down"), view(b, "down"));
  return {
    gate: g,
    stat: agreementOf([
      { first: g.assignment, second: u.assignment, aUnits: I },
      { first: g.assignment, second: d.assignment, aUnits: I },
    ]),
  };
}

describe("unit views, matching and agreement", () => {
  it("a unit view does not change when channels are rescaled, and its rows are unit vectors", () => {
    const rng = new Rng(3);
    const m = gaussian(rng, I * D);
    const scaled = m.map((x, i) => x * (1 + (i % D)));
    const a = unitView(m, I, D, false);
    const b = unitView(scaled, I, D, false);
    for (let i = 0; i < a.data.length; i++) expect(b.data[i]).toBeCloseTo(a.data[i]!, 12);
    for (let u = 0; u < I; u++) {
      let s = 0;
      for (let j = 0; j < D; j++) s += a.data[u * D + j]! ** 2;
      expect(s).toBeCloseTo(1, 12);
    }
    // A transposed reading of the transposed matrix is the same view.
    const t = new Float64Array(I * D);
    for (let u = 0; u < I; u++) for (let j = 0; j < D; j++) t[j * I + u] = m[u * D + j]!;
    expect(unitView(t, D, I, true).data).toEqual(a.data);
  });

  it("a permuted, rescaled, drifted derivative: the permutation is recovered and T ≈ 1 with a tiny p", () => {
    const a = mlp(1);
    const perm = randomPermutation(new Rng(9), I);
    const { gate, stat } = agreement(a, disguise(a, perm, 5));
    expect([...gate.assignment]).toEqual([...perm]);
    expect(stat.units).toBe(2 * I);
    expect(stat.agreeing).toBe(2 * I);
    expect(stat.chance).toBeCloseTo(2, 12);
    expect(stat.t).toBe(1);
    expect(stat.log10P).toBeLessThan(-100);
  });

  it("an independent block agrees only by chance: T near 0, p not small", () => {
    const stat = agreement(mlp(1), mlp(2)).stat;
    expect(stat.units).toBe(2 * I);
    expect(Math.abs(stat.t)).toBeLessThan(0.1);
    expect(stat.pValue).toBeGreaterThan(1e-3);
  });
});
