// The action's budgets (design §11): start-up of the committed action bundle to its first log
// line, and a warm-cache `check` of a 20-model manifest (Hub models behind the loopback Hub, pinned
// to commit shas, a reference database with their two bases).

import { spawn } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { FingerprintCache } from "../src/engine/cache/fingerprint-cache.js";
import { SnapshotCache } from "../src/engine/hub/snapshot-cache.js";
import { prepareCheckDeps } from "../src/engine/check/check-session.js";
import { parseManifest } from "../src/engine/check/manifest.js";
import { runCheck } from "../src/engine/check/run-check.js";
import { fingerprintModel } from "../src/engine/fingerprint.js";
import { openModel } from "../src/engine/model/open-model.js";
import { writeReferenceEntry } from "../src/engine/reference/write-entry.js";
import { startLoopbackHub } from "../__tests__/helpers/loopback-hub.js";
import { deriveModel, makeModel } from "../__tests__/helpers/model-factory.js";
import type { BenchResult } from "./timing.js";

const bundle = path.resolve(import.meta.dirname, "../dist/action/index.js");

/** Milliseconds from spawning the action bundle to its first line on stdout. */
function firstLine(): Promise<number> {
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    const child = spawn(process.execPath, [bundle], {
      env: { PATH: process.env.PATH ?? "", GITHUB_WORKSPACE: tmpdir() },
    });
    child.stdout.once("data", () => {
      resolve(performance.now() - t0);
      child.kill();
    });
    child.once("error", reject);
  });
}

export async function benchCheck(): Promise<BenchResult[]> {
  const startups: number[] = [];
  for (let i = 0; i < 5; i++) startups.push(await firstLine());
  const work = await mkdtemp(path.join(tmpdir(), "pg-bench-check-"));
  const spec = { arch: "llama", hidden: 128, layers: 4, heads: 4, kvHeads: 2, vocab: 1024 } as const;
  const bases = [makeModel({ ...spec, seed: 1 }), makeModel({ ...spec, seed: 2 })];
  const sha = (i: number): string => `c${i.toString(16).padStart(39, "0")}`;
  const repos = bases.map((b, i) => b.servedRepo(`base/b${i}`, sha(100 + i)));
  const lines: string[] = [];
  for (let i = 0; i < 20; i++) {
    const b = i % 2;
    repos.push(deriveModel(bases[b]!, { std: 0.002, seed: 10 + i }).servedRepo(`acme/m${i}`, sha(i + 1)));
    lines.push(`  - id: acme/m${i}\n    revision: ${sha(i + 1)}\n    base: base/b${b}@${sha(100 + b)}\n`);
  }
  const hub = await startLoopbackHub({ repos });
  try {
    for (let i = 0; i < 2; i++) {
      const m = await openModel(`base/b${i}@${sha(100 + i)}`, { cwd: work, hubUrl: hub.url });
      const fp = await fingerprintModel(m, "sampled");
      await m.close();
      await writeReferenceEntry(
        path.join(work, "db"),
        { fingerprint: fp.fingerprint, weights: fp.weights, source: { kind: "hub", repo: `base/b${i}` } },
        { familyId: "bench--bases" },
      );
    }
    const manifest = parseManifest(
      `version: 1\nmodels:\n${lines.join("")}reference:\n  - path: ./db\n`,
      "m.yml",
    );
    const cache = new FingerprintCache(path.join(work, "cache"));
    const snapshots = new SnapshotCache(path.join(work, "snapshots"));
    const once = async (): Promise<{
      ms: number;
      requests: number;
      weightRequests: number;
      failed: boolean;
    }> => {
      const before = hub.requests.length;
      const t0 = performance.now();
      const deps = await prepareCheckDeps({
        manifest,
        root: work,
        hubUrl: hub.url,
        profile: "sampled",
        cache,
        snapshots,
        provenancekitDir: path.join(work, "pk"),
        allowFetch: false,
        today: "2026-11-25",
        toolVersion: "bench",
        warn: () => {},
      });
      const report = await runCheck(manifest, manifest.models, deps);
      const ms = performance.now() - t0;
      const reqs = hub.requests.slice(before);
      return {
        ms,
        requests: reqs.length,
        weightRequests: reqs.filter((r) => r.path.endsWith(".safetensors")).length,
        failed: report.failed,
      };
    };
    const cold = await once();
    const warm = await once();
    startups.sort((a, b) => a - b);
    return [
      {
        name: "action bundle: start-up to first log line",
        value: startups[0]!,
        unit: "ms",
        note: `best of 5 (median ${startups[2]!.toFixed(0)} ms); budget ≤ 500 ms`,
      },
      {
        name: "check, 20 Hub models: cold",
        value: cold.ms,
        unit: "ms",
        note: `${cold.requests} requests (${cold.weightRequests} to weights); failed: ${cold.failed}`,
      },
      {
        name: "check, 20 Hub models: warm cache",
        value: warm.ms,
        unit: "ms",
        note: `${warm.requests} requests (${warm.weightRequests} to weights); budget ≤ 2000 ms, no network`,
      },
    ];
  } finally {
    await hub.close();
    await rm(work, { recursive: true, force: true });
  }
}
