import { describe, expect, it } from "vitest";
import type { ClaimResolution } from "../../../src/engine/check/claims.js";
import {
  decideFindings,
  utcDay,
  type BaseComparison,
  type DecisionInput,
  type Detection,
} from "../../../src/engine/check/findings.js";
import { parseManifest, type Manifest } from "../../../src/engine/check/manifest.js";

const SHA = "0123456789abcdef0123456789abcdef01234567";
const TODAY = "2026-11-25";

function manifest(extra = ""): Manifest {
  return parseManifest(`version: 1\nmodels:\n  - id: acme/m\n    revision: ${SHA}\n${extra}`, "m.yml");
}

const claimBases = (
  refs: string[],
  source: "manifest" | "model-card" = "manifest",
  card: string[] | null = null,
): ClaimResolution => ({
  claim: { kind: "bases", refs, source, relation: null },
  card,
  adapter: null,
  warnings: [],
});
const unknownClaim: ClaimResolution = {
  claim: { kind: "unknown", source: "none" },
  card: null,
  adapter: null,
  warnings: [],
};
const scratch = (card: string[] | null = null): ClaimResolution => ({
  claim: { kind: "scratch", source: "manifest" },
  card,
  adapter: null,
  warnings: [],
});
const cmp = (
  verdict: BaseComparison["verdict"],
  t: number | null = 0.9,
  base = "org/base",
): BaseComparison => ({
  base,
  verdict,
  t,
  error: verdict === null ? "404 not found" : null,
});
const det = (
  modelId: string,
  verdict: Detection["verdict"],
  familyId = "org--fam",
  repo: string | null = null,
): Detection => ({
  modelId,
  familyId,
  repo,
  verdict,
  t: verdict === "high-confidence-match" ? 0.93 : 0.7,
});

function input(over: Partial<DecisionInput>, m: Manifest = manifest()): DecisionInput {
  return {
    entry: m.models[0]!,
    isHub: true,
    claim: claimBases(["org/base"]),
    unreadable: null,
    comparisons: [cmp("high-confidence-match")],
    detections: [det("base", "high-confidence-match", "org--fam", "org/base")],
    claimedFamilies: [],
    scanGap: null,
    ...over,
  };
}

const rules = (i: DecisionInput, m: Manifest = manifest()): string[] =>
  decideFindings(i, m, TODAY).map((f) => `${f.rule} ${f.fails ? "fails" : "passes"}: ${f.message}`);

