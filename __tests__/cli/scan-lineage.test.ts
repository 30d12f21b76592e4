// `scan` with the lineage test, through the CLI in-process: a database built with `fingerprint --db`
// from factory models (a base and two unrelated models) stores each entry's lineage probe beside
// its other files; scanning a disguised fine-tune of the base finds the base first on lineage T,
// where the identity score alone would rank an unrelated model above it; entries whose probe file
// is missing, damaged or never written are unverified and say why.
import { createHash } from "node:crypto";
import { cp, mkdtemp, readFile, rm, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCli } from "../../src/cli/run-cli.js";
import { fingerprintModel } from "../../src/engine/fingerprint.js";
import { encodeProbe } from "../../src/engine/lineage/probe-codec.js";
import { openModel } from "../../src/engine/model/open-model.js";
import { makeModel } from "../helpers/model-factory.js";
import { disguiseAll, fineTune } from "../helpers/model-transforms.js";

const SPEC = { arch: "llama", hidden: 64, layers: 4, heads: 4, kvHeads: 2, vocab: 512 } as const;
const base = makeModel({ ...SPEC, seed: 1 });
const MODELS = {
  base,
  // Same shape, another seed: the hardest unrelated model for a probe (every matrix pairs up).
  "other-llama": makeModel({ ...SPEC, seed: 2 }),
  "other-gpt2": makeModel({ arch: "gpt2", hidden: 64, layers: 3, heads: 4, vocab: 400, seed: 3 }),
  // A fine-tune of the base with every disguise at once: heads, MLP units and the residual stream
  // permuted, channels rescaled, MLP pruned, the vocabulary rebuilt, storage transposed, renamed.
  suspect: disguiseAll(fineTune(base, { std: 0.02, seed: 5 }), 8),
  // The same with a fresh vocabulary: no token string shared, so only the layers can realign.
  "fresh-suspect": disguiseAll(fineTune(base, { std: 0.02, seed: 5 }), 8, "fresh"),
};
const PROBE = "features/lineage-probe/by-family/fam-base/base__hf-safetensors_lineage-probe.bin";
const BUNDLE = "features/base/by-family/fam-base/base__hf-safetensors_features.json";

let dir: string;
let db: string;

async function cli(argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = "";
  let err = "";
  const code = await runCli({
    argv: [...argv, "--no-cache"],
    env: {},
    cwd: dir,
    stdout: (t) => (out += t),
    stderr: (t) => (err += t),
  });
  return { code, out, err };
}

interface Match {
  model_id: string;
  identity_score: number | null;
  lineage: Record<string, unknown> & { t: number };
  verdict: { label: string; related: boolean; basis: string };
  lineage_probe: boolean;
}
interface Report {
  matches: Match[];
  counts: Record<string, number>;
  query: Record<string, unknown>;
  problems: { file: string; message: string }[];
}

async function scanJson(root: string, ...flags: string[]): Promise<Report> {
  return scanModelJson("suspect", root, ...flags);
}

async function scanModelJson(model: string, root: string, ...flags: string[]): Promise<Report> {
  const r = await cli(["scan", model, "--db", root, "--json", ...flags]);
  expect(r.code, r.err).toBe(0);
  return JSON.parse(r.out) as Report;
}

