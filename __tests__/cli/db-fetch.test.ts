// `provenance-gate db fetch provenancekit` through the CLI: usage errors (exit 2), a failed
// download (exit 1), status, and a full install from a loopback mirror of the shared database.

import { existsSync } from "node:fs";
import { mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCli } from "../../src/cli/run-cli.js";
import { pinnedFiles } from "../../src/engine/reference/fetch-bundles.js";
import { UPSTREAM_COMMIT } from "../../src/engine/reference/fetch-pin.js";
import { startLoopbackFiles, type LoopbackFiles } from "../helpers/loopback-files.js";
import { buildZip } from "../helpers/zip-builder.js";
import { sha256 } from "../engine/reference/fetch-fixture.js";

const SHARED = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  "../../../shared/data/provenancekit-db",
);
const present = existsSync(path.join(SHARED, "catalog", "manifest.json"));
if (!present) console.log(`skipping the CLI's full db fetch: ${SHARED} is absent`);

let work: string;
let server: LoopbackFiles;
const zip = buildZip([
  { name: "deep-signals/by-family/qwen--qwen/Qwen2-1.5B__hf-safetensors_deep-signals.parquet", data: "PAR1" },
]);
beforeAll(async () => {
  work = await mkdtemp(path.join(tmpdir(), "pg-cli-fetch-"));
  server = await startLoopbackFiles({ "/ds.zip": { body: zip } });
});
afterAll(async () => {
  await server.close();
  await rm(work, { recursive: true, force: true });
});

async function cli(
  argv: string[],
  tty = false,
  env: Record<string, string> = {},
): Promise<{ code: number; out: string; err: string }> {
  let out = "";
  let err = "";
  const code = await runCli({
    argv,
    env,
    cwd: work,
    stdout: (t) => (out += t),
    stderr: (t) => (err += t),
    stderrIsTTY: tty,
  });
  return { code, out, err };
}

const mirror = () => [
  "--bundles-url",
  `${server.url}/mirror`,
  "--deep-signals-url",
  `${server.url}/ds.zip`,
  "--deep-signals-sha256",
  sha256(zip),
];

describe("db fetch (CLI)", () => {
  it("exits 2 on usage and configuration mistakes, before any request", async () => {
    const cases: [string[], string][] = [
      [["db", "fetch", "other", "--to", "x"], 'db fetch knows one source, "provenancekit"; got "other"'],
      [["db", "fetch", "provenancekit"], "db fetch needs --to <dir>"],
      [["db", "fetch", "provenancekit", "--to", "x", "--update", "--status"], "mutually exclusive"],
      [
        ["db", "fetch", "provenancekit", "--to", "x", "--deep-signals-url", "http://example.com/a.zip"],
        "is not HTTPS",
      ],
    ];
    for (const [argv, msg] of cases) {
      const r = await cli(argv);
      expect([r.code, r.out]).toEqual([2, ""]);
      expect(r.err).toContain(msg);
    }
    await writeFile(path.join(work, "mine.txt"), "x");
    const foreign = await cli(["db", "fetch", "provenancekit", "--to", ".", ...mirror()]);
    expect(foreign.code).toBe(2);
    expect(foreign.err).toContain("--to holds files that db fetch did not install");
    await rm(path.join(work, "mine.txt"));
    expect(server.requests).toEqual([]);
  });

  it("exits 1 when a download fails, and installs nothing", async () => {
    const r = await cli(["db", "fetch", "provenancekit", "--to", "db", ...mirror()]);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(
      /^error \(network\): database file: http:\/\/127\.0\.0\.1:\d+\/mirror\/\S+ answered 404; /,
    );
    expect(await readdir(work)).toEqual([]);
  });

  it("reports status 'not installed' with exit 0", async () => {
    const r = await cli(["db", "fetch", "provenancekit", "--to", "db", "--status"]);
    expect([r.code, r.err]).toEqual([0, ""]);
    expect(r.out).toBe(
      `not installed at ${path.join(work, "db")}; run: provenance-gate db fetch provenancekit --to <dir>\n`,
    );
  });

  it.skipIf(!present)(
    "installs from a mirror, shows progress on a terminal, then reports status",
    async () => {
      for (const f of pinnedFiles())
        server.set(`/mirror/${f.repoPath}`, { body: await readFile(path.join(SHARED, f.path)) });
      const r = await cli(["db", "fetch", "provenancekit", "--to", "db", ...mirror()], true, {
        HF_TOKEN: "hf_never_sent",
      });
      expect(r.code).toBe(0);
      expect(server.authorizations.filter((a) => a !== undefined)).toEqual([]);
      const lines = r.out.split("\n");
      expect(lines[0]).toBe(`installed     ${path.join(work, "db")}`);
      expect(lines[1]).toBe(
        `base files    194 at upstream commit ${UPSTREAM_COMMIT} (cisco-ai-defense/model-provenance-kit), sizes and SHA-256 checked`,
      );
      expect(lines[2]).toBe(`deep signals  1 parquet file(s), 4 B, archive SHA-256 ${sha256(zip)}`);
      expect(r.err.split("\n").filter((l) => l.startsWith("bundles "))).toHaveLength(11);
      expect(r.err).toContain("bundles   194/194 files\n");
      expect(r.err).toContain(`install   into ${path.join(work, "db")}\n`);

      const again = await cli(["db", "fetch", "provenancekit", "--to", "db", ...mirror()]);
      expect([again.code, again.err]).toEqual([0, ""]);
      expect(again.out).toMatch(
        /^already installed at .* \(upstream commit 9991417767c0, installed \S+Z\); --update re-installs it\n$/,
      );

      const status = await cli(["db", "fetch", "provenancekit", "--to", "db", "--status", "--json"]);
      expect(status.code).toBe(0);
      const s = JSON.parse(status.out) as { installed: boolean; parquet_files: number; families: string[] };
      expect([s.installed, s.parquet_files, s.families]).toEqual([true, 1, ["qwen--qwen"]]);
      const scan = await cli(["db", "check", "db", "--json"]);
      expect(JSON.parse(scan.out)).toMatchObject({ total: 152, reproduced: 152 });
    },
  );
});
