// Which weight files a model ships: safetensors we read, and pickle checkpoints we never open
// (unpickling can run code), so every report can say why a model has no weight evidence.

import type { ModelSource } from "./model-source.js";

/** Weight files in pickle-based formats. */
const PICKLE_WEIGHTS = /\.(bin|pt|pth|ckpt|pkl)$/;

/** True when the model's top level holds safetensors weights (sub-folders hold other components). */
export function hasSafetensorsWeights(model: ModelSource): boolean {
  return model.files.some((f) => !f.path.includes("/") && f.path.endsWith(".safetensors"));
}

/** Why the model yields no weight signals, in one sentence for a report. */
export function noWeightsReason(model: ModelSource): string {
  const pickles = model.files.filter((f) => PICKLE_WEIGHTS.test(f.path)).map((f) => f.path);
  return pickles.length > 0
    ? `weights only in pickle format (${pickles.join(", ")}): never unpickled, so the weights are unverifiable`
    : "no safetensors weights found";
}
