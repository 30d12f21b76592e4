// Tokenizer features on real vocabularies: TFV extraction (one pass over every token plus the merge
// strings and hash), VOA between two large vocabularies and EAS anchor selection, with the time and
// the memory each takes. Gemma 3 (262k tokens, 515k merges) is the largest tokenizer we expect.

import { memoryUsage } from "node:process";
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { performance } from "node:perf_hooks";
import { openLocalModel } from "../src/engine/model/local-source.js";
import { loadTokenizer } from "../src/engine/tokenizer/load-tokenizer.js";
import { getAnchorIds } from "../src/engine/features/tokenizer/anchors.js";
import { extractTfv } from "../src/engine/features/tokenizer/tfv.js";
import { vocabOverlap } from "../src/engine/features/tokenizer/voa.js";
import type { LoadedTokenizer } from "../src/engine/tokenizer/loaded-tokenizer.js";
import { type BenchResult, timeBest } from "./timing.js";

const RUNS = 5;
const MIB = 2 ** 20;

const TOKENIZERS = [
  ["Gemma 3", "tokenizer-gemma3"],
  ["Llama-3.1", "tokenizer-llama3_1"],
  ["Qwen3", "tokenizer-qwen3"],
] as const;

/** A full collection between measurements, so heap figures are what is retained, not garbage. */
function collector(): () => void {
  setFlagsFromString("--expose-gc");
  const gc = runInNewContext("gc") as () => void;
  return () => {
    gc();
    gc();
  };
}

export async function benchTokenizer(): Promise<BenchResult[]> {
  const gc = collector();
  const results: BenchResult[] = [];
  const loaded = new Map<string, LoadedTokenizer>();
  for (const [name, pkg] of TOKENIZERS) {
    const dir = fileURLToPath(new URL(`../node_modules/@lenml/${pkg}/models`, import.meta.url));
    const load = async (): Promise<LoadedTokenizer> => {
      const model = await openLocalModel(dir);
      const tok = await loadTokenizer(model);
      await model.close();
      return tok as LoadedTokenizer;
    };
    const tok = await load();
    loaded.set(name, tok);
    const note = `${tok.vocab.size} tokens, ${tok.merges.length} merges, best of ${RUNS}`;
    // The floor any JSON-based loader pays: read and JSON.parse the file, nothing else.
    const parse = await timeBest(RUNS, () => JSON.parse(readFileSync(`${dir}/tokenizer.json`, "utf8")));
    const loadMs = await timeBest(RUNS, load);
    const tfvMs = await timeBest(RUNS, () => extractTfv(tok));
    let total = Infinity;
    for (let i = 0; i < RUNS; i++) {
      const t0 = performance.now();
      extractTfv(await load());
      total = Math.min(total, performance.now() - t0);
    }
    results.push(
      {
        name: `${name}: readFile + JSON.parse only`,
        value: parse,
        unit: "ms",
        note: "the floor for any JSON loader",
      },
      { name: `${name}: load vocabulary (loadTokenizer)`, value: loadMs, unit: "ms", note },
      { name: `${name}: TFV on the loaded tokenizer`, value: tfvMs, unit: "ms" },
      { name: `${name}: load + TFV`, value: total, unit: "ms", note: "target < 1000 ms for Gemma 3" },
    );
    results.push(
      ...(await memoryOf(`load + TFV, ${name}`, gc, async () => {
        const t = await load();
        return [t, extractTfv(t)];
      })),
    );
  }
  const gemma = loaded.get("Gemma 3") as LoadedTokenizer;
  const qwen = loaded.get("Qwen3") as LoadedTokenizer;
  results.push({
    name: "VOA, Gemma 3 vs Qwen3",
    value: await timeBest(RUNS, () => vocabOverlap(gemma.vocab, qwen.vocab)),
    unit: "ms",
    note: "the vocab Maps as sets: 152k lookups",
  });
  results.push({
    name: "VOA, Gemma 3 vs Qwen3 token lists",
    value: await timeBest(RUNS, () => vocabOverlap([...gemma.vocab.keys()], [...qwen.vocab.keys()])),
    unit: "ms",
    note: "two Sets built first (262k and 152k tokens)",
  });
  results.push({
    name: "EAS anchors, Gemma 3 vocabulary",
    value: await timeBest(RUNS, () =>
      getAnchorIds({ encode: () => [], vocab: gemma.vocab.keys(), V: 262_144 }),
    ),
    unit: "ms",
    note: "script distribution pass + MT19937 shuffle of 50 000 ids",
  });
  return results;
}

/** Heap retained by the result and RSS growth while computing it (after a full collection). */
async function memoryOf(label: string, gc: () => void, fn: () => unknown): Promise<BenchResult[]> {
  gc();
  const before = memoryUsage();
  const kept = await fn();
  const during = memoryUsage();
  gc();
  const after = memoryUsage();
  if (kept === undefined) throw new Error("unreachable: keeps the result alive until measured");
  return [
    {
      name: `${label}: heap kept`,
      value: (after.heapUsed - before.heapUsed) / MIB,
      unit: "MiB",
      note: "what the result keeps alive",
    },
    {
      name: `${label}: heap used before GC`,
      value: (during.heapUsed - before.heapUsed) / MIB,
      unit: "MiB",
      note: `RSS change ${((during.rss - before.rss) / MIB).toFixed(1)} MiB (the allocator may reuse freed pages)`,
    },
  ];
}
