// `fingerprint <ref> --db DIR --family ID` through the CLI, in-process.
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCli } from "../../src/cli/run-cli.js";

const root = path.resolve(import.meta.dirname, "../..");
let dir: string;

async function cli(argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = "";
  let err = "";
  const code = await runCli({
    argv,
    env: {},
    cwd: root,
    stdout: (t) => (out += t),
    stderr: (t) => (err += t),
  });
  return { code, out, err };
}

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), "pg-cli-fpdb-"));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe("fingerprint --db --family", () => {
  it("adds the model, says what it wrote, and the database passes db check", async () => {
    const db = path.join(dir, "db");
    const add = await cli([
      "fingerprint",
      "examples/models/tiny-llama",
      "--db",
      db,
      "--family",
      "ex--llama",
      "--no-cache",
    ]);
    expect(add.code).toBe(0);
    expect(add.out).toContain(
      `database     added tiny-llama__hf-safetensors in family ex--llama (new database ${db})`,
    );
    expect(add.out).toContain(
      "deep signals features/deep-signals/by-family/ex--llama/tiny-llama__hf-safetensors_deep-signals.parquet",
    );
    expect(add.out).toMatch(
      /\n {13}lineage probe features\/lineage-probe\/by-family\/ex--llama\/tiny-llama__hf-safetensors_lineage-probe\.bin \(\d+ KiB\)\n/,
    );
    const again = await cli([
      "fingerprint",
      "examples/models/tiny-llama",
      "--db",
      db,
      "--family",
      "ex--llama",
      "--json",
      "--no-cache",
    ]);
    expect(again.code).toBe(0);
    const j = JSON.parse(again.out) as { db_entry: Record<string, unknown>; mfi: object };
    expect(j.db_entry).toMatchObject({
      asset_id: "tiny-llama__hf-safetensors",
      replaced: true,
      root: db,
      lineage_probe:
        "features/lineage-probe/by-family/ex--llama/tiny-llama__hf-safetensors_lineage-probe.bin",
    });
    expect(Object.keys(j.mfi)).toHaveLength(26);
    const check = await cli(["db", "check", db]);
    expect(check.code).toBe(0);
    expect(check.out).toContain("reproduced   1 of 1 entries");
  });

  it("is a usage error (exit 2) when only one of the two flags is given", async () => {
    const onlyDb = await cli(["fingerprint", "examples/models/tiny-llama", "--db", path.join(dir, "x")]);
    expect(onlyDb.code).toBe(2);
    expect(onlyDb.err).toMatch(/--db DIR and --family ID go together: add --family ID/);
    const onlyFamily = await cli(["fingerprint", "examples/models/tiny-llama", "--family", "f"]);
    expect(onlyFamily.code).toBe(2);
    expect(onlyFamily.err).toMatch(/add --db DIR/);
  });

  it("is a configuration error (exit 2) for a family id that cannot be a file name", async () => {
    const bad = await cli([
      "fingerprint",
      "examples/models/tiny-llama",
      "--db",
      path.join(dir, "y"),
      "--family",
      "../up",
      "--no-cache",
    ]);
    expect(bad.code).toBe(2);
    expect(bad.err).toContain('family id "../up" cannot name database files');
  });
});
