// The on-disk fingerprint cache: keys, atomic writes, and every kind of bad entry dropped, warned
// and recomputed.
import { createHash } from "node:crypto";
import { mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  FingerprintCache,
  canonicalKey,
  fingerprintWithCache,
  keyFileName,
  type CacheFs,
  type FingerprintCacheKey,
} from "../../../src/engine/cache/index.js";
import { compareFingerprints } from "../../../src/engine/compare.js";
import {
  EXTRACTOR_VERSION,
  fingerprintModel,
  type FingerprintResult,
} from "../../../src/engine/fingerprint.js";
import { encodeProbe, roundProbeToF16 } from "../../../src/engine/lineage/probe-codec.js";
import { openModel } from "../../../src/engine/model/open-model.js";
import type { WeightEvidence } from "../../../src/engine/weight-evidence.js";
import { makeModel } from "../../helpers/model-factory.js";

const KEY: FingerprintCacheKey = {
  source: "https://huggingface.co",
  repo: "org/llama",
  revision: "ab".repeat(20),
  profile: "full",
  extractor_version: EXTRACTOR_VERSION,
};

let dir: string;
let modelDir: string;
let fresh: FingerprintResult;
/** What a hit gives back: the weight evidence, its lineage probe rounded to half precision. */
let cached: WeightEvidence;

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), "pg-cache-"));
  modelDir = path.join(dir, "model");
  await makeModel({
    arch: "llama",
    seed: 5,
    hidden: 64,
    layers: 2,
    heads: 4,
    kvHeads: 2,
    vocab: 300,
  }).writeTo(modelDir);
  const model = await openModel(modelDir, { cwd: "/" });
  fresh = await fingerprintModel(model, "full");
  await model.close();
  cached = { ...fresh.weights!, lineage: roundProbeToF16(fresh.weights!.lineage!) };
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function freshCache(): Promise<{ cache: FingerprintCache; folder: string; warnings: string[] }> {
  const folder = await mkdtemp(path.join(dir, "c-"));
  return { cache: new FingerprintCache(folder), folder, warnings: [] };
}

describe("keys", () => {
  it("names the file by the hash of the canonical key only", () => {
    const hex = createHash("sha256").update(canonicalKey(KEY)).digest("hex");
    expect(keyFileName(KEY)).toBe(`fp-${hex}.json`);
    expect(canonicalKey(KEY)).toBe(
      `["https://huggingface.co","org/llama","${"ab".repeat(20)}","full","${EXTRACTOR_VERSION}"]`,
    );
    expect(keyFileName({ ...KEY, repo: "../../etc/passwd" })).toMatch(/^fp-[0-9a-f]{64}\.json$/);
  });

  it("misses when any one component of the key changes", async () => {
    const { cache, warnings } = await freshCache();
    expect(await cache.put(KEY, fresh, (w) => warnings.push(w))).toBe(true);
    expect(await cache.get(KEY, (w) => warnings.push(w))).not.toBeNull();
    const variants: FingerprintCacheKey[] = [
      { ...KEY, source: "https://mirror.example" },
      { ...KEY, repo: "org/llama2" },
      { ...KEY, revision: "cd".repeat(20) },
      { ...KEY, profile: "sampled" },
      { ...KEY, extractor_version: "pg-features-0" },
    ];
    const names = new Set(variants.map(keyFileName));
    expect(names.size).toBe(5);
    expect(names.has(keyFileName(KEY))).toBe(false);
    for (const v of variants) expect(await cache.get(v, (w) => warnings.push(w))).toBeNull();
    expect(warnings).toEqual([]);
  });
});

