// The full-read lineage test through a function-preserving disguise (issue 7): MLP units permuted
// in every layer. The reference's WVC no longer sees the base; the lineage test does, and recovers
// the permutation that was applied.
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { compareFingerprints } from "../../../src/engine/compare.js";
import { fingerprintModel } from "../../../src/engine/fingerprint.js";
import { openWeights } from "../../../src/engine/formats/safetensors/weights.js";
import { lineageFull } from "../../../src/engine/lineage/lineage-full.js";
import { openModel } from "../../../src/engine/model/open-model.js";
import { makeModel, type GeneratedModel } from "../../helpers/model-factory.js";
import { fineTune } from "../../helpers/model-transforms/numeric.js";
import { permuteMlpUnits } from "../../helpers/model-transforms/unit-permutation.js";

const spec = { arch: "llama", hidden: 64, layers: 3, heads: 4, kvHeads: 2, vocab: 512 } as const;

describe("lineageFull through an MLP unit permutation", () => {
  let dir: string;
  const base = makeModel({ ...spec, seed: 1 });
  const { model: permuted, perms } = permuteMlpUnits(fineTune(base, { std: 0.05, seed: 3 }), 8);
  const write = async (m: GeneratedModel, name: string): Promise<string> => {
    await m.writeTo(path.join(dir, name));
    return path.join(dir, name);
  };
  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), "pg-lineage-"));
    await write(base, "base");
    await write(permuted, "permuted");
    await write(makeModel({ ...spec, seed: 2 }), "other");
  });
  afterAll(async () => rm(dir, { recursive: true, force: true }));

  async function run(b: string) {
    const ma = await openModel(path.join(dir, "base"), { cwd: "/" });
    const mb = await openModel(path.join(dir, b), { cwd: "/" });
    try {
      return await lineageFull(await openWeights(ma), await openWeights(mb));
    } finally {
      await ma.close();
      await mb.close();
    }
  }

  it("WVC no longer sees the base in the permuted fine-tune", async () => {
    const fp = async (name: string) => {
      const m = await openModel(path.join(dir, name), { cwd: "/" });
      try {
        return await fingerprintModel(m, "full");
      } finally {
        await m.close();
      }
    };
    const r = compareFingerprints(await fp("base"), await fp("permuted"));
    expect(r.signals.wvc).toBeLessThan(0.7);
  });

  it("the lineage test finds it (T = 1) and recovers the permutation applied to each layer", async () => {
    const r = await run("permuted");
    expect(r.t).toBe(1);
    expect(r.layers.map((l) => [l.b, l.a])).toEqual([
      [0, 0],
      [1, 1],
      [2, 2],
    ]);
    for (const [layer, perm] of perms) {
      for (const kind of ["gate_proj", "up_proj", "down_proj"]) {
        const m = r.matches.find((x) => x.b === `model.layers.${layer}.mlp.${kind}.weight`)!;
        expect(m.a).toBe(`model.layers.${layer}.mlp.${kind}.weight`);
        expect([...m.assignment!]).toEqual([...perm]);
      }
    }
  });

  it("another seed agrees only by chance", async () => {
    const r = await run("other");
    expect(Math.abs(r.t)).toBeLessThan(0.05);
    expect(r.pValue).toBeGreaterThan(1e-6);
  });
});
