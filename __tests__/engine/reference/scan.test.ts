// scan's stages on hand-built databases: bucket filter ±1, hash annotation, our verdict rules (the
// lineage test of the entry's probe decides; no probe → unverified, whatever the MFI tier or the
// identity score), ranking, ties, threshold, top-k, lazy deep-signal and probe loading, several
// databases. Deep signals are synthetic; probes come from factory models (a base, a fine-tune of
// it as the query's, an unrelated model).
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { weightSimilarities } from "../../../src/engine/compare.js";
import { MalformedInputError } from "../../../src/engine/errors.js";
import type { WeightSignals } from "../../../src/engine/features/weights/weight-signals.js";
import { fingerprintModel } from "../../../src/engine/fingerprint.js";
import type { LineageProbe } from "../../../src/engine/lineage/probe.js";
import type { LineageProbeLoader } from "../../../src/engine/reference/lineage-probes.js";
import { loadScanIndex, type DeepSignalLoader } from "../../../src/engine/reference/scan-index.js";
import { allowedBuckets, scan, type ScanQuery } from "../../../src/engine/reference/scan.js";
import { identityScore } from "../../../src/engine/scoring/identity.js";
import { MemoryModelSource } from "../../helpers/memory-model-source.js";
import { makeModel, type GeneratedModel } from "../../helpers/model-factory.js";
import { fineTune } from "../../helpers/model-transforms.js";
import { deriveSignals, syntheticSignals } from "../../helpers/synthetic-signals.js";
import { GPT2_ARCH } from "./db-builder.js";
import {
  gpt2MfiObject,
  gpt2Query,
  memoryLoader,
  memoryProbeLoader,
  storedProbe,
  writeScanDb,
  type EntrySpec,
} from "./scan-db.js";

const shape = { layers: 4, hidden: 64, wvcPerLayer: 256 };
const base = syntheticSignals({ ...shape, seed: 1 });
const unrelated = syntheticSignals({ ...shape, seed: 2 });
const queryWeights = deriveSignals(base, 9);
const ev = (s: WeightSignals) => ({
  profile: "full" as const,
  signals: s,
  embeddingRows: null,
  lineage: null,
});
const identityAgainst = (s: WeightSignals) => identityScore(weightSimilarities(ev(queryWeights), ev(s)));

const ENTRIES: EntrySpec[] = [
  // Tier 1 (same arch_hash) without deep signals: unverified, never a match.
  { id: "exact-nodeep", family: "a" },
  // Tier 1 with deep signals and the probe of the base: a lineage match.
  { id: "base", family: "a", deep: true, probe: true },
  {
    id: "stranger",
    family: "b",
    deep: true,
    probe: true,
    mfi: { ...gpt2MfiObject(), arch_hash: "x", family_hash: "y" },
  },
  // Same family hash, other arch hash, same width and depth: tier 2.
  { id: "fam", family: "b", mfi: { ...gpt2MfiObject(), arch_hash: "x2" } },
  // Same family hash but another width: tier 3, still annotated family_hash.
  { id: "fam-wide", family: "b", mfi: { ...gpt2MfiObject(), arch_hash: "x3", hidden_size: 1024 } },
  { id: "big", family: "c", bucket: "1-10B", mfi: { ...gpt2MfiObject(), arch_hash: "x4", family_hash: "z" } },
  { id: "huge", family: "c", bucket: "10-40B", deep: true, probe: true },
  { id: "giant", family: "c", bucket: "40B+" },
  { id: "nobucket", family: "c", bucket: "" },
  // Same deep signals and probe as "base", later in the catalog: ties keep catalog order.
  { id: "base-twin", family: "d", deep: true, probe: true },
  // Names a deep-signal file the loader does not have, and no probe: unverified.
  { id: "deep-missing", family: "d", deep: true },
  // Other hashes, the base's weights: matched on weights alone ("similarity").
  {
    id: "renamed",
    family: "d",
    deep: true,
    probe: true,
    mfi: { ...gpt2MfiObject(), arch_hash: "x5", family_hash: "y5" },
  },
];
const SIGNALS = new Map<string, WeightSignals>([
  ["base", base],
  ["base-twin", base],
  ["stranger", unrelated],
  ["renamed", base],
  ["huge", base],
]);

