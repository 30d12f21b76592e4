// The lineage probe's binary form: a round trip gives back exactly the probe rounded to half
// precision (checked against the test encoders' independent f16 rounding), with and without the
// sample; every validation of the decoder refuses with a typed error naming field and value; and a
// reference entry of a Llama-2-7B-shaped probe stays small.
import { describe, expect, it } from "vitest";
import { MalformedInputError } from "../../../src/engine/errors.js";
import { decodeToFloat32 } from "../../../src/engine/formats/dtypes.js";
import { f16FromF32Bits } from "../../../src/engine/lineage/f16.js";
import {
  MAX_PROBE_HEADER_BYTES,
  decodeProbe,
  encodeProbe,
  roundProbeToF16,
} from "../../../src/engine/lineage/probe-codec.js";
import type { LineageProbe } from "../../../src/engine/lineage/probe.js";
import { f16Bits, f32Bits } from "../../helpers/dtype-encoders.js";
import { Rng } from "../../helpers/rng.js";

const FIX =
  "the probe is damaged or was written by another version; re-create it (provenance-gate fingerprint <model> --db DIR --family ID rewrites a database entry's probe)";

/** Values whose half rounding is a corner: ties both ways, subnormals, the largest finite half, −0. */
const EDGES = [
  1 + 2 ** -11, // tie between 1 and 1 + 2^-10: to even (1)
  1 + 3 * 2 ** -11, // tie: to even (1 + 2^-9)
  2 ** -24, // smallest half subnormal
  2 ** -25, // half of it: a tie, to even (0)
  3 * 2 ** -26, // above that tie: 2^-24
  2 ** -14 - 2 ** -25, // largest subnormal's upper half-way: rounds up to the smallest normal
  65504,
  -65519, // rounds to −65504 (below the half-way point to 65536)
  -0,
  1e-30, // a float32 far below any half: ±0
  -0.017,
];

function gaussian(n: number, seed: number, std: number, edges = false): Float32Array {
  const a = new Rng(seed).fillGaussian(new Float32Array(n), std);
  if (edges) EDGES.forEach((x, i) => (a[i] = x));
  return a;
}

/** A probe of hidden 64 projected to 16 dims: two probe matrices, two sample matrices, 5 tokens in 2 tables. */
function smallProbe(): LineageProbe {
  return {
    version: 1,
    hidden: 64,
    layers: 3,
    dims: 16,
    seed: 0x11ea9e01,
    matrices: [
      { name: "model.layers.1.self_attn.k_proj.weight", layer: 1, axis: "attn", transposed: false, units: 32, width: 64, data: gaussian(32 * 16, 1, 0.25, true) },
      { name: "w7", layer: 1, axis: null, transposed: true, units: 48, width: 64, data: gaussian(48 * 16, 2, 0.25) },
    ],
    sample: [
      { name: "model.layers.1.mlp.up_proj.weight", layer: 1, axis: "mlp", rows: 192, cols: 64, start: 17, count: 7, data: gaussian(7 * 64, 3, 0.02, true) },
      { name: "model.layers.2.mlp.down_proj.weight", layer: 2, axis: "mlp", rows: 64, cols: 192, start: 0, count: 64, data: gaussian(64 * 192, 4, 0.02) },
    ],
    // Two token tables (embedding and output head), 5 strings each.
    tokens: { strings: ["▁the", "é", "<s>", "日本", ""], rows: gaussian(2 * 5 * 64, 5, 0.02, true) },
  }; // prettier-ignore
}

/** The test encoders' half rounding (independent of the codec's), widened by the dtype decoder. */
function viaHelpers(a: Float32Array): Float32Array {
  const h = Uint16Array.from(a, (x) => f16Bits(x));
  return decodeToFloat32("F16", new Uint8Array(h.buffer));
}

function rounded(p: LineageProbe, sample = true): LineageProbe {
  return {
    ...p,
    matrices: p.matrices.map((m) => ({ ...m, data: viaHelpers(m.data) })),
    sample: sample ? p.sample.map((s) => ({ ...s, data: viaHelpers(s.data) })) : [],
    tokens: { strings: [...p.tokens.strings], rows: viaHelpers(p.tokens.rows) },
  };
}

/** Float arrays as their bit patterns, so −0 and +0 differ. */
function bits(p: LineageProbe): unknown {
  const b = (a: Float32Array) => Array.from(new Uint32Array(a.buffer, a.byteOffset, a.length));
  return {
    ...p,
    matrices: p.matrices.map((m) => ({ ...m, data: b(m.data) })),
    sample: p.sample.map((s) => ({ ...s, data: b(s.data) })),
    tokens: { strings: p.tokens.strings, rows: b(p.tokens.rows) },
  };
}

