// --cache-dir and --no-cache through the CLI, in-process, against the loopback Hub.
import { existsSync } from "node:fs";
import { mkdtemp, readdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCli } from "../../src/cli/run-cli.js";
import { cacheRoot } from "../../src/cli/cache-option.js";
import { deriveModel, makeModel } from "../helpers/model-factory.js";
import { startLoopbackHub, type LoopbackHub } from "../helpers/loopback-hub.js";

const base = makeModel({ arch: "llama", seed: 31, hidden: 64, layers: 2, heads: 4, kvHeads: 2, vocab: 400 });
const tuned = deriveModel(base, { std: 0.002, seed: 4 });
let hub: LoopbackHub;
let dir: string;

beforeAll(async () => {
  hub = await startLoopbackHub({
    repos: [base.servedRepo("org/base", "a3".repeat(20)), tuned.servedRepo("org/tuned", "b4".repeat(20))],
  });
  dir = await mkdtemp(path.join(tmpdir(), "pg-cli-cache-"));
});
afterAll(async () => {
  await hub.close();
  await rm(dir, { recursive: true, force: true });
});

async function cli(argv: string[], env: Record<string, string> = {}) {
  let out = "";
  let err = "";
  const code = await runCli({
    argv: [...argv, "--hub-url", hub.url],
    env,
    cwd: dir,
    stdout: (t) => (out += t),
    stderr: (t) => (err += t),
  });
  return { code, out, err };
}

const weightRequests = (): number => hub.requests.filter((q) => q.path.includes(".safetensors")).length;

describe("the fingerprint cache from the command line", () => {
  it("a second compare reads no weights, says it was cached, and gives the same numbers", async () => {
    const cacheDir = path.join(dir, "c1");
    const args = ["compare", "org/base", "org/tuned", "--json", "--cache-dir", cacheDir];
    hub.requests.length = 0;
    const cold = await cli(args);
    expect(cold.code).toBe(0);
    expect(weightRequests()).toBeGreaterThan(0);
    hub.requests.length = 0;
    const warm = await cli(args);
    expect([warm.code, warm.err, weightRequests()]).toEqual([0, "", 0]);
    const c = JSON.parse(cold.out) as Record<string, unknown>;
    const w = JSON.parse(warm.out) as Record<string, unknown>;
    expect([c.cached, w.cached]).toEqual([
      { a: false, b: false },
      { a: true, b: true },
    ]);
    for (const k of [
      "a",
      "b",
      "mfi",
      "signals",
      "identity_score",
      "tokenizer_score",
      "lineage",
      "verdict",
      "warnings",
    ])
      expect(w[k]).toEqual(c[k]);
    // The verdict rests on the lineage test, run warm on the cached (half-precision) probes.
    expect(w.verdict).toMatchObject({ label: "high-confidence-match" });
    expect((w.lineage as { t: number }).t).toBe(1);
    expect(await readdir(path.join(cacheDir, "fingerprints"))).toHaveLength(2);
  });

  it("fingerprint --json says cached: false, then true, with the same features", async () => {
    const args = ["fingerprint", "org/base", "--json", "--cache-dir", path.join(dir, "c2")];
    const first = JSON.parse((await cli(args)).out) as Record<string, unknown>;
    const second = JSON.parse((await cli(args)).out) as Record<string, unknown>;
    expect([first.cached, second.cached]).toEqual([false, true]);
    for (const k of ["ref", "revision", "mfi", "tfv", "tokenizer", "weights", "profile", "extractor_version"])
      expect(second[k]).toEqual(first[k]);
    const text = await cli(["fingerprint", "org/base", "--cache-dir", path.join(dir, "c2")]);
    // A branch is resolved (model info, file list); the tokenizer files come from the commit's snapshot.
    expect(text.out).toMatch(/\nread {9}2 request\(s\), .*s \(features from the cache\)\n$/);
    // Named by its commit sha, the model needs no request at all.
    const sha = first.revision as string;
    const pinned = await cli(["fingerprint", `org/base@${sha}`, "--cache-dir", path.join(dir, "c2")]);
    expect(pinned.out).toMatch(/\nread {9}0 request\(s\), .*s \(features from the cache\)\n$/);
  });

  it("--no-cache never touches the cache folder", async () => {
    const cacheDir = path.join(dir, "never");
    for (let i = 0; i < 2; i++) {
      const r = await cli(["fingerprint", "org/base", "--json", "--no-cache", "--cache-dir", cacheDir]);
      expect((JSON.parse(r.out) as { cached: boolean }).cached).toBe(false);
    }
    expect(existsSync(cacheDir)).toBe(false);
    const env = { XDG_CACHE_HOME: path.join(dir, "xdg-never") };
    await cli(["compare", "org/base", "org/tuned", "--no-cache"], env);
    expect(existsSync(env.XDG_CACHE_HOME)).toBe(false);
  });

  it("an unwritable cache folder is a warning, not a failure", async () => {
    const blocker = path.join(dir, "blocker");
    await writeFile(blocker, "a file, not a folder");
    const r = await cli(["compare", "org/base", "org/tuned", "--plain", "--cache-dir", blocker]);
    expect(r.code).toBe(0);
    expect(r.out).toContain("verdict:         high-confidence-match\n");
    expect(r.err).toMatch(
      new RegExp(
        `^warning: fingerprint cache: cannot write ${blocker}/fingerprints/fp-[0-9a-f]{64}\\.json \\(ENOTDIR[^\\n]*; continuing without it\\n$`,
      ),
    );
  });

  it("defaults to $XDG_CACHE_HOME/provenance-gate, then ~/.cache/provenance-gate", async () => {
    const xdg = path.join(dir, "xdg");
    await cli(["fingerprint", "org/base"], { XDG_CACHE_HOME: xdg, HOME: "/nonexistent" });
    expect(await readdir(path.join(xdg, "provenance-gate", "fingerprints"))).toHaveLength(1);
    const io = { cwd: "/work", env: {} as Record<string, string> };
    expect(
      cacheRoot({ cacheDir: undefined }, { ...io, env: { HOME: "/home/u", XDG_CACHE_HOME: "rel" } }),
    ).toBe("/home/u/.cache/provenance-gate");
    expect(cacheRoot({ cacheDir: "c" }, { ...io, env: { HOME: "/home/u" } })).toBe("/work/c");
    expect(cacheRoot({ cacheDir: undefined }, io)).toBeNull();
  });
});
