// Independently trained models that share the base's architecture family and tokenizer: the
// negatives a lineage check must not call related.

import { makeModel, type GeneratedModel, type ModelSpec } from "../model-factory.js";
import { seedFrom } from "../rng.js";
import { finish, nonWeightFiles } from "./rebuild.js";

/**
 * Imitates an independent pre-training run of the same architecture on the same tokenizer (two
 * from-scratch trainings of one config): same spec with `seed`, so no tensor shares a value stream
 * with the base; tokenizer files are the base's, byte for byte. Lineage: **unrelated** to `base`.
 */
export function otherSeed(base: GeneratedModel, seed: number): GeneratedModel {
  if (seed === base.spec.seed) throw new RangeError(`otherSeed: seed ${seed} is the base's own seed`);
  return withTokenizerOf(base, { ...base.spec, seed });
}

/**
 * Imitates a sibling model of another size from the same family (a 7B next to a 13B): the base's
 * architecture, depth, heads and tokenizer at width `hidden`, MLP width the architecture's default
 * for that width, and a seed derived from the base's and `hidden` (with the base's seed the first
 * values of each tensor's stream would repeat the base's). Lineage: **unrelated** to `base`.
 */
export function otherWidth(base: GeneratedModel, hidden: number): GeneratedModel {
  if (hidden === base.spec.hidden)
    throw new RangeError(`otherWidth: hidden ${hidden} is the base's own width`);
  // Without `intermediate` the MLP width follows the new hidden size.
  const { intermediate: _intermediate, ...rest } = base.spec;
  return withTokenizerOf(base, { ...rest, hidden, seed: seedFrom(base.spec.seed, "other-width", hidden) });
}

/** makeModel(spec) with the tokenizer files replaced by the base's. */
function withTokenizerOf(base: GeneratedModel, spec: ModelSpec): GeneratedModel {
  const fresh = makeModel(spec);
  const files = new Map([...fresh.files].filter(([path]) => !nonWeightFiles(fresh).has(path)));
  for (const [path, bytes] of nonWeightFiles(base)) files.set(path, bytes);
  return finish(fresh.spec, fresh.config, files, fresh.tensors);
}