const HEADER =
  '{"hidden":64,"layers":3,"dims":16,"seed":300588545,' +
  '"matrices":[{"name":"model.layers.1.self_attn.k_proj.weight","layer":1,"axis":"attn","transposed":false,"units":32,"width":64},' +
  '{"name":"w7","layer":1,"axis":null,"transposed":true,"units":48,"width":64}],' +
  '"sample":[{"name":"model.layers.1.mlp.up_proj.weight","layer":1,"axis":"mlp","rows":192,"cols":64,"start":17,"count":7},' +
  '{"name":"model.layers.2.mlp.down_proj.weight","layer":2,"axis":"mlp","rows":64,"cols":192,"start":0,"count":64}],' +
  '"tokens":["▁the","é","<s>","日本",""],"token_tables":2}';
const HEADER_BYTES = new TextEncoder().encode(HEADER).length;
const align8 = (n: number) => Math.ceil(n / 8) * 8;

describe("half rounding", () => {
  it("agrees with the test encoders on every corner and on 10^5 random float32 bit patterns", () => {
    for (const x of EDGES) expect(f16FromF32Bits(f32Bits(x)), String(x)).toBe(f16Bits(x));
    const rng = new Rng(7);
    for (let i = 0; i < 100_000; i++) {
      const b = rng.nextU32();
      if (((b >>> 23) & 0xff) === 0xff) continue; // NaN payloads: the helpers keep one bit only
      expect(f16FromF32Bits(b)).toBe(f16Bits(new Float32Array(new Uint32Array([b]).buffer)[0]!));
    }
    expect([f16FromF32Bits(f32Bits(65520)), f16FromF32Bits(f32Bits(-Infinity))]).toEqual([0x7c00, 0xfc00]);
  });
});

describe("round trip", () => {
  it("gives back the probe rounded to half precision, bit for bit, with its sample", () => {
    const p = smallProbe();
    const bytes = encodeProbe(p);
    const back = decodeProbe(bytes, "probe.bin");
    expect(bits(back)).toEqual(bits(rounded(p)));
    expect(bits(roundProbeToF16(p))).toEqual(bits(rounded(p)));
    expect(back.version).toBe(1);
    // The corners land where IEEE says.
    expect(Array.from(back.matrices[0]!.data.subarray(0, EDGES.length))).toEqual([
      1, 1 + 2 ** -9, 2 ** -24, 0, 2 ** -24, 2 ** -14, 65504, -65504, -0, 0, viaHelpers(new Float32Array([-0.017]))[0],
    ]); // prettier-ignore
    // Encoding the decoded probe again changes nothing.
    expect(encodeProbe(back)).toEqual(bytes);
  });

  it("lays out magic, version, header, then 8-byte aligned half payloads", () => {
    const bytes = encodeProbe(smallProbe());
    const start = align8(12 + HEADER_BYTES);
    const payload = [32 * 16, 48 * 16, 7 * 64, 64 * 192, 2 * 5 * 64].reduce((s, n) => s + align8(2 * n), 0);
    expect(bytes.length).toBe(start + payload);
    expect(bytes.length).toBe(29_872);
    expect(new TextDecoder().decode(bytes.subarray(0, 4))).toBe("PGLP");
    const view = new DataView(bytes.buffer, bytes.byteOffset);
    expect([view.getUint32(4, true), view.getUint32(8, true)]).toEqual([1, HEADER_BYTES]);
    expect(new TextDecoder().decode(bytes.subarray(12, 12 + HEADER_BYTES))).toBe(HEADER);
    // First payload value: the first corner (1 + 2^-11 → 1.0, half 0x3c00).
    expect(view.getUint16(start, true)).toBe(0x3c00);
  });

  it("without the sample: only matrices and tokens, the header's sample empty", () => {
    const p = smallProbe();
    const bytes = encodeProbe(p, { sample: false });
    const back = decodeProbe(bytes, "probe.bin");
    expect(back.sample).toEqual([]);
    expect(bits(back)).toEqual(bits(rounded(p, false)));
    expect(bits(roundProbeToF16(p, { sample: false }))).toEqual(bits(rounded(p, false)));
    const header = HEADER.replace(/"sample":\[.*\],"tokens"/, '"sample":[],"tokens"');
    const h = new TextEncoder().encode(header).length;
    expect(bytes.length).toBe(
      align8(12 + h) + [32 * 16, 48 * 16, 2 * 5 * 64].reduce((s, n) => s + align8(2 * n), 0),
    );
  });

  it("keeps a probe without tokens and one stored at full width (dims null)", () => {
    const p: LineageProbe = {
      ...smallProbe(),
      dims: null,
      matrices: [{ name: "m", layer: 0, axis: "mlp", transposed: false, units: 3, width: 64, data: gaussian(3 * 64, 9, 0.1) }],
      sample: [],
      tokens: { strings: [], rows: new Float32Array(0) },
    }; // prettier-ignore
    expect(bits(decodeProbe(encodeProbe(p), "p"))).toEqual(bits(rounded(p)));
  });

  it("refuses to encode a value past half precision's range, or an array of the wrong length", () => {
    const p = smallProbe();
    const big = { ...p, tokens: { ...p.tokens, rows: p.tokens.rows.map((x, i) => (i === 3 ? 70000 : x)) } };
    const ragged = { ...p, tokens: { ...p.tokens, rows: p.tokens.rows.subarray(1) } };
    expect(() => encodeProbe(ragged)).toThrow(new RangeError("probe tokens.rows: 639 values are not 1 to 2 tables of 5 × 64"));
    expect(() => encodeProbe(big)).toThrow(
      new RangeError("probe tokens.rows: value 70000 at index 3 has no finite half-precision form (|x| ≤ 65504)"),
    );
    const nan = { ...p, matrices: [{ ...p.matrices[0]!, data: p.matrices[0]!.data.map((x, i) => (i === 1 ? NaN : x)) }] };
    expect(() => encodeProbe(nan)).toThrow(/^probe matrices\[0\] \(model\.layers\.1\.self_attn\.k_proj\.weight\): value NaN at index 1/);
    const short = { ...p, sample: [{ ...p.sample[0]!, count: 8 }] };
    expect(() => encodeProbe(short)).toThrow(
      new RangeError("probe sample[0] (model.layers.1.mlp.up_proj.weight): 448 values, the header says 512"),
    );
    // Without the sample, a wrong sample does not matter.
    expect(() => encodeProbe(short, { sample: false })).not.toThrow();
  }); // prettier-ignore
});

