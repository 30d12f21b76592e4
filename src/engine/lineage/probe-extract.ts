// Extracting a model's lineage probe (probe.ts) from its weights: which matrices are read whole
// for the probe, which rows are sampled, and the token rows. Every choice depends on shapes, the
// layer index and the seed — never on values — so the same model always gives the same probe.

import { assignRoles, VOCAB_MIN_FRACTION, type RoleHints } from "../features/weights/roles.js";
import { hashInts } from "../features/weights/sample-plan.js";
import { DTYPE_SIZES } from "../formats/dtypes.js";
import type { TensorInfo } from "../formats/safetensors/header.js";
import { readRowSet, readRows, readTensor } from "../formats/safetensors/tensor-reader.js";
import type { WeightSet } from "../formats/safetensors/weights.js";
import { mapLimit } from "../io/concurrency.js";
import {
  axisOf,
  DEFAULT_PROBE,
  MAX_TOKEN_TABLES,
  WRITERS,
  type Axis,
  type LineageProbe,
  type ProbeMatrix,
  type ProbeParams,
  type SampleMatrix,
} from "./probe.js";
import { projectRows, sketchOf, type Sketch } from "./sketch.js";
import { forEachUnitRow } from "./unit-views.js";

interface Candidate {
  readonly t: TensorInfo;
  readonly layer: number;
  readonly axis: Axis | null;
  readonly rows: number;
  readonly cols: number;
  /** Orientations the probe stores: units as rows (false) and/or as columns (true). */
  readonly orientations: readonly boolean[];
  readonly bytes: number;
}

/** Reads in flight while sampling. */
const CONCURRENCY = 16;

export async function extractLineageProbe(
  set: WeightSet,
  vocab: ReadonlyMap<string, number> | null,
  hints: RoleHints = {},
  params: ProbeParams = DEFAULT_PROBE,
): Promise<LineageProbe | null> {
  const roles = assignRoles(set.tensors, hints);
  const D = roles.hiddenSize;
  const candidates = matricesOf(set, roles.matrices, D);
  if (candidates.length === 0 || D <= 0) return null;
  const layers = [...new Set(candidates.map((c) => c.layer))].sort((x, y) => x - y);
  const mid = layers[Math.floor(layers.length / 2)] as number;
  const byDistance = [...layers].sort((x, y) => Math.abs(x - mid) - Math.abs(y - mid) || x - y);
  const totalBytes = set.tensors.reduce((s, t) => s + t.byteLength, 0);
  const dims = D > params.dims ? params.dims : null;
  const from = { source: (f: string) => set.source(f) };

  // Probe: groups of one layer that share a unit axis, nearest the middle first, within budgets.
  const probe: Candidate[] = [];
  let values = 0;
  let read = 0;
  const readBudget = Math.max(params.probeReadFraction * totalBytes, params.probeReadFloor);
  outer: for (const layer of byDistance) {
    for (const full of groupsOf(
      candidates.filter((c) => c.layer === layer),
      D,
    )) {
      // A named square matrix is kept both ways when the budget allows (a transposed-storage
      // disguise keeps the name), else as its name says.
      const primary = full.map((c) => ({ ...c, orientations: c.orientations.slice(0, 1) }));
      const fits = (g: Candidate[]) =>
        values + valuesOf(g, D, dims) <= params.probeValues && read + bytesOf(g) <= readBudget;
      // The first group is always kept (a probe needs one pair of matrices), one way if need be.
      const group = fits(full) ? full : fits(primary) || probe.length === 0 ? primary : null;
      if (group === null) break outer;
      probe.push(...group);
      values += valuesOf(group, D, dims);
      read += bytesOf(group);
    }
  }
  const whole = new Map<string, Float32Array>();
  const sketch = dims === null ? null : sketchOf(D, dims, params.seed);
  const matrices: ProbeMatrix[] = [];
  for (const c of probe) {
    const data = await readTensor(from, c.t);
    if (c.bytes <= params.wholeMatrixBytes) whole.set(c.t.name, data);
    for (const transposed of c.orientations) {
      matrices.push({
        name: c.t.name,
        layer: c.layer,
        axis: c.axis,
        transposed,
        units: transposed ? c.cols : c.rows,
        width: D,
        data: probeView(data, c.rows, c.cols, transposed, sketch),
      });
    }
  }

  // Sample: readers (rows are units) of the layers nearest the middle; small matrices whole.
  const sampleBudget = Math.max(params.sampleReadFraction * totalBytes, params.sampleReadFloor);
  const plans: { c: Candidate; start: number; count: number }[] = [];
  let sampled = 0;
  for (const layer of byDistance) {
    const inLayer: { c: Candidate; start: number; count: number }[] = [];
    let bytes = 0;
    for (const c of candidates.filter((x) => x.layer === layer)) {
      const rowBytes = c.bytes / c.rows;
      if (c.rows <= params.sampleRows || c.bytes <= params.wholeMatrixBytes) {
        inLayer.push({ c, start: 0, count: c.rows });
        bytes += c.bytes;
      } else if (c.cols === D && c.orientations[0] === false) {
        const room = c.rows - params.sampleRows + 1;
        const start = hashInts([params.seed, layer, c.rows]) % room;
        inLayer.push({ c, start, count: params.sampleRows });
        bytes += rowBytes * params.sampleRows;
      }
    }
    const inWindow = Math.abs(layer - mid) <= params.window;
    if (!inWindow && sampled + bytes > sampleBudget) break;
    plans.push(...inLayer);
    sampled += bytes;
  }
  const sample = await mapLimit(plans, CONCURRENCY, async ({ c, start, count }): Promise<SampleMatrix> => {
    const data =
      whole.get(c.t.name) ??
      (count === c.rows ? await readTensor(from, c.t) : await readRows(from, c.t, start, count));
    return { name: c.t.name, layer: c.layer, axis: c.axis, rows: c.rows, cols: c.cols, start, count, data };
  });

  return {
    version: 1,
    hidden: D,
    layers: layers.length,
    dims,
    seed: params.seed,
    matrices,
    sample,
    tokens: await tokenRows(set, roles, vocab, D, params.tokens),
  };
}

