// The committed action bundle end to end: dist/action/index.js runs as a child process with INPUT_*
// and GITHUB_* variables, against a loopback Hub serving the models and a loopback fake of the
// GitHub REST API (contents for `scope: changed`, issue comments for the sticky comment). Asserts
// exit status, the ::error annotations at the manifest line, the job summary, the outputs, the
// comment created, updated and resolved, and the SARIF's validity against the official schema.

import { execFile } from "node:child_process";
import { mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fingerprintModel } from "../../src/engine/fingerprint.js";
import { openModel } from "../../src/engine/model/open-model.js";
import { writeReferenceEntry } from "../../src/engine/reference/write-entry.js";
import { startFakeGitHub, type FakeGitHub } from "../helpers/fake-github.js";
import { sarifValidator } from "../helpers/sarif-schema.js";
import { startLoopbackHub, type LoopbackHub } from "../helpers/loopback-hub.js";
import { deriveModel, makeModel } from "../helpers/model-factory.js";

const node = process.env.PG_NODE24 ?? process.execPath;
const bundle = path.resolve(import.meta.dirname, "../../dist/action/index.js");
const SHA = { base: "a".repeat(40), derived: "b".repeat(40), impostor: "c".repeat(40) };
const spec = { arch: "llama", hidden: 64, layers: 2, heads: 4, kvHeads: 2, vocab: 512 } as const;
const MANIFEST_PATH = ".github/model-provenance.yml";

interface Run {
  code: number;
  stdout: string;
  summary: string;
  outputs: Record<string, string>;
}

/** Parses GITHUB_OUTPUT's heredoc form (name<<DELIM / value / DELIM). */
function parseOutputs(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const lines = text.split("\n");
  for (let i = 0; i < lines.length; i++) {
    const m = /^([^<]+)<<(.+)$/.exec(lines[i]!);
    if (!m) continue;
    const value: string[] = [];
    for (i++; i < lines.length && lines[i] !== m[2]; i++) value.push(lines[i]!);
    out[m[1]!] = value.join("\n");
  }
  return out;
}