describe("decoding refuses damaged bytes with a typed error", () => {
  const good = encodeProbe(smallProbe());
  const start = align8(12 + HEADER_BYTES);

  /** The same payload behind another header text (length and padding recomputed). */
  function withHeader(text: string): Uint8Array {
    const json = new TextEncoder().encode(text);
    const at = align8(12 + json.length);
    const out = new Uint8Array(at + good.length - start);
    out.set(good.subarray(0, 8));
    new DataView(out.buffer).setUint32(8, json.length, true);
    out.set(json, 12);
    out.set(good.subarray(start), at);
    return out;
  }
  /** The header as JSON values, each record indexable without checks (it is the test's own text). */
  type Rec = Record<string, unknown>;
  type Header = Rec & { matrices: Rec[]; sample: Rec[]; tokens: unknown[] };
  const edit = (f: (h: Header) => void) => {
    const h = JSON.parse(HEADER) as Header;
    f(h);
    return withHeader(JSON.stringify(h));
  };
  /** The file's length once the header grows by `n` bytes (its padding taking up some of them). */
  const moved = (n: number) => align8(12 + HEADER_BYTES + n) - start + good.length;
  const patched = (at: number, ...values: number[]) => {
    const b = good.slice();
    b.set(values, at);
    return b;
  };

  const cases: [string, () => Uint8Array, string, string | RegExp][] = [
    ["fewer bytes than the preamble", () => good.slice(0, 11), "preamble", "11 bytes, fewer than the 12-byte preamble"],
    ["another magic", () => patched(0, 0x50, 0x4b, 3, 4), "magic", 'starts with "PK\\u0003\\u0004", not the lineage probe magic "PGLP"'],
    ["another format version", () => patched(4, 2), "version", "format version 2; this version reads 1"],
    ["a header longer than the limit", () => patched(8, 1, 0, 0x40, 0), "header", `length ${MAX_PROBE_HEADER_BYTES + 1} bytes, over the ${MAX_PROBE_HEADER_BYTES}-byte limit (MAX_PROBE_HEADER_BYTES)`],
    ["a header longer than the file", () => good.slice(0, 12 + HEADER_BYTES - 1), "header", `length ${HEADER_BYTES} bytes, but only ${HEADER_BYTES - 1} bytes follow the preamble`],
    ["a header that is not JSON", () => withHeader("{hidden: 64}"), "header", /^not UTF-8 JSON \(Expected property name or '}' in JSON at position 1\b.*\)$/],
    ["a header that is not UTF-8", () => patched(14, 0xff), "header", "not UTF-8 JSON (The encoded data was not valid for encoding utf-8)"],
    ["a header that is a list", () => withHeader("[]"), "header", "expected an object, found []"],
    ["a header without tokens", () => edit((h) => delete (h as Rec).tokens), "header", 'has no "tokens"'],
    ["a header with an unknown field", () => edit((h) => (h.extra = 1)), "header.extra", "is not a probe header field"],
    ["a hidden size that is not an integer", () => edit((h) => (h.hidden = 64.5)), "header.hidden", "expected an integer in [1, 16777216], found 64.5"],
    ["dims not below the hidden size", () => edit((h) => (h.dims = 64)), "header.dims", "expected an integer in [1, 63], found 64"],
    ["a seed outside 32 bits", () => edit((h) => (h.seed = -1)), "header.seed", "expected an integer in [0, 4294967295], found -1"],
    ["matrices that are not a list", () => edit((h) => ((h as Rec).matrices = {})), "header.matrices", "expected a list, found {}"],
    ["a matrix without a name", () => edit((h) => (h.matrices[1]!.name = "")), "header.matrices[1].name", 'expected a non-empty string, found ""'],
    ["an unknown axis", () => edit((h) => (h.matrices[0]!.axis = "attn-kv")), "header.matrices[0].axis", '"attn-kv" is not one of "attn", "mlp" or null'],
    ["transposed that is not a boolean", () => edit((h) => (h.matrices[0]!.transposed = 0)), "header.matrices[0].transposed", "expected true or false, found 0"],
    ["a matrix width other than the hidden size", () => edit((h) => (h.matrices[1]!.width = 32)), "header.matrices[1].width", "32, not the probe's hidden size 64"],
    ["zero units", () => edit((h) => (h.matrices[0]!.units = 0)), "header.matrices[0].units", "expected an integer in [1, 16777216], found 0"],
    ["a sample matrix without a hidden-size side", () => edit((h) => (h.sample[0]!.cols = 63)), "header.sample[0]", "a 192×63 matrix has no side of the hidden size 64"],
    ["a sample start past the rows", () => edit((h) => (h.sample[0]!.start = 192)), "header.sample[0].start", "expected an integer in [0, 191], found 192"],
    ["a sample count past the rows", () => edit((h) => (h.sample[0]!.count = 176)), "header.sample[0].count", "expected an integer in [1, 175], found 176"],
    ["a sample with a string layer", () => edit((h) => (h.sample[1]!.layer = "2")), "header.sample[1].layer", 'expected an integer in [0, 16777216], found "2"'],
    ["a token that is not a string", () => edit((h) => (h.tokens[2] = 7)), "header.tokens[2]", "expected a string, found 7"],
    ["one token more than the rows", () => edit((h) => h.tokens.push("x")), "payload", `the file is ${moved(4)} bytes; its header describes ${moved(4) + 256} (5 half-precision arrays after a ${HEADER_BYTES + 4}-byte header)`],
    ["one token table less than the rows", () => edit((h) => (h.token_tables = 1)), "payload", `the file is ${good.length} bytes; its header describes ${good.length - 640} (5 half-precision arrays after a ${HEADER_BYTES}-byte header)`],
    ["more token tables than an embedding and a head", () => edit((h) => (h.token_tables = 3)), "header.token_tables", "expected an integer in [1, 2], found 3"],
    ["token tables without token strings", () => edit((h) => (h.tokens = [])), "header.token_tables", "expected an integer in [0, 0], found 2"],
    ["a truncated payload", () => good.slice(0, good.length - 8), "payload", `the file is ${good.length - 8} bytes; its header describes ${good.length} (5 half-precision arrays after a ${HEADER_BYTES}-byte header)`],
    ["a byte after the last payload", () => Uint8Array.from([...good, 0]), "payload", `the file is ${good.length + 1} bytes; its header describes ${good.length} (5 half-precision arrays after a ${HEADER_BYTES}-byte header)`],
    ["a non-zero byte in the header padding", () => withHeader(`${HEADER} `).map((x, i) => (i === 13 + HEADER_BYTES ? 0x20 : x)), "header padding", `byte 32 at offset ${13 + HEADER_BYTES}; padding bytes are 0`],
    ["an infinity in a matrix", () => patched(start + 2 * 5, 0x00, 0x7c), "matrices[0].data", "value Infinity at index 5 is not finite"],
    ["a NaN among the token rows", () => patched(good.length - 2, 0x01, 0xfe), "tokens.data", "value NaN at index 639 is not finite"],
  ]; // prettier-ignore

  for (const [what, bytes, field, message] of cases) {
    it(what, () => {
      const err = (() => {
        try {
          decodeProbe(bytes(), "db/features/x_lineage-probe.bin");
        } catch (e) {
          return e;
        }
        return null;
      })();
      expect(err).toBeInstanceOf(MalformedInputError);
      expect((err as MalformedInputError).field).toBe(field);
      expect((err as MalformedInputError).file).toBe("db/features/x_lineage-probe.bin");
      const prefix = `db/features/x_lineage-probe.bin [${field}]: `;
      const text = (err as Error).message;
      expect(text.startsWith(prefix) && text.endsWith(`; ${FIX}`), text).toBe(true);
      const said = text.slice(prefix.length, text.length - FIX.length - 2);
      if (typeof message === "string") expect(said).toBe(message);
      else expect(said).toMatch(message);
    });
  }

  it("a non-zero byte in a payload's padding", () => {
    // Every payload of the small probe is a multiple of 8 bytes; 2 units × 3 values (12 bytes) are not.
    const p: LineageProbe = {
      ...smallProbe(),
      dims: null,
      hidden: 3,
      matrices: [{ name: "m", layer: 0, axis: null, transposed: false, units: 2, width: 3, data: new Float32Array(6).fill(0.5) }],
      sample: [],
      tokens: { strings: [], rows: new Float32Array(0) },
    }; // prettier-ignore
    const bytes = encodeProbe(p);
    const at = bytes.length - 4; // 12 bytes of halves, then 4 bytes of padding
    expect(Array.from(bytes.subarray(at))).toEqual([0, 0, 0, 0]);
    bytes[at + 1] = 9;
    expect(() => decodeProbe(bytes, "p")).toThrow(
      new MalformedInputError({ file: "p", field: "matrices[0] padding" }, `byte 9 at offset ${at + 1}; padding bytes are 0; ${FIX}`),
    );
  }); // prettier-ignore
});