describe("decideFindings: each rule raised and not raised", () => {
  it("a pinned model whose claimed base matches has no findings", () => {
    expect(rules(input({}))).toEqual([]);
  });

  it("PG001 when the claimed base does not match; not when it is only unverified (PG004)", () => {
    expect(rules(input({ comparisons: [cmp("not-matched", 0.41)], detections: [] }))).toEqual([
      "PG001 fails: acme/m claims base org/base (from the manifest), but the weights do not match it: org/base: not-matched (lineage T 0.410)",
    ]);
    expect(rules(input({ comparisons: [cmp("unverified", null)], detections: [] }))).toEqual([
      "PG004 passes: acme/m: the claimed base could not be verified, there is no weight evidence either way (org/base: unverified)",
    ]);
    expect(rules(input({ comparisons: [cmp(null, null)], detections: [] }))).toEqual([
      "PG004 passes: acme/m: the claimed base could not be verified, there is no weight evidence either way (org/base: could not be compared (404 not found))",
    ]);
  });

  it("PG002 when a model claiming no base, scratch or another base matches a known base", () => {
    const hit = [det("Llama-2-7b", "high-confidence-match", "meta--llama", "meta-llama/Llama-2-7b-hf")];
    expect(rules(input({ claim: scratch(), comparisons: [], detections: hit }))).toEqual([
      "PG002 fails: acme/m claims to be trained from scratch, but its weights match Llama-2-7b (family meta--llama, lineage T 0.930)",
    ]);
    expect(rules(input({ claim: unknownClaim, comparisons: [], detections: hit }))[0]).toMatch(
      /^PG002 fails: acme\/m claims no base, but/,
    );
    expect(rules(input({ comparisons: [cmp("not-matched", 0.3)], detections: hit }))).toEqual([
      "PG001 fails: acme/m claims base org/base (from the manifest), but the weights do not match it: org/base: not-matched (lineage T 0.300)",
      "PG002 fails: acme/m claims base org/base, but its weights match Llama-2-7b (family meta--llama, lineage T 0.930)",
    ]);
    // A model found as its own reference entry is not an undeclared lineage.
    expect(
      rules(
        input({
          claim: scratch(),
          comparisons: [],
          detections: [det("m", "high-confidence-match", "acme--m", "acme/m")],
        }),
      ),
    ).toEqual([]);
    // A confirmed claim explains the scan's match to the claimed base's own ancestor.
    expect(rules(input({ detections: hit }))).toEqual([]);
    // The claimed base itself, found by repo id or by the database's short name, is not undeclared.
    expect(
      rules(
        input({
          claim: claimBases(["Org/Base"]),
          comparisons: [cmp("not-matched", 0.5)],
          detections: [det("base", "high-confidence-match")],
        }),
      ),
    ).toEqual([expect.stringMatching(/^PG001 fails/) as unknown as string]);
  });

  it("PG003 for a denied claimed base, denied detected base, or denied family", () => {
    const deny =
      "policy:\n  deny:\n    - base: org/base\n      reason: export-restricted\n    - family: meta--llama\n      reason: license\n";
    const m = manifest(deny);
    expect(rules(input({}, m), m)).toEqual([
      "PG003 fails: acme/m: claims base org/base and its weights match base, which the policy denies: export-restricted",
    ]);
    const llama = [det("Llama-2-7b", "high-confidence-match", "meta--llama")];
    expect(
      rules(
        input(
          {
            claim: claimBases(["org/other"]),
            comparisons: [cmp("high-confidence-match")],
            detections: llama,
            claimedFamilies: [],
          },
          m,
        ),
        m,
      ),
    ).toEqual([
      "PG003 fails: acme/m: its weights match Llama-2-7b of family meta--llama, which the policy denies: license",
    ]);
    expect(
      rules(
        input({ claim: claimBases(["org/other"]), detections: [], claimedFamilies: ["meta--llama"] }, m),
        m,
      ),
    ).toEqual([
      "PG003 fails: acme/m: its claimed base is in family meta--llama, which the policy denies: license",
    ]);
    // A weak detection of a denied family is not enough to deny.
    expect(
      rules(
        input(
          { claim: claimBases(["org/other"]), detections: [det("Llama-2-7b", "weak-match", "meta--llama")] },
          m,
        ),
        m,
      ),
    ).toEqual([]);
  });

  it("PG004 when the model cannot be read, or nothing could check a model without a claim", () => {
    expect(
      rules(input({ unreadable: "no safetensors weights (only pytorch_model.bin, never unpickled)" })),
    ).toEqual([
      "PG004 passes: acme/m could not be checked: no safetensors weights (only pytorch_model.bin, never unpickled)",
    ]);
    expect(
      rules(
        input({
          claim: scratch(),
          comparisons: [],
          detections: [],
          scanGap: "no reference entry has deep signals",
        }),
      ),
    ).toEqual([
      "PG004 passes: acme/m: its lineage could not be checked against reference databases: no reference entry has deep signals",
    ]);
    expect(rules(input({ claim: scratch(), comparisons: [], detections: [] }))).toEqual([]);
  });

  it("PG005 for a Hub model without a commit sha; never for local folders", () => {
    const m = parseManifest(
      "version: 1\nmodels:\n  - id: acme/m\n    revision: main\n  - id: acme/n\n",
      "m.yml",
    );
    expect(rules(input({ entry: m.models[0]! }, m), m)).toEqual([
      'PG005 passes: acme/m is pinned to "main", a branch or tag that can move; pin the commit sha instead',
    ]);
    expect(rules(input({ entry: m.models[1]! }, m), m)).toEqual([
      "PG005 passes: acme/n has no pinned revision; pin the commit sha you reviewed (revision: <40 hex>)",
    ]);
    expect(rules(input({ entry: m.models[1]!, isHub: false }, m), m)).toEqual([]);
  });

  it("PG006 when the manifest and the model card claim different bases", () => {
    expect(rules(input({ claim: claimBases(["org/base"], "manifest", ["org/other"]) }))).toEqual([
      "PG006 passes: acme/m: the manifest claims base org/base, the model card claims org/other",
    ]);
    expect(rules(input({ claim: claimBases(["org/base"], "manifest", ["ORG/base"]) }))).toEqual([]);
    expect(rules(input({ claim: scratch(["org/base"]), comparisons: [] }))).toEqual([
      "PG006 passes: acme/m: the manifest claims base none (trained from scratch), the model card claims org/base",
      "PG002 fails: acme/m claims to be trained from scratch, but its weights match base (family org--fam, lineage T 0.930)",
    ]);
  });

  it("PG007 when only a weak match supports or contradicts the claim", () => {
    expect(rules(input({ comparisons: [cmp("weak-match", 0.7)], detections: [] }))).toEqual([
      "PG007 passes: acme/m: only a weak match supports the claimed base (org/base: weak-match (lineage T 0.700))",
    ]);
    expect(
      rules(input({ claim: unknownClaim, comparisons: [], detections: [det("X", "weak-match")] })),
    ).toEqual([
      "PG007 passes: acme/m claims no base; a weak match to X (family org--fam, lineage T 0.700) contradicts it",
    ]);
  });
});

