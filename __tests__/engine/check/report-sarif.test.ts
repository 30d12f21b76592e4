import { sarifValidator } from "../../helpers/sarif-schema.js";
import { describe, expect, it } from "vitest";
import { decideFindings, type DecisionInput } from "../../../src/engine/check/findings.js";
import { parseManifest } from "../../../src/engine/check/manifest.js";
import { FINGERPRINT_KEY, toSarif } from "../../../src/engine/check/report-sarif.js";

const SHA = "0123456789abcdef0123456789abcdef01234567";

function findingsFor(text: string) {
  const m = parseManifest(text, ".github/model-provenance.yml");
  const base: Omit<DecisionInput, "entry"> = {
    isHub: true,
    claim: { claim: { kind: "scratch", source: "manifest" }, card: null, adapter: null, warnings: [] },
    unreadable: null,
    comparisons: [],
    detections: [
      {
        modelId: "Llama-2-7b",
        familyId: "meta--llama",
        repo: null,
        verdict: "high-confidence-match",
        t: 0.91,
      },
    ],
    claimedFamilies: [],
    scanGap: null,
  };
  return m.models.flatMap((entry) => decideFindings({ ...base, entry }, m, "2026-11-25"));
}

const MANIFEST = `version: 1
models:
  - id: acme/impostor
    revision: ${SHA}
    base: none
  - id: acme/unpinned
    base: none
exceptions:
  - model: acme/unpinned
    reason: vendor review LEG-7
    expires: 2027-01-31
`;

describe("toSarif", () => {
  const findings = findingsFor(MANIFEST);
  const log = toSarif(findings, { toolVersion: "0.1.0", manifestPath: ".github/model-provenance.yml" });

  it("validates against the official SARIF 2.1.0 schema", () => {
    const validate = sarifValidator();
    expect(validate(log)).toBe(true);
    // The validator does reject: a level SARIF does not define.
    const bad = JSON.parse(JSON.stringify(log)) as { runs: { results: { level: string }[] }[] };
    bad.runs[0]!.results[0]!.level = "fatal";
    const quiet = console.error;
    console.error = () => {};
    expect(validate(bad)).toBe(false);
    console.error = quiet;
    expect(
      sarifValidator()(
        toSarif([], { toolVersion: "0.1.0", manifestPath: "m.yml", category: "shard-1-of-2" }),
      ),
    ).toBe(true);
  });

  it("has the seven rules with help text and security-severity on errors", () => {
    const rules = log.runs[0]!.tool.driver.rules!;
    expect(
      rules.map(
        (r) =>
          `${r.id} ${r.name} ${r.defaultConfiguration?.level} ${r.properties?.["security-severity"] ?? "-"}`,
      ),
    ).toEqual([
      "PG001 claimed-base-mismatch error 7.5",
      "PG002 undeclared-lineage error 8.0",
      "PG003 denied-lineage error 9.0",
      "PG004 unverifiable warning -",
      "PG005 unpinned-revision warning -",
      "PG006 claim-disagreement warning -",
      "PG007 weak-evidence note -",
    ]);
    for (const r of rules) expect(r.help?.text.length).toBeGreaterThan(40);
  });

  it("locates each result at its model's manifest line; an excepted one is suppressed with the reason", () => {
    const results = log.runs[0]!.results!;
    expect(
      results.map((r) => [
        r.ruleId,
        r.ruleIndex,
        r.level,
        r.locations![0]!.physicalLocation!.region!.startLine,
        r.locations![0]!.physicalLocation!.artifactLocation!.uri,
        r.suppressions?.[0]?.justification ?? null,
      ]),
    ).toEqual([
      ["PG002", 1, "error", 3, ".github/model-provenance.yml", null],
      [
        "PG005",
        4,
        "warning",
        6,
        ".github/model-provenance.yml",
        "vendor review LEG-7 (exception expires 2027-01-31)",
      ],
      [
        "PG002",
        1,
        "error",
        6,
        ".github/model-provenance.yml",
        "vendor review LEG-7 (exception expires 2027-01-31)",
      ],
    ]);
  });

  it("partialFingerprints do not move with the line, and differ per rule and model", () => {
    const moved = findingsFor(
      MANIFEST.replace("models:\n", "models:\n  # a comment that moves every line\n"),
    );
    const fp = (fs: typeof findings): string[] =>
      toSarif(fs, {
        toolVersion: "0.1.0",
        manifestPath: ".github/model-provenance.yml",
      }).runs[0]!.results!.map((r) => r.partialFingerprints![FINGERPRINT_KEY]!);
    expect(moved[0]!.position.line).toBe(4);
    expect(fp(moved)).toEqual(fp(findings));
    expect(new Set(fp(findings)).size).toBe(3);
  });

  it("a sharded run carries its category", () => {
    expect(
      toSarif([], { toolVersion: "0.1.0", manifestPath: "m.yml", category: "shard-1-of-2" }).runs[0]!
        .automationDetails,
    ).toEqual({
      id: "shard-1-of-2/",
    });
  });
});