describe("writes", () => {
  it("round-trips exactly, atomically, leaving only the entry in the folder", async () => {
    const { cache, folder, warnings } = await freshCache();
    expect(await cache.put(KEY, fresh, (w) => warnings.push(w))).toBe(true);
    expect(await readdir(folder)).toEqual([keyFileName(KEY)]);
    const hit = await cache.get(KEY, (w) => warnings.push(w));
    expect(hit?.weights).toEqual(cached);
    // The probe, sample included, is the fresh one rounded to half: its bytes are the same.
    expect(hit?.weights?.lineage?.sample.length).toBeGreaterThan(0);
    expect(encodeProbe(hit!.weights!.lineage!)).toEqual(encodeProbe(fresh.weights!.lineage!));
    expect(hit?.fingerprint.mfi).toEqual(fresh.fingerprint.mfi);
    expect(hit?.fingerprint.tfv).toEqual(fresh.fingerprint.tfv);
    expect(warnings).toEqual([]);
    // Typed arrays keep their types (Float32Array vs Float64Array) and exact bits.
    expect(hit?.weights?.signals.wvc_layer_sigs?.get(0)).toBeInstanceOf(Float32Array);
    expect(hit?.weights?.signals.lep_profile).toBeInstanceOf(Float64Array);
  });

  it("keeps NaN, infinities and -0 in weight arrays bit for bit", async () => {
    const { cache, warnings } = await freshCache();
    const lep = new Float64Array([NaN, Infinity, -Infinity, -0, 1e-310]);
    const w = fresh.weights!;
    const odd = { ...fresh, weights: { ...w, signals: { ...w.signals, lep_profile: lep } } };
    await cache.put(KEY, odd, (m) => warnings.push(m));
    const back = (await cache.get(KEY, (m) => warnings.push(m)))?.weights?.signals.lep_profile;
    expect(new Uint8Array(back!.buffer)).toEqual(new Uint8Array(lep.buffer));
  });

  it("a rename that fails leaves no temporary file and is a warning", async () => {
    const { folder, warnings } = await freshCache();
    const { nodeCacheFs } = await import("../../../src/engine/cache/index.js");
    const fs: CacheFs = { ...nodeCacheFs, rename: () => Promise.reject(new Error("EXDEV: simulated")) };
    const cache = new FingerprintCache(folder, { fs });
    expect(await cache.put(KEY, fresh, (w) => warnings.push(w))).toBe(false);
    expect(await readdir(folder)).toEqual([]);
    expect(warnings).toEqual([
      `fingerprint cache: cannot write ${cache.fileFor(KEY)} (EXDEV: simulated); continuing without it`,
    ]);
  });

  it("an unwritable cache folder is a warning, and the fingerprint is still computed", async () => {
    const blocker = path.join(dir, "a-file");
    await writeFile(blocker, "not a folder");
    const cache = new FingerprintCache(path.join(blocker, "fingerprints"));
    const warnings: string[] = [];
    const model = await openModel(modelDir, { cwd: "/" });
    const r = await fingerprintWithCache(model, "full", cache, (w) => warnings.push(w));
    await model.close();
    expect(r.cached).toBe(false);
    expect(r.fingerprint.weights).toEqual(fresh.fingerprint.weights);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(
      new RegExp(
        `^fingerprint cache: cannot write ${blocker}/fingerprints/fp-[0-9a-f]{64}\\.json \\(ENOTDIR`,
      ),
    );
    // One warning per run, not one per model.
    const again = await openModel(modelDir, { cwd: "/" });
    await fingerprintWithCache(again, "full", cache, (w) => warnings.push(w));
    await again.close();
    expect(warnings).toHaveLength(1);
  });
});

/** Rewrites the entry's payload and gives it a matching digest, as a forger (or a bug) would. */
function withDigest(entry: Record<string, unknown>): string {
  const payload = JSON.stringify(entry.payload);
  entry.payload_sha256 = createHash("sha256").update(payload).digest("hex");
  return JSON.stringify(entry);
}

