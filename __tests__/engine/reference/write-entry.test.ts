// `fingerprint --db`: a database we write loads in our reader, passes `db check`, has the
// reference's field names, its parquet gives back every weight signal (as f32) and its lineage
// probe file the model's probe without its sample (in half precision).
import { createHash } from "node:crypto";
import { existsSync } from "node:fs";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ConfigError } from "../../../src/engine/errors.js";
import type { WeightSignals } from "../../../src/engine/features/weights/weight-signals.js";
import { fingerprintModel, type FingerprintResult } from "../../../src/engine/fingerprint.js";
import { encodeProbe, roundProbeToF16 } from "../../../src/engine/lineage/probe-codec.js";
import { openModel } from "../../../src/engine/model/open-model.js";
import {
  checkDatabase,
  loadReferenceDatabase,
  readBundle,
  readDeepSignals,
  readLineageProbe,
  writeReferenceEntry,
  type EntryModel,
} from "../../../src/engine/reference/index.js";
import { makeModel } from "../../helpers/model-factory.js";

const STORIES = path.resolve(import.meta.dirname, "../../../../shared/data/models/stories260K");
const haveStories = existsSync(STORIES);
if (!haveStories) console.warn(`skipping the stories260K database test: ${STORIES} is absent`);

let dir: string;
let base: FingerprintResult;
let other: FingerprintResult;

async function fingerprintFactory(seed: number, name: string): Promise<FingerprintResult> {
  const m = makeModel({ arch: "llama", seed, hidden: 64, layers: 3, heads: 4, kvHeads: 2, vocab: 300 });
  const folder = path.join(dir, "models", name);
  await m.writeTo(folder);
  const model = await openModel(folder, { cwd: "/" });
  try {
    return await fingerprintModel(model, "full");
  } finally {
    await model.close();
  }
}

const local = (r: FingerprintResult): EntryModel => ({ ...r, source: { kind: "local" } });

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), "pg-write-entry-"));
  base = await fingerprintFactory(5, "base-llama");
  other = await fingerprintFactory(6, "other-llama");
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

function expectSignalsFromFile(got: WeightSignals | null, want: WeightSignals): void {
  expect(got).not.toBeNull();
  const g = got as WeightSignals;
  const f32 = (v: ArrayLike<number> | null | undefined) => (v ? Float32Array.from(v) : null);
  expect(g.eas_self_sim?.k).toBe(want.eas_self_sim?.k);
  expect(f32(g.eas_self_sim?.data)).toEqual(f32(want.eas_self_sim?.data));
  expect(g.nlf_vector).toEqual(f32(want.nlf_vector));
  for (const key of ["lep_profile", "end_histogram", "wsp_signature"] as const)
    expect(g[key]).toEqual(want[key] ? Float64Array.from(f32(want[key]) as Float32Array) : null);
  expect([...(g.wvc_layer_sigs ?? new Map()).keys()]).toEqual([...(want.wvc_layer_sigs ?? new Map()).keys()]);
  for (const [layer, v] of want.wvc_layer_sigs ?? new Map<number, Float32Array>())
    expect(g.wvc_layer_sigs?.get(layer)).toEqual(f32(v));
  const scalars = (s: WeightSignals) => [
    s.hidden_size,
    s.num_layers,
    s.eas_anchor_count,
    s.nlf_mode,
    s.nlf_num_layers,
  ];
  expect(scalars(g)).toEqual(scalars(want));
  expect(g.sampling).toEqual(want.sampling);
}

