// The lineage verdict (issue 7) at a realistic width, read remotely: factory Llamas of D 1024
// (8 layers, 8 heads, MLP 2752, vocabulary 4096, BF16: 219 MB of weights) served by the loopback
// Hub and fingerprinted in the sampled profile. A fine-tune of the base and six disguises of that
// fine-tune are high-confidence matches of the base; an independent model and a disguised
// independent model are not matched. Every fingerprint's bytes are pinned, and the probe is
// checked to be what probe-extract.ts chooses for this shape: at D 1024 under MHA, k, v, q and o
// of the middle layer read whole (both orientations, 4 × 2 MiB), and 48 rows of q, k, v, gate and
// up in every layer.
//
// Cost: making a model of this size takes 2–45 s (disguiseAll chains seven rebuilds), a
// fingerprint 2–6 s, a compare 5–15 s; one compare per case, nine in all. Models are built inside
// their own test and dropped after it, besides the base and the fine-tune (≈ 0.7 GB each).
import { createHash } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { compareFingerprints } from "../../../src/engine/compare.js";
import { fingerprintModel, type FingerprintResult } from "../../../src/engine/fingerprint.js";
import { DEFAULT_PROBE } from "../../../src/engine/lineage/probe.js";
import { openModel } from "../../../src/engine/model/open-model.js";
import { startLoopbackHub } from "../../helpers/loopback-hub.js";
import { makeModel, type GeneratedModel, type ModelSpec } from "../../helpers/model-factory.js";
import {
  disguiseAll,
  dropLayer,
  fineTune,
  otherSeed,
  permuteHeads,
  permuteResidual,
  rebuildVocab,
  transposeStorage,
} from "../../helpers/model-transforms.js";
import type { ServedFile } from "../../helpers/served-repo.js";

const SPEC: ModelSpec = {
  arch: "llama",
  hidden: 1024,
  layers: 8,
  heads: 8,
  kvHeads: 8,
  vocab: 4096,
  dtype: "BF16",
  seed: 1,
};
const D = 1024;
const MLP_UNITS = 2752; // ⌈8/3 · 1024 / 32⌉ · 32
const BF16 = 2;
const SHA = "1a".repeat(20);
const MIB = 1024 * 1024;

/** The loopback Hub refuses to hash files over 64 MiB itself: give those their SHA-256. */
function served(m: GeneratedModel, id: string) {
  const repo = m.servedRepo(id, SHA);
  const files = repo.files.map((f): ServedFile => {
    if (f.size <= 64 * MIB) return f;
    const bytes = m.files.get(f.path) as Uint8Array;
    return { ...f, sha256: createHash("sha256").update(bytes).digest("hex") };
  });
  return { ...repo, files };
}

/** Bytes of the model's safetensors files. */
function weightBytes(m: GeneratedModel): number {
  let n = 0;
  for (const [p, bytes] of m.files) if (p.endsWith(".safetensors")) n += bytes.byteLength;
  return n;
}

/** Fingerprint `m` in the sampled profile through a loopback Hub of its own. */
async function viaHub(
  m: GeneratedModel,
  id: string,
  options: { lineage?: boolean } = {},
): Promise<FingerprintResult> {
  const hub = await startLoopbackHub({ repos: [served(m, id)] });
  try {
    const model = await openModel(id, { cwd: "/", hubUrl: hub.url });
    try {
      const r = await fingerprintModel(model, "sampled", options);
      // Every byte the fingerprint counts crossed the loopback Hub.
      expect(r.fingerprint.bytes_read).toBe(hub.requests.reduce((n, q) => n + q.bytes, 0));
      return r;
    } finally {
      await model.close();
    }
  } finally {
    await hub.close();
  }
}

/** The share of its weight bytes any fingerprint here may read (floors dominate at this size). */
const MAX_READ_FRACTION = 0.105;

/**
 * Probe reads at this shape: k, v, q, o of one layer whole; 48 rows of 5 readers in 8 layers; 256
 * token rows of the embedding and of the untied head.
 */
const PROBE_WHOLE = 4 * D * D * BF16;
const PROBE_SAMPLE = 8 * 5 * DEFAULT_PROBE.sampleRows * D * BF16;
const PROBE_TOKENS = 2 * DEFAULT_PROBE.tokens * D * BF16;

