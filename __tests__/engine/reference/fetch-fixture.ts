// A published database in miniature for `db fetch` tests: four base files (pinned by their real
// size and SHA-256) and a deep-signal archive, served from a loopback server.

import { createHash } from "node:crypto";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import type { PinnedFile } from "../../../src/engine/reference/fetch-bundles.js";
import type { FetchDbOptions } from "../../../src/engine/reference/fetch-db.js";
import { startLoopbackFiles, type LoopbackFiles } from "../../helpers/loopback-files.js";
import { buildZip, type ZipEntrySpec } from "../../helpers/zip-builder.js";
import { bundle, manifest, shard } from "./db-builder.js";

const te = new TextEncoder();
export const sha256 = (b: Uint8Array): string => createHash("sha256").update(b).digest("hex");

export const BASE_FILES: Record<string, string> = {
  LICENSE: "Apache License 2.0 (test copy)\n",
  "catalog/manifest.json": manifest([
    { family_id: "f", shard_path: "catalog/by-family/f.json", asset_count: 2 },
  ]),
  "catalog/by-family/f.json": shard("f", [{ id: "a1" }, { id: "a2" }]),
  "features/base/by-family/f/a1_features.json": bundle("a1"),
  "features/base/by-family/f/a2_features.json": bundle("a2"),
};

export const PINNED: PinnedFile[] = Object.entries(BASE_FILES).map(([p, text]) => ({
  path: p,
  repoPath: p === "LICENSE" ? p : `up/db/${p}`,
  size: te.encode(text).length,
  sha256: sha256(te.encode(text)),
}));

export const PARQUET_A1 = "deep-signals/by-family/f/a1_deep-signals.parquet";
export const GOOD_ENTRIES: ZipEntrySpec[] = [
  { name: "deep-signals/", externalAttributes: ((0o040755 << 16) | 0x10) >>> 0 },
  { name: PARQUET_A1, data: "PAR1 first version PAR1", method: 8 },
  { name: "deep-signals/by-family/f/a2_deep-signals.parquet", data: "PAR1 a2 PAR1" },
  { name: "__MACOSX/deep-signals/._x", data: "fork" },
];

export const NOW = new Date(Date.UTC(2026, 0, 2, 3, 4, 5, 678));

export interface Fixture {
  readonly work: string;
  readonly target: string;
  readonly server: LoopbackFiles;
  zipSha: string;
  /** Serves an archive built from `entries` at /ds.zip and remembers its SHA-256. */
  serveZip(entries: readonly ZipEntrySpec[]): Uint8Array;
  options(extra?: Partial<FetchDbOptions>): FetchDbOptions;
  close(): Promise<void>;
}

export async function startFixture(): Promise<Fixture> {
  const work = await mkdtemp(path.join(tmpdir(), "pg-fetch-"));
  const server = await startLoopbackFiles();
  for (const f of PINNED) server.set(`/base/${f.repoPath}`, { body: te.encode(BASE_FILES[f.path] ?? "") });
  const fx: Fixture = {
    work,
    target: path.join(work, "db"),
    server,
    zipSha: "",
    serveZip(entries) {
      const zip = buildZip(entries);
      server.set("/ds.zip", { body: zip });
      fx.zipSha = sha256(zip);
      return zip;
    },
    options: (extra = {}) => ({
      to: fx.target,
      bundlesUrl: `${server.url}/base`,
      deepSignalsUrl: `${server.url}/ds.zip`,
      deepSignalsSha256: fx.zipSha,
      pinned: PINNED,
      now: () => NOW,
      retries: 1,
      sleep: async () => undefined,
      ...extra,
    }),
    async close() {
      await server.close();
      await rm(work, { recursive: true, force: true });
    },
  };
  fx.serveZip(GOOD_ENTRIES);
  return fx;
}