const PROBES = new Map<string, LineageProbe>();
let queryProbe: LineageProbe;

async function probeOf(m: GeneratedModel): Promise<LineageProbe> {
  const fp = await fingerprintModel(new MemoryModelSource(m.files), "full");
  return fp.weights!.lineage!;
}

let dir: string;
let root: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), "pg-scan-"));
  root = path.join(dir, "db");
  await writeScanDb(root, ENTRIES);
  const spec = { arch: "llama", hidden: 64, layers: 3, heads: 4, kvHeads: 2, vocab: 300 } as const;
  const baseModel = makeModel({ ...spec, seed: 1 });
  const baseProbe = storedProbe(await probeOf(baseModel));
  for (const id of ["base", "base-twin", "renamed", "huge"]) PROBES.set(id, baseProbe);
  PROBES.set("stranger", storedProbe(await probeOf(makeModel({ ...spec, seed: 2 }))));
  queryProbe = await probeOf(fineTune(baseModel, { std: 0.02, seed: 3 }));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const query = (weights: WeightSignals | null = queryWeights): ScanQuery => ({
  ref: "q",
  revision: null,
  profile: "full",
  mfi: gpt2Query(),
  tfv: null,
  weights,
  lineage: weights === null ? null : queryProbe,
});

async function run(
  options: {
    topK?: number;
    threshold?: number;
    loader?: DeepSignalLoader;
    probeLoader?: LineageProbeLoader;
  } = {},
) {
  const { loader, calls } = memoryLoader(SIGNALS);
  const probes = memoryProbeLoader(PROBES);
  const index = await loadScanIndex([root], {
    loader: options.loader ?? loader,
    probeLoader: options.probeLoader ?? probes.loader,
  });
  const r = await scan(index, query(), { topK: options.topK ?? 100, threshold: options.threshold ?? 0 });
  return { r, calls, probeCalls: probes.calls, index };
}

