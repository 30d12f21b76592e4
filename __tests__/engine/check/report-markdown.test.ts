import { describe, expect, it } from "vitest";
import type { Finding } from "../../../src/engine/check/findings.js";
import type { CheckReport, ModelReport } from "../../../src/engine/check/report.js";
import {
  COMMENT_MARKER,
  MAX_COMMENT_CHARS,
  MAX_SUMMARY_BYTES,
  commentMarkdown,
  commentMarkerFor,
  summaryMarkdown,
} from "../../../src/engine/check/report-markdown.js";

const finding = (over: Partial<Finding> = {}): Finding => ({
  rule: "PG002",
  name: "undeclared-lineage",
  level: "error",
  message: "acme/m claims to be trained from scratch, but its weights match base (family f)",
  model: "acme/m",
  revision: null,
  position: { line: 3, column: 9 },
  exception: null,
  expiredException: null,
  fails: true,
  ...over,
});

const model = (id: string, findings: Finding[] = []): ModelReport => ({
  id,
  revision: null,
  resolved_revision: null,
  claimed_base: "none",
  claim_source: "manifest",
  compare: [],
  scan: {
    matches: [
      {
        model_id: "base",
        family_id: "f",
        lineage_t: 1,
        identity_score: 0.93456,
        verdict: "high-confidence-match",
      },
      { model_id: "other", family_id: "g", lineage_t: 0.004, identity_score: 0.4, verdict: "not-matched" },
    ],
    gap: null,
  },
  findings,
  warnings: [],
});

const report = (models: ModelReport[], failed: boolean, shard: string | null = null): CheckReport => ({
  schema_version: 1,
  tool: { name: "provenance-gate", version: "0.1.0" },
  manifest: ".github/model-provenance.yml",
  shard,
  models,
  failed,
});

describe("summaryMarkdown", () => {
  it("one row per model, then findings", () => {
    const withCompare: ModelReport = {
      ...model("acme/ft"),
      claimed_base: ["org/base"],
      scan: null,
      compare: [
        {
          base: "org/base",
          verdict: "high-confidence-match",
          lineage_t: 0.9876,
          identity_score: 0.9876,
          signals: { eas: 0.99, nlf: 1, lep: 0.98, end: 0.97, wvc: 0.96, tfv: 1, voa: 1 },
          mfi_tier: 1,
          error: null,
        },
      ],
    };
    expect(summaryMarkdown(report([model("acme/m", [finding()]), withCompare], true))).toBe(
      [
        "### ❌ Model provenance: 1 finding fails the check (2 models)",
        "",
        "| model | claimed base | detected bases | lineage T | identity | EAS | NLF | LEP | END | WVC | verdict |",
        "|---|---|---|---|---|---|---|---|---|---|---|",
        "| acme/m | none (from scratch) | base T 1.0000 (high-confidence-match) | – | – | – | – | – | – | – | – |",
        "| acme/ft | org/base (manifest) | – | 0.9876 | 0.9876 | 0.9900 | 1.0000 | 0.9800 | 0.9700 | 0.9600 | high-confidence-match |",
        "",
        "#### Findings",
        "",
        "- ❌ **PG002 undeclared-lineage** (.github/model-provenance.yml:3): acme/m claims to be trained from scratch, but its weights match base (family f) — **fails the check**",
        "",
      ].join("\n"),
    );
  });

  it("says when nothing fails, and marks excepted findings", () => {
    const excepted = finding({
      fails: false,
      exception: { reason: "LEG-42", expires: "2027-01-31", position: { line: 9, column: 12 } },
    });
    const text = summaryMarkdown(report([model("acme/m", [excepted])], false));
    expect(text.split("\n")[0]).toBe(
      "### ✅ Model provenance: passes with 1 finding that does not fail the check (1 model)",
    );
    expect(text).toContain("— excepted until 2027-01-31: LEG-42");
    expect(summaryMarkdown(report([model("a/b")], false, "1/2")).split("\n")[0]).toBe(
      "### ✅ Model provenance (shard 1/2): no findings (1 model)",
    );
  });

  it("stays under 1 MiB with whole rows, saying how many were left out", () => {
    const many = Array.from({ length: 20_000 }, (_, i) =>
      model(`acme/model-${i}`, [finding({ model: `acme/model-${i}` })]),
    );
    const text = summaryMarkdown(report(many, true));
    expect(Buffer.byteLength(text)).toBeLessThanOrEqual(MAX_SUMMARY_BYTES);
    expect(text).toMatch(
      /\n_\d+ more models left out to stay within GitHub's size limit; see the JSON report._\n/,
    );
    expect(text).toMatch(/\n_\d+ more findings left out/);
    for (const line of text.split("\n").filter((l) => l.startsWith("| acme/")))
      expect(line.endsWith(" |")).toBe(true);
  });

  it("escapes pipes and newlines inside cells", () => {
    const text = summaryMarkdown(report([{ ...model("a|b"), claimed_base: ["x\ny"] }], false));
    expect(text).toContain("| a\\|b | x y (manifest) |");
  });
});

describe("commentMarkdown", () => {
  it("starts with the hidden marker (one per shard), and says resolved when findings cleared", () => {
    expect(
      commentMarkdown(report([model("a/b")], false), false).startsWith(`${COMMENT_MARKER}\n### ✅`),
    ).toBe(true);
    expect(commentMarkerFor("2/3")).toBe("<!-- provenance-gate:sticky shard=2/3 -->");
    const resolved = commentMarkdown(report([model("a/b")], false, "2/3"), true);
    expect(resolved.split("\n").slice(0, 3)).toEqual([
      "<!-- provenance-gate:sticky shard=2/3 -->",
      "",
      "> ✅ **Resolved**: the provenance findings reported earlier on this pull request are cleared.",
    ]);
  });

  it("fits GitHub's comment limit", () => {
    const many = Array.from({ length: 5_000 }, (_, i) => model(`acme/model-${i}`, [finding()]));
    expect(commentMarkdown(report(many, true), false).length).toBeLessThanOrEqual(MAX_COMMENT_CHARS);
  });
});
