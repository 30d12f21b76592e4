// Derivations of a generated model that imitate how real checkpoints are made from one another
// (fine-tunes, merged LoRA, quantise round trips, casts, pruning, vocabulary growth, renaming) and
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
  otherSeed: "unrelated",
  otherWidth: "unrelated",
} as const satisfies Record<string, Lineage>;
