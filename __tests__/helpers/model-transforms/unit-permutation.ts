// A function-preserving disguise: the MLP units of every layer permuted (rows of gate and up,
// columns of down, by the same permutation). The network computes exactly the same function, and
// position-by-position signals (WVC) no longer see the base in it. Lineage: **related** to `base`.

import type { GeneratedModel, GeneratedTensor } from "../model-factory.js";
import { Rng, randomPermutation } from "../rng.js";
import { keep, nonWeightFiles, rebuild, type TensorPlan } from "./rebuild.js";

/** Per layer index: B unit u is the base's unit perm[u]. */
export type UnitPermutations = Map<number, Int32Array>;

const MLP = /\.layers\.(\d+)\.mlp\.(gate_proj|up_proj|down_proj)\.weight$/;

export function permuteMlpUnits(
  base: GeneratedModel,
  seed: number,
): { model: GeneratedModel; perms: UnitPermutations } {
  const rng = new Rng(seed);
  const perms: UnitPermutations = new Map();
  const permFor = (layer: number, n: number): Int32Array => {
    let p = perms.get(layer);
    if (!p) perms.set(layer, (p = randomPermutation(rng, n)));
    return p;
  };
  const plans = base.tensors.map((t: GeneratedTensor): TensorPlan => {
    const m = MLP.exec(t.name);
    if (!m) return keep(t);
    const [rows = 0, cols = 0] = t.shape;
    const writer = m[2] === "down_proj";
    const perm = permFor(Number(m[1]), writer ? cols : rows);
    return {
      name: t.name,
      shape: t.shape,
      fill: (out) => {
        for (let r = 0; r < rows; r++)
          for (let c = 0; c < cols; c++)
            out[r * cols + c] = writer
              ? (t.values[r * cols + (perm[c] as number)] as number)
              : (t.values[(perm[r] as number) * cols + c] as number);
      },
    };
  });
  return { model: rebuild(base.spec, base.config, plans, nonWeightFiles(base)), perms };
}