/** A copy of the database to damage. */
async function copyDb(name: string): Promise<string> {
  const to = path.join(dir, name);
  await cp(db, to, { recursive: true });
  return to;
}

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), "pg-scan-lineage-"));
  db = path.join(dir, "db");
  for (const [name, m] of Object.entries(MODELS)) await m.writeTo(path.join(dir, name));
  for (const name of ["base", "other-llama", "other-gpt2"]) {
    const r = await cli(["fingerprint", name, "--db", db, "--family", `fam-${name}`]);
    expect(r.code, r.err).toBe(0);
  }
}, 120_000);
afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe("fingerprint --db stores the lineage probe", () => {
  it("writes the probe without its sample beside the entry, names it in the bundle, says so", async () => {
    const model = await openModel(path.join(dir, "base"), { cwd: "/" });
    const fresh = await fingerprintModel(model, "full").finally(() => model.close());
    const expected = encodeProbe(fresh.weights!.lineage!, { sample: false });
    const bytes = await readFile(path.join(db, PROBE));
    // 4 layers × 7 matrices at full width (hidden 64 ≤ 256 dims), 256 token rows × 2 tables.
    expect(bytes.length).toBe(530_304);
    expect(new Uint8Array(bytes)).toEqual(expected);
    expect((await stat(path.join(db, PROBE))).size).toBe(530_304);
    const bundle = JSON.parse(await readFile(path.join(db, BUNDLE), "utf8")) as {
      artifact_refs: Record<string, unknown>[];
    };
    expect(bundle.artifact_refs.map((a) => a.type)).toEqual(["deep_signals", "lineage_probe"]);
    expect(bundle.artifact_refs[1]).toEqual({
      artifact_id: "base-lineage-probe",
      type: "lineage_probe",
      path: PROBE,
      signals: [],
      checksum: `sha256:${createHash("sha256").update(bytes).digest("hex")}`,
      availability: "local",
    });
    // Written again (replacing the entry): the output names the probe and its size.
    const again = await cli(["fingerprint", "base", "--db", db, "--family", "fam-base"]);
    expect(again.out).toContain(`             lineage probe ${PROBE} (518 KiB)\n`);
    const check = await cli(["db", "check", db]);
    expect([check.code, check.out.includes("reproduced   3 of 3 entries")]).toEqual([0, true]);
  });
});

