// The lineage test's costs (issue 7) on the virtual Llama-2-7B (bf16, 2 shards) behind the loopback
// Hub: a sampled fingerprint with its lineage probe beside the same fingerprint without it, in one
// run, then a compare of two such models (different seeds).

import { performance } from "node:perf_hooks";
import { resourceUsage } from "node:process";
import { compareFingerprints } from "../src/engine/compare.js";
import { fingerprintModel, type FingerprintResult } from "../src/engine/fingerprint.js";
import { encodeProbe } from "../src/engine/lineage/probe-codec.js";
import { openModel } from "../src/engine/model/open-model.js";
import { startLoopbackHub } from "../__tests__/helpers/loopback-hub.js";
import { virtualLlama } from "../__tests__/helpers/virtual-model.js";
import type { BenchResult } from "./timing.js";

const SHA = ["7b7b7b7b7b7b7b7b7b7b7b7b7b7b7b7b7b7b7b7b", "8c8c8c8c8c8c8c8c8c8c8c8c8c8c8c8c8c8c8c8c"];

const cpuMs = (u: NodeJS.CpuUsage): number => (u.user + u.system) / 1000;

export async function benchLineage(): Promise<BenchResult[]> {
  const vms = [virtualLlama({ seed: 1 }), virtualLlama({ seed: 2 })];
  const hub = await startLoopbackHub({
    repos: vms.map((vm, i) => vm.servedRepo(`meta-llama/Llama-2-7b-virtual-${i}`, SHA[i])),
  });
  const results: BenchResult[] = [];
  const weightBytes = vms[0]!.weightBytes;
  const pct = (b: number): string => `${((100 * b) / weightBytes).toFixed(3)} % of the weights`;
  try {
    const fingerprint = async (i: number, lineage: boolean): Promise<FingerprintResult> => {
      const model = await openModel(`meta-llama/Llama-2-7b-virtual-${i}`, { hubUrl: hub.url, cwd: "/" });
      try {
        return await fingerprintModel(model, "sampled", { lineage });
      } finally {
        await model.close();
      }
    };
    for (const lineage of [false, true]) {
      const label = lineage ? "with lineage probe" : "without lineage probe";
      const cpu0 = process.cpuUsage();
      const t0 = performance.now();
      const r = await fingerprint(0, lineage);
      const ms = performance.now() - t0;
      const cpu = cpuMs(process.cpuUsage(cpu0));
      results.push(
        {
          name: `sampled 7B fingerprint ${label}: bytes read`,
          value: r.fingerprint.bytes_read,
          unit: "B",
          note: `${pct(r.fingerprint.bytes_read)} (budget ≤ 1 %)`,
        },
        { name: `sampled 7B fingerprint ${label}: requests`, value: r.fingerprint.requests, unit: "req" },
        {
          name: `sampled 7B fingerprint ${label}: wall time`,
          value: ms,
          unit: "ms",
          note: `CPU ${cpu.toFixed(0)} ms (client and loopback server)`,
        },
        {
          name: `sampled 7B fingerprint ${label}: peak RSS so far`,
          value: resourceUsage().maxRSS / 1024,
          unit: "MiB",
        },
      );
      const probe = r.weights?.lineage;
      if (probe) {
        results.push(
          {
            name: "lineage probe: stored in a database entry (no sample)",
            value: encodeProbe(probe, { sample: false }).length,
            unit: "B",
            note: "budget with the deep signals ≤ 16 MB",
          },
          {
            name: "lineage probe: in the fingerprint cache (with sample)",
            value: encodeProbe(probe).length,
            unit: "B",
          },
        );
      }
    }
    const a = await fingerprint(0, true);
    const b = await fingerprint(1, true);
    // Only the independent pair: the virtual model's values repeat a 64 KiB pattern, so its units
    // are not distinct and a "related" virtual pair says nothing (the D = 1024 factory pairs of
    // lineage-hub-sampled.test.ts are the related case).
    const cpu0 = process.cpuUsage();
    const t0 = performance.now();
    const c = compareFingerprints(a, b);
    results.push({
      name: "compare of two sampled 7B fingerprints, independent (seeds 1, 2): CPU",
      value: cpuMs(process.cpuUsage(cpu0)),
      unit: "ms",
      note: `wall ${(performance.now() - t0).toFixed(0)} ms; T ${c.lineage?.t.toFixed(3)}, ${c.verdict.label}; budget < 60 s`,
    });
    results.push({
      name: "compare of two remote 7B models: bytes read of each",
      value: Math.max(a.fingerprint.bytes_read, b.fingerprint.bytes_read),
      unit: "B",
      note: `${pct(Math.max(a.fingerprint.bytes_read, b.fingerprint.bytes_read))} (budget ≤ 2 %)`,
    });
  } finally {
    await hub.close();
  }
  return results;
}
