import { readFile } from "node:fs/promises";
import { describe, expect, it } from "vitest";
import { ManifestError, parseManifest, type Manifest } from "../../../src/engine/check/manifest.js";
import { MANIFEST_SCHEMA } from "../../../src/engine/check/manifest-schema.js";

const SHA = "3f1c2e9a3f1c2e9a3f1c2e9a3f1c2e9a3f1c2e9a";

function problemsOf(text: string): string[] {
  try {
    parseManifest(text, "m.yml");
  } catch (err) {
    expect(err).toBeInstanceOf(ManifestError);
    return (err as ManifestError).problems.map((p) => `${p.line}:${p.column} ${p.message}`);
  }
  throw new Error("expected a ManifestError");
}

describe("parseManifest: a valid manifest", () => {
  const text = `version: 1
models:
  - id: acme/support-bot-7b
    revision: ${SHA}
    base: meta-llama/Llama-3.1-8B
  - id: ./models/scratch
    base: none
  - id: hf://acme/other@main
policy:
  fail-on: [PG001, undeclared-lineage]
  deny:
    - base: some-org/restricted-model
      reason: export-restricted weights
    - family: meta--llama
      reason: license
exceptions:
  - model: acme/support-bot-7b
    rule: undeclared-lineage
    reason: reviewed with legal, ticket LEG-42
    expires: 2027-01-31
reference:
  - provenancekit
  - path: ./provenance-db
`;
  it("gives typed entries with the line and column of each", () => {
    const m: Manifest = parseManifest(text, "m.yml");
    expect(m.models).toEqual([
      {
        id: "acme/support-bot-7b",
        revision: SHA,
        base: { kind: "model", ref: "meta-llama/Llama-3.1-8B" },
        position: { line: 3, column: 9 },
      },
      { id: "./models/scratch", revision: null, base: { kind: "scratch" }, position: { line: 6, column: 9 } },
      { id: "hf://acme/other@main", revision: null, base: null, position: { line: 8, column: 9 } },
    ]);
    expect(m.policy.failOn).toEqual(["PG001", "PG002"]);
    expect(m.policy.deny).toEqual([
      {
        base: "some-org/restricted-model",
        family: null,
        reason: "export-restricted weights",
        position: { line: 12, column: 7 },
      },
      { base: null, family: "meta--llama", reason: "license", position: { line: 14, column: 7 } },
    ]);
    expect(m.exceptions).toEqual([
      {
        model: "acme/support-bot-7b",
        revision: null,
        rule: "PG002",
        reason: "reviewed with legal, ticket LEG-42",
        expires: "2027-01-31",
        position: { line: 17, column: 12 },
      },
    ]);
    expect(m.reference).toEqual([
      { kind: "provenancekit", position: { line: 22, column: 5 } },
      { kind: "path", path: "./provenance-db", position: { line: 23, column: 11 } },
    ]);
  });

  it("defaults: fail-on PG001–PG003, the published database, no exceptions", () => {
    const m = parseManifest("version: 1\nmodels:\n  - id: a/b\n", "m.yml");
    expect(m.policy).toEqual({ failOn: ["PG001", "PG002", "PG003"], deny: [] });
    expect(m.exceptions).toEqual([]);
    expect(m.reference).toEqual([{ kind: "provenancekit", position: null }]);
    expect(parseManifest("version: 1\nmodels:\n  - id: a/b\nreference: []\n", "m.yml").reference).toEqual([]);
  });
});

