// `db fetch provenancekit` end to end against a loopback server: install, report, update, status,
// and a swap that fails and rolls back.

import { readdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { ConfigError } from "../../../src/engine/errors.js";
import { loadReferenceDatabase } from "../../../src/engine/reference/catalog.js";
import { fetchProvenancekitDatabase, type FetchProgress } from "../../../src/engine/reference/fetch-db.js";
import { installStatus, nodeSwapFs } from "../../../src/engine/reference/fetch-install.js";
import { UPSTREAM_COMMIT } from "../../../src/engine/reference/fetch-pin.js";
import { treeDigest } from "../../helpers/tree-digest.js";
import { BASE_FILES, GOOD_ENTRIES, startFixture, type Fixture } from "./fetch-fixture.js";

let fx: Fixture;
beforeEach(async () => {
  fx = await startFixture();
});
afterEach(async () => {
  await fx.close();
});

const INSTALLED_FILES = [
  ".provenance-gate-install.json",
  "LICENSE",
  "catalog/by-family/f.json",
  "catalog/manifest.json",
  "features/base/by-family/f/a1_features.json",
  "features/base/by-family/f/a2_features.json",
  "features/deep-signals/.deep-signals-installed",
  "features/deep-signals/by-family/f/a1_deep-signals.parquet",
  "features/deep-signals/by-family/f/a2_deep-signals.parquet",
];

async function filesOf(dir: string): Promise<string[]> {
  const all = await readdir(dir, { recursive: true, withFileTypes: true });
  return all
    .filter((e) => e.isFile())
    .map((e) => path.relative(dir, path.join(e.parentPath, e.name)).split(path.sep).join("/"))
    .sort();
}

describe("fetchProvenancekitDatabase", () => {
  it("installs base files and deep signals into a new folder that loads as a database", async () => {
    const events: FetchProgress[] = [];
    const r = await fetchProvenancekitDatabase(fx.options({ onProgress: (e) => events.push(e) }));
    expect(r.status).toBe("installed");
    expect(r.leftover).toBeUndefined();
    expect(r.requests).toBe(6);
    expect(await filesOf(fx.target)).toEqual(INSTALLED_FILES);
    expect(await readdir(fx.work)).toEqual(["db"]);
    for (const [p, text] of Object.entries(BASE_FILES))
      expect(await readFile(path.join(fx.target, p), "utf8")).toBe(text);
    expect(
      await readFile(
        path.join(fx.target, "features/deep-signals/by-family/f/a1_deep-signals.parquet"),
        "utf8",
      ),
    ).toBe("PAR1 first version PAR1");
    const zipUrl = `${fx.server.url}/ds.zip`;
    expect(
      await readFile(path.join(fx.target, "features/deep-signals/.deep-signals-installed"), "utf8"),
    ).toBe(`installed_from=${zipUrl}\nsha256=${fx.zipSha}\ninstalled_at=2026-01-02T03:04:05Z\n`);
    expect(r.record).toEqual({
      source: "provenancekit",
      upstream_repo: "cisco-ai-defense/model-provenance-kit",
      upstream_commit: UPSTREAM_COMMIT,
      bundles_url: `${fx.server.url}/base`,
      base_files: 5,
      deep_signals_url: zipUrl,
      deep_signals_sha256: fx.zipSha,
      parquet_files: 2,
      installed_at: "2026-01-02T03:04:05Z",
    });
    const db = await loadReferenceDatabase(fx.target);
    expect(db.assets.map((a) => a.asset_id)).toEqual(["a1", "a2"]);
    expect(db.problems).toEqual([]);
    expect(events.filter((e) => e.phase === "bundles").map((e) => e.phase === "bundles" && e.done)).toEqual([
      1, 2, 3, 4, 5,
    ]);
    expect(events.filter((e) => e.phase === "extract")).toEqual([
      { phase: "extract", done: 1, total: 2 },
      { phase: "extract", done: 2, total: 2 },
    ]);
    expect(events.at(-1)).toEqual({ phase: "install", target: fx.target });
  });

  it("reports an existing install without downloading; --update replaces it", async () => {
    await fetchProvenancekitDatabase(fx.options());
    const before = await treeDigest(fx.target);
    const asked = fx.server.requests.length;
    const again = await fetchProvenancekitDatabase(fx.options());
    expect(again.status).toBe("present");
    expect(again.record?.deep_signals_sha256).toBe(fx.zipSha);
    expect(fx.server.requests.length).toBe(asked);
    expect(await treeDigest(fx.target)).toEqual(before);

    await writeFile(path.join(fx.target, "stray.txt"), "from the old install");
    fx.serveZip([{ name: "x/by-family/g/b_deep-signals.parquet", data: "PAR1 second PAR1", method: 8 }]);
    const updated = await fetchProvenancekitDatabase(fx.options({ update: true }));
    expect(updated.status).toBe("installed");
    expect(updated.record?.parquet_files).toBe(1);
    const files = await filesOf(fx.target);
    expect(files).not.toContain("stray.txt");
    expect(files).not.toContain("features/deep-signals/by-family/f/a1_deep-signals.parquet");
    expect(files).toContain("features/deep-signals/by-family/g/b_deep-signals.parquet");
    expect(await readdir(fx.work)).toEqual(["db"]);
    const status = await installStatus(fx.target);
    expect(status).toMatchObject({
      installed: true,
      parquet_files: 1,
      deep_signals_bytes: 16,
      families: ["g"],
    });
    expect(status.deep_signals_marker).toContain(`sha256=${fx.zipSha}\n`);
  });

  it("installs into an existing empty folder", async () => {
    await fetchProvenancekitDatabase(fx.options({ to: fx.work }));
    expect(await filesOf(fx.work)).toEqual(INSTALLED_FILES);
  });

  it("rolls back when the staged tree cannot be renamed into place", async () => {
    await fetchProvenancekitDatabase(fx.options());
    const before = await treeDigest(fx.target);
    fx.serveZip([{ name: "by-family/h/new.parquet", data: "new" }]);
    const renames: string[] = [];
    const failing = {
      ...nodeSwapFs,
      rename: async (from: string, to: string) => {
        renames.push(`${path.relative(fx.work, from)} -> ${path.relative(fx.work, to)}`);
        if (from.endsWith(`${path.sep}db`) && from !== fx.target) throw new Error("EXDEV: injected failure");
        await nodeSwapFs.rename(from, to);
      },
    };
    const err = await fetchProvenancekitDatabase(fx.options({ update: true, swapFs: failing })).catch(
      (e) => e,
    );
    expect((err as Error).message).toBe("EXDEV: injected failure");
    expect(renames).toHaveLength(3);
    expect(renames[0]).toMatch(/^db -> \.db\.old-[0-9a-f]{12}$/);
    expect(renames[1]).toMatch(/^\.db\.fetch-\w+\/db -> db$/);
    expect(renames[2]).toMatch(/^\.db\.old-[0-9a-f]{12} -> db$/);
    expect(await treeDigest(fx.target)).toEqual(before);
    expect(await readdir(fx.work)).toEqual(["db"]);
  });

  it("says where the old install is when even the rollback fails", async () => {
    await fetchProvenancekitDatabase(fx.options());
    const before = await treeDigest(fx.target);
    const failing = {
      ...nodeSwapFs,
      rename: async (from: string, to: string) => {
        if (to === fx.target) throw new Error("EIO: injected failure");
        await nodeSwapFs.rename(from, to);
      },
    };
    const err = await fetchProvenancekitDatabase(fx.options({ update: true, swapFs: failing })).catch(
      (e) => e,
    );
    expect(err).toBeInstanceOf(ConfigError);
    const aside = /it is at (\S+): rename it to/.exec((err as Error).message)?.[1] ?? "";
    expect(path.dirname(aside)).toBe(fx.work);
    expect(await treeDigest(aside)).toEqual(before);
    expect((await readdir(fx.work)).sort()).toEqual([path.basename(aside)]);
  });

  it("leaves a folder it did not install alone", async () => {
    await writeFile(path.join(fx.work, "notes.txt"), "mine");
    const err = await fetchProvenancekitDatabase(fx.options({ to: fx.work })).catch((e) => e);
    expect(err).toBeInstanceOf(ConfigError);
    expect((err as Error).message).toContain(`${fx.work}: --to holds files that db fetch did not install`);
    expect(fx.server.requests).toEqual([]);
  });

  it("refuses plain-HTTP URLs and a malformed checksum before any request", async () => {
    const http = await fetchProvenancekitDatabase(
      fx.options({ deepSignalsUrl: "http://example.com/ds.zip" }),
    ).catch((e) => e);
    expect(http).toBeInstanceOf(ConfigError);
    expect((http as Error).message).toContain('--deep-signals-url "http://example.com/ds.zip" is not HTTPS');
    const sha = await fetchProvenancekitDatabase(fx.options({ deepSignalsSha256: "abc" })).catch((e) => e);
    expect((sha as Error).message).toBe(
      '--deep-signals-sha256 "abc" is not 64 hexadecimal digits (a SHA-256)',
    );
    expect(fx.server.requests).toEqual([]);
    expect(await readdir(fx.work)).toEqual([]);
  });

  it("keeps the archive's skipped and unrelated entries out of the install", async () => {
    fx.serveZip([...GOOD_ENTRIES, { name: "deep-signals/README.txt", data: "about" }]);
    await fetchProvenancekitDatabase(fx.options());
    expect(await filesOf(fx.target)).toEqual(INSTALLED_FILES);
  });
});
