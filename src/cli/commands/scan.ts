// `scan <ref> --db DIR…`: fingerprint a model and rank the entries of reference databases against
// it. The databases are indexed first (a wrong --db fails before any model bytes are read).

import path from "node:path";
import { performance } from "node:perf_hooks";
import { fingerprintWithCache } from "../../engine/cache/index.js";
import { openModel } from "../../engine/model/open-model.js";
import { parquetDeepSignals } from "../../engine/reference/deep-signals.js";
import { loadScanIndex } from "../../engine/reference/scan-index.js";
import {
  DEFAULT_THRESHOLD,
  DEFAULT_TOP_K,
  scan,
  scanQueryFrom,
  type ScanResult,
} from "../../engine/reference/scan.js";
import type { IndexedDatabase } from "../../engine/reference/scan-index.js";
import { UsageError, type CommandOptions } from "../args.js";
import { printJson, warnTo, type CommandHandler } from "../context.js";
import { renderScan, renderScanPlain } from "../render-scan.js";

export const SCAN_USAGE =
  "provenance-gate scan <ref> --db DIR [--db DIR]… [--top-k N] [--threshold F] [--profile sampled|full] [--json | --plain]";

/** Each entry's deep signals from its bundle's parquet (reference §7.4); null when not installed. */

export interface ScanFlags {
  readonly dbs: readonly string[];
  readonly topK: number;
  readonly threshold: number;
}

/** --db (repeatable, required), --top-k, --threshold; mistakes are usage errors (exit 2). */
export function scanFlags(options: CommandOptions, cwd: string): ScanFlags {
  const raw = options.db;
  const dbs = (Array.isArray(raw) ? raw : raw === undefined ? [] : [raw]).filter(
    (d): d is string => typeof d === "string",
  );
  if (dbs.length === 0) {
    throw new UsageError(
      "scan needs a reference database: give --db DIR (repeatable); to get the published one, run " +
        `provenance-gate db fetch provenancekit --to DIR\nusage: ${SCAN_USAGE}`,
    );
  }
  return {
    dbs: dbs.map((d) => path.resolve(cwd, d)),
    topK: topKFlag(options["top-k"]),
    threshold: thresholdFlag(options.threshold),
  };
}

function topKFlag(v: CommandOptions[string]): number {
  if (v === undefined) return DEFAULT_TOP_K;
  const text = String(v);
  if (!/^[+-]?\d+$/.test(text.trim()) || !Number.isSafeInteger(Number(text))) {
    throw new UsageError(`argument --top-k: must be an integer >= 1, got "${text}"\nusage: ${SCAN_USAGE}`);
  }
  const n = Number(text);
  if (n < 1) throw new UsageError(`argument --top-k: must be >= 1, got ${n}\nusage: ${SCAN_USAGE}`);
  return n;
}

function thresholdFlag(v: CommandOptions[string]): number {
  if (v === undefined) return DEFAULT_THRESHOLD;
  const text = String(v);
  if (!/^\s*[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?\s*$/.test(text)) {
    throw new UsageError(
      `argument --threshold: must be a number in [0.0, 1.0], got "${text}"\nusage: ${SCAN_USAGE}`,
    );
  }
  const x = Number(text);
  if (!(x >= 0 && x <= 1))
    throw new UsageError(`argument --threshold: must be in [0.0, 1.0], got ${text}\nusage: ${SCAN_USAGE}`);
  return x;
}

export interface ScanReport extends ScanResult {
  readonly databases: readonly IndexedDatabase[];
  readonly cached: boolean;
  readonly warnings: readonly string[];
  readonly timings: ScanResult["timings"] & { readonly index_ms: number; readonly fingerprint_ms: number };
}

export const scanCommand: CommandHandler = async ({
  args,
  json,
  plain,
  profile,
  io,
  modelOptions,
  options,
  cache,
}) => {
  const flags = scanFlags(options, io.cwd);
  const index = await loadScanIndex(flags.dbs, { loader: parquetDeepSignals });
  const model = await openModel(args[0] as string, modelOptions);
  try {
    const t0 = performance.now();
    const fp = await fingerprintWithCache(model, profile, cache, warnTo(io));
    const fingerprintMs = performance.now() - t0;
    const result = await scan(index, scanQueryFrom(fp), { topK: flags.topK, threshold: flags.threshold });
    const report: ScanReport = {
      ...result,
      databases: index.databases,
      cached: fp.cached,
      warnings: fp.fingerprint.warnings,
      timings: { index_ms: index.buildMs, fingerprint_ms: fingerprintMs, ...result.timings },
    };
    if (json) printJson(io, report);
    else io.stdout((plain ? renderScanPlain(report) : renderScan(report)) + "\n");
    return 0;
  } finally {
    await model.close();
  }
};
