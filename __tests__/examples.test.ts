// The committed examples are exactly what scripts/make-examples.ts generates, and the README's main
// command on them shows a real finding and exits 1, offline.
import { mkdtemp, readFile, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCli } from "../src/cli/run-cli.js";
import type { CheckReport } from "../src/engine/check/report.js";
import { writeExamples } from "../scripts/make-examples.js";

const repo = path.resolve(import.meta.dirname, "..");

async function files(dir: string, rel = ""): Promise<string[]> {
  const out: string[] = [];
  for (const e of await readdir(path.join(dir, rel), { withFileTypes: true })) {
    const p = path.join(rel, e.name);
    if (e.isDirectory()) out.push(...(await files(dir, p)));
    else out.push(p);
  }
  return out.sort();
}

describe("examples", () => {
  let tmp: string;
  beforeAll(async () => {
    tmp = await mkdtemp(path.join(tmpdir(), "pg-examples-"));
    await writeExamples(tmp);
  });
  afterAll(async () => rm(tmp, { recursive: true, force: true }));

  for (const sub of ["models", "provenance-db"]) {
    it(`examples/${sub} matches its generator byte for byte`, async () => {
      const committed = path.join(repo, "examples", sub);
      const names = await files(committed);
      expect(names).toEqual(await files(path.join(tmp, sub)));
      for (const n of names) {
        const a = await readFile(path.join(committed, n));
        const b = await readFile(path.join(tmp, sub, n));
        expect(Buffer.compare(a, b), n).toBe(0);
      }
    });
  }

  it("`check --manifest examples/model-provenance.yml` finds the impostor and exits 1, with no network", async () => {
    let out = "";
    const io = {
      argv: ["check", "--manifest", "examples/model-provenance.yml", "--no-cache", "--json"],
      env: {},
      cwd: repo,
      stdout: (t: string) => (out += t),
      stderr: () => {},
      fetch: (() => Promise.reject(new Error("no network in this test"))) as typeof fetch,
    };
    expect(await runCli(io)).toBe(1);
    const report = JSON.parse(out) as CheckReport;
    expect(report.failed).toBe(true);
    expect(
      report.models.map((m) => [
        m.id,
        m.compare.map((c) => c.verdict),
        m.findings.map((f) => `${f.rule}:${f.position.line}`),
      ]),
    ).toEqual([
      ["./examples/models/tiny-llama", [], []],
      ["./examples/models/tiny-llama-chat", ["high-confidence-match"], []],
      ["./examples/models/tiny-llama-scratch", [], ["PG002:14"]],
    ]);
    expect(report.models[2]!.scan!.matches[0]).toMatchObject({
      model_id: "tiny-llama",
      verdict: "high-confidence-match",
    });
  });
});
