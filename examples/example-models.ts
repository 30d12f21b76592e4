// The example of the README's main command (`provenance-gate check --manifest
// examples/model-provenance.yml`), made by the project's own model factory:
//   models/tiny-llama          a small Llama-shaped base (2 layers, hidden 64, 512-token vocabulary)
//   models/tiny-llama-chat     a genuine derivative (fine-tune-like drift), declared as such
//   models/tiny-llama-scratch  an impostor: its model card says "trained from scratch", but its
//                              weights are the base's plus a little drift
//   provenance-db/             a reference database holding the base, as `fingerprint --db` writes it
// Regenerate with `npx tsx scripts/make-examples.ts`; a test checks the committed bytes.

import type { GeneratedModel, ModelSpec } from "../__tests__/helpers/model-factory.js";
import { deriveModel, makeModel } from "../__tests__/helpers/model-factory.js";

/** The base's spec (also used by tests that need "the example model"). */
export const EXAMPLE_BASE_SPEC: ModelSpec = {
  arch: "llama",
  seed: 1,
  hidden: 64,
  layers: 2,
  heads: 4,
  kvHeads: 2,
  vocab: 512,
};

/** Kept for callers of the earlier single-model example. */
export const EXAMPLE_MODELS: Record<string, ModelSpec> = { "tiny-llama": EXAMPLE_BASE_SPEC };

/** The family the base joins in examples/provenance-db. */
export const EXAMPLE_FAMILY = "example--tiny-llama";
/** Fixed so the database's timestamps and ids reproduce byte for byte. */
export const EXAMPLE_DB_TIME = new Date("2026-01-01T00:00:00Z");

const card = (text: string): Uint8Array => new TextEncoder().encode(text);

export function exampleModels(): Map<string, GeneratedModel> {
  const base = makeModel(EXAMPLE_BASE_SPEC);
  const chat = deriveModel(base, { std: 0.002, seed: 11 });
  chat.files.set(
    "README.md",
    card(
      "---\nlicense: apache-2.0\nbase_model: ./examples/models/tiny-llama\nbase_model_relation: finetune\n---\n\n# tiny-llama-chat\n\nA chat fine-tune of tiny-llama (an example made by provenance-gate's model factory).\n",
    ),
  );
  const impostor = deriveModel(base, { std: 0.003, seed: 12 });
  impostor.files.set(
    "README.md",
    card(
      "---\nlicense: apache-2.0\n---\n\n# tiny-llama-scratch\n\nA small language model trained from scratch on our own data.\n\n(An example made by provenance-gate's model factory: the claim is false, its weights are tiny-llama's with a little drift.)\n",
    ),
  );
  return new Map([
    ["tiny-llama", base],
    ["tiny-llama-chat", chat],
    ["tiny-llama-scratch", impostor],
  ]);
}
