// Residual alignment by shared-token embedding rows (issue 7): a fine-tune whose residual stream
// was permuted and sign-flipped hides from the unaligned matching and is found once B's channels
// are put back in A's order; the recovered channel map is the one applied.
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readTensor } from "../../../src/engine/formats/safetensors/tensor-reader.js";
import { openWeights, type WeightSet } from "../../../src/engine/formats/safetensors/weights.js";
import { lineageFull } from "../../../src/engine/lineage/lineage-full.js";
import { lineageTest } from "../../../src/engine/lineage/lineage-test.js";
import { alignByEmbeddings, sharedTokenRows } from "../../../src/engine/lineage/residual-alignment.js";
import { openModel } from "../../../src/engine/model/open-model.js";
import type { ModelSource } from "../../../src/engine/model/model-source.js";
import { loadTokenizer } from "../../../src/engine/tokenizer/load-tokenizer.js";
import { makeModel } from "../../helpers/model-factory.js";
import { fineTune } from "../../helpers/model-transforms/numeric.js";
import { permuteResidual } from "../../helpers/model-transforms/residual-permutation.js";

const spec = { arch: "llama", hidden: 64, layers: 2, heads: 4, kvHeads: 2, vocab: 512 } as const;
const EMBED = "model.embed_tokens.weight";

describe("residual alignment by shared tokens", () => {
  let dir: string;
  const base = makeModel({ ...spec, seed: 1 });
  const disguised = permuteResidual(fineTune(base, { std: 0.05, seed: 3 }), 21);
  const models: ModelSource[] = [];
  let a: WeightSet;
  let b: WeightSet;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), "pg-residual-"));
    await base.writeTo(path.join(dir, "a"));
    await disguised.model.writeTo(path.join(dir, "b"));
    for (const n of ["a", "b"]) models.push(await openModel(path.join(dir, n), { cwd: "/" }));
    a = await openWeights(models[0]!);
    b = await openWeights(models[1]!);
  });
  afterAll(async () => {
    for (const m of models) await m.close();
    await rm(dir, { recursive: true, force: true });
  });

  it("recovers the applied channel permutation and signs, and T goes from chance to 1", async () => {
    const unaligned = await lineageFull(a, b);
    expect(unaligned.t).toBeLessThan(0.2);
    const [ta, tb] = [await loadTokenizer(models[0]!), await loadTokenizer(models[1]!)];
    const shared = sharedTokenRows(ta!.vocab, tb!.vocab, 512, 512);
    expect(shared.a.length).toBe(512);
    const ea = await readTensor({ source: (f) => a.source(f) }, a.get(EMBED)!);
    const eb = await readTensor({ source: (f) => b.source(f) }, b.get(EMBED)!);
    const map = alignByEmbeddings(ea, eb, 64, shared)!;
    // B channel i is A channel perm[i]: A's channel j is found at the i with perm[i] = j.
    const expected = new Int32Array(64);
    for (let i = 0; i < 64; i++) expected[disguised.perm[i]!] = i;
    expect([...map.channels]).toEqual([...expected]);
    expect([...map.signs]).toEqual([...expected].map((i) => disguised.signs[i]));
    const aligned = await lineageFull(a, b, 0, map);
    expect(aligned.t).toBe(1);
  });

  it("lineageTest keeps the candidate with the larger T", async () => {
    const [ta, tb] = [await loadTokenizer(models[0]!), await loadTokenizer(models[1]!)];
    const r = await lineageTest(a, b, { a: ta!.vocab, b: tb!.vocab });
    expect([r.alignment, r.t]).toEqual(["shared-tokens", 1]);
    const self = await lineageTest(a, a, { a: ta!.vocab, b: ta!.vocab });
    expect([self.alignment, self.t]).toEqual(["none", 1]);
    const blind = await lineageTest(a, b, { a: null, b: null });
    expect(blind.alignment).toBe("none");
    expect(blind.t).toBeLessThan(0.2);
  });

  it("too few shared tokens: no alignment", () => {
    const none = sharedTokenRows(new Map([["x", 0]]), new Map([["x", 0]]), 10, 10);
    expect(alignByEmbeddings(new Float32Array(640), new Float32Array(640), 64, none)).toBeNull();
  });
});