describe("bad entries are dropped, warned about and recomputed", () => {
  const cases: [string, (text: string) => string | Promise<string>, string][] = [
    ["corrupt JSON", (t) => t.replace("{", "{{"), "file: not valid JSON"],
    ["a truncated file", (t) => t.slice(0, Math.floor(t.length / 2)), "file: not valid JSON"],
    ["an empty file", () => "", "file: not valid JSON"],
    [
      "a flipped byte in the payload",
      (t) => {
        const at = t.indexOf('"base64":"') + 12;
        return t.slice(0, at) + (t[at] === "A" ? "B" : "A") + t.slice(at + 1);
      },
      "payload_sha256: the payload's SHA-256 is ",
    ],
    [
      "another key's entry under this key's name",
      async () => {
        const other = new FingerprintCache(await mkdtemp(path.join(dir, "o-")));
        const otherKey = { ...KEY, revision: "cd".repeat(20) };
        await other.put(otherKey, fresh, () => undefined);
        return readFile(other.fileFor(otherKey), "utf8");
      },
      `key: {"source":"https://huggingface.co","repo":"org/llama","revision":"${"cd".repeat(20)}"`,
    ],
    [
      "an entry of another extractor version under this key's name",
      async () => {
        const other = new FingerprintCache(await mkdtemp(path.join(dir, "o-")));
        const otherKey = { ...KEY, extractor_version: "pg-features-1" };
        await other.put(otherKey, fresh, () => undefined);
        return readFile(other.fileFor(otherKey), "utf8");
      },
      'key: {"source":"https://huggingface.co","repo":"org/llama","revision":',
    ],
    [
      "a payload of another extractor version with a valid digest",
      (t) => {
        const e = JSON.parse(t) as { payload: { fingerprint: { extractor_version: string } } };
        e.payload.fingerprint.extractor_version = "pg-features-1";
        return withDigest(e);
      },
      `fingerprint.extractor_version: pg-features-1, not ${EXTRACTOR_VERSION}`,
    ],
    [
      "another cache format version",
      (t) => t.replace('"format_version":1', '"format_version":2'),
      "format_version: 2, this version reads 1",
    ],
    [
      "a wrong-typed field with a valid digest",
      (t) => {
        const e = JSON.parse(t) as { payload: { fingerprint: { mfi: Record<string, unknown> } } };
        e.payload.fingerprint.mfi.hidden_size = "64";
        return withDigest(e);
      },
      'fingerprint.mfi.hidden_size: expected int, found "64"',
    ],
    [
      "an EAS matrix of the wrong length with a valid digest",
      (t) => {
        const e = JSON.parse(t) as { payload: { weights: { eas_k: number } } };
        e.payload.weights.eas_k = 63;
        return withDigest(e);
      },
      "weights.eas_self_sim: 4096 values for k = 63 (k² expected)",
    ],
    ["bytes that are not UTF-8", () => "\xff\xfe", "file: not valid JSON"],
    [
      "an entry without a lineage field (written before issue 7) with a valid digest",
      (t) => {
        const e = JSON.parse(t) as { payload: { weights: Record<string, unknown> } };
        delete e.payload.weights.lineage;
        return withDigest(e);
      },
      'weights.lineage: expected null or {"format": "pglp", "base64": string}',
    ],
    [
      "a lineage probe of another magic with a valid digest",
      (t) => {
        const e = JSON.parse(t) as { payload: { weights: { lineage: { base64: string } } } };
        const bytes = Buffer.from(e.payload.weights.lineage.base64, "base64");
        bytes[0] = 0x58; // "X"
        e.payload.weights.lineage.base64 = bytes.toString("base64");
        return withDigest(e);
      },
      'weights.lineage [magic]: starts with "XGLP", not the lineage probe magic "PGLP"; the probe is damaged',
    ],
    [
      "a truncated lineage probe with a valid digest",
      (t) => {
        const e = JSON.parse(t) as { payload: { weights: { lineage: { base64: string } } } };
        const bytes = Buffer.from(e.payload.weights.lineage.base64, "base64");
        e.payload.weights.lineage.base64 = bytes.subarray(0, bytes.length - 8).toString("base64");
        return withDigest(e);
      },
      "weights.lineage [payload]: the file is ",
    ],
  ];

  for (const [what, damage, reason] of cases) {
    it(what, async () => {
      const { cache, warnings } = await freshCache();
      const warn = (w: string): number => warnings.push(w);
      await cache.put(KEY, fresh, warn);
      const file = cache.fileFor(KEY);
      const text = await damage(await readFile(file, "utf8"));
      await writeFile(file, what === "bytes that are not UTF-8" ? Buffer.from([0xff, 0xfe, 0x7b]) : text);
      expect(await cache.get(KEY, warn)).toBeNull();
      expect(warnings).toHaveLength(1);
      expect(warnings[0]).toContain(`fingerprint cache: dropped ${file}: ${reason}`);
      expect(warnings[0]).toMatch(/; recomputing$/);
      await expect(readFile(file)).rejects.toThrow(/ENOENT/);
      // Recomputed and stored again: the next read hits.
      await cache.put(KEY, fresh, warn);
      expect((await cache.get(KEY, warn))?.weights).toEqual(cached);
      expect(warnings).toHaveLength(1);
    });
  }

  it("a probe value with no half-precision form: not stored, with a warning", async () => {
    const { cache, folder, warnings } = await freshCache();
    const w = fresh.weights!;
    const p = w.lineage!;
    const huge = { ...p, tokens: { ...p.tokens, rows: p.tokens.rows.map((x, i) => (i === 0 ? 1e6 : x)) } };
    const odd = { ...fresh, weights: { ...w, lineage: huge } };
    expect(await cache.put(KEY, odd, (m) => warnings.push(m))).toBe(false);
    expect(warnings).toEqual([
      `fingerprint cache: not storing ${cache.fileFor(KEY)}: probe tokens.rows: value 1000000 at index 0 has no finite half-precision form (|x| ≤ 65504)`,
    ]);
    expect(await readdir(folder)).toEqual([]);
  });

  it("an entry over the size cap", async () => {
    const { folder, warnings } = await freshCache();
    const big = new FingerprintCache(folder);
    await big.put(KEY, fresh, () => undefined);
    const small = new FingerprintCache(folder, { maxEntryBytes: 1000 });
    expect(await small.get(KEY, (w) => warnings.push(w))).toBeNull();
    expect(warnings).toEqual([
      `fingerprint cache: dropped ${small.fileFor(KEY)}: file: larger than 1000 bytes; recomputing`,
    ]);
    expect(await readdir(folder)).toEqual([]);
    expect(await small.put(KEY, fresh, (w) => warnings.push(w))).toBe(false);
    expect(warnings[1]).toMatch(/^fingerprint cache: not storing .*: \d+ bytes is over 1000$/);
  });

  it("a cached entry compares exactly as the fresh fingerprint", async () => {
    const { cache } = await freshCache();
    const model = await openModel(modelDir, { cwd: "/" });
    const first = await fingerprintWithCache(model, "full", cache, () => undefined);
    const second = await fingerprintWithCache(model, "full", cache, () => undefined);
    await model.close();
    expect([first.cached, second.cached]).toEqual([false, true]);
    const { seconds: _s1, bytes_read: _b1, requests: _r1, ...a } = first.fingerprint;
    const { seconds: _s2, bytes_read: _b2, requests: _r2, ...b } = second.fingerprint;
    expect(JSON.stringify(b)).toBe(JSON.stringify(a));
    const self = compareFingerprints(first, first);
    const viaCache = compareFingerprints(second, first);
    expect(viaCache.signals).toEqual(self.signals);
    expect([viaCache.identity_score, viaCache.tokenizer_score]).toEqual([
      self.identity_score,
      self.tokenizer_score,
    ]);
    // The half-precision probe changes no unit matching: the same lineage test and verdict.
    expect(viaCache.lineage).toEqual(self.lineage);
    expect(viaCache.verdict).toEqual(self.verdict);
    expect(self.verdict.label).toBe("high-confidence-match");
  });
});
