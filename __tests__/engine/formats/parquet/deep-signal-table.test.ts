// The long-form deep-signal parquet: our writer → our reader exactly; files of other writers
// (hyparquet-writer here, pandas/pyarrow committed in data/) read; broken files → MalformedInputError.
import { readFile } from "node:fs/promises";
import path from "node:path";
import { parquetMetadata, parquetReadObjects } from "hyparquet";
import { parquetWriteBuffer } from "hyparquet-writer";
import { describe, expect, it } from "vitest";
import { MalformedInputError } from "../../../../src/engine/errors.js";
import {
  readDeepSignalTable,
  writeDeepSignalTable,
  type DeepSignalTable,
} from "../../../../src/engine/formats/parquet/index.js";
import { reconstructDeepSignals } from "../../../../src/engine/reference/deep-signal-rows.js";
import { Rng } from "../../../helpers/rng.js";

const DATA = path.join(import.meta.dirname, "data");

/** A table with every edge: nulls in layer and col, NaN, ±0, ±Inf, subnormals, three names. */
function sampleTable(n: number, seed: number) {
  const rng = new Rng(seed);
  const noise = new Float32Array(n);
  rng.fillGaussian(noise, 1);
  const t = {
    length: n,
    // In order of first appearance, as a reader reports them.
    names: ["späte_signal", "eas_self_sim", "wvc_layer_sigs"],
    signal: new Int32Array(n),
    layer: new Int32Array(n),
    layerValid: new Uint8Array(n),
    row: new Int32Array(n),
    col: new Int32Array(n),
    colValid: new Uint8Array(n),
    value: noise,
  };
  const specials = [NaN, 0, -0, Infinity, -Infinity, 1.4e-45, -1.1754942e-38, 3.4028234663852886e38];
  for (let i = 0; i < n; i++) {
    t.signal[i] = i % 7 === 0 ? 0 : i < n / 3 ? 1 : 2;
    t.layerValid[i] = i % 3 === 0 ? 0 : 1;
    t.layer[i] = t.layerValid[i] ? (i * 31) % 97 : 0;
    t.row[i] = ((i * 17) % 1000) - 3;
    t.colValid[i] = i % 2;
    t.col[i] = t.colValid[i] ? i % 64 : 0;
    if (i < specials.length) t.value[i] = specials[i] as number;
  }
  return t;
}

function expectSameTable(got: DeepSignalTable, want: DeepSignalTable): void {
  expect(got.length).toBe(want.length);
  expect(got.names).toEqual(want.names);
  expect(Array.from(got.signal)).toEqual(Array.from(want.signal));
  expect(Array.from(got.row)).toEqual(Array.from(want.row));
  const withNulls = (v: Int32Array, valid: Uint8Array | null) =>
    Array.from(v, (x, i) => (valid === null || valid[i] ? x : null));
  expect(withNulls(got.layer, got.layerValid)).toEqual(withNulls(want.layer, want.layerValid));
  expect(withNulls(got.col, got.colValid)).toEqual(withNulls(want.col, want.colValid));
  // Bit-exact, NaN and -0 included.
  expect(new Uint32Array(got.value.buffer, got.value.byteOffset, got.length)).toEqual(
    new Uint32Array(want.value.buffer, want.value.byteOffset, want.length),
  );
}

async function expectMalformed(p: Promise<unknown>, file: string, text: RegExp): Promise<void> {
  const err = await p.then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(MalformedInputError);
  expect((err as MalformedInputError).file).toBe(file);
  expect((err as MalformedInputError).message).toMatch(text);
}

