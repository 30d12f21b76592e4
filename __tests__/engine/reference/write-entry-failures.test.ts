// Failures while writing leave the database as it was; paths that lead out of the database are
// refused on reading and on writing; missing or oversized deep-signal and lineage-probe files.
import { mkdir, mkdtemp, readdir, rm, symlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ConfigError, MalformedInputError } from "../../../src/engine/errors.js";
import { fingerprintModel } from "../../../src/engine/fingerprint.js";
import { MAX_DEEP_SIGNALS_FILE_BYTES } from "../../../src/engine/formats/parquet/index.js";
import { openModel } from "../../../src/engine/model/open-model.js";
import {
  MAX_LINEAGE_PROBE_FILE_BYTES,
  loadReferenceDatabase,
  nodeDatabaseWriteFs,
  readBundle,
  readDeepSignals,
  readLineageProbe,
  writeReferenceEntry,
  type DatabaseWriteFs,
  type EntryModel,
} from "../../../src/engine/reference/index.js";
import { makeModel } from "../../helpers/model-factory.js";
import { treeDigest } from "../../helpers/tree-digest.js";

let dir: string;
let full: EntryModel;
let sampled: EntryModel;

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), "pg-write-fail-"));
  const m = makeModel({ arch: "llama", seed: 8, hidden: 64, layers: 2, heads: 4, vocab: 280 });
  const folder = path.join(dir, "models", "m-llama");
  await m.writeTo(folder);
  const model = await openModel(folder, { cwd: "/" });
  const run = async (p: "full" | "sampled"): Promise<EntryModel> => ({
    ...(await fingerprintModel(model, p)),
    source: { kind: "local" },
  });
  full = await run("full");
  sampled = await run("sampled");
  await model.close();
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** The node file system with the `nth` call of `op` failing. */
function failing(op: "writeNew" | "rename" | "link", nth: number): DatabaseWriteFs {
  let calls = 0;
  const real = nodeDatabaseWriteFs[op] as (a: string, b: never) => Promise<void>;
  return {
    ...nodeDatabaseWriteFs,
    [op]: (a: string, b: never) =>
      ++calls === nth ? Promise.reject(new Error(`injected ${op} failure`)) : real(a, b),
  };
}

async function dbWithOneEntry(name: string): Promise<string> {
  const root = path.join(dir, name);
  await writeReferenceEntry(root, full, { familyId: "fam" });
  return root;
}

describe("a failure in the middle leaves the old database intact", () => {
  // Files in commit order: parquet, lineage probe, bundle, shard, manifest.
  const cases: ["writeNew" | "rename" | "link", number][] = [
    ["writeNew", 1],
    ["writeNew", 2],
    ["writeNew", 3],
    ["rename", 2],
    ["link", 2],
    ["rename", 1],
    ["rename", 3],
    ["rename", 4],
  ];
  for (const [op, nth] of cases) {
    it(`${op} #${nth} fails while replacing an entry`, async () => {
      const root = await dbWithOneEntry(`fail-${op}-${nth}`);
      const before = await treeDigest(root);
      const fs = failing(op, nth);
      await expect(writeReferenceEntry(root, sampled, { familyId: "fam", fs })).rejects.toThrow(
        `injected ${op}`,
      );
      expect(await treeDigest(root)).toEqual(before);
      const db = await loadReferenceDatabase(root);
      const { bundle } = await readBundle(db, db.assets[0]!);
      expect((await readDeepSignals(db, bundle!))?.sampling).toEqual({ profile: "full" });
    });
  }

  it("a failure while adding to a new family removes what it had renamed", async () => {
    const root = await dbWithOneEntry("fail-new-family");
    const before = await treeDigest(root);
    const fs = failing("rename", 4);
    await expect(
      writeReferenceEntry(root, full, { familyId: "fam2", assetId: "copy", fs }),
    ).rejects.toThrow();
    // New folders may stay, empty; no file differs and no temporary file is left.
    const files = (await treeDigest(root)).filter((l) => !l.endsWith(" dir"));
    expect(files).toEqual(before.filter((l) => !l.endsWith(" dir")));
  });
});