describe("scan stages", () => {
  it("allows the query's bucket and its neighbours", () => {
    expect(allowedBuckets("<=1B")).toEqual(["<=1B", "1-10B"]);
    expect(allowedBuckets("1-10B")).toEqual(["<=1B", "1-10B", "10-40B"]);
    expect(allowedBuckets("10-40B")).toEqual(["1-10B", "10-40B", "40B+"]);
    expect(allowedBuckets("40B+")).toEqual(["10-40B", "40B+"]);
  });

  it("filters by bucket ±1 (gpt2 is <=1B: 10-40B, 40B+ and unknown buckets are left out)", async () => {
    const { r, calls, probeCalls } = await run();
    expect(r.query.param_bucket).toBe("<=1B");
    expect(r.counts).toMatchObject({ entries: 12, candidates: 9 });
    const ids = r.matches.map((m) => m.asset_id);
    expect(ids).toContain("big");
    for (const out of ["huge", "giant", "nobucket"]) expect(ids).not.toContain(out);
    // Deep signals and probes are read only for candidates that name them, once each.
    expect(calls.sort()).toEqual(["base", "base-twin", "deep-missing", "renamed", "stranger"]);
    expect(probeCalls.sort()).toEqual(["base", "base-twin", "renamed", "stranger"]);
  });

  it("annotates hashes without filtering, and derives match types", async () => {
    const { r } = await run();
    expect(r.matches.find((m) => m.asset_id === "base")).toMatchObject({
      hash_match: "exact_arch",
      match_type: "exact_arch",
      verdict: { label: "high-confidence-match", related: true },
    });
    const by = new Map(r.matches.map((m) => [m.asset_id, m]));
    expect(by.get("exact-nodeep")).toMatchObject({ hash_match: "exact_arch", match_type: "exact_arch" });
    expect(by.get("fam")).toMatchObject({ hash_match: "family_hash", mfi: { tier: 2, score: 0.9 } });
    expect(by.get("fam-wide")).toMatchObject({ hash_match: "family_hash", match_type: "family_hash" });
    expect(by.get("fam-wide")?.mfi.tier).toBe(3);
    expect(by.get("big")).toMatchObject({ hash_match: null, match_type: "mfi_only" });
    expect(by.get("renamed")).toMatchObject({ hash_match: null, match_type: "similarity", mfi: { tier: 3 } });
  });

  it("a tier-1 entry without deep signals is unverified, never matched", async () => {
    const { r } = await run();
    const m = r.matches.find((x) => x.asset_id === "exact-nodeep");
    expect(m).toMatchObject({
      mfi: { tier: 1, score: 1, match_type: "exact" },
      identity_score: null,
      verdict: { label: "unverified", related: false },
      deep_signals: false,
      signals: { eas: null, nlf: null, lep: null, end: null, wvc: null, voa: null },
    });
    expect(m?.verdict.basis).toBe(
      "the database entry has no deep signals and no lineage probe: metadata and tokenizer alone never decide lineage",
    );
    const missing = r.matches.find((x) => x.asset_id === "deep-missing");
    expect(missing?.verdict.label).toBe("unverified");
    expect(missing?.verdict.basis).toBe(
      "the database entry has no lineage probe (re-create it with `fingerprint --db`): its deep signals (features/deep-signals/by-family/d/deep-missing_deep-signals.parquet) are not installed or unreadable either",
    );
  });

  it("ranks lineage matches by T, then unverified by MFI score; ties keep catalog order; non-matches are dropped", async () => {
    const { r } = await run();
    const idBase = identityAgainst(base);
    const idStranger = identityAgainst(unrelated);
    expect(idBase).toBeGreaterThan(0.75);
    expect(idStranger).toBeLessThanOrEqual(0.65);
    expect(r.matches.map((m) => [m.asset_id, m.identity_score ?? m.mfi.score, m.verdict.label])).toEqual([
      ["base", idBase, "high-confidence-match"],
      ["base-twin", idBase, "high-confidence-match"],
      ["renamed", idBase, "high-confidence-match"],
      // Unverified by MFI score; "big" differs from gpt2 only in its hashes, so its soft score is 1,
      // tied with the tier-1 entries and placed between them in catalog order.
      ["exact-nodeep", 1, "unverified"],
      ["big", 1, "unverified"],
      ["deep-missing", 1, "unverified"],
      ["fam", 0.9, "unverified"],
      // Soft score without the hidden-size credit: (12.4 − 1.8) / 12.4.
      ["fam-wide", Math.round((10.6 / 12.4) * 1e4) / 1e4, "unverified"],
    ]);
    // The lineage test decided the base's three entries (T 1 each, the fine-tune's units all
    // found) and "stranger": ruled out, counted, not listed.
    for (const m of r.matches.slice(0, 3)) {
      expect(m.lineage?.t).toBe(1);
      expect(m.verdict.basis).toMatch(/^lineage T 1\.000 ≥ 0\.2, p 1e-\d+$/);
    }
    expect(r.matches.slice(3).every((m) => m.lineage === null)).toBe(true);
    expect(r.counts).toEqual({
      entries: 12,
      candidates: 9,
      verified: 4,
      not_matched: 1,
      unverified: 5,
      lineage_tested: 4,
      identity_scored: 4,
      above_threshold: 8,
    });
    // The unverified block is sorted by MFI score, descending (ties in catalog order).
    const unverified = r.matches.filter((m) => m.identity_score === null).map((m) => m.mfi.score);
    expect(unverified).toEqual([...unverified].sort((a, b) => b - a));
  });

  it("the threshold is inclusive, on the MFI score of unverified entries; lineage matches always pass", async () => {
    const idBase = identityAgainst(base);
    const at = await run({ threshold: idBase });
    const mfiOne = ["exact-nodeep", "big", "deep-missing"];
    expect(idBase).toBeLessThan(1);
    expect(at.r.matches.map((m) => m.asset_id)).toEqual(["base", "base-twin", "renamed", ...mfiOne]);
    // Above their identity score the lineage matches stay (T is the evidence); MFI priors of 1 pass.
    const above = await run({ threshold: idBase + 0.0001 });
    expect(above.r.matches.map((m) => m.asset_id)).toEqual(["base", "base-twin", "renamed", ...mfiOne]);
    const top = await run({ threshold: 1 });
    expect(top.r.matches.map((m) => m.asset_id)).toEqual(["base", "base-twin", "renamed", ...mfiOne]);
    const onMfi = await run({ threshold: 0.9 });
    expect(onMfi.r.matches.map((m) => m.asset_id)).toEqual([
      "base",
      "base-twin",
      "renamed",
      "exact-nodeep",
      "big",
      "deep-missing",
      "fam",
    ]);
    expect(onMfi.r.counts.above_threshold).toBe(7);
  });

  it("keeps the top k", async () => {
    const { r } = await run({ topK: 3, threshold: 0.5 });
    expect(r.matches.map((m) => m.asset_id)).toEqual(["base", "base-twin", "renamed"]);
    expect(r.match_count).toBe(3);
    expect(r.top_k).toBe(3);
  });

  it("a query without weight signals: every entry unverified, no deep signal or probe read", async () => {
    const { loader, calls } = memoryLoader(SIGNALS);
    const probes = memoryProbeLoader(PROBES);
    const index = await loadScanIndex([root], { loader, probeLoader: probes.loader });
    const r = await scan(index, query(null), { topK: 100, threshold: 0 });
    expect([calls, probes.calls]).toEqual([[], []]);
    expect(r.matches.every((m) => m.verdict.label === "unverified")).toBe(true);
    expect(r.matches[0]?.verdict.basis).toMatch(/^the scanned model has no weight signals/);
    expect(r.query.has_weight_signals).toBe(false);
  });

  it("a query with weights but no probe: entries with a probe say why there is no lineage test", async () => {
    const { loader } = memoryLoader(SIGNALS);
    const probes = memoryProbeLoader(PROBES);
    const index = await loadScanIndex([root], { loader, probeLoader: probes.loader });
    const r = await scan(index, { ...query(), lineage: null }, { topK: 100, threshold: 0 });
    expect(r.query.has_lineage_probe).toBe(false);
    expect(r.matches.find((m) => m.asset_id === "base")?.verdict).toEqual({
      label: "unverified",
      related: false,
      basis: "no lineage test: B has no lineage probe (no layer matrices with a hidden-size side)",
    });
    expect(r.counts).toMatchObject({ verified: 0, not_matched: 0, unverified: 9, lineage_tested: 0 });
  });

  it("loads each entry's deep signals and probe once per index, across scans", async () => {
    const { loader, calls } = memoryLoader(SIGNALS);
    const probes = memoryProbeLoader(PROBES);
    const index = await loadScanIndex([root], { loader, probeLoader: probes.loader });
    const first = await scan(index, query());
    const second = await scan(index, query());
    expect([calls.length, probes.calls.length]).toEqual([5, 4]);
    expect(second.matches).toEqual(first.matches);
  });

  it("an unreadable deep-signal file leaves its entry without an identity score, with a problem; other errors abort", async () => {
    const failing: DeepSignalLoader = ({ bundle, artifact }) =>
      bundle.asset_id === "base"
        ? Promise.reject(new MalformedInputError({ file: artifact.path }, "bad magic"))
        : Promise.resolve(SIGNALS.get(bundle.asset_id) ?? null);
    const { r } = await run({ loader: failing });
    // The lineage verdict does not rest on the deep signals.
    expect(r.matches.find((m) => m.asset_id === "base")).toMatchObject({
      identity_score: null,
      verdict: { label: "high-confidence-match" },
    });
    expect(r.problems.filter((p) => p.message.includes("bad magic"))).toHaveLength(1);
    const broken: DeepSignalLoader = () => Promise.reject(new Error("disk on fire"));
    await expect(run({ loader: broken })).rejects.toThrow("disk on fire");
  });

  it("an unreadable probe makes its entry unverified with a problem; other errors abort", async () => {
    const failing: LineageProbeLoader = ({ bundle, artifact }) =>
      bundle.asset_id === "base"
        ? Promise.reject(new MalformedInputError({ file: artifact.path }, "bad probe"))
        : Promise.resolve(PROBES.get(bundle.asset_id) ?? null);
    const { r } = await run({ probeLoader: failing });
    const m = r.matches.find((x) => x.asset_id === "base");
    expect(m).toMatchObject({ lineage: null, lineage_probe: true, verdict: { label: "unverified" } });
    expect(m?.verdict.basis).toBe(
      `the entry's lineage probe (features/lineage-probe/by-family/a/base_lineage-probe.bin) is not installed or unreadable: its identity score ${identityAgainst(base)} is a similarity readout and never decides lineage`,
    );
    expect(r.problems).toEqual([
      {
        db: root,
        file: "features/lineage-probe/by-family/a/base_lineage-probe.bin",
        field: null,
        message:
          "lineage probe unreadable (features/lineage-probe/by-family/a/base_lineage-probe.bin: bad probe); the entry can only be unverified",
      },
    ]);
    const broken: LineageProbeLoader = () => Promise.reject(new Error("disk on fire"));
    await expect(run({ probeLoader: broken })).rejects.toThrow("disk on fire");
  });

  it("scans several databases; each match names its database; ties keep database order", async () => {
    const second = path.join(dir, "db2");
    await writeScanDb(second, [{ id: "base", family: "a", deep: true, probe: true }]);
    const { loader } = memoryLoader(SIGNALS);
    const index = await loadScanIndex([root, second], {
      loader,
      probeLoader: memoryProbeLoader(PROBES).loader,
    });
    expect(index.databases).toEqual([
      { root, assets: 12, entries: 12 },
      { root: second, assets: 1, entries: 1 },
    ]);
    const r = await scan(index, query(), { topK: 4 });
    expect(r.matches.map((m) => [m.asset_id, m.db])).toEqual([
      ["base", root],
      ["base-twin", root],
      ["renamed", root],
      ["base", second],
    ]);
  });

  it("refuses a top-k below 1 and a threshold outside [0, 1]", async () => {
    const { index } = await run();
    await expect(scan(index, query(), { topK: 0 })).rejects.toThrow("topK must be >= 1, got 0");
    await expect(scan(index, query(), { threshold: 1.5 })).rejects.toThrow(
      "threshold must be in [0.0, 1.0], got 1.5",
    );
  });

  it("reports the stored arch hash of gpt2 entries as the query's", () => {
    expect(gpt2Query().arch_hash).toBe(GPT2_ARCH);
  });
});

