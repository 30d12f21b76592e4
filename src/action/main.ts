// The action's run(): a short list of named steps over the same engine as `provenance-gate check`.
//   inputs → manifest → models in scope and shard → cache restore → check → annotations, summary,
//   comment, SARIF and JSON reports → cache save → outputs and the step's status.
// A manifest or input mistake exits 2 with its file:line:column annotated; any other thrown value
// becomes one clear failure message.

import { mkdir, writeFile } from "node:fs/promises";
import { homedir } from "node:os";
import path from "node:path";
import * as core from "@actions/core";
import { context, getOctokit } from "@actions/github";
import { FingerprintCache } from "../engine/cache/fingerprint-cache.js";
import { omittedNotice, planAnnotations } from "../engine/check/annotations.js";
import { prepareCheckDeps } from "../engine/check/check-session.js";
import { utcDay } from "../engine/check/findings.js";
import { ManifestError, loadManifest, type Manifest, type ManifestModel } from "../engine/check/manifest.js";
import { allFindings, type CheckReport } from "../engine/check/report.js";
import { commentMarkdown, commentMarkerFor, summaryMarkdown } from "../engine/check/report-markdown.js";
import { sarifOfReport } from "../engine/check/report-sarif.js";
import { runCheck } from "../engine/check/run-check.js";
import { changedModels, inShard } from "../engine/check/selection.js";
import { ConfigError } from "../engine/errors.js";
import { SnapshotCache } from "../engine/hub/snapshot-cache.js";
import { VERSION } from "../version.js";
import { cacheKeys, restore, save } from "./cache.js";
import { upsertStickyComment } from "./comment.js";
import { parseInputs, type ActionConfig, type InputName } from "./inputs.js";
import { baseManifestText, pullRequestOf } from "./pull-request.js";

export async function run(): Promise<void> {
  try {
    const cfg = parseInputs((name: InputName) => core.getInput(name), process.env);
    const root = process.env["GITHUB_WORKSPACE"] ?? process.cwd();
    const manifestRel = path.relative(root, path.resolve(root, cfg.manifest)).split(path.sep).join("/");
    const manifest = await loadManifest(path.resolve(root, cfg.manifest), manifestRel);
    const models = await modelsInScope(cfg, manifest, manifestRel);
    const cacheRoot = path.join(homedir(), ".cache", "provenance-gate");
    const shard = cfg.shard ? `${cfg.shard.index}/${cfg.shard.count}` : null;
    const keys = cacheKeys(manifest, shard);
    const restored = cfg.cache ? await restore([cacheRoot], keys) : null;
    const report = await check(cfg, manifest, models, root, cacheRoot, shard);
    annotate(report, manifestRel);
    await core.summary.addRaw(summaryMarkdown(report)).write();
    await comment(cfg, report);
    const files = await writeReports(cfg, report, root);
    if (cfg.cache) await save([cacheRoot], keys.key, restored);
    setOutputs(report, files);
  } catch (err) {
    fail(err);
  }
}

async function modelsInScope(
  cfg: ActionConfig,
  manifest: Manifest,
  manifestRel: string,
): Promise<ManifestModel[]> {
  let models: readonly ManifestModel[] = manifest.models;
  const pr = pullRequestOf(context);
  if (cfg.scope === "changed" && pr !== null) {
    if (!cfg.githubToken)
      core.notice("scope: changed needs github-token to read the base manifest; checking all models.");
    else {
      const base = await baseManifestText(getOctokit(cfg.githubToken), pr, manifestRel);
      const sel = changedModels(manifest, base);
      models = sel.models;
      core.info(
        sel.all
          ? `Checking all ${models.length} models: ${sel.all}.`
          : `Checking ${models.length} of ${manifest.models.length} models: added or changed in this pull request.`,
      );
    }
  }
  const sharded = inShard(models, cfg.shard);
  if (cfg.shard)
    core.info(`Shard ${cfg.shard.index}/${cfg.shard.count}: ${sharded.length} of ${models.length} models.`);
  return sharded;
}

