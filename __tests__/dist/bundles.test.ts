// The committed bundles start and work as shipped: the CLI and the action run from dist/ under
// Node 24 when CI provides it (PG_NODE24, see .ci/run), else under this Node.
import { execFile, execFile as execFileCb } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { existsSync, readFileSync } from "node:fs";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { VERSION } from "../../src/version.js";

const run = promisify(execFile);
const node = process.env.PG_NODE24 ?? process.execPath;
const root = new URL("../../", import.meta.url).pathname;

describe("dist bundles", () => {
  it("action.yml runs the committed action bundle on node24", () => {
    const yml = readFileSync(`${root}action.yml`, "utf8");
    expect(yml).toMatch(/^ {2}using: node24$/m);
    expect(yml).toMatch(/^ {2}main: dist\/action\/index\.js$/m);
    expect(existsSync(`${root}dist/action/index.js`)).toBe(true);
    expect(existsSync(`${root}dist/action/licenses.txt`)).toBe(true);
    expect(existsSync(`${root}dist/cli/licenses.txt`)).toBe(true);
  });

  it("the CLI bundle prints its version", async () => {
    const { stdout } = await run(node, [`${root}dist/cli/index.js`, "--version"]);
    expect(stdout).toBe(`provenance-gate ${VERSION}\n`);
  });

  it("the CLI bundle inspects the example model offline", async () => {
    const { stdout } = await run(node, [`${root}dist/cli/index.js`, "inspect", "examples/models/tiny-llama", "--json"], {
      cwd: root,
    });
    const report = JSON.parse(stdout) as { source: string; weights: { format: string; total_tensors: number } };
    expect(report.source).toBe("local");
    expect(report.weights.format).toBe("safetensors");
    expect(report.weights.total_tensors).toBe(21);
  });

  it("the CLI bundle fingerprints the example model", async () => {
    const { stdout } = await run(node, [`${root}dist/cli/index.js`, "fingerprint", "examples/models/tiny-llama", "--json"], {
      cwd: root,
      maxBuffer: 64 * 1024 * 1024, // the weight signals make the JSON over 1 MB
    });
    const f = JSON.parse(stdout) as { mfi: { model_type: string }; tfv: { vocab_size: number; num_merges: number } };
    expect([f.mfi.model_type, f.tfv.vocab_size, f.tfv.num_merges]).toEqual(["llama", 512, 179]);
  });

  it("the action bundle starts, logs, and without a manifest exits 2 saying how to add one", async () => {
    const work = mkdtempSync(path.join(tmpdir(), "pg-bundle-"));
    const result = await new Promise<{ code: number; stdout: string }>((resolve) => {
      execFileCb(node, [`${root}dist/action/index.js`], { env: { PATH: process.env.PATH ?? "", GITHUB_WORKSPACE: work }, cwd: work }, (err, stdout) =>
        resolve({ code: err ? ((err as { code?: number }).code ?? 1) : 0, stdout }),
      );
    });
    expect(result.stdout.split("\n")[0]).toBe(`provenance-gate ${VERSION}`);
    expect(result.stdout).toContain(
      "::error::.github/model-provenance.yml: no manifest here; create it (see the README's manifest section) or point the action's `manifest` input (CLI: --manifest FILE) at it",
    );
    expect(result.code).toBe(2);
  });
});
