// Imitates width pruning of the MLP (LLM-Pruner, Sheared-LLaMA, Minitron): in every layer the same
// number of units is removed (rows of gate and up, columns of down), the survivors keep their
// order and values, and intermediate_size shrinks. Not function-preserving, but every surviving
// unit is an exact copy of a base unit. Lineage: **related** to `base`.

import type { GeneratedModel } from "../model-factory.js";
import { Rng, randomPermutation, seedFrom } from "../rng.js";
import { gather } from "./gather.js";
import { keep, nonWeightFiles, rebuild, type TensorPlan } from "./rebuild.js";

/** Per layer index: B unit u is the base's unit kept[u] (increasing). */
export type KeptUnits = Map<number, Int32Array>;

const MLP = /\.layers\.(\d+)\.mlp\.(gate_proj|up_proj|down_proj)\.weight$/;

export function pruneMlp(
  base: GeneratedModel,
  seed: number,
  keepFraction = 0.75,
): { model: GeneratedModel; kept: KeptUnits } {
  const units = base.spec.intermediate;
  const count = Math.round(units * keepFraction);
  if (!(count >= 1 && count <= units))
    throw new RangeError(`pruneMlp: keeping ${keepFraction} of ${units} units leaves ${count}`);
  const kept: KeptUnits = new Map();
  const keptFor = (layer: number): Int32Array => {
    let k = kept.get(layer);
    if (!k) {
      const perm = randomPermutation(new Rng(seedFrom(seed, "prune-mlp", layer)), units);
      kept.set(layer, (k = perm.slice(0, count).sort()));
    }
    return k;
  };
  const plans = base.tensors.map((t): TensorPlan => {
    const m = MLP.exec(t.name);
    if (!m) return keep(t);
    const k = keptFor(Number(m[1]));
    return gather(t, m[2] === "down_proj" ? { cols: k } : { rows: k });
  });
  const spec = { ...base.spec, intermediate: count };
  const config = { ...base.config, intermediate_size: count };
  return { model: rebuild(spec, config, plans, nonWeightFiles(base)), kept };
}