describe("policy: fail-on and exceptions", () => {
  const scratchHit = {
    claim: scratch(),
    comparisons: [],
    detections: [det("Llama", "high-confidence-match", "meta--llama")],
  };
  const exception = (expires: string, extra = ""): string =>
    `exceptions:\n  - model: acme/m\n    rule: undeclared-lineage\n    reason: reviewed, LEG-42\n    expires: ${expires}\n${extra}`;

  it("a live exception covers the finding through its expiry day", () => {
    for (const expires of ["2026-11-25", "2027-01-31"]) {
      const m = manifest(exception(expires));
      const [f] = decideFindings(input(scratchHit, m), m, TODAY);
      expect(f).toMatchObject({
        rule: "PG002",
        fails: false,
        exception: { reason: "reviewed, LEG-42", expires },
        expiredException: null,
      });
    }
  });

  it("an expired exception no longer applies and says so", () => {
    const m = manifest(exception("2026-11-24"));
    const [f] = decideFindings(input(scratchHit, m), m, TODAY);
    expect(f).toMatchObject({
      rule: "PG002",
      fails: true,
      exception: null,
      expiredException: { expires: "2026-11-24" },
    });
    expect(f!.message).toBe(
      'acme/m claims to be trained from scratch, but its weights match Llama (family meta--llama, lineage T 0.930). An exception for this ("reviewed, LEG-42") expired on 2026-11-24 and no longer applies',
    );
  });

  it("an exception for another rule or revision does not cover it", () => {
    const other = manifest(
      "exceptions:\n  - model: acme/m\n    rule: PG001\n    reason: r\n    expires: 2027-01-01\n",
    );
    expect(decideFindings(input(scratchHit, other), other, TODAY)[0]!.fails).toBe(true);
    const rev = manifest(
      "exceptions:\n  - model: acme/m\n    revision: abc\n    reason: r\n    expires: 2027-01-01\n",
    );
    expect(decideFindings(input(scratchHit, rev), rev, TODAY)[0]!.fails).toBe(true);
    const any = manifest("exceptions:\n  - model: acme/m\n    reason: r\n    expires: 2027-01-01\n");
    expect(decideFindings(input(scratchHit, any), any, TODAY)[0]!.fails).toBe(false);
  });

  it("fail-on decides which rules fail", () => {
    const m = manifest("policy:\n  fail-on: [PG005]\n");
    expect(decideFindings(input(scratchHit, m), m, TODAY).map((f) => [f.rule, f.fails])).toEqual([
      ["PG002", false],
    ]);
  });

  it("utcDay", () => {
    expect(utcDay(new Date("2026-11-25T23:59:59.999Z"))).toBe("2026-11-25");
  });
});
