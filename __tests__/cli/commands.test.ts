// fingerprint, compare and db check through the CLI, in-process.
import { existsSync } from "node:fs";
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "../../src/cli/run-cli.js";

const root = path.resolve(import.meta.dirname, "../..");
const SHARED = path.resolve(root, "../shared/data");
const shared = existsSync(SHARED);
if (!shared) console.warn(`skipping CLI tests on shared data: ${SHARED} is absent`);

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

describe("fingerprint and compare", () => {
  it("fingerprints the example model as JSON with the stable keys", async () => {
    const { code, out } = await cli(["fingerprint", "examples/models/tiny-llama", "--json"]);
    expect(code).toBe(0);
    const f = JSON.parse(out) as Record<string, unknown> & {
      mfi: Record<string, unknown>;
      tfv: Record<string, unknown>;
    };
    for (const k of ["mfi", "tfv", "weights", "profile", "extractor_version", "bytes_read"])
      expect(f).toHaveProperty(k);
    expect(Object.keys(f.mfi)).toHaveLength(26);
    expect(Object.keys(f.tfv)).toHaveLength(18);
    expect([f.mfi.model_type, f.mfi.hidden_size, f.tfv.vocab_size, f.profile]).toEqual([
      "llama",
      64,
      512,
      "full",
    ]);
    const w = f.weights as Record<string, unknown>;
    expect([w.eas_anchor_count, w.nlf_mode, w.nlf_num_layers, (w.lep_profile as number[]).length]).toEqual([
      64,
      "direct",
      5,
      2,
    ]);
  });

  it("compares a model with itself as text", async () => {
    const { code, out } = await cli([
      "compare",
      "examples/models/tiny-llama",
      "./examples/models/tiny-llama",
    ]);
    expect(code).toBe(0);
    expect(out).toContain("MFI              1.0000 (tier 1, exact)\n");
    expect(out).toContain("TFV              1.0000\nVOA              1.0000\ntokenizer score  1.0000\n");
    expect(out).toMatch(/\nverdict {2}high-confidence-match \(lineage T 1\.000 ≥ 0\.2, p 1e-\d+\)\n/);
    expect(out).toMatch(/\nlineage T +1\.000 \(p 1e-\d+\)\n/);
    expect(out).toContain(
      "\nlineage  1344 of 1344 units agree (chance 10.0), alignment none, probe of a; layers b0→a0 b1→a1\n",
    );
  });

  it("names a model without config.json", async () => {
    const { code, err } = await cli(["fingerprint", "src"]);
    expect(code).toBe(1);
    expect(err).toBe(
      `error (malformed): ${root}/src/config.json: the model has no config.json, so its architecture cannot be fingerprinted; point at the model folder or repo that holds it\n`,
    );
  });
});

describe("db check", () => {
  it.skipIf(!shared)("reproduces every entry of the published database", async () => {
    const { code, out } = await cli(["db", "check", path.join(SHARED, "provenancekit-db")]);
    expect(code).toBe(0);
    expect(out.split("\n").slice(1, 3)).toEqual([
      "reproduced   152 of 152 entries (arch_hash and param_bucket re-derived from the stored MFI)",
      "family_hash  148 with the stored rope_theta, 4 only with its int form, of 152 (informational)",
    ]);
  });

  it("exits 1 and names the broken bundle, going past it", async () => {
    const dir = await mkdtemp(path.join(tmpdir(), "pg-db-"));
    try {
      await mkdir(path.join(dir, "catalog/by-family"), { recursive: true });
      await mkdir(path.join(dir, "features/base/by-family/f"), { recursive: true });
      await writeFile(
        path.join(dir, "catalog/manifest.json"),
        JSON.stringify({
          shards: [{ family_id: "f", shard_path: "catalog/by-family/f.json", asset_count: 1 }],
        }),
      );
      await writeFile(
        path.join(dir, "catalog/by-family/f.json"),
        JSON.stringify({
          family: { family_id: "f" },
          assets: [
            {
              asset_id: "m",
              model_id: "m",
              feature_path: "features/base/by-family/f/m_features.json",
              param_bucket: "<=1B",
            },
          ],
        }),
      );
      await writeFile(path.join(dir, "features/base/by-family/f/m_features.json"), "{ not json");
      const { code, out } = await cli(["db", "check", dir]);
      expect(code).toBe(1);
      expect(out).toContain("reproduced   0 of 1 entries");
      expect(out.split("\n").slice(3)).toEqual([
        "entry        f/m",
        "               features/base/by-family/f/m_features.json: not valid JSON (Quoted object key expected but got 'n' at position 2)",
        "",
      ]);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
