// The lineage test's error rates (issue 7): the false-positive rate on the null (1,104 random-init
// pairs, __tests__/helpers/lineage-null.ts) and the true-positive rate of each disguise, applied to
// factory models of three seeds and, when ../shared/data is present, to stories260K and its
// fine-tune, each compared with its base in both orders. Probes are profile-independent, so one
// rate covers both profiles.

import { existsSync } from "node:fs";
import path from "node:path";
import { verdictFromLineage } from "../src/engine/lineage/lineage-verdict.js";
import { lineageOfProbes } from "../src/engine/lineage/probe-lineage.js";
import { probeOf, randomInitNull } from "../__tests__/helpers/lineage-null.js";
import { makeModel, type GeneratedModel } from "../__tests__/helpers/model-factory.js";
import * as X from "../__tests__/helpers/model-transforms.js";
import type { BenchResult } from "./timing.js";

const DISGUISES: [string, (m: GeneratedModel, seed: number) => GeneratedModel][] = [
  ["head permutation", (m, s) => X.permuteHeads(m, s).model],
  ["MLP unit permutation", (m, s) => X.permuteMlpUnits(m, s).model],
  ["residual permutation + signs", (m, s) => X.permuteResidual(m, s).model],
  ["per-channel rescaling", (m, s) => X.rescaleChannels(m, s)],
  ["per-unit rescaling", (m, s) => X.rescaleUnits(m, s)],
  ["transposed storage", (m) => X.transposeStorage(m)],
  ["renamed tensors", (m) => X.renameTensors(m, X.inventedNames)],
  ["rebuilt vocabulary", (m, s) => X.rebuildVocab(m, s).model],
  ["dropped layer", (m) => X.dropLayer(m, 1)],
  ["MLP width pruning", (m, s) => X.pruneMlp(m, s).model],
  ["4-bit round trip", (m) => X.quantizeRoundTrip(m, { bits: 4 })],
  ["bf16 round trip", (m) => X.castDtype(m, "BF16")],
  ["all combined", (m, s) => X.disguiseAll(m, s)],
  ["fresh vocabulary + residual permutation", (m, s) => X.permuteResidual(X.freshVocab(m, s), s + 1).model],
  ["all combined, fresh vocabulary", (m, s) => X.disguiseAll(m, s, "fresh")],
];

const SHARED = path.resolve(import.meta.dirname, "../../shared/data/models");

export async function benchLineageRates(): Promise<BenchResult[]> {
  const results: BenchResult[] = [];
  let t0 = performance.now();
  const nullPairs = await randomInitNull();
  const fp = nullPairs.filter(
    (p) => verdictFromLineage({ kind: "outcome", outcome: p.outcome }).related,
  ).length;
  const maxT = Math.max(...nullPairs.map((p) => p.outcome.t));
  results.push({
    name: `null: false-positive rate over ${nullPairs.length} random-init pairs`,
    value: fp / nullPairs.length,
    unit: "",
    note: `largest T ${maxT.toFixed(4)}; ${((performance.now() - t0) / 1000).toFixed(0)} s`,
  });

  const bases: [string, GeneratedModel, GeneratedModel][] = [1, 2, 3].map((seed) => {
    const base = makeModel({ arch: "llama", hidden: 64, layers: 4, heads: 4, kvHeads: 2, vocab: 512, seed });
    return [`factory seed ${seed}`, base, X.fineTune(base, { std: 0.01, seed: seed + 100 })];
  });
  if (existsSync(path.join(SHARED, "stories260K"))) {
    const base = await X.loadGeneratedModel(path.join(SHARED, "stories260K"));
    const ft = await X.loadGeneratedModel(path.join(SHARED, "stories260K-ft-prose"));
    bases.push(["stories260K", base, base], ["stories260K-ft-prose", base, ft]);
  }
  const baseProbes = new Map<GeneratedModel, Awaited<ReturnType<typeof probeOf>>>();
  for (const [, base] of bases) if (!baseProbes.has(base)) baseProbes.set(base, await probeOf(base));
  for (const [name, disguise] of DISGUISES) {
    t0 = performance.now();
    let hits = 0;
    let total = 0;
    let minT = Infinity;
    for (const [, base, from] of bases) {
      const p = await probeOf(disguise(from, 7));
      const pb = baseProbes.get(base)!;
      for (const [x, y] of [
        [pb, p],
        [p, pb],
      ] as const) {
        const outcome = lineageOfProbes(x, y);
        const related = outcome !== null && verdictFromLineage({ kind: "outcome", outcome }).related;
        hits += related ? 1 : 0;
        total += 1;
        minT = Math.min(minT, outcome?.t ?? -1);
      }
    }
    results.push({
      name: `true-positive rate: ${name}`,
      value: hits / total,
      unit: "",
      note: `${hits}/${total} compares (${bases.length} bases × 2 orders), smallest T ${minT.toFixed(3)}, ${((performance.now() - t0) / 1000).toFixed(0)} s`,
    });
  }
  return results;
}