async function check(
  cfg: ActionConfig,
  manifest: Manifest,
  models: readonly ManifestModel[],
  root: string,
  cacheRoot: string,
  shard: string | null,
): Promise<CheckReport> {
  const deps = await prepareCheckDeps({
    manifest,
    loadReferences: models.length > 0,
    root,
    hubUrl: cfg.hfEndpoint,
    token: cfg.hfToken,
    profile: cfg.profile,
    cache: cfg.cache ? new FingerprintCache(path.join(cacheRoot, "fingerprints")) : null,
    snapshots: cfg.cache ? new SnapshotCache(path.join(cacheRoot, "snapshots")) : null,
    provenancekitDir: path.join(cacheRoot, "databases", "provenancekit"),
    allowFetch: true,
    today: utcDay(new Date()),
    toolVersion: VERSION,
    warn: (m) => core.warning(m),
  });
  return runCheck(manifest, models, deps, { failOn: cfg.failOn, shard });
}

function annotate(report: CheckReport, manifestRel: string): void {
  const plan = planAnnotations(allFindings(report), manifestRel);
  for (const a of plan.annotations) {
    const props = { file: a.file, startLine: a.line, startColumn: a.column, title: a.title };
    if (a.kind === "error") core.error(a.message, props);
    else if (a.kind === "warning") core.warning(a.message, props);
    else core.notice(a.message, props);
  }
  const omitted = omittedNotice(plan);
  if (omitted) core.notice(omitted);
}

async function comment(cfg: ActionConfig, report: CheckReport): Promise<void> {
  const pr = pullRequestOf(context);
  if (!cfg.comment || pr === null) return;
  if (!cfg.githubToken) {
    core.notice("No github-token: the pull-request comment is skipped; results are in the job summary.");
    return;
  }
  const out = await upsertStickyComment(
    getOctokit(cfg.githubToken),
    pr,
    commentMarkerFor(report.shard),
    allFindings(report).length > 0,
    (resolved) => commentMarkdown(report, resolved),
  );
  if (out.action === "skipped") core.notice(`Pull-request comment skipped: ${out.reason}.`);
  else if (out.action !== "none") core.info(`Pull-request comment ${out.action} (id ${out.id}).`);
}

async function writeReports(
  cfg: ActionConfig,
  report: CheckReport,
  root: string,
): Promise<{ sarif: string; report: string }> {
  const write = async (rel: string | null, text: string): Promise<string> => {
    if (rel === null) return "";
    const file = path.resolve(root, rel);
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, text);
    return rel;
  };
  return {
    sarif: await write(cfg.sarifFile, `${JSON.stringify(sarifOfReport(report), null, 2)}\n`),
    report: await write(cfg.reportFile, `${JSON.stringify(report, null, 2)}\n`),
  };
}

function setOutputs(report: CheckReport, files: { sarif: string; report: string }): void {
  const findings = allFindings(report);
  core.setOutput("findings", String(findings.length));
  core.setOutput("failed", String(report.failed));
  core.setOutput("sarif-file", files.sarif);
  core.setOutput("report-file", files.report);
  if (report.failed) {
    const failing = findings.filter((f) => f.fails);
    core.setFailed(
      `${failing.length === 1 ? "1 provenance finding fails" : `${failing.length} provenance findings fail`} the check: ${[...new Set(failing.map((f) => `${f.rule} ${f.name}`))].join(", ")}`,
    );
  }
}

function fail(err: unknown): void {
  if (err instanceof ManifestError) {
    for (const p of err.problems)
      core.error(p.message, {
        file: err.file,
        startLine: p.line,
        startColumn: p.column,
        title: "provenance-gate manifest",
      });
    core.setFailed(
      `The manifest ${err.file} has ${err.problems.length} problem${err.problems.length === 1 ? "" : "s"}; see the annotations.`,
    );
    process.exitCode = 2;
    return;
  }
  core.setFailed(err instanceof Error ? err.message : String(err));
  if (err instanceof ConfigError) process.exitCode = 2;
}
