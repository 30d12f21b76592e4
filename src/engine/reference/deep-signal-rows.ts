// Weight signals ↔ the long-form deep-signal table (reference §7.4). Writing emits one row per
// scalar in the README's signal order; reading rebuilds the arrays exactly as the reference's
// pandas code does: EAS k×k with k = max(row)+1 and a missing col read as 0, WVC per non-null layer
// ascending, every other signal as its rows sorted by `row` (stable). All values are f32.

import { MalformedInputError } from "../errors.js";
import type { DeepSignalTable } from "../formats/parquet/index.js";
import type { EasMatrix } from "../scoring/similarity.js";

/** The signals a deep-signal file holds, in the order the reference's README lists them. */
export const DEEP_SIGNAL_NAMES = [
  "eas_self_sim",
  "nlf_vector",
  "lep_profile",
  "end_histogram",
  "wsp_signature",
  "wvc_layer_sigs",
] as const;
export type DeepSignalName = (typeof DEEP_SIGNAL_NAMES)[number];

/** The reference uses 64 anchors; a 1024×1024 matrix is already 4 MB. */
export const MAX_EAS_ANCHORS = 1024;
/** Layer indices: the deepest models have a few hundred layers. */
export const MAX_WVC_LAYER_INDEX = 100_000;
/** Distinct WVC layers in one file. */
export const MAX_WVC_LAYERS = 4096;

/** The arrays of one record, f32 as stored. */
export interface DeepSignalArrays {
  readonly eas_self_sim: EasMatrix | null;
  readonly nlf_vector: Float32Array | null;
  readonly lep_profile: Float32Array | null;
  readonly end_histogram: Float32Array | null;
  readonly wsp_signature: Float32Array | null;
  /** Keys ascending. */
  readonly wvc_layer_sigs: Map<number, Float32Array> | null;
  /** Every signal name in the file (unknown ones too), in order of first appearance. */
  readonly signals: readonly string[];
}

/** What the writer needs: the arrays of a WeightSignals record (any float precision). */
export interface SignalArraysIn {
  readonly eas_self_sim: EasMatrix | null;
  readonly nlf_vector: ArrayLike<number> | null;
  readonly lep_profile: ArrayLike<number> | null;
  readonly end_histogram: ArrayLike<number> | null;
  readonly wsp_signature: ArrayLike<number> | null;
  readonly wvc_layer_sigs: ReadonlyMap<number, ArrayLike<number>> | null;
}

/** The long-form rows of `s`: every EAS cell, every vector element, every WVC layer (ascending). */
export function deepSignalRows(s: SignalArraysIn): DeepSignalTable {
  const k = s.eas_self_sim?.k ?? 0;
  const wvc = s.wvc_layer_sigs ? [...s.wvc_layer_sigs].sort((a, b) => a[0] - b[0]) : null;
  const vectors: [DeepSignalName, ArrayLike<number> | null][] = [
    ["nlf_vector", s.nlf_vector],
    ["lep_profile", s.lep_profile],
    ["end_histogram", s.end_histogram],
    ["wsp_signature", s.wsp_signature],
  ];
  let n = s.eas_self_sim ? k * k : 0;
  for (const [, v] of vectors) n += v?.length ?? 0;
  for (const [, v] of wvc ?? []) n += v.length;
  const t = {
    names: [] as string[],
    signal: new Int32Array(n),
    layer: new Int32Array(n),
    layerValid: new Uint8Array(n),
    row: new Int32Array(n),
    col: new Int32Array(n),
    colValid: new Uint8Array(n),
    value: new Float32Array(n),
  };
  let at = 0;
  const id = (name: string) => t.names.push(name) - 1;
  if (s.eas_self_sim) {
    const sid = id("eas_self_sim");
    const data = s.eas_self_sim.data;
    for (let i = 0; i < k; i++) {
      for (let j = 0; j < k; j++, at++) {
        t.signal[at] = sid;
        t.row[at] = i;
        t.col[at] = j;
        t.colValid[at] = 1;
        t.value[at] = data[i * k + j] as number;
      }
    }
  }
  for (const [name, v] of vectors) {
    if (v === null) continue;
    const sid = id(name);
    t.signal.fill(sid, at, at + v.length);
    for (let i = 0; i < v.length; i++, at++) {
      t.row[at] = i;
      t.value[at] = v[i] as number;
    }
  }
  if (wvc) {
    const sid = id("wvc_layer_sigs");
    for (const [layer, v] of wvc) {
      t.signal.fill(sid, at, at + v.length);
      t.layer.fill(layer, at, at + v.length);
      t.layerValid.fill(1, at, at + v.length);
      for (let i = 0; i < v.length; i++, at++) {
        t.row[at] = i;
        t.value[at] = v[i] as number;
      }
    }
  }
  return { length: n, ...t };
}