describe("our writer → our reader", () => {
  it("round-trips every value, null and name exactly", async () => {
    const t = sampleTable(5000, 11);
    const bytes = await writeDeepSignalTable(t, "rt.parquet");
    expectSameTable(await readDeepSignalTable(bytes, "rt.parquet"), t);
  });

  it("round-trips an empty table", async () => {
    const t = sampleTable(0, 1);
    const back = await readDeepSignalTable(await writeDeepSignalTable(t, "e.parquet"), "e.parquet");
    expect([back.length, back.names]).toEqual([0, []]);
  });

  it("writes the documented column types, as another reader (hyparquet) sees them", async () => {
    const t = sampleTable(300, 2);
    const bytes = await writeDeepSignalTable(t, "types.parquet");
    const buf = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.length) as ArrayBuffer;
    const meta = parquetMetadata(buf);
    const cols = meta.schema
      .slice(1)
      .map((s) => [s.name, s.type, s.converted_type ?? null, s.repetition_type]);
    expect(cols).toEqual([
      ["signal", "BYTE_ARRAY", "UTF8", "REQUIRED"],
      ["layer", "INT32", null, "OPTIONAL"],
      ["row", "INT32", null, "REQUIRED"],
      ["col", "INT32", null, "OPTIONAL"],
      ["value", "FLOAT", null, "REQUIRED"],
    ]);
    expect(meta.row_groups[0]?.columns[0]?.meta_data?.codec).toBe("SNAPPY");
    const rows = (await parquetReadObjects({ file: buf })) as Record<string, unknown>[];
    expect(rows).toHaveLength(300);
    for (const i of [9, 10, 11, 299]) {
      expect(rows[i]).toEqual({
        signal: t.names[t.signal[i] as number],
        layer: t.layerValid[i] ? t.layer[i] : null,
        row: t.row[i],
        col: t.colValid[i] ? t.col[i] : null,
        value: t.value[i],
      });
    }
  });
});

describe("files written by other implementations", () => {
  it("reads a hyparquet-writer file (optional columns, plain encoding)", async () => {
    const buf = parquetWriteBuffer({
      columnData: [
        { name: "signal", data: ["lep_profile", "lep_profile", "eas_self_sim", null], type: "STRING" },
        { name: "layer", data: [null, null, null, 4], type: "INT32" },
        { name: "row", data: [1, 0, 0, 7], type: "INT32" },
        { name: "col", data: [null, null, 0, null], type: "INT32" },
        { name: "value", data: [0.5, -2, 1, 9], type: "FLOAT" },
      ],
    });
    const t = await readDeepSignalTable(new Uint8Array(buf), "hyparquet.parquet");
    expect(t.names).toEqual(["lep_profile", "eas_self_sim"]);
    expect(Array.from(t.signal)).toEqual([0, 0, 1, -1]);
    const r = reconstructDeepSignals(t, "hyparquet.parquet");
    expect(Array.from(r.lep_profile ?? [])).toEqual([-2, 0.5]);
    expect(r.eas_self_sim).toEqual({ k: 1, data: new Float32Array([1]) });
    expect(r.wvc_layer_sigs).toBeNull();
  });

  it("reads the reference's own test file (pandas: large_string, float64 layer/col, int64 row)", async () => {
    const file = path.join(DATA, "pandas-reference-test.parquet");
    const r = reconstructDeepSignals(await readDeepSignalTable(await readFile(file), file), file);
    expect(r.signals).toEqual(["eas_self_sim", "lep_profile", "wvc_layer_sigs"]);
    expect(r.eas_self_sim).toEqual({ k: 2, data: new Float32Array([1, 0.5, 0.5, 1]) });
    expect(r.lep_profile).toEqual(new Float32Array([0.8, 0.6]));
    expect(r.wvc_layer_sigs).toEqual(
      new Map([
        [0, new Float32Array([0.9, 0.7])],
        [1, new Float32Array([0.3])],
      ]),
    );
  });

  it("reads a pyarrow file with the README's types, an index column and two row groups", async () => {
    const file = path.join(DATA, "pyarrow-typed.parquet");
    const t = await readDeepSignalTable(await readFile(file), file);
    expect(t.length).toBe(6);
    const r = reconstructDeepSignals(t, file);
    expect(r.nlf_vector).toEqual(new Float32Array([3e-39, 0.25]));
    expect(r.wvc_layer_sigs).toEqual(
      new Map([
        [1, new Float32Array([0.1, 2])],
        [3, new Float32Array([-1.5])],
      ]),
    );
    expect(Object.is(r.end_histogram?.[0], -0)).toBe(true);
  });
  it("reads a pandas categorical signal column (a dictionary of strings) with a null", async () => {
    const file = path.join(DATA, "pandas-categorical.parquet");
    const t = await readDeepSignalTable(await readFile(file), file);
    expect([t.names, Array.from(t.signal)]).toEqual([
      ["wsp_signature", "lep_profile"],
      [0, 1, 0, -1],
    ]);
    const r = reconstructDeepSignals(t, file);
    expect([r.wsp_signature, r.lep_profile]).toEqual([new Float32Array([-1, 2.5]), new Float32Array([7])]);
  });
});

