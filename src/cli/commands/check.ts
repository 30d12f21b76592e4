// `provenance-gate check`: the action's decision, run locally. Prints the summary table (or the
// JSON report with --json), writes SARIF and the JSON report when asked, and exits 1 when a
// finding fails the check. Local model ids and database paths in the manifest are relative to the
// working folder, which should be the repository root (as in the action).

import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { prepareCheckDeps } from "../../engine/check/check-session.js";
import { utcDay } from "../../engine/check/findings.js";
import { DEFAULT_MANIFEST_PATH, loadManifest } from "../../engine/check/manifest.js";
import { allFindings, type CheckReport } from "../../engine/check/report.js";
import { sarifOfReport } from "../../engine/check/report-sarif.js";
import { runCheck } from "../../engine/check/run-check.js";
import { inShard, parseShard } from "../../engine/check/selection.js";
import { DEFAULT_HUB_URL } from "../../engine/model/open-model.js";
import { VERSION } from "../../version.js";
import { cacheRoot } from "../cache-option.js";
import { printJson, warnTo, type CommandHandler } from "../context.js";

export const checkCommand: CommandHandler = async ({ json, profile, io, modelOptions, options, cache }) => {
  const manifestArg = typeof options["manifest"] === "string" ? options["manifest"] : DEFAULT_MANIFEST_PATH;
  const manifestRel = path.relative(io.cwd, path.resolve(io.cwd, manifestArg)).split(path.sep).join("/");
  const manifest = await loadManifest(path.resolve(io.cwd, manifestArg), manifestRel);
  const shardText = typeof options["shard"] === "string" ? options["shard"] : null;
  const shard = shardText === null ? null : parseShard(shardText, "--shard");
  const root = cacheRoot(
    { cacheDir: typeof options["cache-dir"] === "string" ? options["cache-dir"] : undefined },
    io,
  );
  const warn = warnTo(io);
  const models = inShard(manifest.models, shard);
  const deps = await prepareCheckDeps({
    manifest,
    loadReferences: models.length > 0,
    root: io.cwd,
    hubUrl: modelOptions.hubUrl ?? DEFAULT_HUB_URL,
    token: modelOptions.token,
    fetch: modelOptions.fetch,
    profile,
    cache,
    snapshots: modelOptions.snapshots ?? null,
    provenancekitDir: path.join(root ?? path.join(io.cwd, ".provenance-gate"), "databases", "provenancekit"),
    allowFetch: options["offline"] !== true,
    today: utcDay(new Date()),
    toolVersion: VERSION,
    warn,
  });
  const shardLabel = shard ? `${shard.index}/${shard.count}` : null;
  const report = await runCheck(manifest, models, deps, { shard: shardLabel });
  await writeIf(io.cwd, options["sarif"], () => JSON.stringify(sarifOfReport(report), null, 2));
  await writeIf(io.cwd, options["report"], () => JSON.stringify(report, null, 2));
  if (json) printJson(io, report);
  else io.stdout(renderCheck(report) + "\n");
  return report.failed ? 1 : 0;
};

async function writeIf(cwd: string, file: unknown, text: () => string): Promise<void> {
  if (typeof file !== "string" || file === "") return;
  const abs = path.resolve(cwd, file);
  await mkdir(path.dirname(abs), { recursive: true });
  await writeFile(abs, `${text()}\n`);
}

const fmt = (x: number | null | undefined): string => (x === null || x === undefined ? "–" : x.toFixed(4));

/** The terminal rendering: one block per model, then the verdict line. */
export function renderCheck(r: CheckReport): string {
  const lines: string[] = [`manifest  ${r.manifest}${r.shard ? ` (shard ${r.shard})` : ""}`, ""];
  for (const m of r.models) {
    const claimed =
      m.claimed_base === "none"
        ? "none (trained from scratch)"
        : m.claimed_base === null
          ? "none declared"
          : m.claimed_base.join(", ");
    lines.push(`${m.id}${m.revision ? `@${m.revision}` : ""}`);
    lines.push(
      `  claimed base  ${claimed}${m.claim_source === "none" ? "" : ` (from the ${m.claim_source})`}`,
    );
    for (const c of m.compare)
      lines.push(
        `  compare       ${c.base}: ${c.verdict ?? `error: ${c.error ?? "unknown"}`}, lineage T ${fmt(c.lineage_t)}, identity ${fmt(c.identity_score)}`,
      );
    const detected = (m.scan?.matches ?? []).filter((x) => x.verdict !== "not-matched").slice(0, 3);
    if (detected.length > 0)
      lines.push(
        `  detected      ${detected.map((d) => `${d.model_id} (${d.verdict}, lineage T ${fmt(d.lineage_t)})`).join("; ")}`,
      );
    else if (m.scan?.gap) lines.push(`  detected      – (${m.scan.gap})`);
    for (const f of m.findings)
      lines.push(
        `  ${f.level.padEnd(7)} ${f.rule} ${f.name} (${r.manifest}:${f.position.line})${f.fails ? " FAILS" : f.exception ? ` excepted until ${f.exception.expires}` : ""}`,
        `          ${f.message}`,
      );
    for (const w of m.warnings) lines.push(`  warning ${w}`);
    lines.push("");
  }
  const findings = allFindings(r);
  const failing = findings.filter((f) => f.fails).length;
  lines.push(
    r.failed
      ? `FAILED: ${failing} of ${findings.length} finding${findings.length === 1 ? "" : "s"} fail the check`
      : `passed: ${findings.length} finding${findings.length === 1 ? "" : "s"}, none fails the check`,
  );
  return lines.join("\n");
}
