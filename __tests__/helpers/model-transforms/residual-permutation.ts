// A function-preserving disguise of the residual stream: B's channel i is A's channel perm[i]
// times signs[i] in every tensor with a hidden-size axis (embedding and output head columns,
// reader columns, writer rows; norm gains permuted, not flipped). Lineage: **related** to `base`.

import type { GeneratedModel, GeneratedTensor } from "../model-factory.js";
import { Rng, randomPermutation } from "../rng.js";
import { keep, nonWeightFiles, rebuild, type TensorPlan } from "./rebuild.js";

export interface ResidualDisguise {
  readonly model: GeneratedModel;
  readonly perm: Int32Array;
  readonly signs: Float64Array;
}

export function permuteResidual(base: GeneratedModel, seed: number): ResidualDisguise {
  const D = base.spec.hidden;
  const rng = new Rng(seed);
  const perm = randomPermutation(rng, D);
  const signs = Float64Array.from({ length: D }, () => (rng.uniform() < 0.5 ? -1 : 1));
  const plans = base.tensors.map((t: GeneratedTensor): TensorPlan => {
    const shape = t.shape;
    if (shape.length === 1 && shape[0] === D)
      return {
        name: t.name,
        shape,
        fill: (out) => out.forEach((_, i) => (out[i] = t.values[perm[i] as number] as number)),
      };
    if (shape.length !== 2) return keep(t);
    const [rows = 0, cols = 0] = shape;
    const writer = /(o_proj|down_proj)\.weight$/.test(t.name);
    if (!writer && cols === D)
      return {
        name: t.name,
        shape,
        fill: (out) => {
          for (let r = 0; r < rows; r++)
            for (let c = 0; c < D; c++)
              out[r * D + c] = (signs[c] as number) * (t.values[r * D + (perm[c] as number)] as number);
        },
      };
    if (writer && rows === D)
      return {
        name: t.name,
        shape,
        fill: (out) => {
          for (let r = 0; r < D; r++)
            for (let c = 0; c < cols; c++)
              out[r * cols + c] = (signs[r] as number) * (t.values[(perm[r] as number) * cols + c] as number);
        },
      };
    return keep(t);
  });
  return { model: rebuild(base.spec, base.config, plans, nonWeightFiles(base)), perm, signs };
}