describe("broken files are MalformedInputError naming the file", () => {
  it("refuses bytes that are not parquet before decoding", async () => {
    await expectMalformed(readDeepSignalTable(new Uint8Array(100), "zeros.parquet"), "zeros.parquet", /PAR1/);
    await expectMalformed(readDeepSignalTable(new Uint8Array(0), "empty.parquet"), "empty.parquet", /PAR1/);
  });

  it("refuses a truncated file and a corrupt footer", async () => {
    const good = await writeDeepSignalTable(sampleTable(2000, 3), "x");
    const cut = good.slice(0, Math.floor(good.length / 2));
    await expectMalformed(readDeepSignalTable(cut, "cut.parquet"), "cut.parquet", /PAR1/);
    const tail = good.slice();
    for (let i = tail.length - 200; i < tail.length - 8; i++) tail[i] = 0xa5;
    await expectMalformed(readDeepSignalTable(tail, "footer.parquet"), "footer.parquet", /failed/);
    const headless = new Uint8Array([...good.subarray(0, 4), ...good.subarray(good.length - 40)]);
    await expectMalformed(readDeepSignalTable(headless, "short.parquet"), "short.parquet", /failed/);
  });

  it("refuses a missing column, a wrong type and a duplicate column", async () => {
    const cols = (value: unknown[], valueType: "FLOAT" | "STRING") => [
      { name: "signal", data: ["a"], type: "STRING" as const },
      { name: "layer", data: [null], type: "INT32" as const },
      { name: "row", data: [0], type: "INT32" as const },
      { name: "col", data: [null], type: "INT32" as const },
      { name: "value", data: value, type: valueType },
    ];
    const noCol = parquetWriteBuffer({ columnData: cols([1], "FLOAT").filter((c) => c.name !== "row") });
    await expectMalformed(
      readDeepSignalTable(new Uint8Array(noCol), "nocol.parquet"),
      "nocol.parquet",
      /row/,
    );
    const text = parquetWriteBuffer({ columnData: cols(["1.5"], "STRING") });
    await expectMalformed(
      readDeepSignalTable(new Uint8Array(text), "text.parquet"),
      "text.parquet",
      /float32/,
    );
    const twice = parquetWriteBuffer({
      columnData: [...cols([1], "FLOAT"), { name: "row", data: [1], type: "INT32" }],
    });
    await expectMalformed(
      readDeepSignalTable(new Uint8Array(twice), "twice.parquet"),
      "twice.parquet",
      /twice/,
    );
  });

  it("refuses a null in `row` and a non-integer in an integer column", async () => {
    const base = (row: unknown[], layer: unknown[], layerType: "INT32" | "DOUBLE") =>
      parquetWriteBuffer({
        columnData: [
          { name: "signal", data: ["a", "a"], type: "STRING" },
          { name: "layer", data: layer, type: layerType },
          { name: "row", data: row, type: "INT32" },
          { name: "col", data: [null, null], type: "INT32" },
          { name: "value", data: [1, 2], type: "FLOAT" },
        ],
      });
    const nullRow = new Uint8Array(base([0, null], [null, null], "INT32"));
    await expectMalformed(readDeepSignalTable(nullRow, "nr.parquet"), "nr.parquet", /row 1 has no value/);
    const half = new Uint8Array(base([0, 1], [0.5, NaN], "DOUBLE"));
    await expectMalformed(readDeepSignalTable(half, "half.parquet"), "half.parquet", /0\.5, not an integer/);
  });

  it("turns every mutation of a valid file into a table or a MalformedInputError (never a crash)", async () => {
    const good = await writeDeepSignalTable(sampleTable(3000, 4), "x");
    const rng = new Rng(99);
    const outcomes = { table: 0, malformed: 0 };
    for (let it = 0; it < 300; it++) {
      const b = good.slice();
      const flips = 1 + rng.int(6);
      for (let f = 0; f < flips; f++) b[4 + rng.int(b.length - 8)] = rng.int(256);
      try {
        await readDeepSignalTable(b, "fuzz.parquet");
        outcomes.table++;
      } catch (err) {
        expect(err).toBeInstanceOf(MalformedInputError);
        expect((err as MalformedInputError).file).toBe("fuzz.parquet");
        outcomes.malformed++;
      }
    }
    expect(outcomes.malformed).toBeGreaterThan(0);
    // The decoder still works after whatever the mutations did to it.
    expect((await readDeepSignalTable(good, "x")).length).toBe(3000);
  });
});
