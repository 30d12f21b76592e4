// Cold vs warm `compare` with the fingerprint cache (design §9), behind the loopback Hub: the
// virtual Llama-2-7B (bf16, 2 shards, sampled profile) against a small factory Llama. Cold reads
// the weights and fills an empty cache folder; warm reads only model info, the file lists and the
// tokenizer files. Requests and bytes are counted by the Hub itself (its request log).

import { mkdtemp, readdir, rm, stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { FingerprintCache, fingerprintWithCache } from "../src/engine/cache/index.js";
import { compareFingerprints } from "../src/engine/compare.js";
import { openModel } from "../src/engine/model/open-model.js";
import { startLoopbackHub } from "../__tests__/helpers/loopback-hub.js";
import { makeModel } from "../__tests__/helpers/model-factory.js";
import { virtualLlama } from "../__tests__/helpers/virtual-model.js";
import type { BenchResult } from "./timing.js";

const SHA_7B = "7b7b7b7b7b7b7b7b7b7b7b7b7b7b7b7b7b7b7b7b";
const SHA_SMALL = "5a5a5a5a5a5a5a5a5a5a5a5a5a5a5a5a5a5a5a5a";

export async function benchCache(): Promise<BenchResult[]> {
  const vm = virtualLlama();
  const small = makeModel({
    arch: "llama",
    seed: 7,
    hidden: 256,
    layers: 4,
    heads: 8,
    kvHeads: 4,
    vocab: 2000,
  });
  const hub = await startLoopbackHub({
    repos: [vm.servedRepo("meta-llama/Llama-2-7b-virtual", SHA_7B), small.servedRepo("org/small", SHA_SMALL)],
  });
  const folder = await mkdtemp(path.join(tmpdir(), "pg-bench-cache-"));
  const cache = new FingerprintCache(folder);
  const results: BenchResult[] = [];
  try {
    let reference: number | null | undefined;
    for (const run of ["cold", "warm"] as const) {
      hub.requests.length = 0;
      const t0 = performance.now();
      const a = await openModel("meta-llama/Llama-2-7b-virtual", { hubUrl: hub.url, cwd: "/" });
      const b = await openModel("org/small", { hubUrl: hub.url, cwd: "/" });
      const warn = (w: string): void => void results.push({ name: `warning: ${w}`, value: 0, unit: "" });
      const fa = await fingerprintWithCache(a, undefined, cache, warn);
      const fb = await fingerprintWithCache(b, undefined, cache, warn);
      const r = compareFingerprints(fa, fb);
      const ms = performance.now() - t0;
      const weights = hub.requests.filter((q) => q.path.includes(".safetensors"));
      const bytes = hub.requests.reduce((n, q) => n + q.bytes, 0);
      if (run === "cold") reference = r.identity_score;
      results.push(
        {
          name: `${run} compare: requests`,
          value: hub.requests.length,
          unit: "req",
          note: `${weights.length} to .safetensors files; 7B ${r.requests.a}, small ${r.requests.b}`,
        },
        {
          name: `${run} compare: bytes read`,
          value: bytes,
          unit: "B",
          note: `${(bytes / 2 ** 20).toFixed(2)} MiB; 7B ${r.bytes_read.a}, small ${r.bytes_read.b}`,
        },
        {
          name: `${run} compare: wall time`,
          value: ms,
          unit: "ms",
          note: `cached: ${fa.cached}/${fb.cached}; identity ${r.identity_score} (${run === "warm" && r.identity_score === reference ? "same as cold" : "cold"})`,
        },
      );
    }
    const files = await readdir(folder);
    const sizes = await Promise.all(files.map(async (f) => (await stat(path.join(folder, f))).size));
    results.push({
      name: "cache entries: bytes on disk",
      value: sizes.reduce((x, y) => x + y, 0),
      unit: "B",
      note: `${files.length} entries (${sizes.join(" + ")})`,
    });
  } finally {
    await hub.close();
    await rm(folder, { recursive: true, force: true });
  }
  return results;
}