type Case = readonly [
  name: string,
  verdict: "high-confidence-match" | "not-matched",
  bytesRead: number,
  /** Lineage layer map as "b>a". */
  layers: string,
  units: number,
  agreeing: number,
  alignment: string,
];

/**
 * Bytes read measured once and pinned. They include the Hub's JSON answers, which name the repo:
 * each id ("org/<case>") adds twice its length over "org/base".
 */
const CASES: readonly Case[] = [
  ["fine-tune", "high-confidence-match", 18267335, "4>4", 144, 144, "none"],
  ["permuteResidual(fine-tune)", "high-confidence-match", 18267367, "4>4", 144, 144, "shared-tokens"],
  ["permuteHeads(fine-tune)", "high-confidence-match", 18267361, "4>4", 144, 144, "none"],
  ["transposeStorage(fine-tune)", "high-confidence-match", 17923305, "4>4", 144, 144, "none"],
  ["rebuildVocab(fine-tune)", "high-confidence-match", 18174839, "4>4", 144, 144, "none"],
  ["dropLayer(fine-tune, 1)", "high-confidence-match", 17482975, "3>4", 144, 144, "none"],
  ["disguiseAll(fine-tune)", "high-confidence-match", 18256186, "4>4", 144, 144, "shared-tokens"],
  ["otherSeed(base, 2)", "not-matched", 18267349, "7>4", 144, 0, "none"],
  ["disguiseAll(otherSeed(base, 3))", "not-matched", 18258376, "1>4", 288, 0, "none"],
];

