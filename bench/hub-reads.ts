// Reads of the virtual 7B-parameter bf16 Llama (Llama-2-7B layout, 2 shards) behind the loopback
// Hub: what `inspect` costs, and what reading rows for the weight signals costs (design §11).

import { performance } from "node:perf_hooks";
import { openWeights } from "../src/engine/formats/safetensors/weights.js";
import { readRowSet } from "../src/engine/formats/safetensors/tensor-reader.js";
import { inspectModel } from "../src/engine/inspect.js";
import { mapLimit } from "../src/engine/io/concurrency.js";
import { openModel } from "../src/engine/model/open-model.js";
import { startLoopbackHub } from "../__tests__/helpers/loopback-hub.js";
import { Rng } from "../__tests__/helpers/rng.js";
import { virtualLlama } from "../__tests__/helpers/virtual-model.js";
import type { BenchResult } from "./timing.js";

const SHA = "7b7b7b7b7b7b7b7b7b7b7b7b7b7b7b7b7b7b7b7b";
const CONCURRENCY = 8;

/** `blocks` contiguous blocks of `rows / blocks` rows, evenly spaced over [0, total). */
function spacedRows(total: number, rows: number, blocks: number): number[] {
  const per = rows / blocks;
  const step = Math.floor(total / blocks);
  const out: number[] = [];
  for (let b = 0; b < blocks; b++) for (let i = 0; i < per; i++) out.push(b * step + i);
  return out;
}

export async function benchHubReads(): Promise<BenchResult[]> {
  const vm = virtualLlama();
  const hub = await startLoopbackHub({ repos: [vm.servedRepo("meta-llama/Llama-2-7b-virtual", SHA)] });
  const results: BenchResult[] = [];
  try {
    const opts = { hubUrl: hub.url, cwd: "/" };
    let t0 = performance.now();
    const m1 = await openModel("meta-llama/Llama-2-7b-virtual", opts);
    const report = await inspectModel(m1);
    results.push(
      { name: "inspect: requests", value: report.requests, unit: "req" },
      {
        name: "inspect: bytes read",
        value: report.bytes_read,
        unit: "B",
        note: `${(report.bytes_read / 1024).toFixed(1)} KiB`,
      },
      { name: "inspect: wall time", value: performance.now() - t0, unit: "ms" },
    );
    const weightBytes = vm.weightBytes;
    const embedName = "model.embed_tokens.weight";
    const rng = new Rng(42);
    const anchorRows = Array.from({ length: 64 }, () => rng.int(vm.spec.vocab));
    for (const [label, blocks] of [
      ["32 evenly spaced single rows", 32],
      ["32 rows as 4 blocks of 8", 4],
    ] as const) {
      const model = await openModel("meta-llama/Llama-2-7b-virtual", opts);
      const set = await openWeights(model);
      const before = { ...model.stats };
      t0 = performance.now();
      const embed = set.get(embedName)!;
      await readRowSet(set, embed, anchorRows, { concurrency: CONCURRENCY });
      const matrices = set.tensors.filter((t) => t.shape.length === 2);
      await mapLimit(matrices, 2, (t) =>
        readRowSet(set, t, spacedRows(t.shape[0]!, 32, blocks), { concurrency: CONCURRENCY / 2 }),
      );
      const ms = performance.now() - t0;
      const bytes = model.stats.bytes - before.bytes;
      const reqs = model.stats.requests - before.requests;
      results.push(
        {
          name: `rows (${label}): requests`,
          value: reqs,
          unit: "req",
          note: `64 anchor rows + ${matrices.length} matrices; ≤ ${CONCURRENCY} in flight`,
        },
        {
          name: `rows (${label}): bytes`,
          value: bytes,
          unit: "B",
          note: `${((100 * bytes) / weightBytes).toFixed(3)} % of ${(weightBytes / 1e9).toFixed(2)} GB weights`,
        },
        { name: `rows (${label}): wall time`, value: ms, unit: "ms" },
      );
      await model.close();
    }
    results.push({
      name: "peak RSS of this process",
      value: process.memoryUsage().rss / 2 ** 20,
      unit: "MiB",
    });
  } finally {
    await hub.close();
  }
  return results;
}
