// The specs of the example models in examples/models (made by scripts/make-examples.ts).
import type { ModelSpec } from "../__tests__/helpers/model-factory.js";

export const EXAMPLE_MODELS: Record<string, ModelSpec> = {
  /** A small Llama-shaped base model: 2 layers, hidden 64, 512-token BPE vocabulary, F32. */
  "tiny-llama": { arch: "llama", seed: 1, hidden: 64, layers: 2, heads: 4, kvHeads: 2, vocab: 512 },
};
