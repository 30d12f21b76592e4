// Weight-signal extraction budgets (design §11):
// - `sampled` on the virtual Llama-2-7B (bf16, 2 shards) behind the loopback Hub: bytes read as a
//   share of the weight bytes, requests, requests in flight, wall time, peak RSS;
// - `full` on a local model file of more than 2 GB: bench/full-local.ts.

import { performance } from "node:perf_hooks";
import { resourceUsage } from "node:process";
import { fingerprintModel } from "../src/engine/fingerprint.js";
import { openModel } from "../src/engine/model/open-model.js";
import { startLoopbackHub } from "../__tests__/helpers/loopback-hub.js";
import { virtualLlama } from "../__tests__/helpers/virtual-model.js";
import type { BenchResult } from "./timing.js";

const SHA = "7b7b7b7b7b7b7b7b7b7b7b7b7b7b7b7b7b7b7b7b";

/** A fetch that counts requests in flight from the call until the body has been read to its end. */
function inFlightFetch(): { fetch: typeof fetch; peak: () => number } {
  let now = 0;
  let peak = 0;
  const wrapped: typeof fetch = async (input, init) => {
    now += 1;
    peak = Math.max(peak, now);
    let done = false;
    const finish = (): void => {
      if (!done) {
        done = true;
        now -= 1;
      }
    };
    try {
      const res = await fetch(input, init);
      if (!res.body) {
        finish();
        return res;
      }
      const body = res.body.pipeThrough(new TransformStream({ flush: finish }));
      return new Response(body, { status: res.status, statusText: res.statusText, headers: res.headers });
    } catch (err) {
      finish();
      throw err;
    }
  };
  return { fetch: wrapped, peak: () => peak };
}

export async function benchSampled7b(): Promise<BenchResult[]> {
  const vm = virtualLlama();
  const hub = await startLoopbackHub({ repos: [vm.servedRepo("meta-llama/Llama-2-7b-virtual", SHA)] });
  try {
    const counter = inFlightFetch();
    const t0 = performance.now();
    const cpu0 = process.cpuUsage();
    const model = await openModel("meta-llama/Llama-2-7b-virtual", {
      hubUrl: hub.url,
      cwd: "/",
      fetch: counter.fetch,
    });
    const { fingerprint } = await fingerprintModel(model, "sampled");
    const ms = performance.now() - t0;
    const cpu = process.cpuUsage(cpu0);
    await model.close();
    return [
      { name: "sampled 7B: requests", value: fingerprint.requests, unit: "req", note: "budget ≤ 2000" },
      {
        name: "sampled 7B: peak requests in flight",
        value: counter.peak(),
        unit: "req",
        note: "budget ≤ 16",
      },
      {
        name: "sampled 7B: bytes read",
        value: fingerprint.bytes_read,
        unit: "B",
        note: `${((100 * fingerprint.bytes_read) / vm.weightBytes).toFixed(3)} % of ${(vm.weightBytes / 1e9).toFixed(2)} GB (budget ≤ 2 %)`,
      },
      {
        name: "sampled 7B: wall time",
        value: ms,
        unit: "ms",
        note: `CPU ${((cpu.user + cpu.system) / 1000).toFixed(0)} ms (client and loopback server)`,
      },
      {
        name: "peak RSS so far (client + loopback Hub)",
        value: resourceUsage().maxRSS / 1024,
        unit: "MiB",
        note: "budget ≤ 512 MiB",
      },
    ];
  } finally {
    await hub.close();
  }
}

export { benchFullLocal } from "./full-local.js";
