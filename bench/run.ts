// npm run bench: prints every benchmark's figures. Never part of `npm test`.
// `npm run bench -- scan cache` runs only the named groups (names below).
import { benchCache } from "./cache.js";
import { benchCheck } from "./check.js";
import { benchDecode } from "./decode.js";
import { benchFullLocal } from "./full-local.js";
import { benchHubReads } from "./hub-reads.js";
import { benchLineage } from "./lineage.js";
import { benchLineageRates } from "./lineage-rates.js";
import { benchParquet } from "./parquet.js";
import { benchScan } from "./scan.js";
import { benchTokenizer } from "./tokenizer.js";
import { benchSampled7b } from "./weights.js";
import { printResults, type BenchResult } from "./timing.js";

const GROUPS: [string, string, () => Promise<BenchResult[]>][] = [
  ["hub", "Hub reads of the virtual Llama-2-7B (bf16, 2 shards) over loopback", benchHubReads],
  ["decode", "Decoding throughput (input bytes per second)", benchDecode],
  ["tokenizer", "Tokenizer features (TFV, VOA, EAS anchors)", benchTokenizer],
  ["sampled", "Weight signals, sampled profile, virtual Llama-2-7B over loopback", benchSampled7b],
  ["full", "Weight signals, full profile, local 2.1 GB bf16 file", benchFullLocal],
  ["parquet", "Deep-signal parquet", benchParquet],
  ["scan", "Scan against reference databases", benchScan],
  ["cache", "Fingerprint cache: cold vs warm compare over loopback", benchCache],
  ["lineage", "The lineage test: sampled 7B fingerprint with and without its probe, compare", benchLineage],
  [
    "lineage-rates",
    "The lineage test: null false-positive rate, true-positive rate per disguise",
    benchLineageRates,
  ],
  ["check", "The action: start-up, and a 20-model check cold and warm", benchCheck],
];

const wanted = process.argv.slice(2);
const unknown = wanted.filter((w) => !GROUPS.some(([name]) => name === w));
if (unknown.length > 0) {
  console.error(
    `unknown benchmark(s) ${unknown.join(", ")}; choose from ${GROUPS.map(([n]) => n).join(", ")}`,
  );
  process.exit(2);
}
for (const [name, title, run] of GROUPS) {
  if (wanted.length === 0 || wanted.includes(name)) printResults(title, await run());
}
