// runCheck end to end on local folders made by the model factory: a base, a genuine derivative,
// an impostor (another seed claiming the base), a model claiming scratch, and a missing folder.
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseManifest } from "../../../src/engine/check/manifest.js";
import { runCheck, repoOfSourceUri, type CheckDeps } from "../../../src/engine/check/run-check.js";
import { fingerprintModel } from "../../../src/engine/fingerprint.js";
import { openModel } from "../../../src/engine/model/open-model.js";
import { deriveModel, makeModel } from "../../helpers/model-factory.js";

const spec = { arch: "llama", hidden: 64, layers: 2, heads: 4, kvHeads: 2, vocab: 512 } as const;

describe("runCheck on local folders", () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), "pg-check-"));
    const base = makeModel({ ...spec, seed: 1 });
    await base.writeTo(path.join(dir, "base"));
    await deriveModel(base, { std: 0.002, seed: 7 }).writeTo(path.join(dir, "derived"));
    await makeModel({ ...spec, seed: 99 }).writeTo(path.join(dir, "impostor"));
  });
  afterAll(async () => rm(dir, { recursive: true, force: true }));

  const deps = (): CheckDeps => ({
    openModel: (ref) => openModel(ref, { cwd: dir }),
    fingerprint: (m) => fingerprintModel(m, "full"),
    index: null,
    indexGap: "no reference database is configured",
    today: "2026-11-25",
    toolVersion: "0.1.0",
    warn: () => {},
  });

  it("derivative passes, impostor fails PG001, scratch and missing models are unverifiable", async () => {
    const manifest = parseManifest(
      `version: 1
models:
  - id: ./derived
    base: ./base
  - id: ./impostor
    base: ./base
  - id: ./base
    base: none
  - id: ./missing
    base: ./base
reference: []
`,
      "m.yml",
    );
    const report = await runCheck(manifest, manifest.models, deps());
    expect(report.failed).toBe(true);
    expect(
      report.models.map((m) => [
        m.id,
        m.compare.map((c) => c.verdict),
        m.findings.map((f) => `${f.rule}${f.fails ? "!" : ""}@${f.position.line}`),
      ]),
    ).toEqual([
      ["./derived", ["high-confidence-match"], []],
      ["./impostor", ["not-matched"], ["PG001!@5"]],
      ["./base", [], ["PG004@7"]],
      ["./missing", [], ["PG004@9"]],
    ]);
    expect(report.models[0]!.claimed_base).toEqual(["./base"]);
    expect(report.models[0]!.claim_source).toBe("manifest");
    expect(report.models[2]!.claimed_base).toBe("none");
    expect(report.models[2]!.findings[0]!.message).toBe(
      "./base: its lineage could not be checked against reference databases: no reference database is configured",
    );
    expect(report.models[3]!.findings[0]!.message).toMatch(/^\.\/missing could not be checked: /);
  });

  it("fail-on override and exceptions change what fails, not what is found", async () => {
    const manifest = parseManifest(
      `version: 1
models:
  - id: ./impostor
    base: ./base
exceptions:
  - model: ./impostor
    rule: PG001
    reason: known, ticket 1
    expires: 2026-12-01
`,
      "m.yml",
    );
    const excepted = await runCheck(manifest, manifest.models, deps());
    expect(excepted.failed).toBe(false);
    expect(excepted.models[0]!.findings.map((f) => [f.rule, f.fails, f.exception?.reason])).toEqual([
      ["PG001", false, "known, ticket 1"],
    ]);
    const later = await runCheck(manifest, manifest.models, { ...deps(), today: "2026-12-02" });
    expect(later.failed).toBe(true);
    const none = await runCheck(
      manifest,
      manifest.models,
      { ...deps(), today: "2026-12-02" },
      { failOn: [] },
    );
    expect(none.failed).toBe(false);
  });
});

describe("repoOfSourceUri", () => {
  it("takes org/name from a Hub model URL only", () => {
    expect(repoOfSourceUri("https://huggingface.co/Qwen/Qwen2-1.5B")).toBe("Qwen/Qwen2-1.5B");
    expect(repoOfSourceUri("https://huggingface.co/Qwen/Qwen2-1.5B/")).toBe("Qwen/Qwen2-1.5B");
    expect(repoOfSourceUri("https://example.com/Qwen/Qwen2-1.5B")).toBeNull();
    expect(repoOfSourceUri("https://huggingface.co/datasets/x/y/z")).toBeNull();
  });
});