describe("size of a reference entry for a 7B model", () => {
  const D = 4096;
  // What DEFAULT_PROBE keeps of Llama-2-7B: k and v of layer 16 (4096 units each) projected to 256
  // dims, 256 token rows of width 4096 per token table; the sample is dropped for the database.
  function llama7b(tables: number): LineageProbe {
    const kv = (name: string) => ({
      name: `model.layers.16.self_attn.${name}.weight`,
      layer: 16,
      axis: "attn" as const,
      transposed: false,
      units: D,
      width: D,
      data: new Float32Array(D * 256).fill(1 / 16),
    });
    return {
      version: 1,
      hidden: D,
      layers: 32,
      dims: 256,
      seed: 0x11ea9e01,
      matrices: [kv("k_proj"), kv("v_proj")],
      sample: [
        { name: "model.layers.16.mlp.up_proj.weight", layer: 16, axis: "mlp", rows: 11008, cols: D, start: 100, count: 48, data: new Float32Array(48 * D) },
      ],
      // Sentencepiece-like strings "▁t000" … "▁t255".
      tokens: { strings: Array.from({ length: 256 }, (_, i) => `▁t${String(i).padStart(3, "0")}`), rows: new Float32Array(tables * 256 * D).fill(0.01) },
    }; // prettier-ignore
  }

  it("2 matrices of 4096 units × 256 dims and 256 tokens × 4096, without the sample: 6,294,384 bytes", () => {
    const bytes = encodeProbe(llama7b(1), { sample: false });
    // Header: 2 matrix records and 256 strings of "▁tNNN" (7 UTF-8 bytes, quotes, comma): 2,910 bytes.
    expect(new DataView(bytes.buffer).getUint32(8, true)).toBe(2_910);
    const halves = 2 * (2 * D * 256 + 256 * D);
    expect(halves).toBe(6_291_456);
    expect(bytes.length).toBe(align8(12 + 2_910) + halves);
    expect(bytes.length).toBe(6_294_384);
    expect(bytes.length).toBeLessThanOrEqual(16 * 1024 * 1024);
    // With its sample the probe is the cache's form (the sample record makes the header 3,027 bytes).
    expect(encodeProbe(llama7b(1)).length).toBe(align8(12 + 3_027) + halves + 2 * 48 * D);
  });

  it("with the untied output head's token rows too (Llama-2 does not tie them): 8,391,536 bytes", () => {
    const bytes = encodeProbe(llama7b(2), { sample: false });
    expect(bytes.length).toBe(align8(12 + 2_910) + 2 * (2 * D * 256 + 2 * 256 * D));
    expect(bytes.length).toBe(8_391_536);
    expect(bytes.length).toBeLessThanOrEqual(16 * 1024 * 1024);
  });
});