/** The arrays of a decoded table (reference `load_deep_signals`); `file` names it in errors. */
export function reconstructDeepSignals(t: DeepSignalTable, file: string): DeepSignalArrays {
  const groups = groupBy(t.signal, t.names.length, t.length);
  const rowsOf = (name: DeepSignalName) => groups[t.names.indexOf(name)];
  const vector = (name: DeepSignalName): Float32Array | null => {
    const g = rowsOf(name);
    return g === undefined ? null : valuesByRow(g, t);
  };
  const eas = rowsOf("eas_self_sim");
  const wvc = rowsOf("wvc_layer_sigs");
  return {
    eas_self_sim: eas === undefined ? null : easMatrix(eas, t, file),
    nlf_vector: vector("nlf_vector"),
    lep_profile: vector("lep_profile"),
    end_histogram: vector("end_histogram"),
    wsp_signature: vector("wsp_signature"),
    wvc_layer_sigs: wvc === undefined ? null : wvcLayers(wvc, t, file),
    signals: t.names.filter((_, id) => groups[id] !== undefined),
  };
}

const bad = (file: string, field: string, message: string) =>
  new MalformedInputError({ file, field }, message);

/** k = max(row)+1; cells not in the file stay 0; a missing col counts as 0. */
function easMatrix(rows: Int32Array, t: DeepSignalTable, file: string): EasMatrix {
  let k = 0;
  for (const i of rows) {
    const r = t.row[i] as number;
    if (r < 0) throw bad(file, "row", `eas_self_sim row ${r} is negative`);
    k = Math.max(k, r + 1);
  }
  if (k > MAX_EAS_ANCHORS)
    throw bad(file, "row", `eas_self_sim is ${k}×${k}, over MAX_EAS_ANCHORS (${MAX_EAS_ANCHORS}) anchors`);
  const data = new Float32Array(k * k);
  for (const i of rows) {
    const c = t.colValid === null || t.colValid[i] ? (t.col[i] as number) : 0;
    if (c < 0 || c >= k) throw bad(file, "col", `eas_self_sim col ${c} lies outside the ${k}×${k} matrix`);
    data[(t.row[i] as number) * k + c] = t.value[i] as number;
  }
  return { k, data };
}

/** One vector per non-null layer, keys ascending. Two passes, no per-row allocation. */
function wvcLayers(rows: Int32Array, t: DeepSignalTable, file: string): Map<number, Float32Array> {
  const hasLayer = (i: number) => t.layerValid === null || t.layerValid[i] === 1;
  const counts = new Map<number, number>();
  for (const i of rows) {
    if (!hasLayer(i)) continue;
    const layer = t.layer[i] as number;
    const c = counts.get(layer);
    if (c !== undefined) {
      counts.set(layer, c + 1);
      continue;
    }
    if (layer < 0 || layer > MAX_WVC_LAYER_INDEX)
      throw bad(
        file,
        "layer",
        `wvc_layer_sigs layer ${layer} is outside 0..${MAX_WVC_LAYER_INDEX} (MAX_WVC_LAYER_INDEX)`,
      );
    if (counts.size >= MAX_WVC_LAYERS)
      throw bad(file, "layer", `more than ${MAX_WVC_LAYERS} WVC layers (MAX_WVC_LAYERS)`);
    counts.set(layer, 1);
  }
  const lists = new Map([...counts].map(([layer, c]) => [layer, { idx: new Int32Array(c), n: 0 }]));
  let last = NaN;
  let list = { idx: new Int32Array(0), n: 0 };
  for (const i of rows) {
    if (!hasLayer(i)) continue;
    const layer = t.layer[i] as number;
    if (layer !== last) {
      list = lists.get(layer) as typeof list;
      last = layer;
    }
    list.idx[list.n++] = i;
  }
  const out = new Map<number, Float32Array>();
  for (const [layer, l] of [...lists].sort((a, b) => a[0] - b[0])) out.set(layer, valuesByRow(l.idx, t));
  return out;
}

/** Row indices per signal id, each list in file order (a counting sort); undefined for no rows. */
function groupBy(ids: Int32Array, count: number, n: number): (Int32Array | undefined)[] {
  const sizes = new Int32Array(count);
  for (let i = 0; i < n; i++) {
    const id = ids[i] as number;
    if (id >= 0) sizes[id] = (sizes[id] as number) + 1;
  }
  const lists = Array.from(sizes, (s) => (s > 0 ? new Int32Array(s) : undefined));
  const fill = new Int32Array(count);
  for (let i = 0; i < n; i++) {
    const id = ids[i] as number;
    if (id < 0) continue;
    (lists[id] as Int32Array)[fill[id] as number] = i;
    fill[id] = (fill[id] as number) + 1;
  }
  return lists;
}

/** The values of rows `idx` ordered by `row` (stable); the common already-ordered case is one pass. */
function valuesByRow(idx: Int32Array, t: DeepSignalTable): Float32Array {
  let ordered = true;
  for (let j = 1; j < idx.length && ordered; j++)
    ordered = (t.row[idx[j - 1] as number] as number) <= (t.row[idx[j] as number] as number);
  const order = ordered
    ? idx
    : Int32Array.from(idx).sort((a, b) => (t.row[a] as number) - (t.row[b] as number) || a - b);
  const out = new Float32Array(order.length);
  for (let j = 0; j < order.length; j++) out[j] = t.value[order[j] as number] as number;
  return out;
}
