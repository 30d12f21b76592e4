// Human and --plain renderings of a scan (reference §9.3 layout for --plain, our fields).

import type { ScanMatch } from "../engine/reference/scan.js";
import type { ScanReport } from "./commands/scan.js";
import { table } from "./format.js";

const fmt = (v: number | null): string => (v === null ? "n/a" : v.toFixed(4));
const plainNum = (v: number | null): string => (v === null ? "N/A" : v.toFixed(4));
const SIGNALS = ["eas", "nlf", "lep", "end", "wvc", "tfv"] as const;

const fmtT = (m: ScanMatch): string => (m.lineage === null ? "n/a" : m.lineage.t.toFixed(3));

/** Why some listed entries are unverified, and what would verify them. */
function notes(r: ScanReport): string[] {
  const out: string[] = [];
  if (!r.query.has_weight_signals) {
    out.push("note: the scanned model has no weight signals, so every entry is unverified (metadata only)");
    return out;
  }
  const noProbe = r.matches.filter((m) => m.verdict.label === "unverified" && !m.lineage_probe);
  if (noProbe.length > 0) {
    const one = noProbe.length === 1;
    out.push(
      `note: ${noProbe.length} listed entr${one ? "y is" : "ies are"} unverified: the database has no lineage probe for ${one ? "it" : "them"}, and neither metadata nor the identity score decides lineage.`,
      "      Re-create such an entry from its model: provenance-gate fingerprint <model> --db DIR --family ID",
    );
  }
  return out;
}

export function renderScan(r: ScanReport): string {
  const q = r.query;
  const t = r.timings;
  const head = [
    `model       ${q.ref}${q.revision ? ` @ ${q.revision}` : ""}`,
    `bucket      ${q.param_bucket} (scanned: ${q.buckets_scanned.join(", ")})`,
    `weights     ${q.has_weight_signals ? `yes (${q.profile} profile)` : "no"}`,
    `databases   ${r.databases.map((d) => `${d.root} (${d.entries} entries)`).join(", ")}`,
    `candidates  ${r.counts.candidates} of ${r.counts.entries}: ${r.counts.verified} decided by the lineage test (${r.counts.not_matched} ruled out), ${r.counts.unverified} unverified`,
    "",
  ];
  const body =
    r.matches.length === 0
      ? [`No match at or above the threshold ${r.threshold}.`]
      : [
          `Top ${r.matches.length} match${r.matches.length === 1 ? "" : "es"} (threshold ${r.threshold}):`,
          table(
            [
              "#",
              "model",
              "family",
              "verdict",
              "T",
              "identity",
              "MFI",
              "EAS",
              "NLF",
              "LEP",
              "END",
              "WVC",
              "TFV",
            ],
            r.matches.map((m, i) => row(m, i)),
            [4, 5, 7, 8, 9, 10, 11, 12],
          ),
        ];
  const tail = [
    ...notes(r),
    ...r.warnings.map((w) => `warning  ${w}`),
    ...(r.problems.length > 0
      ? [`${r.problems.length} database problem(s) (see --json or db check); affected entries were skipped`]
      : []),
    `time        index ${ms(t.index_ms)}, fingerprint ${ms(t.fingerprint_ms)}${r.cached ? " (cached)" : ""}, scan ${ms(t.total_ms)}`,
  ];
  return [...head, ...body, "", ...tail].join("\n");
}

function row(m: ScanMatch, i: number): string[] {
  return [
    String(i + 1),
    m.model_id,
    `${m.family_name} [${m.param_bucket}]`,
    m.verdict.label,
    fmtT(m),
    fmt(m.identity_score),
    `${m.mfi.score.toFixed(4)} (tier ${m.mfi.tier}, ${m.match_type})`,
    ...SIGNALS.map((k) => fmt(m.signals[k])),
  ];
}

function ms(v: number): string {
  return v >= 1000 ? `${(v / 1000).toFixed(2)} s` : `${v.toFixed(1)} ms`;
}

/** One "key: value" per line, for scripts that grep. */
export function renderScanPlain(r: ScanReport): string {
  const line = (k: string, v: string | number): string => `${`${k}:`.padEnd(25)} ${v}`;
  const q = r.query;
  const out = [
    line("model", q.ref),
    line("revision", q.revision ?? "local"),
    line("param_bucket", q.param_bucket),
    line("arch_hash", q.arch_hash),
    line("family_hash", q.family_hash),
    line("weight_signals", q.has_weight_signals ? "yes" : "no"),
    line("threshold", r.threshold),
    line("candidates", r.counts.candidates),
    line("match_count", r.match_count),
    line("elapsed_ms", r.timings.total_ms.toFixed(0)),
  ];
  for (const [i, m] of r.matches.entries()) {
    const p = `match_${i + 1}_`;
    out.push(
      "---",
      line(`${p}model_id`, m.model_id),
      line(`${p}family`, `${m.family_name} (${m.family_id})`),
      line(`${p}asset_id`, m.asset_id),
      line(`${p}verdict`, m.verdict.label),
      line(`${p}related`, String(m.verdict.related)),
      line(`${p}lineage_t`, m.lineage === null ? "N/A" : m.lineage.t.toFixed(4)),
      line(`${p}match_type`, m.match_type),
      line(`${p}identity_score`, plainNum(m.identity_score)),
      line(`${p}mfi_score`, plainNum(m.mfi.score)),
      line(`${p}mfi_tier`, m.mfi.tier),
      ...SIGNALS.map((k) => line(`${p}${k}`, plainNum(m.signals[k]))),
    );
  }
  return out.join("\n");
}
