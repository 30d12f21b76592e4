// Weight-signal extraction budgets (design §11):
// - `sampled` on the virtual Llama-2-7B (bf16, 2 shards) behind the loopback Hub: bytes read as a
//   share of the weight bytes, requests, requests in flight, wall time, peak RSS;
// - `full` on a local model file of more than 2 GB: throughput beside a plain sequential read of
//   the same file in the same run, and peak RSS.

import { mkdir, open, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { resourceUsage } from "node:process";
import { fingerprintModel } from "../src/engine/fingerprint.js";
import { openModel } from "../src/engine/model/open-model.js";
import { startLoopbackHub } from "../__tests__/helpers/loopback-hub.js";
import { virtualLlama, type VirtualModel } from "../__tests__/helpers/virtual-model.js";
import type { BenchResult } from "./timing.js";

const SHA = "7b7b7b7b7b7b7b7b7b7b7b7b7b7b7b7b7b7b7b7b";
const MIB = 2 ** 20;

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

/** Writes the virtual model's files to `dir` (config, tokenizer, one safetensors file). */
async function writeVirtual(vm: VirtualModel, dir: string): Promise<string> {
  await mkdir(dir, { recursive: true });
  let weights = "";
  for (const f of vm.files) {
    const fh = await open(path.join(dir, f.path), "w");
    for (let off = 0; off < f.size; off += 16 * MIB)
      await fh.write(f.read(off, Math.min(16 * MIB, f.size - off)));
    await fh.close();
    if (f.path.endsWith(".safetensors")) weights = path.join(dir, f.path);
  }
  return weights;
}

async function sequentialRead(file: string): Promise<number> {
  const fh = await open(file, "r");
  const buf = Buffer.alloc(16 * MIB);
  let total = 0;
  for (;;) {
    const { bytesRead } = await fh.read(buf, 0, buf.length, null);
    if (bytesRead === 0) break;
    total += bytesRead;
  }
  await fh.close();
  return total;
}

/** Evicts the page cache so a read goes to the disk (root only); false where not permitted. */
async function dropCaches(): Promise<boolean> {
  try {
    await writeFile("/proc/sys/vm/drop_caches", "3\n");
    return true;
  } catch {
    return false;
  }
}

export async function benchFullLocal(): Promise<BenchResult[]> {
  // 18 layers of width 2048 in bf16: about 2.1 GB in one file.
  const vm = virtualLlama({
    hidden: 2048,
    layers: 18,
    heads: 16,
    kvHeads: 16,
    intermediate: 5632,
    vocab: 32000,
    dtype: "BF16",
    shards: 1,
  });
  const dir = path.join(tmpdir(), "pg-bench-full");
  try {
    const file = await writeVirtual(vm, dir);
    // Cold: the page cache is dropped before each read (where permitted), so both go to the disk.
    const cold = await dropCaches();
    let t0 = performance.now();
    const bytes = await sequentialRead(file);
    const seqMs = performance.now() - t0;
    await dropCaches();
    const model = await openModel(dir, { cwd: "/" });
    t0 = performance.now();
    const { fingerprint } = await fingerprintModel(model, "full");
    const fullMs = performance.now() - t0;
    await model.close();
    const seq = bytes / 1e9 / (seqMs / 1000);
    const full = vm.weightBytes / 1e9 / (fullMs / 1000);
    return [
      {
        name: "local file size",
        value: bytes / 1e9,
        unit: "GB",
        note: `${vm.parameterCount} parameters, bf16`,
      },
      {
        name: "plain sequential read (16 MiB chunks)",
        value: seq,
        unit: "GB/s",
        note: cold ? "cold page cache" : "warm page cache (could not drop it)",
      },
      {
        name: "full-profile fingerprint",
        value: full,
        unit: "GB/s",
        note: `ratio to sequential read ${(full / seq).toFixed(2)} (budget ≥ 0.5); ${fingerprint.bytes_read} bytes read`,
      },
      {
        name: "peak RSS so far",
        value: resourceUsage().maxRSS / 1024,
        unit: "MiB",
        note: "budget ≤ 512 MiB",
      },
    ];
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