describe("parseManifest: every problem with its line, column, what was found and what was expected", () => {
  it("unknown keys, at the key", () => {
    expect(problemsOf("version: 1\nmodels:\n  - id: a/b\n    bsae: c/d\nextra: 1\n")).toEqual([
      '4:5 unknown key "bsae" in models[0]; expected one of: id, revision, base',
      '5:1 unknown key "extra" in the manifest; expected one of: version, models, policy, exceptions, reference',
    ]);
  });

  it("wrong types and values", () => {
    expect(
      problemsOf(
        "version: 2\nmodels:\n  - id: 7\npolicy:\n  fail-on: [PG009]\nexceptions:\n  - model: a/b\n    reason: r\n    expires: 31/01/2027\n",
      ),
    ).toEqual([
      "1:10 version: found 2, expected the manifest format version: 1",
      "3:9 models[0].id: found 7, expected a Hub repo id (org/name), hf://org/name, or a local folder (./path)",
      '5:13 policy.fail-on[0]: found "PG009", expected a rule id (PG001…PG007) or name (claimed-base-mismatch, undeclared-lineage, …)',
      '9:14 exceptions[0].expires: found "31/01/2027", expected a date written YYYY-MM-DD, e.g. 2027-01-31',
    ]);
  });

  it("missing keys, at the mapping that lacks them", () => {
    expect(problemsOf("version: 1\nmodels:\n  - revision: abc\n")).toEqual([
      '3:5 models[0] has no "id"; expected a Hub repo id (org/name), hf://org/name, or a local folder (./path)',
    ]);
    expect(problemsOf("models: []\n")).toEqual([
      '1:1 the manifest has no "version"; expected the manifest format version: 1',
      "1:9 models: found a list of 0, expected a list of models, each with at least an `id`",
    ]);
  });

  it("a deny entry needs exactly one of base and family; a reference is provenancekit or {path}", () => {
    expect(
      problemsOf(
        "version: 1\nmodels:\n  - id: a/b\npolicy:\n  deny:\n    - reason: r\nreference:\n  - other\n",
      ),
    ).toEqual([
      "6:7 policy.deny[0]: found a mapping, expected exactly one of `base` (a model) or `family` (a reference family id), and a `reason`",
      '8:5 reference[0]: found "other", expected a reference database: "provenancekit" (the published one) or {path: ./folder}',
    ]);
  });

  it("what the schema cannot say: bad refs, duplicates, unknown exception models, impossible dates", () => {
    expect(
      problemsOf(
        "version: 1\nmodels:\n  - id: a/b\n  - id: a/b\n  - id: not a repo\n  - id: c/d@main\n    revision: x\nexceptions:\n  - model: z/z\n    reason: r\n    expires: 2027-02-30\n",
      ),
    ).toEqual([
      '4:9 models[1]: found "a/b" again (first at models[0]); expected each model once',
      '5:9 models[2].id: model reference "not a repo": "not a repo" is not of the form org/name (a model id without its organisation needs it, e.g. openai-community/gpt2); write it as org/name or org/name@revision, e.g. openai-community/gpt2@main',
      '7:15 models[3]: the revision is given twice (in "id" after "@" and in "revision"); keep one',
      '9:12 exceptions[0].model: found "z/z", expected the id of a model in "models" (a/b, not a repo, c/d@main)',
      '11:14 exceptions[0].expires: found "2027-02-30", expected a real calendar date YYYY-MM-DD',
    ]);
  });

  it("YAML syntax errors and duplicate keys", () => {
    expect(problemsOf("version: 1\nmodels:\n  - id: a/b\n  - id: [unclosed\n")[0]).toBe(
      "5:1 YAML syntax: Flow sequence in block collection must be sufficiently indented and end with a ]",
    );
    expect(problemsOf("version: 1\nversion: 1\nmodels:\n  - id: a/b\n")[0]).toMatch(
      /^2:1 YAML syntax: .*[Uu]nique/,
    );
  });

  it("the error message leads with file:line:column", () => {
    expect(() =>
      parseManifest("version: 1\nmodels:\n  - id: a/b\n    x: 1\n", ".github/model-provenance.yml"),
    ).toThrow(
      '.github/model-provenance.yml:4:5: unknown key "x" in models[0]; expected one of: id, revision, base',
    );
  });
});

describe("the shipped schema file", () => {
  it("is the schema the code validates with (regenerate: node --import tsx scripts/gen-manifest-schema.ts)", async () => {
    const shipped = JSON.parse(await readFile("schemas/model-provenance.schema.json", "utf8")) as unknown;
    expect(shipped).toEqual(JSON.parse(JSON.stringify(MANIFEST_SCHEMA)));
  });
});
