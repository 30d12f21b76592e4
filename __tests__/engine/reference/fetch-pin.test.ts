// The pinned upstream file list: well formed, equal file for file to the shared copy of the
// upstream database (../shared/data/provenancekit-db, at the same commit), and installable from a
// mirror of it.

import { createHash } from "node:crypto";
import { existsSync } from "node:fs";
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadReferenceDatabase, pathTextProblem } from "../../../src/engine/reference/index.js";
import { pinnedFiles } from "../../../src/engine/reference/fetch-bundles.js";
import { fetchProvenancekitDatabase } from "../../../src/engine/reference/fetch-db.js";
import { UPSTREAM_COMMIT, UPSTREAM_PREFIX } from "../../../src/engine/reference/fetch-pin.js";
import { buildZip } from "../../helpers/zip-builder.js";
import { NOW, sha256, startFixture, type Fixture } from "./fetch-fixture.js";

const SHARED = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  "../../../../shared/data/provenancekit-db",
);
const present = existsSync(path.join(SHARED, "catalog", "manifest.json"));
if (!present) console.log(`skipping pinned-list comparison and full fetch: ${SHARED} is absent`);

describe("pinned upstream files", () => {
  it("are a commit, a prefix and 194 sorted, distinct, relative paths with SHA-256s", () => {
    const files = pinnedFiles();
    expect(UPSTREAM_COMMIT).toMatch(/^[0-9a-f]{40}$/);
    expect(UPSTREAM_PREFIX).toBe("src/provenancekit/data/database/");
    expect(files).toHaveLength(194);
    const paths = files.map((f) => f.path);
    expect([...paths].sort()).toEqual(paths);
    expect(new Set(paths).size).toBe(paths.length);
    for (const f of files) {
      expect(pathTextProblem(f.path)).toBeNull();
      expect(f.sha256).toMatch(/^[0-9a-f]{64}$/);
      expect(f.size).toBeGreaterThan(0);
    }
    expect(files.filter((f) => f.path.startsWith("features/base/by-family/"))).toHaveLength(152);
    expect(files.filter((f) => f.path.startsWith("catalog/by-family/"))).toHaveLength(39);
    expect(files.find((f) => f.path === "LICENSE")?.repoPath).toBe("LICENSE");
    expect(files.find((f) => f.path === "catalog/manifest.json")?.repoPath).toBe(
      "src/provenancekit/data/database/catalog/manifest.json",
    );
  });
});

describe.skipIf(!present)("pinned upstream files against the shared copy", () => {
  let fx: Fixture;
  beforeAll(async () => {
    fx = await startFixture();
  });
  afterAll(async () => {
    await fx.close();
  });

  it("match ../shared/data/provenancekit-db file for file, by size and SHA-256", async () => {
    const shared = (await readdir(SHARED, { recursive: true, withFileTypes: true }))
      .filter((e) => e.isFile())
      .map((e) => path.relative(SHARED, path.join(e.parentPath, e.name)).split(path.sep).join("/"))
      .sort();
    const files = pinnedFiles();
    expect(shared).toEqual(files.map((f) => f.path));
    for (const f of files) {
      const bytes = await readFile(path.join(SHARED, f.path));
      expect({
        path: f.path,
        size: bytes.length,
        sha256: createHash("sha256").update(bytes).digest("hex"),
      }).toEqual({
        path: f.path,
        size: f.size,
        sha256: f.sha256,
      });
    }
  });

  it("install from a mirror into a database that loads with its 152 entries", async () => {
    for (const f of pinnedFiles())
      fx.server.set(`/mirror/${f.repoPath}`, { body: await readFile(path.join(SHARED, f.path)) });
    const zip = buildZip([{ name: "by-family/qwen--qwen/x_deep-signals.parquet", data: "PAR1", method: 8 }]);
    fx.server.set("/full.zip", { body: zip });
    const r = await fetchProvenancekitDatabase({
      to: fx.target,
      bundlesUrl: `${fx.server.url}/mirror/`,
      deepSignalsUrl: `${fx.server.url}/full.zip`,
      deepSignalsSha256: sha256(zip),
      now: () => NOW,
    });
    expect(r.status).toBe("installed");
    expect(r.record?.base_files).toBe(194);
    expect(r.requests).toBe(195);
    const db = await loadReferenceDatabase(fx.target);
    expect(db.assets).toHaveLength(152);
    expect(db.families.size).toBe(39);
    expect(db.problems).toEqual([]);
  });
});
