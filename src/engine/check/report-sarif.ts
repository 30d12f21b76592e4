// SARIF 2.1.0 for code scanning (design §7): one run, the seven rules with their help text, each
// finding located at its model's line in the manifest. `partialFingerprints` hash what identifies
// the problem (rule, model, manifest path) and not the line, so an alert survives edits above it
// and GitHub does not reopen it as new. Findings covered by a live exception are emitted with an
// accepted external suppression carrying the exception's reason, so the evidence stays on record.

import { createHash } from "node:crypto";
import type { Log, ReportingDescriptor, Result } from "sarif";
import type { Finding } from "./findings.js";
import { allFindings, type CheckReport } from "./report.js";
import { RULES, type RuleId } from "./rules.js";

export const SARIF_SCHEMA_URI = "https://json.schemastore.org/sarif-2.1.0.json";
export const FINGERPRINT_KEY = "provenanceGate/v1";
const INFO_URI = "https://github.com/provenance-gate/provenance-gate";

/** GitHub's security-severity (0–10) for the error rules: what a merged violation exposes. */
const SECURITY_SEVERITY: Partial<Record<RuleId, string>> = { PG001: "7.5", PG002: "8.0", PG003: "9.0" };

export interface SarifOptions {
  readonly toolVersion: string;
  /** The manifest's path relative to the repository root, "/"-separated. */
  readonly manifestPath: string;
  /** Distinguishes shards' uploads (`runAutomationDetails.id`); omitted when not sharded. */
  readonly category?: string;
}

export function sarifRules(): ReportingDescriptor[] {
  return RULES.map((r) => ({
    id: r.id,
    name: r.name,
    shortDescription: { text: r.summary },
    fullDescription: { text: `${r.summary} ${r.help}` },
    help: { text: r.help, markdown: `**${r.id} ${r.name}** (${r.level})\n\n${r.summary}\n\n${r.help}` },
    // The README's rules table, under "The manifest".
    helpUri: `${INFO_URI}#the-manifest`,
    defaultConfiguration: { level: r.level },
    properties: {
      tags: ["supply-chain", "ml-model-provenance", ...(r.level === "error" ? ["security"] : [])],
      ...(SECURITY_SEVERITY[r.id] ? { "security-severity": SECURITY_SEVERITY[r.id] } : {}),
      precision: "high",
    },
  }));
}

export function partialFingerprint(f: Finding, manifestPath: string): string {
  return createHash("sha256").update(`${f.rule}\u0000${f.model}\u0000${manifestPath}`).digest("hex");
}

export function toSarif(findings: readonly Finding[], opts: SarifOptions): Log {
  const index = new Map(RULES.map((r, i) => [r.id, i]));
  const results: Result[] = findings.map((f) => ({
    ruleId: f.rule,
    ruleIndex: index.get(f.rule)!,
    level: f.level,
    message: { text: f.message },
    locations: [
      {
        physicalLocation: {
          artifactLocation: { uri: opts.manifestPath, uriBaseId: "%SRCROOT%" },
          region: { startLine: f.position.line, startColumn: f.position.column },
        },
      },
    ],
    partialFingerprints: { [FINGERPRINT_KEY]: partialFingerprint(f, opts.manifestPath) },
    properties: { model: f.model, revision: f.revision, fails: f.fails },
    ...(f.exception
      ? {
          suppressions: [
            {
              kind: "external" as const,
              status: "accepted" as const,
              justification: `${f.exception.reason} (exception expires ${f.exception.expires})`,
            },
          ],
        }
      : {}),
  }));
  return {
    $schema: SARIF_SCHEMA_URI,
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: {
            name: "provenance-gate",
            semanticVersion: opts.toolVersion,
            version: opts.toolVersion,
            informationUri: INFO_URI,
            rules: sarifRules(),
          },
        },
        ...(opts.category ? { automationDetails: { id: `${opts.category}/` } } : {}),
        originalUriBaseIds: { "%SRCROOT%": { description: { text: "The repository root." } } },
        results,
        columnKind: "utf16CodeUnits",
      },
    ],
  };
}

/** The SARIF of a whole check: its findings at its manifest, a shard's run with its own category. */
export function sarifOfReport(report: CheckReport): Log {
  const category = report.shard ? `provenance-gate-shard-${report.shard.replace("/", "-of-")}` : undefined;
  return toSarif(allFindings(report), {
    toolVersion: report.tool.version,
    manifestPath: report.manifest,
    ...(category ? { category } : {}),
  });
}
