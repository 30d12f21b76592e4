import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCli } from "../../src/cli/run-cli.js";
import { makeModel } from "../helpers/model-factory.js";
import { startLoopbackHub, type LoopbackHub } from "../helpers/loopback-hub.js";

const SHA = "fedcba9876543210fedcba9876543210fedcba98";
const model = makeModel({ arch: "gpt2", seed: 3, hidden: 16, layers: 1, heads: 2, vocab: 300 });
let hub: LoopbackHub;

beforeAll(async () => {
  hub = await startLoopbackHub({ repos: [model.servedRepo("org/gpt", SHA)] });
});
afterAll(async () => {
  await hub.close();
});

async function cli(
  argv: string[],
  env: Record<string, string> = {},
): Promise<{ code: number; out: string; err: string }> {
  let out = "";
  let err = "";
  const code = await runCli({ argv, env, cwd: "/", stdout: (t) => (out += t), stderr: (t) => (err += t) });
  return { code, out, err };
}

describe("provenance-gate CLI", () => {
  it("inspects a Hub model named by HF_ENDPOINT, as text", async () => {
    const { code, out, err } = await cli(["inspect", "org/gpt"], { HF_ENDPOINT: hub.url });
    expect([code, err]).toEqual([0, ""]);
    const lines = out.split("\n");
    expect(lines.slice(0, 2)).toEqual([`model     org/gpt@${SHA}`, `revision  ${SHA} (requested main)`]);
    expect(out).toContain(
      "config    gpt2 (GPT2LMHeadModel)\n          hidden 16, layers 1, heads 2, intermediate ?, vocab 300, dtype float32\n",
    );
    expect(out).toMatch(/\nweights {3}safetensors, 1 file\(s\), \d+ tensors, /);
    expect(lines.at(-2)).toMatch(/^read {6}4 request\(s\), /);
  });

  it("prints JSON with --json and takes --hub-url over HF_ENDPOINT", async () => {
    const { code, out } = await cli(["inspect", "hf://org/gpt@main", "--json", "--hub-url", hub.url], {
      HF_ENDPOINT: "http://127.0.0.1:1",
    });
    expect(code).toBe(0);
    const r = JSON.parse(out) as { revision: string; weights: { total_tensors: number }; requests: number };
    expect([r.revision, r.weights.total_tensors, r.requests]).toEqual([SHA, model.tensors.length, 4]);
  });

  it("exits 2 on usage and configuration mistakes, 1 on a failed operation", async () => {
    expect(await cli(["inspect"])).toEqual({
      code: 2,
      out: "",
      err: "error: inspect takes <ref>, got 0 argument(s)\nusage: provenance-gate inspect <ref> [--json]\n",
    });
    const bad = await cli(["inspect", "org/bad..name", "--hub-url", hub.url]);
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(/^error \(config\): /);
    const missing = await cli(["inspect", "org/missing", "--hub-url", hub.url]);
    expect(missing.code).toBe(1);
    expect(missing.err).toMatch(/^error \(network\): .*org\/missing/);
  });
});
