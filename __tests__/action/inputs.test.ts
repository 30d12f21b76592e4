import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { INPUT_NAMES, parseInputs, type InputName } from "../../src/action/inputs.js";

interface ActionYml {
  inputs: Record<string, { description: string; default?: string; required?: boolean }>;
  outputs: Record<string, { description: string }>;
}
const actionYml = parse(readFileSync("action.yml", "utf8")) as ActionYml;

const getter =
  (values: Partial<Record<InputName, string>>) =>
  (name: InputName): string =>
    values[name] ?? "";

describe("action.yml and the code agree", () => {
  it("declare the same inputs, each described with its default", () => {
    expect(Object.keys(actionYml.inputs).sort()).toEqual([...INPUT_NAMES].sort());
    for (const [name, spec] of Object.entries(actionYml.inputs)) {
      expect(name).toMatch(/^[a-z]+(-[a-z]+)*$/);
      expect(spec.description, name).toMatch(/Default: /);
      expect(spec.required ?? false, name).toBe(false);
    }
    expect(Object.keys(actionYml.outputs).sort()).toEqual([
      "failed",
      "findings",
      "report-file",
      "sarif-file",
    ]);
  });

  it("action.yml's defaults parse to the documented config", () => {
    const defaults = Object.fromEntries(
      Object.entries(actionYml.inputs).map(([k, v]) => [
        k,
        k === "github-token" ? "ghs_x" : (v.default ?? ""),
      ]),
    ) as Record<InputName, string>;
    expect(parseInputs(getter(defaults), {})).toEqual({
      manifest: ".github/model-provenance.yml",
      hfToken: undefined,
      hfEndpoint: "https://huggingface.co",
      githubToken: "ghs_x",
      failOn: null,
      scope: "changed",
      profile: "sampled",
      comment: true,
      sarifFile: "provenance-gate.sarif",
      reportFile: "provenance-gate.json",
      cache: true,
      shard: null,
    });
  });
});

describe("parseInputs", () => {
  it("reads every input", () => {
    const cfg = parseInputs(
      getter({
        manifest: "models.yml",
        "hf-token": "hf_abc",
        "hf-endpoint": "https://hf-mirror.example.com/",
        "fail-on": "PG001,\nundeclared-lineage",
        scope: "ALL",
        profile: "full",
        comment: "false",
        "sarif-file": "",
        "report-file": "out/r.json",
        cache: "false",
        shard: "2/4",
      }),
      { HF_TOKEN: "hf_env" },
    );
    expect(cfg).toMatchObject({
      manifest: "models.yml",
      hfToken: "hf_abc",
      hfEndpoint: "https://hf-mirror.example.com",
      failOn: ["PG001", "PG002"],
      scope: "all",
      profile: "full",
      comment: false,
      sarifFile: null,
      reportFile: "out/r.json",
      cache: false,
      shard: { index: 2, count: 4 },
    });
  });

  it("falls back to HF_TOKEN and HF_ENDPOINT; fail-on none", () => {
    const cfg = parseInputs(getter({ "fail-on": "none" }), {
      HF_TOKEN: "hf_env",
      HF_ENDPOINT: "http://127.0.0.1:9999",
    });
    expect([cfg.hfToken, cfg.hfEndpoint, cfg.failOn]).toEqual(["hf_env", "http://127.0.0.1:9999", []]);
  });

  it("names the input, the value and what is allowed", () => {
    const cases: [Partial<Record<InputName, string>>, string][] = [
      [{ scope: "some" }, 'input scope: found "some", expected one of changed, all'],
      [{ profile: "fast" }, 'input profile: found "fast", expected one of sampled, full'],
      [{ comment: "yes" }, 'input comment: found "yes", expected "true" or "false"'],
      [{ cache: "1" }, 'input cache: found "1", expected "true" or "false"'],
      [{ "fail-on": "PG001, PG010" }, 'input fail-on: found "PG010", expected rule ids or names'],
      [
        { "hf-endpoint": "http://hub.example.com" },
        'input hf-endpoint: found "http://hub.example.com", expected an https:// URL',
      ],
      [
        { "hf-endpoint": "not a url" },
        'input hf-endpoint: found "not a url", expected an absolute https:// URL',
      ],
      [{ shard: "3/2" }, 'input shard: found "3/2", expected i/n with 1 ≤ i ≤ n ≤ 256'],
    ];
    for (const [values, message] of cases) expect(() => parseInputs(getter(values), {})).toThrow(message);
  });
});