describe("a database built from a factory model", () => {
  it("creates the layout, loads, passes db check and gives back every signal", async () => {
    const root = path.join(dir, "db1");
    const fixed = { now: () => new Date(Date.UTC(2026, 3, 16, 21, 38, 16, 47)), uuid: () => "u-1" };
    const res = await writeReferenceEntry(root, local(base), { familyId: "acme--llama", ...fixed });
    expect(res).toMatchObject({
      asset_id: "base-llama__hf-safetensors",
      model_id: "base-llama",
      created_database: true,
      created_family: true,
      replaced: false,
      bundle: "features/base/by-family/acme--llama/base-llama__hf-safetensors_features.json",
      parquet: "features/deep-signals/by-family/acme--llama/base-llama__hf-safetensors_deep-signals.parquet",
      lineage_probe:
        "features/lineage-probe/by-family/acme--llama/base-llama__hf-safetensors_lineage-probe.bin",
    });
    const db = await loadReferenceDatabase(root);
    expect(db.problems).toEqual([]);
    expect(db.assets.map((a) => [a.asset_id, a.family_id, a.param_bucket])).toEqual([
      ["base-llama__hf-safetensors", "acme--llama", "<=1B"],
    ]);
    const report = await checkDatabase(db);
    expect([report.reproduced, report.total, report.entries[0]?.problems]).toEqual([1, 1, []]);
    const { bundle, problems } = await readBundle(db, db.assets[0]!);
    expect(problems).toEqual([]);
    expect(bundle?.updated_at).toBe("2026-04-16T21:38:16.047000+00:00");
    expectSignalsFromFile(await readDeepSignals(db, bundle!), base.weights!.signals);
    const parquet = await readFile(path.join(root, res.parquet!));
    expect(bundle?.artifact_refs[0]?.checksum).toBe(
      `sha256:${createHash("sha256").update(parquet).digest("hex")}`,
    );
    // The probe: without its sample, exactly the model's probe rounded to half precision.
    const probeFile = await readFile(path.join(root, res.lineage_probe!));
    expect(new Uint8Array(probeFile)).toEqual(encodeProbe(base.weights!.lineage!, { sample: false }));
    expect(res.lineage_probe_bytes).toBe(probeFile.length);
    expect(bundle?.artifact_refs.map((a) => [a.type, a.path, a.checksum])).toEqual([
      ["deep_signals", res.parquet, `sha256:${createHash("sha256").update(parquet).digest("hex")}`],
      ["lineage_probe", res.lineage_probe, `sha256:${createHash("sha256").update(probeFile).digest("hex")}`],
    ]);
    const probe = await readLineageProbe(db, bundle!);
    expect(probe?.sample).toEqual([]);
    expect(probe).toEqual(roundProbeToF16(base.weights!.lineage!, { sample: false }));
  });

  it("writes the reference's keys, in its order, as Python would print them", async () => {
    const root = path.join(dir, "db2");
    const res = await writeReferenceEntry(root, local(base), { familyId: "acme--llama" });
    const text = await readFile(path.join(root, res.bundle), "utf8");
    expect(text.endsWith("}\n")).toBe(true);
    expect(text).toMatch(/^ {2}"bundle_id": "[0-9a-f-]{36}",$/m);
    expect(text).toMatch(/^ {4}"gqa_ratio": 2\.0,$/m);
    const b = JSON.parse(text) as Record<string, Record<string, unknown>>;
    expect(Object.keys(b)).toEqual([
      "bundle_id", "model_id", "asset_id", "family_id", "source_id", "status", "updated_at",
      "missing_signals", "mfi", "tfv", "vocab", "signals", "artifact_refs",
    ]); // prettier-ignore
    expect(Object.keys(b.mfi!)).toHaveLength(26);
    expect(Object.keys(b.tfv!)).not.toContain("all_merges_str");
    expect(Object.keys(b.tfv!)).toHaveLength(17);
    expect(b.vocab).toEqual({ size: base.fingerprint.tfv?.vocab_size });
    expect(Object.keys(b.signals!)).toEqual([
      "hidden_size", "num_layers", "eas_anchor_count", "nlf_mode", "nlf_num_layers", "eas_self_sim_shape",
      "end_histogram_bins", "nlf_vector_length", "lep_profile_length", "wsp_signature_length",
      "wvc_layer_count", "wvc_layer_vector_length", "sampling", "extractor_version",
    ]); // prettier-ignore
    const w = base.weights!.signals;
    expect(b.signals).toMatchObject({
      eas_self_sim_shape: [w.eas_self_sim!.k, w.eas_self_sim!.k],
      end_histogram_bins: 20,
      nlf_vector_length: w.nlf_vector!.length,
      wvc_layer_count: w.wvc_layer_sigs!.size,
      wvc_layer_vector_length: w.wvc_layer_sigs!.get(0)!.length,
      sampling: { profile: "full" },
      extractor_version: base.fingerprint.extractor_version,
    });
    expect([b.status, b.missing_signals, b.source_id]).toEqual(["ok", [], "provenance-gate"]);
    const manifest = JSON.parse(await readFile(path.join(root, "catalog/manifest.json"), "utf8")) as object;
    expect(Object.keys(manifest)).toEqual(["updated_at", "shard_strategy", "shards"]);
    const shard = JSON.parse(
      await readFile(path.join(root, "catalog/by-family/acme--llama.json"), "utf8"),
    ) as {
      shard_id: string;
      assets: object[];
    };
    expect(shard.shard_id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(Object.keys(shard.assets[0]!)).toEqual([
      "asset_id", "model_id", "format", "feature_path", "param_bucket", "source_uri", "canonical_name",
    ]); // prettier-ignore
  });

  it("names a Hub model by its repo: model id, publisher and source_uri", async () => {
    const root = path.join(dir, "db-hub");
    const hub: EntryModel = {
      ...base,
      source: { kind: "hub", repo: "Acme/Llama-Tiny", endpoint: "http://127.0.0.1:9" },
    };
    const res = await writeReferenceEntry(root, hub, { familyId: "acme--llama" });
    expect(res.asset_id).toBe("Llama-Tiny__hf-safetensors");
    const db = await loadReferenceDatabase(root);
    expect([db.assets[0]?.source_uri, db.families.get("acme--llama")?.publisher]).toEqual([
      "http://127.0.0.1:9/Acme/Llama-Tiny",
      "Acme",
    ]);
  });
});

describe("updating a database", () => {
  it("replaces an asset added twice, keeps the shard id, and adds a second family in order", async () => {
    const root = path.join(dir, "db3");
    await writeReferenceEntry(root, local(base), { familyId: "zeta--llama" });
    const shardFile = path.join(root, "catalog/by-family/zeta--llama.json");
    const shardId = (JSON.parse(await readFile(shardFile, "utf8")) as { shard_id: string }).shard_id;
    const again = await writeReferenceEntry(root, local(base), { familyId: "zeta--llama" });
    expect([again.replaced, again.created_database, again.created_family]).toEqual([true, false, false]);
    await writeReferenceEntry(root, local(other), { familyId: "zeta--llama" });
    await writeReferenceEntry(root, local(other), { familyId: "alpha--x", assetId: "other-copy" });
    const db = await loadReferenceDatabase(root);
    expect(db.problems).toEqual([]);
    expect(db.manifest.shards.map((s) => [s.family_id, s.asset_count])).toEqual([
      ["alpha--x", 1],
      ["zeta--llama", 2],
    ]);
    expect(db.assets.map((a) => a.asset_id)).toEqual([
      "other-copy",
      "base-llama__hf-safetensors",
      "other-llama__hf-safetensors",
    ]);
    const shard = JSON.parse(await readFile(shardFile, "utf8")) as {
      shard_id: string;
      family: { baseline_model_ids: string[] };
    };
    expect(shard.shard_id).toBe(shardId);
    expect(shard.family.baseline_model_ids).toEqual(["base-llama", "other-llama"]);
    const report = await checkDatabase(db);
    expect([report.reproduced, report.total]).toEqual([3, 3]);
  });

  it("refuses an asset that another family holds, and ids that are not file names", async () => {
    const root = path.join(dir, "db4");
    await writeReferenceEntry(root, local(base), { familyId: "one" });
    await expect(writeReferenceEntry(root, local(base), { familyId: "two" })).rejects.toThrow(
      /asset "base-llama__hf-safetensors" is already in family "one"/,
    );
    for (const bad of ["../x", "a/b", "", ".hidden", "a..b", "a\\b", "x".repeat(129)]) {
      const err = await writeReferenceEntry(root, local(base), { familyId: bad }).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(ConfigError);
      expect((err as Error).message).toContain(`family id "${bad}" cannot name database files`);
    }
    const err = await writeReferenceEntry(root, local(base), { familyId: "one", assetId: "x/../../y" }).catch(
      (e: unknown) => e,
    );
    expect((err as Error).message).toMatch(
      /asset id "x\/..\/..\/y" cannot name database files: it contains "\.\."/,
    );
  });
});

describe.skipIf(!haveStories)("a database built from stories260K", () => {
  it("loads, passes db check and gives back its signals", async () => {
    const model = await openModel(STORIES, { cwd: "/" });
    const fp = await fingerprintModel(model, "full").finally(() => model.close());
    const root = path.join(dir, "db-stories");
    await writeReferenceEntry(root, local(fp), { familyId: "karpathy--llama2c" });
    const db = await loadReferenceDatabase(root);
    const report = await checkDatabase(db);
    expect([report.reproduced, report.total, db.problems, report.entries[0]?.problems]).toEqual([
      1,
      1,
      [],
      [],
    ]);
    const { bundle } = await readBundle(db, db.assets[0]!);
    expectSignalsFromFile(await readDeepSignals(db, bundle!), fp.weights!.signals);
  });
});