describe("scan with the lineage test", () => {
  it("finds the base of a disguised fine-tune first (T ≥ 0.9) and rules the unrelated models out", async () => {
    const r = await scanJson(db);
    expect(r.query).toMatchObject({ has_weight_signals: true, has_lineage_probe: true });
    expect(r.matches).toHaveLength(1);
    const [first] = r.matches;
    expect(first).toMatchObject({
      model_id: "base",
      lineage_probe: true,
      verdict: { label: "high-confidence-match", related: true },
    });
    expect(first!.lineage.t).toBeGreaterThanOrEqual(0.9);
    // The key set of compare --json's `lineage`.
    expect(Object.keys(first!.lineage)).toEqual([
      "t", "p_value", "log10_p", "units_compared", "agreeing", "chance", "alignment", "probe_of", "layers",
    ]); // prettier-ignore
    // The entry's probe is the A side and has no sample: every direction that ran is A's.
    expect(first!.lineage.probe_of).toBe("a");
    expect(first!.verdict.basis).toMatch(/^lineage T 1\.000 ≥ 0\.2, p 1e-\d+$/);
    // The identity score is a readout: here it would not even call the base a weak match.
    expect(first!.identity_score).toBeLessThan(0.65);
    expect(r.counts).toMatchObject({
      candidates: 3,
      verified: 3,
      not_matched: 2,
      unverified: 0,
      lineage_tested: 3,
      identity_scored: 3,
      above_threshold: 1,
    });
    expect(r.problems).toEqual([]);
  });

  it("finds the base behind a fresh vocabulary too, by the token-free alignment of the stored probe", async () => {
    const r = await scanModelJson("fresh-suspect", db);
    expect(r.matches.map((m) => [m.model_id, m.verdict.label, m.lineage.alignment, m.lineage.t])).toEqual([
      ["base", "high-confidence-match", "token-free", 1],
    ]);
    expect(r.counts).toMatchObject({ candidates: 3, not_matched: 2, above_threshold: 1 });
  });

  it("lists lineage matches whatever the threshold; the unrelated stay out at threshold 0", async () => {
    const high = await scanJson(db, "--threshold", "1");
    expect(high.matches.map((m) => m.model_id)).toEqual(["base"]);
    const zero = await scanJson(db, "--threshold", "0", "--top-k", "10");
    expect(zero.matches.map((m) => m.model_id)).toEqual(["base"]);
  });

  it("--plain gives T per match; the table has a T column", async () => {
    const plain = await cli(["scan", "suspect", "--db", db, "--plain"]);
    expect(plain.out.split("\n")).toContain("match_1_lineage_t:        1.0000");
    const text = await cli(["scan", "suspect", "--db", db]);
    expect(text.out).toMatch(/^#\s+model\s+family\s+verdict\s+T\s+identity\s+MFI/m);
    expect(text.out).toMatch(/^1\s+base\s+fam-base \[<=1B\]\s+high-confidence-match\s+1\.000\s+0\.\d{4}\s/m);
    expect(text.out).toContain(
      "candidates  3 of 3: 3 decided by the lineage test (2 ruled out), 0 unverified",
    );
  });
});

describe("entries without a usable probe", () => {
  it("a missing probe file: unverified, ranked by identity, with no database problem", async () => {
    const root = await copyDb("db-no-file");
    await rm(path.join(root, PROBE));
    const r = await scanJson(root, "--threshold", "0");
    const base = r.matches.find((m) => m.model_id === "base")!;
    expect(base).toMatchObject({ lineage: null, lineage_probe: true, verdict: { label: "unverified" } });
    // WVC stopped part-way (its bound could not reach a match): the identity score is a bound.
    expect(base.verdict.basis).toBe(
      `the entry's lineage probe (${PROBE}) is not installed or unreadable: its identity score ≤ ${base.identity_score} (WVC ≤ 0.5: not computed in full) is a similarity readout and never decides lineage`,
    );
    expect(r.problems).toEqual([]);
    expect(r.counts).toMatchObject({ verified: 2, not_matched: 2, unverified: 1 });
  });

  it("a damaged probe file: unverified, and a problem naming the checksum", async () => {
    const root = await copyDb("db-damaged");
    const file = path.join(root, PROBE);
    const bytes = await readFile(file);
    bytes[bytes.length - 1] = bytes[bytes.length - 1]! ^ 1;
    await writeFile(file, bytes);
    const r = await scanJson(root, "--threshold", "0");
    expect(r.matches.find((m) => m.model_id === "base")?.verdict.label).toBe("unverified");
    expect(r.problems).toHaveLength(1);
    expect(r.problems[0]?.file).toBe(PROBE);
    expect(r.problems[0]?.message).toMatch(
      /^lineage probe unreadable \(.*_lineage-probe\.bin: its SHA-256 is [0-9a-f]{64}, the bundle's checksum says [0-9a-f]{64}; the file was changed or damaged: re-create the entry with fingerprint --db\); the entry can only be unverified$/,
    );
  });

  it("an entry written before lineage probes (no artifact): unverified, saying how to re-create it", async () => {
    const root = await copyDb("db-old");
    const file = path.join(root, BUNDLE);
    // Edited as text: the stored MFI keeps its numbers as written (2.0 stays a float).
    const text0 = await readFile(file, "utf8");
    const without = text0.replace(/,\s*\{\s*"artifact_id": "base-lineage-probe"[^}]*\}/, "");
    expect(without.length).toBeLessThan(text0.length);
    await writeFile(file, without);
    await rm(path.join(root, PROBE));
    const r = await scanJson(root, "--threshold", "0");
    const base = r.matches.find((m) => m.model_id === "base")!;
    expect(base).toMatchObject({ lineage: null, lineage_probe: false, verdict: { label: "unverified" } });
    expect(base.verdict.basis).toBe(
      `the database entry has no lineage probe (re-create it with \`fingerprint --db\`): its identity score ≤ ${base.identity_score} (WVC ≤ 0.5: not computed in full) is a similarity readout and never decides lineage`,
    );
    const text = await cli(["scan", "suspect", "--db", root, "--threshold", "0"]);
    expect(text.out).toContain(
      "note: 1 listed entry is unverified: the database has no lineage probe for it, and neither metadata nor the identity score decides lineage.",
    );
  });
});
