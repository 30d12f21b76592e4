// Timing and printing helpers for benchmarks. Benchmarks print figures; they never assert.

import { performance } from "node:perf_hooks";

export interface BenchResult {
  readonly name: string;
  readonly value: number;
  readonly unit: string;
  readonly note?: string;
}

/** Best wall time (ms) of `n` runs: the least disturbed by other load on a noisy machine. */
export async function timeBest(n: number, fn: () => unknown): Promise<number> {
  let best = Infinity;
  for (let i = 0; i < n; i++) {
    const t0 = performance.now();
    await fn();
    best = Math.min(best, performance.now() - t0);
  }
  return best;
}

export function printResults(title: string, results: readonly BenchResult[]): void {
  console.log(`\n## ${title}`);
  for (const r of results) {
    const v = Number.isInteger(r.value) ? String(r.value) : r.value.toFixed(r.value < 10 ? 3 : 1);
    console.log(`  ${r.name.padEnd(44)} ${v.padStart(12)} ${r.unit.padEnd(8)} ${r.note ?? ""}`);
  }
}