function matricesOf(
  set: WeightSet,
  matrices: readonly { name: string; layer: number; category: string; byName: boolean }[],
  D: number,
): Candidate[] {
  const out: Candidate[] = [];
  for (const m of matrices) {
    const t = set.get(m.name);
    if (!t || t.shape.length !== 2) continue;
    const [rows = 0, cols = 0] = t.shape;
    if ((rows !== D && cols !== D) || rows === 0 || cols === 0) continue;
    const axis = m.byName ? axisOf(m.category) : null;
    // The shape gives the orientation when the matrix is not square; a square one is read both
    // ways, its name's way first (readers: units are rows).
    let orientations: boolean[];
    if (rows !== cols) orientations = [cols !== D];
    else if (m.byName && axis !== null)
      orientations = WRITERS.has(m.category) ? [true, false] : [false, true];
    else orientations = [false, true];
    out.push({
      t,
      layer: m.layer,
      axis,
      rows,
      cols,
      orientations,
      bytes: rows * cols * DTYPE_SIZES[t.dtype],
    });
  }
  return out;
}

function valuesOf(g: readonly Candidate[], D: number, dims: number | null): number {
  return g.reduce((s, c) => s + c.orientations.length * unitsOf(c, D) * (dims ?? D), 0);
}

function bytesOf(g: readonly Candidate[]): number {
  return g.reduce((s, c) => s + c.bytes, 0);
}

/** The stored probe matrix: unit rows (unit-views.ts) projected one at a time, as float32. */
export function probeView(
  m: Float32Array,
  rows: number,
  cols: number,
  transposed: boolean,
  sketch: Sketch | null,
): Float32Array {
  const dims = sketch ? sketch.dims : transposed ? rows : cols;
  const out = new Float32Array((transposed ? cols : rows) * dims);
  forEachUnitRow(m, rows, cols, transposed, (u, row) =>
    out.set(sketch ? projectRows(row, 1, sketch) : row, u * dims),
  );
  return out;
}

/** Units of a candidate: its side other than D (D for a square one). */
function unitsOf(c: Candidate, D: number): number {
  return c.cols === D ? c.rows : c.cols;
}

/**
 * A layer's matrices grouped by what they pair with: named ones by axis and unit count (k and v
 * first: smallest under GQA), then unnamed ones by unit count, fewest units first.
 */
