// Every disguise at once, in an order where each step still finds what it needs: the
// function-preserving ones and the pruning first (they find tensors by Llama names), then the
// vocabulary, then the storage and naming disguises last. Lineage: **related** to `base`.

import type { GeneratedModel } from "../model-factory.js";
import { seedFrom } from "../rng.js";
import { rescaleChannels } from "./channel-scaling.js";
import { freshVocab } from "./fresh-vocab.js";
import { permuteHeads } from "./head-permutation.js";
import { pruneMlp } from "./mlp-pruning.js";
import { permuteResidual } from "./residual-permutation.js";
import { inventedNames, renameTensors } from "./structural.js";
import { transposeStorage } from "./transposed-storage.js";
import { permuteMlpUnits } from "./unit-permutation.js";
import { rebuildVocab } from "./vocab-rebuild.js";

/**
 * `vocabulary`: "rebuilt" keeps the surviving tokens' strings and rows (rebuildVocab); "fresh" shares
 * no string and no row with the base (freshVocab), which leaves the layers as the only evidence.
 */
export function disguiseAll(
  base: GeneratedModel,
  seed: number,
  vocabulary: "rebuilt" | "fresh" = "rebuilt",
): GeneratedModel {
  const s = (step: string): number => seedFrom(seed, "disguise-all", step);
  let m = permuteHeads(base, s("heads")).model;
  m = permuteMlpUnits(m, s("units")).model;
  m = rescaleChannels(m, s("channels"));
  m = pruneMlp(m, s("prune")).model;
  m = permuteResidual(m, s("residual")).model;
  m = vocabulary === "rebuilt" ? rebuildVocab(m, s("vocab")).model : freshVocab(m, s("vocab"));
  return renameTensors(transposeStorage(m), inventedNames);
}
