// Tokenizer features on real vocabularies: TFV extraction (one pass over every token plus the merge
// strings and hash), VOA between two large vocabularies and EAS anchor selection, with the time and
// the memory each takes. Gemma 3 (262k tokens, 515k merges) is the largest tokenizer we expect.

import { memoryUsage } from "node:process";
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import {
  lenmlTokenizerPath,
  loadJsonTokenizer,
} from "../__tests__/engine/features/tokenizer/json-tokenizer.js";
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
    const tok = loadJsonTokenizer(lenmlTokenizerPath(pkg));
    loaded.set(name, tok);
    const note = `${tok.vocab.size} tokens, ${tok.merges.length} merges, best of ${RUNS}`;
    results.push({
      name: `TFV, ${name}`,
      value: await timeBest(RUNS, () => extractTfv(tok)),
      unit: "ms",
      note,
    });
    results.push(...memoryOf(`TFV, ${name}`, gc, () => extractTfv(tok)));
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
function memoryOf(label: string, gc: () => void, fn: () => unknown): BenchResult[] {
  gc();
  const before = memoryUsage();
  const kept = fn();
  const during = memoryUsage();
  gc();
  const after = memoryUsage();
  if (kept === undefined) throw new Error("unreachable: keeps the result alive until measured");
  return [
    {
      name: `${label}: heap kept`,
      value: (after.heapUsed - before.heapUsed) / MIB,
      unit: "MiB",
      note: "the features, all_merges_str included",
    },
    {
      name: `${label}: heap used before GC`,
      value: (during.heapUsed - before.heapUsed) / MIB,
      unit: "MiB",
      note: `RSS change ${((during.rss - before.rss) / MIB).toFixed(1)} MiB (the allocator may reuse freed pages)`,
    },
  ];
}