function groupsOf(inLayer: readonly Candidate[], D: number): Candidate[][] {
  const out: Candidate[][] = [];
  const named = inLayer.filter((c) => c.axis !== null);
  const kv = /(^|[._])(k|v)_proj/;
  for (const axis of ["attn", "mlp"] as const) {
    const ofAxis = named.filter((c) => c.axis === axis);
    const counts = [...new Set(ofAxis.map((c) => unitsOf(c, D)))].sort((x, y) => x - y);
    for (const units of counts) {
      const g = ofAxis.filter((c) => unitsOf(c, D) === units);
      // Under MHA all four attention matrices have D units: k and v first, q and o next.
      const first = g.filter((c) => kv.test(c.t.name));
      if (first.length > 0 && first.length < g.length)
        out.push(
          first,
          g.filter((c) => !kv.test(c.t.name)),
        );
      else out.push(g);
    }
  }
  const unnamed = inLayer.filter((c) => c.axis === null);
  for (const units of [...new Set(unnamed.map((c) => unitsOf(c, D)))].sort((x, y) => x - y))
    out.push(unnamed.filter((c) => unitsOf(c, D) === units));
  return out;
}

/** A 32-bit hash of a string's UTF-16 code units (the probe's token choice). */
export function stringHash(s: string): number {
  const codes: number[] = [];
  for (let i = 0; i < s.length; i++) codes.push(s.charCodeAt(i));
  return hashInts([0x70ce_4e11, s.length, ...codes]);
}

/** Non-layer [V, D] (or [D, V]) tables with V ≥ the vocabulary's ids: embedding and output head. */
function tokenTables(
  set: WeightSet,
  layerOf: ReadonlyMap<string, number>,
  embedding: { name: string; transposed: boolean } | null,
  D: number,
  ids: number,
): { t: TensorInfo; transposed: boolean; V: number }[] {
  const out: { t: TensorInfo; transposed: boolean; V: number }[] = [];
  for (const t of set.tensors) {
    if (layerOf.has(t.name) || t.shape.length !== 2) continue;
    const [r = 0, c = 0] = t.shape;
    const transposed = embedding?.name === t.name ? embedding.transposed : c !== D && r === D;
    const V = transposed ? c : r;
    if ((transposed ? r : c) !== D || V < ids) continue;
    out.push({ t, transposed, V });
  }
  // The embedding first when roles found one, then in tensor order.
  out.sort((x, y) => Number(y.t.name === embedding?.name) - Number(x.t.name === embedding?.name));
  return out.slice(0, MAX_TOKEN_TABLES);
}

/** Raw rows of the `count` token strings of lowest hash, from each token table. */
async function tokenRows(
  set: WeightSet,
  roles: { layerOf: ReadonlyMap<string, number>; embedding: { name: string; transposed: boolean } | null },
  vocab: ReadonlyMap<string, number> | null,
  D: number,
  count: number,
): Promise<LineageProbe["tokens"]> {
  const none = { strings: [], rows: new Float32Array(0) };
  if (!vocab || vocab.size === 0) return none;
  // A token table covers (nearly) every id: a position table or a small projection does not.
  let maxId = -1;
  for (const id of vocab.values()) if (id > maxId) maxId = id;
  const ids = Math.floor(VOCAB_MIN_FRACTION * (maxId + 1));
  const tables = tokenTables(set, roles.layerOf, roles.embedding, D, ids);
  if (tables.length === 0) return none;
  const V = Math.min(...tables.map((x) => x.V));
  const chosen = [...vocab]
    .filter(([, id]) => id >= 0 && id < V)
    .map(([s, id]) => ({ s, id, h: stringHash(s) }))
    .sort((x, y) => x.h - y.h || (x.s < y.s ? -1 : x.s > y.s ? 1 : 0))
    .slice(0, count);
  const from = { source: (f: string) => set.source(f) };
  const rows = new Float32Array(tables.length * chosen.length * D);
  for (const [k, { t, transposed, V: width }] of tables.entries()) {
    const at = k * chosen.length * D;
    if (!transposed) {
      rows.set(
        await readRowSet(
          from,
          t,
          chosen.map((x) => x.id),
        ),
        at,
      );
    } else {
      // Rows are columns here: no cheap read of a column, so the whole table (a rare layout).
      const all = await readTensor(from, t);
      chosen.forEach((x, i) => {
        for (let j = 0; j < D; j++) rows[at + i * D + j] = all[j * width + x.id] as number;
      });
    }
  }
  return { strings: chosen.map((x) => x.s), rows };
}