describe("the action bundle, end to end", () => {
  let work: string;
  let hub: LoopbackHub;
  let gh: FakeGitHub;
  let n = 0;

  beforeAll(async () => {
    work = await mkdtemp(path.join(tmpdir(), "pg-action-"));
    const base = makeModel({ ...spec, seed: 1 });
    const derived = deriveModel(base, { std: 0.002, seed: 5 });
    const impostor = deriveModel(base, { std: 0.003, seed: 6 });
    hub = await startLoopbackHub({
      repos: [
        base.servedRepo("acme/base", SHA.base),
        derived.servedRepo("acme/derived", SHA.derived),
        impostor.servedRepo("acme/impostor", SHA.impostor),
      ],
    });
    gh = await startFakeGitHub();
    // The reference database: the base, fingerprinted over the Hub as the action will (sampled).
    const m = await openModel(`acme/base@${SHA.base}`, { cwd: work, hubUrl: hub.url });
    const fp = await fingerprintModel(m, "sampled");
    await m.close();
    await writeReferenceEntry(
      path.join(work, "db"),
      {
        fingerprint: fp.fingerprint,
        weights: fp.weights,
        source: { kind: "hub", repo: "acme/base", endpoint: hub.url },
      },
      { familyId: "acme--base" },
    );
    await mkdir(path.join(work, ".github"), { recursive: true });
  });
  afterAll(async () => {
    await hub.close();
    await gh.close();
    await rm(work, { recursive: true, force: true });
  });

  async function runAction(manifest: string, inputs: Record<string, string> = {}): Promise<Run> {
    n += 1;
    await writeFile(path.join(work, MANIFEST_PATH), manifest);
    const event = path.join(work, `event-${n}.json`);
    await writeFile(
      event,
      JSON.stringify({
        pull_request: {
          number: 5,
          base: { sha: "f".repeat(40), repo: { full_name: "acme/models" } },
          head: { repo: { full_name: "acme/models" } },
        },
      }),
    );
    const summary = path.join(work, `summary-${n}.md`);
    const output = path.join(work, `output-${n}.txt`);
    await writeFile(summary, "");
    await writeFile(output, "");
    const env: Record<string, string> = {
      PATH: process.env.PATH ?? "",
      HOME: path.join(work, "home"),
      GITHUB_WORKSPACE: work,
      GITHUB_EVENT_NAME: "pull_request",
      GITHUB_EVENT_PATH: event,
      GITHUB_REPOSITORY: "acme/models",
      GITHUB_API_URL: gh.url,
      GITHUB_STEP_SUMMARY: summary,
      GITHUB_OUTPUT: output,
      "INPUT_HF-ENDPOINT": hub.url,
      "INPUT_GITHUB-TOKEN": "ghs_test",
      INPUT_CACHE: "false",
      INPUT_SCOPE: "changed",
      "INPUT_SARIF-FILE": "out/pg.sarif",
      "INPUT_REPORT-FILE": "out/pg.json",
      ...Object.fromEntries(Object.entries(inputs).map(([k, v]) => [`INPUT_${k.toUpperCase()}`, v])),
    };
    const result = await new Promise<{ code: number; stdout: string }>((resolve) => {
      execFile(node, [bundle], { env, cwd: work, maxBuffer: 16 * 1024 * 1024 }, (err, stdout) =>
        resolve({ code: err ? ((err as { code?: number }).code ?? 1) : 0, stdout }),
      );
    });
    return {
      ...result,
      summary: await readFile(summary, "utf8"),
      outputs: parseOutputs(await readFile(output, "utf8")),
    };
  }

  const models = (impostorBase: string | null): string =>
    `version: 1
models:
  - id: acme/base
    revision: ${SHA.base}
    base: none
  - id: acme/derived
    revision: ${SHA.derived}
    base: acme/base
  - id: acme/impostor
    revision: ${SHA.impostor}
${impostorBase === null ? "" : `    base: ${impostorBase}\n`}reference:
  - path: ./db
`;

  it("fails on the impostor with an annotation, a summary, a comment and valid SARIF", async () => {
    const r = await runAction(models("none"));
    expect(r.code).toBe(1);
    expect(r.stdout.split("\n")[0]).toMatch(/^provenance-gate \d+\.\d+\.\d+$/);
    const errors = r.stdout.split("\n").filter((l) => l.startsWith("::error"));
    expect(errors).toEqual([
      expect.stringMatching(
        /^::error title=PG002 undeclared-lineage,file=\.github\/model-provenance\.yml,line=9,col=9::acme\/impostor claims to be trained from scratch, but its weights match base \(family acme--base, lineage T 1\.000\)$/,
      ) as unknown as string,
      "::error::1 provenance finding fails the check: PG002 undeclared-lineage",
    ]);
    expect(r.summary).toContain("### ❌ Model provenance: 1 finding fails the check (3 models)");
    expect(r.summary).toContain("| acme/derived | acme/base (manifest) |");
    expect(r.outputs).toEqual({
      findings: "1",
      failed: "true",
      "sarif-file": "out/pg.sarif",
      "report-file": "out/pg.json",
    });
    const sarif = JSON.parse(await readFile(path.join(work, "out/pg.sarif"), "utf8")) as {
      runs: {
        results: { ruleId: string; locations: { physicalLocation: { region: { startLine: number } } }[] }[];
      }[];
    };
    expect(sarifValidator()(sarif)).toBe(true);
    expect(
      sarif.runs[0]!.results.map((x) => [x.ruleId, x.locations[0]!.physicalLocation.region.startLine]),
    ).toEqual([["PG002", 9]]);
    const report = JSON.parse(await readFile(path.join(work, "out/pg.json"), "utf8")) as {
      failed: boolean;
      models: { id: string }[];
    };
    expect([report.failed, report.models.map((m) => m.id)]).toEqual([
      true,
      ["acme/base", "acme/derived", "acme/impostor"],
    ]);
    const comments = gh.comments.get("acme/models#5")!;
    expect(comments).toHaveLength(1);
    expect(comments[0]!.body.split("\n")[0]).toBe("<!-- provenance-gate:sticky -->");
  });

  it("updates the same comment, then marks it resolved when the findings clear", async () => {
    const before = gh.comments.get("acme/models#5")![0]!.id;
    const unpinned = models("none").replace(`revision: ${SHA.impostor}`, "revision: main");
    const again = await runAction(unpinned);
    expect(again.code).toBe(1);
    let comments = gh.comments.get("acme/models#5")!;
    expect(comments.map((c) => c.id)).toEqual([before]);
    expect(comments[0]!.body).toContain("PG005 unpinned-revision");
    expect(comments[0]!.body).not.toContain("Resolved");
    const resolved = await runAction(models("acme/base"));
    expect(resolved.code).toBe(0);
    expect(resolved.outputs).toMatchObject({ findings: "0", failed: "false" });
    comments = gh.comments.get("acme/models#5")!;
    expect(comments.map((c) => c.id)).toEqual([before]);
    expect(comments[0]!.body).toContain("✅ **Resolved**");
    expect(comments[0]!.body).not.toContain("PG00");
  });

  it("scope: changed checks only the models changed against the base branch's manifest", async () => {
    gh.files.set(`acme/models@${"f".repeat(40)}:${MANIFEST_PATH}`, models("acme/base"));
    const r = await runAction(models("none"));
    gh.files.clear();
    const report = JSON.parse(await readFile(path.join(work, "out/pg.json"), "utf8")) as {
      models: { id: string }[];
    };
    expect(report.models.map((m) => m.id)).toEqual(["acme/impostor"]);
    expect(r.stdout).toContain("Checking 1 of 3 models: added or changed in this pull request.");
    expect(r.code).toBe(1);
  });

  it("two shards check every model exactly once", async () => {
    const ids: string[] = [];
    for (const shard of ["1/2", "2/2"]) {
      await runAction(models("none"), { shard, scope: "all", comment: "false" });
      const report = JSON.parse(await readFile(path.join(work, "out/pg.json"), "utf8")) as {
        shard: string;
        models: { id: string }[];
      };
      expect(report.shard).toBe(shard);
      ids.push(...report.models.map((m) => m.id));
    }
    expect(ids.sort()).toEqual(["acme/base", "acme/derived", "acme/impostor"]);
  });

  it("a read-only token (fork) skips the comment with a notice", async () => {
    gh.readOnly = true;
    const r = await runAction(models("none"), { comment: "true" });
    gh.readOnly = false;
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(
      /^::notice::Pull-request comment skipped: the token cannot write pull-request comments \(HTTP 403/m,
    );
  });

  it("an unavailable cache service is a warning, not a failure", async () => {
    const r = await runAction(models("acme/base"), { cache: "true", comment: "false" });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(
      "::warning::The Actions cache service is not available here; fingerprints will be computed afresh.",
    );
  });

  it("a malformed manifest exits 2 with its line annotated", async () => {
    const r = await runAction("version: 1\nmodels:\n  - id: acme/base\n    bsae: none\n");
    expect(r.code).toBe(2);
    expect(r.stdout).toContain(
      '::error title=provenance-gate manifest,file=.github/model-provenance.yml,line=4,col=5::unknown key "bsae" in models[0]; expected one of: id, revision, base',
    );
  });
});
