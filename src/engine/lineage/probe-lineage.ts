// The lineage test between two probes (lineage-test.md steps 2–5, on what fingerprints keep): one
// model's probe matrices are the A side, the other's sampled rows the B side, in both directions;
// each direction tries each residual alignment (none, shared tokens, token-free when both probes
// are unprojected), and the largest T is kept.
//
// Layers: every probe layer of A takes the B layer whose matrices match it best (mean over B's
// rows of the best |cosine|), so a dropped, duplicated or transplanted block maps where its weights
// went; a B layer claimed twice keeps the better claim. Agreement (agreement.ts) is counted over
// the chosen layer pairs only: B layers the probe does not cover say nothing either way.

import { agreementOf, type AgreementPair } from "./agreement.js";
import type { LineageProbe, ProbeMatrix, SampleMatrix } from "./probe.js";
import { alignByEmbeddings, invertChannelMap, type ChannelMap } from "./residual-alignment.js";
import { projectRows, sketchOf } from "./sketch.js";
import { rowDots, rowMaxMean } from "./row-dots.js";
import { alignWithoutTokens } from "./token-free-alignment.js";
import { assignUnits } from "./unit-match.js";
import { unitView } from "./unit-views.js";

export type Alignment = "none" | "shared-tokens" | "token-free";

export interface LineageLayer {
  /** B's layer and the A layer it maps to, with the agreement T of that pair. */
  readonly b: number;
  readonly a: number;
  readonly t: number;
}

export interface LineageMatch {
  /** B matrix (as sampled) and the A matrix its rows were matched into. */
  readonly b: string;
  readonly a: string;
  /** First sampled row of B; B row start + i ↔ A unit assignment[i]. */
  readonly start: number;
  readonly assignment: Int32Array;
  readonly meanCos: number;
}

export interface LineageOutcome {
  readonly t: number;
  /** Poisson tail, multiplied by the number of layer, alignment and direction choices tried. */
  readonly pValue: number;
  readonly log10P: number;
  readonly unitsCompared: number;
  readonly agreeing: number;
  readonly chance: number;
  readonly alignment: Alignment;
  /** Which model's probe matrices were the A side. */
  readonly probeOf: "a" | "b";
  readonly layers: readonly LineageLayer[];
  readonly matches: readonly LineageMatch[];
}

/** The lineage test of two probes, or null when they cannot be compared (other widths, no matrices). */
export function lineageOfProbes(a: LineageProbe, b: LineageProbe): LineageOutcome | null {
  if (a.hidden !== b.hidden || a.hidden <= 0) return null;
  const toA = tokenAlignment(a, b);
  const maps: { alignment: Alignment; aToB: ChannelMap | undefined; bToA: ChannelMap | undefined }[] = [
    { alignment: "none", aToB: undefined, bToA: undefined },
  ];
  if (toA) maps.push({ alignment: "shared-tokens", bToA: toA, aToB: invertChannelMap(toA) });
  const free = alignWithoutTokens(a, b);
  if (free) maps.push({ alignment: "token-free", bToA: free, aToB: invertChannelMap(free) });
  let best: LineageOutcome | null = null;
  let tries = 0;
  for (const m of maps) {
    for (const [probe, sample, probeOf] of [
      [a, b, "a"],
      [b, a, "b"],
    ] as const) {
      const run = oneWay(probe, sample, probeOf === "a" ? m.bToA : m.aToB);
      if (!run) continue;
      tries += run.layerChoices;
      // Layers and matches name the sampled model's side `b` within a run: swap back to (A, B).
      const layers =
        probeOf === "a" ? run.outcome.layers : run.outcome.layers.map((l) => ({ b: l.a, a: l.b, t: l.t }));
      const outcome: LineageOutcome = { ...run.outcome, layers, alignment: m.alignment, probeOf };
      // Ties keep the earlier candidate: no alignment, A's probe.
      if (best === null || outcome.t > best.t) best = outcome;
    }
  }
  if (best === null) return null;
  const log10P = Math.min(0, best.log10P + Math.log10(Math.max(1, tries)));
  return { ...best, log10P, pValue: 10 ** log10P };
}

/**
 * Shared-token residual alignment: B's channels in A's order, or null (too few shared tokens).
 * Every pair of token tables is tried (embedding or output head, whichever the shape rule took),
 * and the map with the largest mean correlation kept.
 */
function tokenAlignment(a: LineageProbe, b: LineageProbe): ChannelMap | null {
  const D = a.hidden;
  const index = new Map(b.tokens.strings.map((s, i) => [s, i]));
  const ia: number[] = [];
  const ib: number[] = [];
  a.tokens.strings.forEach((s, i) => {
    const j = index.get(s);
    if (j !== undefined) {
      ia.push(i);
      ib.push(j);
    }
  });
  const shared = { a: Int32Array.from(ia), b: Int32Array.from(ib) };
  let best: ChannelMap | null = null;
  for (const ta of tables(a))
    for (const tb of tables(b)) {
      const map = alignByEmbeddings(ta, tb, D, shared);
      if (map && (best === null || map.meanCorr > best.meanCorr)) best = map;
    }
  return best;
}

/** A probe's token tables, each strings × D. */
function tables(p: LineageProbe): Float32Array[] {
  const size = p.tokens.strings.length * p.hidden;
  if (size === 0) return [];
  const out: Float32Array[] = [];
  for (let at = 0; at + size <= p.tokens.rows.length; at += size)
    out.push(p.tokens.rows.subarray(at, at + size));
  return out;
}

interface View {
  readonly m: SampleMatrix;
  readonly units: number;
  readonly rows: number;
  readonly data: Float64Array;
  readonly width: number;
}