describe("lineage through the loopback Hub at D 1024, sampled profile", () => {
  let base: GeneratedModel | undefined;
  let ft: GeneratedModel | undefined;
  let baseFp: FingerprintResult;

  const build = (name: string): GeneratedModel => {
    const b = base as GeneratedModel;
    const f = ft as GeneratedModel;
    switch (name) {
      case "fine-tune":
        return f;
      case "permuteResidual(fine-tune)":
        return permuteResidual(f, 5).model;
      case "permuteHeads(fine-tune)":
        return permuteHeads(f, 3).model;
      case "transposeStorage(fine-tune)":
        return transposeStorage(f);
      case "rebuildVocab(fine-tune)":
        return rebuildVocab(f, 8).model;
      case "dropLayer(fine-tune, 1)":
        return dropLayer(f, 1);
      case "disguiseAll(fine-tune)":
        return disguiseAll(f, 10);
      case "otherSeed(base, 2)":
        return otherSeed(b, 2);
      case "disguiseAll(otherSeed(base, 3))":
        return disguiseAll(otherSeed(b, 3), 11);
      default:
        throw new Error(`unknown case ${name}`);
    }
  };

  beforeAll(async () => {
    base = makeModel(SPEC);
    baseFp = await viaHub(base, "org/base");
    ft = fineTune(base, { std: 0.02, seed: 5 });
  }, 180_000);
  afterAll(() => {
    base = undefined;
    ft = undefined;
  });

  it("the base's fingerprint reads 18.3 MB of 219 MB, 13.4 MB of it the lineage probe", async () => {
    const total = weightBytes(base as GeneratedModel);
    expect(total).toBe(219195624);
    expect(baseFp.fingerprint.bytes_read).toBe(18267325);
    expect(baseFp.fingerprint.bytes_read).toBeLessThanOrEqual(MAX_READ_FRACTION * total);
    // The same fingerprint without the probe: the difference is exactly the probe's reads.
    const bare = await viaHub(base as GeneratedModel, "org/base", { lineage: false });
    expect(bare.weights?.lineage).toBeNull();
    expect(baseFp.fingerprint.bytes_read - bare.fingerprint.bytes_read).toBe(
      PROBE_WHOLE + PROBE_SAMPLE + PROBE_TOKENS,
    );
    expect(PROBE_WHOLE + PROBE_SAMPLE + PROBE_TOKENS).toBe(13369344);
    // Within the probe's own budgets: the whole-matrix floor, the sample floor, the token rows.
    expect(PROBE_WHOLE).toBeLessThanOrEqual(DEFAULT_PROBE.probeReadFloor);
    expect(PROBE_SAMPLE).toBeLessThanOrEqual(DEFAULT_PROBE.sampleReadFloor);
  }, 120_000);

  it("the base's probe: k, v, q, o of layer 4 whole both ways, projected to 256; 48 rows of 5 readers per layer", () => {
    const p = baseFp.weights?.lineage;
    expect(p).toBeTruthy();
    if (!p) return;
    expect([p.hidden, p.layers, p.dims]).toEqual([D, 8, DEFAULT_PROBE.dims]);
    const attn = (k: string) => `model.layers.4.self_attn.${k}_proj.weight`;
    expect(p.matrices.map((m) => [m.name, m.transposed])).toEqual([
      [attn("k"), false],
      [attn("k"), true],
      [attn("v"), false],
      [attn("v"), true],
      [attn("o"), true],
      [attn("o"), false],
      [attn("q"), false],
      [attn("q"), true],
    ]);
    for (const m of p.matrices) {
      expect([m.layer, m.axis, m.units, m.width], m.name).toEqual([4, "attn", D, D]);
      expect(m.data.length, m.name).toBe(D * DEFAULT_PROBE.dims);
    }
    // The probe's values budget is exactly spent: 2 × 4096 × 256 = 4 matrices × 2 ways × 1024 × 256.
    expect(p.matrices.reduce((s, m) => s + m.data.length, 0)).toBe(DEFAULT_PROBE.probeValues);

    // Sample: layers nearest the middle first, all eight within the budget.
    const layers = [...new Set(p.sample.map((s) => s.layer))];
    expect(layers).toEqual([4, 3, 5, 2, 6, 1, 7, 0]);
    for (const layer of layers) {
      const of = p.sample.filter((s) => s.layer === layer);
      const kind = (name: string) => /\.(\w+)_proj\.weight$/.exec(name)?.[1];
      expect(of.map((s) => kind(s.name)).sort(), `layer ${layer}`).toEqual(["gate", "k", "q", "up", "v"]);
      for (const s of of) {
        const rows = s.axis === "mlp" ? MLP_UNITS : D;
        expect([s.rows, s.cols, s.count, s.data.length], s.name).toEqual([
          rows,
          D,
          DEFAULT_PROBE.sampleRows,
          DEFAULT_PROBE.sampleRows * D,
        ]);
      }
      // Matrices of one unit axis sample the same rows, so their matchings can be compared.
      for (const axis of ["attn", "mlp"])
        expect(new Set(of.filter((s) => s.axis === axis).map((s) => s.start)).size, `layer ${layer}`).toBe(1);
    }
    expect(p.sample.filter((s) => s.layer === 4).map((s) => [s.name, s.start])).toEqual([
      ["model.layers.4.mlp.gate_proj.weight", 1399],
      ["model.layers.4.mlp.up_proj.weight", 1399],
      [attn("k"), 460],
      [attn("q"), 460],
      [attn("v"), 460],
    ]);
    // Token rows: 256 strings, from the embedding and the untied output head.
    expect(p.tokens.strings.length).toBe(DEFAULT_PROBE.tokens);
    expect(p.tokens.rows.length).toBe(2 * DEFAULT_PROBE.tokens * D);
  });

  it.each(CASES)(
    "%s: %s",
    async (name, verdict, bytesRead, layers, units, agreeing, alignment) => {
      const m = build(name);
      const total = weightBytes(m);
      const fp = await viaHub(m, `org/${name.replace(/[^a-z0-9]+/gi, "-").replace(/-$/, "")}`);
      // Soft: a drift in the pinned figures reports every one of them, and still fails.
      expect.soft(fp.fingerprint.bytes_read).toBe(bytesRead);
      expect(fp.fingerprint.bytes_read).toBeLessThanOrEqual(MAX_READ_FRACTION * total);
      const r = compareFingerprints(baseFp, fp);
      const l = r.lineage;
      expect(r.verdict.label).toBe(verdict);
      expect(l).not.toBeNull();
      expect
        .soft({
          layers: l?.layers.map((x) => `${x.b}>${x.a}`).join(","),
          units: l?.units_compared,
          agreeing: l?.agreeing,
          alignment: l?.alignment,
        })
        .toEqual({ layers, units, agreeing, alignment });
      // Chance: one agreeing unit in 1024 per paired unit.
      expect(l?.chance).toBe(units / D);
      if (verdict === "high-confidence-match") {
        expect(l?.t).toBe(1);
        expect(l?.log10_p).toBeLessThan(-300);
      } else {
        expect(l?.t).toBeCloseTo(-(units / D) / (units - units / D), 15);
        expect(l?.p_value).toBe(1);
      }
    },
    300_000,
  );
});