describe("the sampling descriptor travels with the entry", () => {
  it("a sampled fingerprint is read back with its descriptor; WVC comparability depends on it", async () => {
    const root = path.join(dir, "sampled-db");
    await writeReferenceEntry(root, sampled, { familyId: "fam" });
    const db = await loadReferenceDatabase(root);
    const { bundle } = await readBundle(db, db.assets[0]!);
    const back = await readDeepSignals(db, bundle!);
    expect(back?.sampling).toEqual(sampled.weights?.signals.sampling);
    expect(back?.sampling.profile).toBe("sampled");
  });
});

describe("paths that lead out of the database", () => {
  it("a parquet replaced by a link to a file outside is refused, naming the bundle", async () => {
    const root = await dbWithOneEntry("escape-link");
    const db = await loadReferenceDatabase(root);
    const { bundle } = await readBundle(db, db.assets[0]!);
    const rel = bundle!.artifact_refs[0]!.path;
    const outside = path.join(dir, "outside.parquet");
    await writeFile(outside, "PAR1 not really");
    await rm(path.join(root, rel));
    await symlink(outside, path.join(root, rel));
    const err = await readDeepSignals(db, bundle!).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(MalformedInputError);
    expect((err as MalformedInputError).file).toBe(path.join(db.realRoot, bundle!.file));
    expect((err as Error).message).toMatch(/symbolic link leads outside the database root/);
  });

  it("a crafted artifact path with '..' is dropped when the bundle is read: no deep signals", async () => {
    const root = await dbWithOneEntry("escape-dots");
    const db = await loadReferenceDatabase(root);
    const file = path.join(root, db.assets[0]!.feature_path);
    const { readFile } = await import("node:fs/promises");
    const text = (await readFile(file, "utf8")).replace(/"path": "features\//, '"path": "../../features/');
    await writeFile(file, text);
    const { bundle, problems } = await readBundle(db, db.assets[0]!);
    expect(problems.map((p) => p.field)).toEqual(["artifact_refs[0].path"]);
    expect(await readDeepSignals(db, bundle!)).toBeNull();
  });

  it("writing through a family folder that links outside is refused before anything is written", async () => {
    const root = await dbWithOneEntry("escape-write");
    const outside = path.join(dir, "outside-dir");
    await mkdir(outside, { recursive: true });
    await symlink(outside, path.join(root, "features/base/by-family/evil"));
    const before = await treeDigest(root);
    const err = await writeReferenceEntry(root, full, { familyId: "evil", assetId: "e" }).catch(
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(ConfigError);
    expect((err as Error).message).toMatch(/outside the database root/);
    expect(await readdir(outside)).toEqual([]);
    expect((await treeDigest(root)).filter((l) => !l.endsWith(" dir"))).toEqual(
      before.filter((l) => !l.endsWith(" dir")),
    );
  });
});

describe("lineage probe files that are missing, oversized, damaged or lead outside", () => {
  it("is null without an artifact or without its file", async () => {
    const root = await dbWithOneEntry("probe-missing");
    const db = await loadReferenceDatabase(root);
    const { bundle } = await readBundle(db, db.assets[0]!);
    expect(await readLineageProbe(db, bundle!)).not.toBeNull();
    expect(await readLineageProbe(db, { ...bundle!, artifact_refs: [] })).toBeNull();
    await rm(path.join(root, bundle!.artifact_refs[1]!.path));
    expect(await readLineageProbe(db, bundle!)).toBeNull();
  });

  it("refuses a file over MAX_LINEAGE_PROBE_FILE_BYTES before reading it", async () => {
    const root = await dbWithOneEntry("probe-oversize");
    const db = await loadReferenceDatabase(root);
    const { bundle } = await readBundle(db, db.assets[0]!);
    let reads = 0;
    const fs = {
      ...db.fs,
      fileSize: () => Promise.resolve(MAX_LINEAGE_PROBE_FILE_BYTES + 1),
      readFile: (p: string, max: number) => (reads++, db.fs.readFile(p, max)),
    };
    const err = await readLineageProbe({ ...db, fs }, bundle!).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(MalformedInputError);
    expect((err as Error).message).toBe(
      `${path.join(db.realRoot, bundle!.artifact_refs[1]!.path)}: ${MAX_LINEAGE_PROBE_FILE_BYTES + 1} bytes, over the ${MAX_LINEAGE_PROBE_FILE_BYTES}-byte limit (MAX_LINEAGE_PROBE_FILE_BYTES); re-create the entry with fingerprint --db`,
    );
    expect(reads).toBe(0);
  });

  it("refuses a file whose SHA-256 is not the bundle's checksum, and one that is not a probe", async () => {
    const root = await dbWithOneEntry("probe-damaged");
    const db = await loadReferenceDatabase(root);
    const { bundle } = await readBundle(db, db.assets[0]!);
    const ref = bundle!.artifact_refs[1]!;
    const file = path.join(db.realRoot, ref.path);
    await writeFile(file, "PGLP but not really");
    const err = await readLineageProbe(db, bundle!).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(MalformedInputError);
    expect((err as Error).message).toMatch(
      new RegExp(
        `^${file}: its SHA-256 is [0-9a-f]{64}, the bundle's checksum says ${ref.checksum.slice(7)}; `,
      ),
    );
    // Without a checksum to hold it to, the bytes themselves are refused.
    const unchecked = { ...bundle!, artifact_refs: [{ ...ref, checksum: "" }] };
    const bad = await readLineageProbe(db, unchecked).catch((e: unknown) => e);
    expect(bad).toBeInstanceOf(MalformedInputError);
    expect((bad as MalformedInputError).field).toBe("version");
  });

  it("a probe replaced by a link to a file outside is refused, naming the bundle", async () => {
    const root = await dbWithOneEntry("probe-escape");
    const db = await loadReferenceDatabase(root);
    const { bundle } = await readBundle(db, db.assets[0]!);
    const rel = bundle!.artifact_refs[1]!.path;
    const outside = path.join(dir, "outside-probe.bin");
    await writeFile(outside, "PGLP");
    await rm(path.join(root, rel));
    await symlink(outside, path.join(root, rel));
    const err = await readLineageProbe(db, bundle!).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(MalformedInputError);
    expect((err as MalformedInputError).file).toBe(path.join(db.realRoot, bundle!.file));
    expect((err as Error).message).toMatch(/symbolic link leads outside the database root/);
  });

  it("writing a probe through a family folder that links outside is refused before anything is written", async () => {
    const root = await dbWithOneEntry("probe-escape-write");
    const outside = path.join(dir, "outside-probe-dir");
    await mkdir(outside, { recursive: true });
    await mkdir(path.join(root, "features/lineage-probe/by-family"), { recursive: true });
    await symlink(outside, path.join(root, "features/lineage-probe/by-family/evil"));
    const before = await treeDigest(root);
    const err = await writeReferenceEntry(root, full, { familyId: "evil", assetId: "e" }).catch(
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(ConfigError);
    expect((err as Error).message).toMatch(/lineage-probe\/by-family\/evil.*outside the database root/);
    expect(await readdir(outside)).toEqual([]);
    expect((await treeDigest(root)).filter((l) => !l.endsWith(" dir"))).toEqual(
      before.filter((l) => !l.endsWith(" dir")),
    );
  });
});

describe("missing and oversized deep-signal files", () => {
  it("is null without an artifact or without its file", async () => {
    const root = await dbWithOneEntry("missing");
    const db = await loadReferenceDatabase(root);
    const { bundle } = await readBundle(db, db.assets[0]!);
    expect(await readDeepSignals(db, { ...bundle!, artifact_refs: [] })).toBeNull();
    await rm(path.join(root, bundle!.artifact_refs[0]!.path));
    expect(await readDeepSignals(db, bundle!)).toBeNull();
  });

  it("refuses a file over MAX_DEEP_SIGNALS_FILE_BYTES before reading it", async () => {
    const root = await dbWithOneEntry("oversize");
    const db = await loadReferenceDatabase(root);
    const { bundle } = await readBundle(db, db.assets[0]!);
    let reads = 0;
    const fs = {
      ...db.fs,
      fileSize: () => Promise.resolve(MAX_DEEP_SIGNALS_FILE_BYTES + 1),
      readFile: (p: string, max: number) => (reads++, db.fs.readFile(p, max)),
    };
    const err = await readDeepSignals({ ...db, fs }, bundle!).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(MalformedInputError);
    expect((err as Error).message).toMatch(/MAX_DEEP_SIGNALS_FILE_BYTES/);
    expect(reads).toBe(0);
  });
});
