// Crafted databases with one fault each: the fault is reported where it is, the rest still loads.

import { mkdir, mkdtemp, realpath, rm, symlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import {
  dbCheck,
  loadReferenceDatabase,
  nodeDatabaseFs,
  readBundle,
  type DatabaseFs,
} from "../../../src/engine/reference/index.js";
import { GPT2_ARCH, bundle, gpt2Mfi, manifest, oneFamily, put, shard } from "./db-builder.js";

let dir: string;
let root: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), "pg-refdb-"));
  root = path.join(dir, "db");
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe("problems, never thrown", () => {
  it("a missing shard is reported and skipped; the other shard loads", async () => {
    await put(
      root,
      "catalog/manifest.json",
      manifest([
        { family_id: "gone", shard_path: "catalog/by-family/gone.json" },
        { family_id: "f", shard_path: "catalog/by-family/f.json" },
      ]),
    );
    await put(root, "catalog/by-family/f.json", shard("f", [{ id: "a" }]));
    const db = await loadReferenceDatabase(root);
    expect(db.problems).toEqual([
      {
        file: "catalog/manifest.json",
        field: "shards[0].shard_path",
        message: "file not found: catalog/by-family/gone.json; the shard is skipped",
      },
    ]);
    expect(db.assets.map((a) => a.asset_id)).toEqual(["a"]);
    expect([...db.families.keys()]).toEqual(["f"]);
  });

  it("a shard path with .. or an absolute path is refused", async () => {
    await put(root, "outside.json", shard("f", []));
    await put(
      root,
      "catalog/manifest.json",
      manifest([
        { family_id: "f", shard_path: "../outside.json" },
        { family_id: "g", shard_path: "/etc/passwd" },
      ]),
    );
    const db = await loadReferenceDatabase(root);
    expect(db.problems.map((p) => p.message)).toEqual([
      'path "../outside.json" is refused: it has a ".." segment; the shard is skipped',
      'path "/etc/passwd" is refused: it is absolute; database paths are relative to its root; the shard is skipped',
    ]);
    expect(db.assets).toEqual([]);
  });

  it("a bundle with broken JSON is a problem on its entry", async () => {
    await oneFamily(root, [{ id: "a" }, { id: "b" }], { a: '{"mfi": ' });
    const r = await dbCheck(root);
    expect(r.total).toBe(2);
    expect(r.reproduced).toBe(1);
    expect(r.entries[0]).toEqual({
      asset_id: "a",
      family_id: "f",
      arch_hash: { stored: null, derived: null, ok: false },
      param_bucket: { stored: "<=1B", derived: null, ok: false },
      family_hash: { stored: null, derived: null, ok: false, rule: null },
      problems: [
        {
          file: "features/base/by-family/f/a_features.json",
          field: null,
          message: "not valid JSON (Object value expected after ':' at position 8)",
        },
      ],
    });
    expect(r.entries[1]?.problems).toEqual([]);
  });

  it("a feature_path that escapes the root, by text or through a link, is refused", async () => {
    await mkdir(path.join(dir, "elsewhere"));
    await writeFile(path.join(dir, "elsewhere", "x.json"), bundle("b"));
    const assets = [
      { id: "a", feature_path: "features/../../elsewhere/x.json" },
      { id: "b", feature_path: "features/link.json" },
    ];
    await put(
      root,
      "catalog/manifest.json",
      manifest([{ family_id: "f", shard_path: "catalog/by-family/f.json" }]),
    );
    await put(root, "catalog/by-family/f.json", shard("f", assets));
    await mkdir(path.join(root, "features"));
    await symlink(path.join(dir, "elsewhere", "x.json"), path.join(root, "features", "link.json"));
    const db = await loadReferenceDatabase(root);
    const [a, b] = db.assets;
    if (!a || !b) throw new Error("assets missing");
    expect(await readBundle(db, a)).toEqual({
      bundle: null,
      problems: [
        {
          file: "catalog/by-family/f.json",
          field: "assets[0].feature_path",
          message: 'path "features/../../elsewhere/x.json" is refused: it has a ".." segment',
        },
      ],
    });
    const real = path.join(await realpath(dir), "elsewhere", "x.json");
    expect(await readBundle(db, b)).toEqual({
      bundle: null,
      problems: [
        {
          file: "catalog/by-family/f.json",
          field: "assets[1].feature_path",
          message: `path "features/link.json" is refused: a symbolic link leads outside the database root (to ${real})`,
        },
      ],
    });
  });

  it("a wrong stored arch_hash or param_bucket is reported, not thrown", async () => {
    await oneFamily(root, [{ id: "a", param_bucket: "1-10B" }, { id: "b" }], {
      b: bundle("b", gpt2Mfi("0".repeat(64))),
    });
    const r = await dbCheck(root);
    expect(r.reproduced).toBe(0);
    const [a, b] = r.entries;
    expect(a?.arch_hash.ok).toBe(true);
    expect(a?.param_bucket).toEqual({ stored: "1-10B", derived: "<=1B", ok: false });
    expect(a?.problems).toEqual([
      {
        file: "catalog/by-family/f.json",
        field: "assets[0].param_bucket",
        message: 'stored "1-10B", derived "<=1B" from the stored MFI',
      },
    ]);
    expect(b?.arch_hash).toEqual({ stored: "0".repeat(64), derived: GPT2_ARCH, ok: false });
    expect(b?.problems).toEqual([
      {
        file: "features/base/by-family/f/b_features.json",
        field: "mfi.arch_hash",
        message: `stored ${"0".repeat(64)}, derived ${GPT2_ARCH}`,
      },
    ]);
    expect(b?.family_hash.rule).toBe("float");
  });

  it("a stored dimension of the wrong type is named", async () => {
    await oneFamily(root, [{ id: "a" }], {
      a: bundle("a", gpt2Mfi().replace('"hidden_size": 768', '"hidden_size": "768"')),
    });
    const r = await dbCheck(root);
    expect(r.entries[0]?.problems.map((p) => `${p.field}: ${p.message}`)).toEqual([
      'mfi.hidden_size: expected a number, found a string ("768"); arch_hash cannot be derived',
      'mfi.hidden_size: expected an integer, found a string ("768")',
      "mfi.arch_hash: stored 912dae4ea0797958c503a679d1dec973b6194fb80110be7e370d92c36f07bc10, derived nothing",
    ]);
  });

  it("catalog inconsistencies: asset_count, family id, duplicate asset, bad artifact path", async () => {
    await put(
      root,
      "catalog/manifest.json",
      manifest([{ family_id: "f", shard_path: "catalog/by-family/f.json", asset_count: 3 }]),
    );
    await put(
      root,
      "catalog/by-family/f.json",
      shard("g", [{ id: "a" }, { id: "a", param_bucket: "1-10B" }]),
    );
    await put(
      root,
      "features/base/by-family/g/a_features.json",
      bundle("z").replace("features/deep/x.parquet", "/abs/x.parquet"),
    );
    const db = await loadReferenceDatabase(root);
    expect(db.problems).toEqual([
      {
        file: "catalog/by-family/f.json",
        field: "family.family_id",
        message: '"g" differs from the manifest\'s "f"; the shard\'s id is used',
      },
      {
        file: "catalog/manifest.json",
        field: "shards[0].asset_count",
        message: "3 differs from the 2 assets in catalog/by-family/f.json",
      },
      {
        file: "catalog/by-family/f.json",
        field: "assets[1].asset_id",
        message: '"a" is listed twice; the later record is used',
      },
    ]);
    expect(db.assets).toHaveLength(1);
    expect(db.assets[0]).toMatchObject({
      asset_id: "a",
      param_bucket: "1-10B",
      family_id: "g",
      field: "assets[1]",
    });
    const read = await readBundle(db, db.assets[0] as (typeof db.assets)[number]);
    expect(read.bundle?.artifact_refs).toEqual([]);
    expect(read.problems.map((p) => `${p.field}: ${p.message}`)).toEqual([
      'artifact_refs[0].path: path "/abs/x.parquet" is refused: it is absolute; database paths are relative to its root; the artifact is skipped',
      'asset_id: "z" differs from the catalog\'s "a"',
    ]);
  });

  it("a bundle over the size cap is refused before it is read", async () => {
    await oneFamily(root, [{ id: "a" }]);
    let reads = 0;
    const fs: DatabaseFs = {
      ...nodeDatabaseFs,
      fileSize: async (p) => (p.endsWith("_features.json") ? 9 * 1024 * 1024 : nodeDatabaseFs.fileSize(p)),
      readFile: async (p, max) => {
        if (p.endsWith("_features.json")) reads += 1;
        return nodeDatabaseFs.readFile(p, max);
      },
    };
    const r = await dbCheck(root, fs);
    expect(reads).toBe(0);
    expect(r.entries[0]?.problems).toEqual([
      {
        file: "features/base/by-family/f/a_features.json",
        field: null,
        message: "file is 9437184 bytes, over the 8388608-byte limit (MAX_BUNDLE_BYTES)",
      },
    ]);
  });
});
