// fingerprintWithCache over the loopback Hub and local folders: a warm compare reads no weights and
// gives the same numbers; branches key on their commit; a changed local folder misses.
import { appendFile, mkdtemp, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FingerprintCache, fingerprintWithCache, type StatFile } from "../../../src/engine/cache/index.js";
import { compareFingerprints, type CompareResult } from "../../../src/engine/compare.js";
import { openModel } from "../../../src/engine/model/open-model.js";
import { deriveModel, makeModel } from "../../helpers/model-factory.js";
import { startLoopbackHub, type LoopbackHub } from "../../helpers/loopback-hub.js";

const SHA_A = "a1".repeat(20);
const SHA_B = "b2".repeat(20);
const base = makeModel({ arch: "llama", seed: 21, hidden: 64, layers: 2, heads: 4, kvHeads: 2, vocab: 400 });
const tuned = deriveModel(base, { std: 0.002, seed: 3 });

let hub: LoopbackHub;
let dir: string;
beforeAll(async () => {
  hub = await startLoopbackHub({
    repos: [
      { ...base.servedRepo("org/base", SHA_A), refs: { main: SHA_A, v1: SHA_A } },
      tuned.servedRepo("org/tuned", SHA_B),
    ],
  });
  dir = await mkdtemp(path.join(tmpdir(), "pg-fwc-"));
});
afterAll(async () => {
  await hub.close();
  await rm(dir, { recursive: true, force: true });
});

const noWarnings = (w: string): never => {
  throw new Error(`unexpected warning: ${w}`);
};

async function compareVia(cache: FingerprintCache, a: string, b: string) {
  const ma = await openModel(a, { cwd: "/", hubUrl: hub.url });
  const mb = await openModel(b, { cwd: "/", hubUrl: hub.url });
  const fa = await fingerprintWithCache(ma, undefined, cache, noWarnings);
  const fb = await fingerprintWithCache(mb, undefined, cache, noWarnings);
  return { result: compareFingerprints(fa, fb), cached: [fa.cached, fb.cached], fa, fb };
}

/** The numbers of a comparison, without this run's cost. */
function numbers(r: CompareResult): unknown {
  const { bytes_read: _b, requests: _r, seconds: _s, ...rest } = r;
  return rest;
}

describe("a second compare of the same Hub revisions", () => {
  it("reads no weights and gives the same result", async () => {
    const cache = new FingerprintCache(await mkdtemp(path.join(dir, "hub-")));
    hub.requests.length = 0;
    const cold = await compareVia(cache, "org/base", "org/tuned");
    const coldWeights = hub.requests.filter((q) => q.path.includes(".safetensors"));
    expect(cold.cached).toEqual([false, false]);
    expect(coldWeights.length).toBeGreaterThan(0);
    expect(cold.result.verdict.label).toBe("high-confidence-match");

    hub.requests.length = 0;
    const warm = await compareVia(cache, "org/base", "org/tuned");
    expect(warm.cached).toEqual([true, true]);
    expect(hub.requests.filter((q) => q.path.includes(".safetensors"))).toEqual([]);
    expect(numbers(warm.result)).toEqual(numbers(cold.result));
    // What a warm compare still asks: per model, model info (the commit), the file list, and the
    // tokenizer files (VOA needs the vocabulary); never config.json or a weight file.
    const kinds = hub.requests.map((q) =>
      q.path.includes("/revision/") ? "info" : q.path.includes("/tree/") ? "tree" : q.path.split("/").pop(),
    );
    expect(kinds.sort()).toEqual(
      ["info", "tree", "tokenizer.json", "tokenizer_config.json", "special_tokens_map.json"]
        .flatMap((k) => [k, k])
        .sort(),
    );
    expect(warm.result.requests).toEqual({ a: 5, b: 5 });
    expect(warm.result.bytes_read.a + warm.result.bytes_read.b).toBe(
      hub.requests.reduce((n, q) => n + q.bytes, 0),
    );
  });

  it("keys a branch or tag on the commit it resolves to", async () => {
    const folder = await mkdtemp(path.join(dir, "ref-"));
    const cache = new FingerprintCache(folder);
    const outcomes = [];
    for (const ref of ["org/base", "org/base@v1", `org/base@${SHA_A}`]) {
      const m = await openModel(ref, { cwd: "/", hubUrl: hub.url });
      outcomes.push((await fingerprintWithCache(m, undefined, cache, noWarnings)).cached);
    }
    expect(outcomes).toEqual([false, true, true]);
    expect(await readdir(folder)).toHaveLength(1);
  });

  it("keys each profile apart", async () => {
    const folder = await mkdtemp(path.join(dir, "prof-"));
    const cache = new FingerprintCache(folder);
    const m = await openModel("org/base", { cwd: "/", hubUrl: hub.url });
    const got = [];
    for (const p of ["sampled", "full", "sampled", "full"] as const)
      got.push((await fingerprintWithCache(m, p, cache, noWarnings)).cached);
    expect(got).toEqual([false, false, true, true]);
    expect(await readdir(folder)).toHaveLength(2);
  });
});

describe("local folders", () => {
  it("hit while the files are unchanged, miss once one is rewritten", async () => {
    const modelDir = path.join(dir, "local-model");
    await base.writeTo(modelDir);
    const cache = new FingerprintCache(await mkdtemp(path.join(dir, "loc-")));
    const run = async () => {
      const m = await openModel(modelDir, { cwd: "/" });
      try {
        return await fingerprintWithCache(m, undefined, cache, noWarnings);
      } finally {
        await m.close();
      }
    };
    const first = await run();
    const second = await run();
    expect([first.cached, second.cached]).toEqual([false, true]);
    expect(second.fingerprint.bytes_read).toBeLessThan(first.fingerprint.bytes_read / 10);
    await appendFile(path.join(modelDir, "config.json"), " ");
    expect((await run()).cached).toBe(false);
    expect((await run()).cached).toBe(true);
  });

  it("drops an entry whose tokenizer no longer matches, and recomputes", async () => {
    const modelDir = path.join(dir, "local-tok");
    await base.writeTo(modelDir);
    // A stat that never changes: the key stays, the tokenizer file underneath it does not.
    const frozen: StatFile = () => Promise.resolve({ size: 1n, mtimeNs: 1n, ctimeNs: 1n, ino: 1n, dev: 1n });
    const cache = new FingerprintCache(await mkdtemp(path.join(dir, "tok-")));
    const warnings: string[] = [];
    const run = async () => {
      const m = await openModel(modelDir, { cwd: "/" });
      const r = await fingerprintWithCache(m, undefined, cache, (w) => warnings.push(w), {
        statFile: frozen,
      });
      await m.close();
      return r;
    };
    await run();
    const other = makeModel({
      arch: "llama",
      seed: 21,
      hidden: 64,
      layers: 2,
      heads: 4,
      kvHeads: 2,
      vocab: 300,
    });
    await other.writeTo(path.join(dir, "other-tok"));
    const { copyFile } = await import("node:fs/promises");
    await copyFile(path.join(dir, "other-tok/tokenizer.json"), path.join(modelDir, "tokenizer.json"));
    const r = await run();
    expect(r.cached).toBe(false);
    expect(r.fingerprint.tfv?.vocab_size).toBe(300);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(
      /^fingerprint cache: dropped .*\/fp-[0-9a-f]{64}\.json: the model's tokenizer files no longer give its tokenizer hash; recomputing$/,
    );
  });
});
