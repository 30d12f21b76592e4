// The null of the lineage test (issue 7): independent random-init pairs of several shapes and
// seeds, generated here and probed in memory. Used by the null test (false-positive rate 0, and the
// documented threshold rule reproducing the shipped thresholds) and by `npm run bench -- lineage`.

import { openWeights } from "../../src/engine/formats/safetensors/weights.js";
import { extractLineageProbe } from "../../src/engine/lineage/probe-extract.js";
import type { LineageProbe } from "../../src/engine/lineage/probe.js";
import { lineageOfProbes, type LineageOutcome } from "../../src/engine/lineage/probe-lineage.js";
import type { ModelSource } from "../../src/engine/model/model-source.js";
import { loadTokenizer } from "../../src/engine/tokenizer/load-tokenizer.js";
import { MemoryModelSource } from "./memory-model-source.js";
import { makeModel, type GeneratedModel, type ModelSpec } from "./model-factory.js";

/** Shapes of the null: widths, depths, grouped and full attention, two vocabularies. */
export const NULL_SHAPES: readonly ModelSpec[] = [
  { arch: "llama", hidden: 32, layers: 2, heads: 4, kvHeads: 2, vocab: 320, seed: 0 },
  { arch: "llama", hidden: 32, layers: 3, heads: 4, kvHeads: 4, vocab: 320, seed: 0 },
  { arch: "llama", hidden: 48, layers: 2, heads: 4, kvHeads: 1, vocab: 400, seed: 0 },
  { arch: "llama", hidden: 24, layers: 2, heads: 2, kvHeads: 2, vocab: 320, seed: 0 },
];

/** Models per shape: every pair of them is a null pair (24 → 276 pairs per shape, 1,104 in all). */
export const NULL_MODELS_PER_SHAPE = 24;

export async function probeOf(m: GeneratedModel): Promise<LineageProbe> {
  const src = new MemoryModelSource(m.files) as ModelSource;
  const tok = await loadTokenizer(src);
  const probe = await extractLineageProbe(await openWeights(src), tok?.vocab ?? null);
  if (!probe) throw new Error("the factory model has no lineage probe");
  return probe;
}

export interface NullPair {
  readonly shape: number;
  readonly seeds: readonly [number, number];
  readonly outcome: LineageOutcome;
}

/** Every pair of NULL_MODELS_PER_SHAPE independent models of each shape. */
export async function randomInitNull(perShape = NULL_MODELS_PER_SHAPE): Promise<NullPair[]> {
  const out: NullPair[] = [];
  for (const [shape, spec] of NULL_SHAPES.entries()) {
    const seeds = Array.from({ length: perShape }, (_, i) => 1000 * (shape + 1) + i);
    const probes = await Promise.all(seeds.map((seed) => probeOf(makeModel({ ...spec, seed }))));
    for (let i = 0; i < perShape; i++)
      for (let j = i + 1; j < perShape; j++) {
        const outcome = lineageOfProbes(probes[i]!, probes[j]!);
        if (!outcome) throw new Error(`null pair ${seeds[i]}, ${seeds[j]} could not be compared`);
        out.push({ shape, seeds: [seeds[i]!, seeds[j]!], outcome });
      }
  }
  return out;
}
