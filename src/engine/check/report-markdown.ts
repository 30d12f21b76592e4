// Markdown renderings of a check: the job summary (design §7: one row per model, then findings,
// capped at GitHub's 1 MiB) and the sticky PR comment (found again by a hidden marker; GitHub caps
// a comment at 65,536 characters). When a cap is hit, whole rows are left out and the text says how
// many, so a reader never sees a cut-off table.

import type { Finding } from "./findings.js";
import { findingCounts, type CheckReport, type ModelReport } from "./report.js";

/** GitHub rejects a step summary over 1 MiB; keep a margin for what other steps append. */
export const MAX_SUMMARY_BYTES = 1024 * 1024 - 4096;
/** GitHub's limit on an issue comment body, in characters. */
export const MAX_COMMENT_CHARS = 65_536;
/** Hidden marker that finds our comment again; the shard (if any) is part of it. */
export const COMMENT_MARKER = "<!-- provenance-gate:sticky -->";

const fmt = (x: number | null | undefined): string => (x === null || x === undefined ? "–" : x.toFixed(4));
const cell = (s: string): string => s.replace(/\|/g, "\\|").replace(/\r?\n/g, " ");
const ICON: Record<Finding["level"], string> = { error: "❌", warning: "⚠️", note: "ℹ️" };

function claimed(m: ModelReport): string {
  if (m.claimed_base === "none") return "none (from scratch)";
  if (m.claimed_base === null) return "–";
  return `${m.claimed_base.join(", ")} (${m.claim_source})`;
}

function detected(m: ModelReport): string {
  const top = (m.scan?.matches ?? []).filter((x) => x.verdict !== "not-matched").slice(0, 3);
  if (top.length === 0) return m.scan?.gap ? `– (${m.scan.gap})` : "–";
  return top.map((x) => `${x.model_id} T ${fmt(x.lineage_t)} (${x.verdict})`).join("<br>");
}

function modelRow(m: ModelReport): string {
  const c = m.compare.find((x) => x.verdict !== null) ?? m.compare[0];
  const s = c?.signals;
  const verdict = c ? (c.verdict ?? `error: ${c.error ?? "unknown"}`) : "–";
  return `| ${cell(m.id)} | ${cell(claimed(m))} | ${cell(detected(m))} | ${fmt(c?.lineage_t)} | ${fmt(c?.identity_score)} | ${fmt(s?.eas)} | ${fmt(s?.nlf)} | ${fmt(s?.lep)} | ${fmt(s?.end)} | ${fmt(s?.wvc)} | ${cell(verdict)} |`;
}

function findingLine(f: Finding, manifest: string): string {
  const state = f.exception
    ? ` — excepted until ${f.exception.expires}: ${f.exception.reason}`
    : f.fails
      ? " — **fails the check**"
      : "";
  return `- ${ICON[f.level]} **${f.rule} ${f.name}** (${manifest}:${f.position.line}): ${cell(f.message)}${state}`;
}

function headline(report: CheckReport): string {
  const c = findingCounts(report);
  const shard = report.shard ? ` (shard ${report.shard})` : "";
  const models = `${report.models.length} model${report.models.length === 1 ? "" : "s"}`;
  if (report.failed)
    return `### ❌ Model provenance${shard}: ${c.failing === 1 ? "1 finding fails" : `${c.failing} findings fail`} the check (${models})`;
  const total = c.error + c.warning + c.note;
  return total === 0
    ? `### ✅ Model provenance${shard}: no findings (${models})`
    : `### ✅ Model provenance${shard}: passes with ${total === 1 ? "1 finding that does" : `${total} findings that do`} not fail the check (${models})`;
}

const TABLE_HEAD = [
  "| model | claimed base | detected bases | lineage T | identity | EAS | NLF | LEP | END | WVC | verdict |",
  "|---|---|---|---|---|---|---|---|---|---|---|",
];

/** Lines under a budget: every line that fits, then one saying how many were left out. */
function capped(lines: readonly string[], budget: number, what: string): string[] {
  const out: string[] = [];
  let used = 0;
  for (let i = 0; i < lines.length; i++) {
    const size = Buffer.byteLength(lines[i]!, "utf8") + 1;
    if (used + size > budget) {
      out.push(
        `\n_${lines.length - i} more ${what} left out to stay within GitHub's size limit; see the JSON report._`,
      );
      break;
    }
    out.push(lines[i]!);
    used += size;
  }
  return out;
}

function render(report: CheckReport, budget: number): string {
  const head = [headline(report), ""];
  const findings = report.models.flatMap((m) => m.findings).map((f) => findingLine(f, report.manifest));
  const half = Math.floor((budget - 2048) / 2);
  const rows = capped(report.models.map(modelRow), half, "models");
  const body = [...head, ...TABLE_HEAD, ...rows, ""];
  if (findings.length > 0) body.push("#### Findings", "", ...capped(findings, half, "findings"));
  return `${body.join("\n")}\n`;
}

export function summaryMarkdown(report: CheckReport): string {
  return render(report, MAX_SUMMARY_BYTES);
}

/** The sticky comment; `resolved` when an earlier run had findings and this one has none. */
export function commentMarkdown(report: CheckReport, resolved: boolean): string {
  const marker = commentMarkerFor(report.shard);
  const note = resolved
    ? "\n> ✅ **Resolved**: the provenance findings reported earlier on this pull request are cleared.\n"
    : "";
  // Characters, not bytes, bound a comment; UTF-8 bytes overestimate them, which is the safe side.
  return `${marker}\n${note}${render(report, MAX_COMMENT_CHARS - 1024)}`;
}

export function commentMarkerFor(shard: string | null): string {
  return shard ? `${COMMENT_MARKER.slice(0, -4)} shard=${shard} -->` : COMMENT_MARKER;
}
