// Weight signals ↔ long-form rows, and the reference's reconstruction rules on unusual tables.
import { describe, expect, it } from "vitest";
import { MalformedInputError } from "../../../src/engine/errors.js";
import type { DeepSignalTable } from "../../../src/engine/formats/parquet/index.js";
import {
  deepSignalRows,
  reconstructDeepSignals,
  type SignalArraysIn,
} from "../../../src/engine/reference/deep-signal-rows.js";
import { Rng } from "../../helpers/rng.js";

function gaussian(n: number, seed: number): Float64Array {
  const rng = new Rng(seed);
  return Float64Array.from({ length: n }, () => rng.gaussian());
}

const f32 = (v: ArrayLike<number>) => Float32Array.from(v);

/** A table from row tuples [signal, layer|null, row, col|null, value]. */
function table(rows: [string | null, number | null, number, number | null, number][]): DeepSignalTable {
  const names: string[] = [];
  const n = rows.length;
  const t = {
    length: n,
    names,
    signal: new Int32Array(n),
    layer: new Int32Array(n),
    layerValid: new Uint8Array(n),
    row: new Int32Array(n),
    col: new Int32Array(n),
    colValid: new Uint8Array(n),
    value: new Float32Array(n),
  };
  rows.forEach(([s, l, r, c, v], i) => {
    if (s !== null && !names.includes(s)) names.push(s);
    t.signal[i] = s === null ? -1 : names.indexOf(s);
    t.layer[i] = l ?? 0;
    t.layerValid[i] = l === null ? 0 : 1;
    t.row[i] = r;
    t.col[i] = c ?? 0;
    t.colValid[i] = c === null ? 0 : 1;
    t.value[i] = v;
  });
  return t;
}

describe("deepSignalRows → reconstructDeepSignals", () => {
  it("gives back every signal as f32, with all k×k EAS cells and the WVC layer set", () => {
    const k = 5;
    const s: SignalArraysIn = {
      eas_self_sim: { k, data: gaussian(k * k, 1) },
      nlf_vector: gaussian(40, 2),
      lep_profile: gaussian(4, 3),
      end_histogram: gaussian(20, 4),
      wsp_signature: gaussian(8, 5),
      wvc_layer_sigs: new Map([
        [3, gaussian(7, 6)],
        [0, gaussian(9, 7)],
      ]),
    };
    const t = deepSignalRows(s);
    expect(t.length).toBe(25 + 40 + 4 + 20 + 8 + 16);
    expect(t.names).toEqual([
      "eas_self_sim",
      "nlf_vector",
      "lep_profile",
      "end_histogram",
      "wsp_signature",
      "wvc_layer_sigs",
    ]);
    // EAS: row = i, col = j, no layer; WVC: layer set, no col, layers ascending.
    expect([t.row[7], t.col[7], t.colValid?.[7], t.layerValid?.[7]]).toEqual([1, 2, 1, 0]);
    const firstWvc = 25 + 40 + 4 + 20 + 8;
    expect([t.layer[firstWvc], t.layerValid?.[firstWvc], t.colValid?.[firstWvc]]).toEqual([0, 1, 0]);
    expect([t.layer[firstWvc + 9], t.row[firstWvc + 9]]).toEqual([3, 0]);
    const r = reconstructDeepSignals(t, "x.parquet");
    expect(r.eas_self_sim).toEqual({ k, data: f32((s.eas_self_sim as { data: Float64Array }).data) });
    expect(r.nlf_vector).toEqual(f32(s.nlf_vector as Float64Array));
    expect(r.lep_profile).toEqual(f32(s.lep_profile as Float64Array));
    expect(r.end_histogram).toEqual(f32(s.end_histogram as Float64Array));
    expect(r.wsp_signature).toEqual(f32(s.wsp_signature as Float64Array));
    expect([...(r.wvc_layer_sigs ?? new Map()).keys()]).toEqual([0, 3]);
    expect(r.wvc_layer_sigs?.get(3)).toEqual(f32(s.wvc_layer_sigs?.get(3) as Float64Array));
    expect(r.signals).toEqual(t.names);
  });

  it("leaves absent signals out of the file and null in the record", () => {
    const t = deepSignalRows({
      eas_self_sim: null,
      nlf_vector: null,
      lep_profile: [1, 2],
      end_histogram: null,
      wsp_signature: null,
      wvc_layer_sigs: null,
    });
    expect([t.length, t.names]).toEqual([2, ["lep_profile"]]);
    const r = reconstructDeepSignals(t, "x");
    expect([r.eas_self_sim, r.nlf_vector, r.wvc_layer_sigs]).toEqual([null, null, null]);
  });
});

describe("reconstruction follows the reference's pandas code", () => {
  it("sizes EAS by max(row)+1, reads a missing col as 0, leaves unset cells 0", () => {
    const r = reconstructDeepSignals(
      table([
        ["eas_self_sim", null, 2, 1, 5],
        ["eas_self_sim", null, 0, null, 7],
      ]),
      "x",
    );
    expect(r.eas_self_sim).toEqual({ k: 3, data: f32([7, 0, 0, 0, 0, 0, 0, 5, 0]) });
  });

  it("sorts vectors by row (stably), groups WVC by non-null layer ascending, ignores null signals", () => {
    const r = reconstructDeepSignals(
      table([
        ["lep_profile", null, 2, null, 30],
        [null, null, 0, null, 99],
        ["wvc_layer_sigs", 4, 1, null, 41],
        ["lep_profile", null, 0, null, 10],
        ["wvc_layer_sigs", null, 0, null, 98],
        ["wvc_layer_sigs", 2, 0, null, 20],
        ["lep_profile", null, 0, null, 11],
        ["wvc_layer_sigs", 4, 0, null, 40],
        ["mystery", null, 0, null, 1],
      ]),
      "x",
    );
    expect(r.lep_profile).toEqual(f32([10, 11, 30]));
    expect(r.wvc_layer_sigs).toEqual(
      new Map([
        [2, f32([20])],
        [4, f32([40, 41])],
      ]),
    );
    expect(r.signals).toEqual(["lep_profile", "wvc_layer_sigs", "mystery"]);
  });

  it("refuses cells outside the matrix and negative indices, naming the file", () => {
    const cases: [DeepSignalTable, RegExp][] = [
      [table([["eas_self_sim", null, 0, 3, 1]]), /col 3 lies outside the 1×1 matrix/],
      [table([["eas_self_sim", null, -1, 0, 1]]), /row -1 is negative/],
      [table([["wvc_layer_sigs", -2, 0, null, 1]]), /layer -2 is outside/],
      [table([["eas_self_sim", null, 5000, 0, 1]]), /MAX_EAS_ANCHORS/],
    ];
    for (const [t, text] of cases) {
      let err: unknown = null;
      try {
        reconstructDeepSignals(t, "bad.parquet");
      } catch (e) {
        err = e;
      }
      expect(err).toBeInstanceOf(MalformedInputError);
      expect((err as MalformedInputError).file).toBe("bad.parquet");
      expect((err as Error).message).toMatch(text);
    }
  });
});