describe("ranking on the lineage test", () => {
  it("a lineage match ranks above a higher identity score; lineage rules out what identity would match", async () => {
    const spec = { arch: "llama", hidden: 32, layers: 2, heads: 4, kvHeads: 2, vocab: 300 } as const;
    const narrow = storedProbe(await probeOf(makeModel({ ...spec, seed: 4 })));
    const entries: EntrySpec[] = [
      // The base's deep signals, no probe: unverified, its identity score a readout.
      { id: "readout-high", family: "l", deep: true },
      // Unrelated deep signals but the base's probe: a lineage match with a low identity score.
      { id: "lineage-low", family: "l", deep: true, probe: true },
      // The base's deep signals but an unrelated probe: ruled out, whatever the identity score.
      { id: "lineage-stranger", family: "l", deep: true, probe: true },
      // A probe of another residual width: not-matched without a test.
      { id: "other-width", family: "l", probe: true },
    ];
    const lroot = path.join(dir, "db-lineage");
    await writeScanDb(lroot, entries);
    const signals = new Map([
      ["readout-high", base],
      ["lineage-low", unrelated],
      ["lineage-stranger", base],
    ]);
    const probes = new Map([
      ["lineage-low", PROBES.get("base")!],
      ["lineage-stranger", PROBES.get("stranger")!],
      ["other-width", narrow],
    ]);
    const index = await loadScanIndex([lroot], {
      loader: memoryLoader(signals).loader,
      probeLoader: memoryProbeLoader(probes).loader,
    });
    const r = await scan(index, query(), { topK: 10, threshold: 0 });
    const idBase = identityAgainst(base);
    expect(r.matches.map((m) => [m.asset_id, m.verdict.label, m.lineage?.t ?? null])).toEqual([
      ["lineage-low", "high-confidence-match", 1],
      ["readout-high", "unverified", null],
    ]);
    expect(r.matches[0]!.identity_score).toBeLessThan(r.matches[1]!.identity_score!);
    expect(r.matches[1]!.identity_score).toBe(idBase);
    expect(r.counts).toEqual({
      entries: 4,
      candidates: 4,
      verified: 3,
      not_matched: 2,
      unverified: 1,
      lineage_tested: 2,
      identity_scored: 3,
      above_threshold: 2,
    });
  });
});
