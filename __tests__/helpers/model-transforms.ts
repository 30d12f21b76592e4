// Derivations of a generated model that imitate how real checkpoints are made from one another
// (fine-tunes, merged LoRA, quantise round trips, casts, pruning, vocabulary growth, renaming,
// function-preserving permutations and rescalings, transposed storage, rebuilt or fresh vocabularies) and
// independently made look-alikes. Each is a pure, seeded function GeneratedModel → GeneratedModel
// whose files are re-encoded consistently (safetensors headers and data, index when sharded,
// config.json); each documents the lineage relation a provenance check should find to its base.

export {
  castDtype,
  fineTune,
  LARGE_DRIFT,
  mergeLowRank,
  quantizeRoundTrip,
  SMALL_DRIFT,
} from "./model-transforms/numeric.js";
export type { FineTuneOptions, LowRankOptions, QuantizeOptions } from "./model-transforms/numeric.js";
export { isLayerMatrix, layerNumber, QMAX, quantizeRows } from "./model-transforms/numeric.js";
export { dropLayer, extendVocab, inventedNames, renameTensors } from "./model-transforms/structural.js";
export type { ExtendVocabOptions } from "./model-transforms/structural.js";
export { extraTokenNames } from "./model-transforms/tokenizer-edit.js";
export { otherSeed, otherWidth } from "./model-transforms/unrelated.js";
export { rebuild, tensorStd, type TensorPlan } from "./model-transforms/rebuild.js";
export { gather, type Gather } from "./model-transforms/gather.js";
export { permuteMlpUnits, type UnitPermutations } from "./model-transforms/unit-permutation.js";
export { permuteResidual, type ResidualDisguise } from "./model-transforms/residual-permutation.js";
export {
  permuteHeads,
  type HeadPermutation,
  type HeadPermutations,
} from "./model-transforms/head-permutation.js";
export { rescaleChannels, rescaleUnits } from "./model-transforms/channel-scaling.js";
export { transposeStorage, type TransposeOptions } from "./model-transforms/transposed-storage.js";
export { rebuildVocab } from "./model-transforms/vocab-rebuild.js";
export { freshVocab } from "./model-transforms/fresh-vocab.js";
export { pruneMlp, type KeptUnits } from "./model-transforms/mlp-pruning.js";
export { loadGeneratedModel } from "./model-transforms/real-model.js";
export { disguiseAll } from "./model-transforms/combined.js";

/** The lineage relation a provenance check should report between a transform's result and its base. */
export type Lineage = "related" | "unrelated";

/** What each transform's result is to its base. */
export const LINEAGE = {
  fineTune: "related",
  mergeLowRank: "related",
  quantizeRoundTrip: "related",
  castDtype: "related",
  dropLayer: "related",
  extendVocab: "related",
  renameTensors: "related",
  permuteMlpUnits: "related",
  permuteResidual: "related",
  permuteHeads: "related",
  rescaleChannels: "related",
  rescaleUnits: "related",
  transposeStorage: "related",
  rebuildVocab: "related",
  pruneMlp: "related",
  disguiseAll: "related",
  otherSeed: "unrelated",
  otherWidth: "unrelated",
} as const satisfies Record<string, Lineage>;
