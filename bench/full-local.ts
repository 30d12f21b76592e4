// Full-profile extraction throughput (design §11: ≥ 50 % of the machine's plain sequential read speed
// of the same file; peak RSS ≤ 512 MiB) on a generated 2.1 GB bf16 Llama-shaped file.
//
// Honest comparison: the written file is fsync'ed first (drop_caches only evicts clean pages; an
// unsynced file stays cached, which made an earlier "cold" read report RAM speed), then the plain read
// and the extraction are each timed cold (page cache dropped before each, root only) and warm (best of
// a few runs once the file is cached), the same way. The file system tmpdir lives on is printed:
// on tmpfs every "disk" read is a memory copy. Also printed: the share of time per phase and the
// ceilings over an in-memory buffer of the SIMD kernel (half-kernel.ts, what BF16/F16 tensors go
// through) and of the 16-bit pattern count (its fallback without wasm SIMD), which bound warm
// throughput.

import { readFileSync } from "node:fs";
import { mkdir, open, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { cpuUsage, resourceUsage } from "node:process";
import { fingerprintModel } from "../src/engine/fingerprint.js";
import { openModel } from "../src/engine/model/open-model.js";
import { openWeights } from "../src/engine/formats/safetensors/weights.js";
import { extractionRoles, roleHints } from "../src/engine/features/weights/extraction-roles.js";
import { extractEasEnd } from "../src/engine/features/weights/signals-eas.js";
import { extractNlf } from "../src/engine/features/weights/signals-nlf.js";
import { extractLayerSignals } from "../src/engine/features/weights/signals-layers.js";
import { halfValueTable, PatternCounter } from "../src/engine/features/weights/half-stats.js";
import { HalfKernelStream } from "../src/engine/features/weights/half-kernel.js";
import { virtualLlama, type VirtualModel } from "../__tests__/helpers/virtual-model.js";
import type { BenchResult } from "./timing.js";

const MIB = 2 ** 20;
const WARM_RUNS = 3;

/** Writes the virtual model's files to `dir` and fsyncs them; returns the weights file. */
async function writeVirtual(vm: VirtualModel, dir: string): Promise<string> {
  await mkdir(dir, { recursive: true });
  let weights = "";
  for (const f of vm.files) {
    const fh = await open(path.join(dir, f.path), "w");
    for (let off = 0; off < f.size; off += 16 * MIB)
      await fh.write(f.read(off, Math.min(16 * MIB, f.size - off)));
    await fh.sync();
    await fh.close();
    if (f.path.endsWith(".safetensors")) weights = path.join(dir, f.path);
  }
  return weights;
}

/** The plain read: one reused 16 MiB buffer, one read at a time, front to back. */
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

/** File system type and source of the mount holding `dir` (Linux /proc/self/mounts), or "unknown". */
function mountOf(dir: string): string {
  try {
    let best = { at: "", text: "unknown" };
    for (const line of readFileSync("/proc/self/mounts", "utf8").split("\n")) {
      const [source = "", at = "", type = ""] = line.split(" ");
      const inside = dir === at || dir.startsWith(at.endsWith("/") ? at : `${at}/`);
      if (inside && at.length >= best.at.length) best = { at, text: `${type} (${source} on ${at})` };
    }
    return best.text;
  } catch {
    return "unknown";
  }
}

async function fullFingerprint(dir: string): Promise<{ ms: number; cpuMs: number; bytesRead: number }> {
  const model = await openModel(dir, { cwd: "/" });
  const cpu0 = cpuUsage();
  const t0 = performance.now();
  const { fingerprint } = await fingerprintModel(model, "full");
  const ms = performance.now() - t0;
  const cpu = cpuUsage(cpu0);
  await model.close();
  return { ms, cpuMs: (cpu.user + cpu.system) / 1000, bytesRead: fingerprint.bytes_read };
}

async function best<T extends { ms: number }>(n: number, fn: () => Promise<T>): Promise<T> {
  let b: T | undefined;
  for (let i = 0; i < n; i++) {
    const r = await fn();
    if (b === undefined || r.ms < b.ms) b = r;
  }
  return b!;
}

/** Wall time of each weight-signal phase (warm), the rest of the fingerprint being tokenizer and MFI. */
async function phases(dir: string, vm: VirtualModel): Promise<{ eas: number; nlf: number; layers: number }> {
  const model = await openModel(dir, { cwd: "/" });
  const set = await openWeights(model);
  const { hidden, layers, vocab, heads } = vm.spec;
  const roles = extractionRoles(
    set,
    roleHints({ hiddenSize: hidden, numLayers: layers, vocabSize: vocab, numHeads: heads }),
  );
  const anchors = Array.from({ length: 64 }, (_, i) => (i * 499) % vocab);
  let t = performance.now();
  const lap = (): number => -t + (t = performance.now());
  await extractEasEnd(set, roles.embedding, anchors, undefined, roles.transposed);
  const eas = lap();
  await extractNlf(set, roles.norms);
  const nlf = lap();
  await extractLayerSignals(set, roles.layerTensors, 4096);
  const layerMs = lap();
  await model.close();
  return { eas, nlf, layers: layerMs };
}

/** GB/s of the 16-bit pattern counting loop alone over one in-memory 16 MiB block of the file. */
async function countingCeiling(file: string): Promise<number> {
  const fh = await open(file, "r");
  const block = new Uint8Array(16 * MIB);
  await fh.read(block, 0, block.length, 64 * MIB);
  await fh.close();
  const h = new Uint16Array(block.buffer);
  const counter = new PatternCounter();
  for (let i = 0; i < 4; i++) counter.add(h);
  const rounds = 32;
  const t0 = performance.now();
  for (let i = 0; i < rounds; i++) counter.add(h);
  return (rounds * block.length) / 1e6 / (performance.now() - t0);
}

/**
 * GB/s of the SIMD kernel alone over the same in-memory 16 MiB block: summed in place in the kernel's
 * memory (how extraction reads a file) and staged by copies (how bytes from elsewhere arrive); null
 * without wasm SIMD.
 */
async function kernelCeiling(file: string): Promise<{ inPlace: number; staged: number } | null> {
  const fh = await open(file, "r");
  const block = new Uint8Array(16 * MIB);
  await fh.read(block, 0, block.length, 64 * MIB);
  await fh.close();
  const stream = HalfKernelStream.create(block.length);
  if (stream === null) return null;
  const buffer = stream.buffers[0];
  buffer.set(block);
  const table = halfValueTable("BF16");
  const rate = (bytes: Uint8Array): number => {
    const kernel = stream.stats("BF16", table, Math.fround(1e-4));
    for (let i = 0; i < 4; i++) kernel.add(bytes);
    const rounds = 32;
    const t0 = performance.now();
    for (let i = 0; i < rounds; i++) kernel.add(bytes);
    const gbps = (rounds * bytes.length) / 1e6 / (performance.now() - t0);
    kernel.finish();
    return gbps;
  };
  const result = { inPlace: rate(buffer), staged: rate(block) };
  stream.release();
  return result;
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
    const size = vm.weightBytes;
    const gbps = (ms: number): number => size / 1e6 / ms;
    const cold = await dropCaches();
    let t0 = performance.now();
    await sequentialRead(file);
    const seqCold = performance.now() - t0;
    await dropCaches();
    const fullCold = await fullFingerprint(dir);
    const seqWarm = await best(WARM_RUNS, async () => {
      t0 = performance.now();
      await sequentialRead(file);
      return { ms: performance.now() - t0 };
    });
    const fullWarm = await best(WARM_RUNS, () => fullFingerprint(dir));
    const p = await best(WARM_RUNS, async () => {
      const r = await phases(dir, vm);
      return { ...r, ms: r.eas + r.nlf + r.layers };
    });
    const weightsMs = p.ms;
    const share = (ms: number): string => `${((100 * ms) / weightsMs).toFixed(0)} %`;
    const ceiling = await countingCeiling(file);
    const simd = await kernelCeiling(file);
    const coldNote = cold ? "page cache dropped before each read" : "could not drop the page cache: warm";
    return [
      {
        name: "local file size",
        value: size / 1e9,
        unit: "GB",
        note: `bf16; tmpdir on ${mountOf(tmpdir())}`,
      },
      { name: "plain sequential read, cold", value: gbps(seqCold), unit: "GB/s", note: coldNote },
      {
        name: "full-profile fingerprint, cold",
        value: gbps(fullCold.ms),
        unit: "GB/s",
        note: `ratio ${(seqCold / fullCold.ms).toFixed(2)} (budget ≥ 0.5); ${fullCold.bytesRead} bytes read`,
      },
      {
        name: "plain sequential read, warm",
        value: gbps(seqWarm.ms),
        unit: "GB/s",
        note: `best of ${WARM_RUNS}`,
      },
      {
        name: "full-profile fingerprint, warm",
        value: gbps(fullWarm.ms),
        unit: "GB/s",
        note: `ratio ${(seqWarm.ms / fullWarm.ms).toFixed(2)}; best of ${WARM_RUNS}; CPU ${fullWarm.cpuMs.toFixed(0)} ms in ${fullWarm.ms.toFixed(0)} ms`,
      },
      {
        name: "weight signals alone, warm",
        value: gbps(weightsMs),
        unit: "GB/s",
        note: `ratio ${(seqWarm.ms / weightsMs).toFixed(2)}; ${weightsMs.toFixed(0)} ms (the fingerprint adds tokenizer+MFI)`,
      },
      {
        name: "phase shares: EAS+END / NLF / layers",
        value: weightsMs,
        unit: "ms",
        note: `${share(p.eas)} / ${share(p.nlf)} / ${share(p.layers)}; tokenizer+MFI ≈ ${Math.max(0, fullWarm.ms - weightsMs).toFixed(0)} ms more in the fingerprint`,
      },
      {
        name: "ceiling: counting loop alone, in memory",
        value: ceiling,
        unit: "GB/s",
        note: `one thread; ratio it allows vs warm read ${(ceiling / gbps(seqWarm.ms)).toFixed(2)}`,
      },
      {
        name: "ceiling: SIMD kernel alone, in memory",
        value: simd?.inPlace ?? 0,
        unit: "GB/s",
        note:
          simd === null
            ? "no wasm SIMD here: the counting loop is used"
            : `one thread, BF16, in place; ratio it allows vs warm read ${(simd.inPlace / gbps(seqWarm.ms)).toFixed(2)}; staged by copies ${simd.staged.toFixed(2)} GB/s`,
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