/** B's sampled matrices as unit views in A's channel order (and projection), each orientation. */
function sampleViews(sample: readonly SampleMatrix[], probe: LineageProbe, align?: ChannelMap): View[] {
  const D = probe.hidden;
  const sketch = probe.dims === null ? null : sketchOf(D, probe.dims, probe.seed);
  const out: View[] = [];
  for (const m of sample) {
    const whole = m.count === m.rows;
    const ways: boolean[] = [];
    if (m.cols === D) ways.push(false);
    if (whole && m.rows === D) ways.push(true);
    for (const transposed of ways) {
      const v = unitView(m.data, m.count, m.cols, transposed, align?.channels, align?.signs);
      const data = sketch ? projectRows(v.data, v.units, sketch) : v.data;
      out.push({
        m,
        units: transposed ? m.cols : m.rows,
        rows: v.units,
        data,
        width: sketch ? sketch.dims : D,
      });
    }
  }
  return out;
}

/**
 * B rows that choose layers and matrices; all rows are matched only for the chosen. Eight rows of a
 * derivative already score ≈ 1 against their own matrix and ≈ √(2 ln U / w) against others.
 */
const SCORING_ROWS = 8;

/** |cos| of B's first `rows` rows with each A unit: rows × units. */
function cosines(v: View, p: ProbeMatrix, rows = v.rows): Float64Array {
  return rowDots(v.data, rows, p.data, p.units, v.width, true);
}

interface Scored {
  readonly v: View;
  readonly p: ProbeMatrix;
  readonly score: number;
}

function oneWay(
  probe: LineageProbe,
  other: LineageProbe,
  align: ChannelMap | undefined,
): { outcome: Omit<LineageOutcome, "alignment" | "probeOf">; layerChoices: number } | null {
  const views = sampleViews(other.sample, probe, align);
  const scored: Scored[] = [];
  for (const v of views)
    for (const p of probe.matrices) {
      if (p.units !== v.units || p.data.length !== p.units * v.width) continue;
      const rows = Math.min(v.rows, SCORING_ROWS);
      scored.push({ v, p, score: rowMaxMean(cosines(v, p, rows), rows, p.units) });
    }
  if (scored.length === 0) return null;
  const aLayers = [...new Set(probe.matrices.map((p) => p.layer))].sort((x, y) => x - y);
  const bLayers = [...new Set(views.map((v) => v.m.layer))].sort((x, y) => x - y);

  // Best match of each B matrix (over its orientations) into each A layer.
  const bestInto = (bLayer: number, aLayer: number): Map<string, Scored> => {
    const out = new Map<string, Scored>();
    for (const s of scored) {
      if (s.v.m.layer !== bLayer || s.p.layer !== aLayer) continue;
      const prev = out.get(s.v.m.name);
      if (!prev || s.score > prev.score) out.set(s.v.m.name, s);
    }
    return out;
  };
  const claims = new Map<number, { a: number; score: number; hits: Map<string, Scored> }>();
  for (const aLayer of aLayers) {
    let top: { b: number; score: number; hits: Map<string, Scored> } | null = null;
    for (const bLayer of bLayers) {
      const hits = bestInto(bLayer, aLayer);
      if (hits.size === 0) continue;
      const score = [...hits.values()].reduce((s, h) => s + h.score, 0) / hits.size;
      if (top === null || score > top.score) top = { b: bLayer, score, hits };
    }
    if (!top) continue;
    const prev = claims.get(top.b);
    if (!prev || top.score > prev.score) claims.set(top.b, { a: aLayer, score: top.score, hits: top.hits });
  }

  const all: AgreementPair[] = [];
  const layers: LineageLayer[] = [];
  const matches: LineageMatch[] = [];
  for (const [bLayer, claim] of [...claims].sort((x, y) => x[0] - y[0])) {
    const hits = [...claim.hits.values()].map((h) => ({
      h,
      ...assignUnits(cosines(h.v, h.p), h.v.rows, h.p.units),
    }));
    const pairs: AgreementPair[] = [];
    for (let i = 0; i < hits.length; i++)
      for (let j = i + 1; j < hits.length; j++) {
        const x = hits[i]!;
        const y = hits[j]!;
        if (!sharesUnits(x.h, y.h)) continue;
        pairs.push({ first: x.assignment, second: y.assignment, aUnits: x.h.p.units });
      }
    for (const x of hits)
      matches.push({
        b: x.h.v.m.name,
        a: x.h.p.name,
        start: x.h.v.m.start,
        assignment: x.assignment,
        meanCos: x.meanCos,
      });
    const t = agreementOf(pairs).t;
    layers.push({ b: bLayer, a: claim.a, t });
    all.push(...pairs);
  }
  const g = agreementOf(all);
  return {
    outcome: {
      t: g.t,
      pValue: g.pValue,
      log10P: g.log10P,
      unitsCompared: g.units,
      agreeing: g.agreeing,
      chance: g.chance,
      layers,
      matches,
    },
    layerChoices: aLayers.length * Math.max(1, bLayers.length),
  };
}

/** Two B matrices of one layer pair up when they sampled the same units of one unit axis. */
function sharesUnits(x: Scored, y: Scored): boolean {
  const [p, q] = [x.v, y.v];
  if (p.units !== q.units || p.m.start !== q.m.start || p.rows !== q.rows) return false;
  // Whole matrices read as columns cover the same units as rows read whole.
  if (p.m.axis !== null && q.m.axis !== null) return p.m.axis === q.m.axis;
  return p.m.axis === null && q.m.axis === null;
}
