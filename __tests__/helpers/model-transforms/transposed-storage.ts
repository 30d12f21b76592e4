// A storage disguise: every 2-D matrix of a numbered layer written transposed ([in, out], shape
// swapped), as Flax stores Dense kernels and GPT-2's Conv1D stores its weights; embeddings and the
// output head stay [vocab, hidden]. No value changes: a loader that knows transposes back.
// Lineage: **related** to `base`.

import type { GeneratedModel } from "../model-factory.js";
import { isLayerMatrix } from "./numeric.js";
import { keep, nonWeightFiles, rebuild, type TensorPlan } from "./rebuild.js";

export interface TransposeOptions {
  /** Also rename each transposed "….weight" to "….kernel", as Flax names it. Default false. */
  readonly rename?: boolean;
}

export function transposeStorage(base: GeneratedModel, opts: TransposeOptions = {}): GeneratedModel {
  const plans = base.tensors.map((t): TensorPlan => {
    if (!isLayerMatrix(t)) return keep(t);
    const [rows = 0, cols = 0] = t.shape;
    return {
      name: opts.rename ? t.name.replace(/\.weight$/, ".kernel") : t.name,
      shape: [cols, rows],
      fill: (out) => {
        for (let r = 0; r < rows; r++)
          for (let c = 0; c < cols; c++) out[c * rows + r] = t.values[r * cols + c] as number;
      },
    };
  });
  return rebuild(base.spec, base.config, plans, nonWeightFiles(base));
}
