// Imitates a vocabulary transplant: the layers of `base` behind a new tokenizer trained for
// another script, with embedding and (untied) output-head rows learned afresh. No token string
// survives but the added (special) ones, so no shared-token residual alignment is possible, and
// the fresh rows carry nothing of the base. Lineage: **related** to `base` (every layer is its).

import type { GeneratedModel, GeneratedTensor } from "../model-factory.js";
import { orderedMapJson, stringifyWithRaw } from "../model-factory/json.js";
import { Rng, seedFrom } from "../rng.js";
import { keep, nonWeightFiles, rebuild, tensorStd, utf8, type TensorPlan } from "./rebuild.js";
import { VOCAB_ROWS } from "./vocab-rebuild.js";

interface TokenizerDoc {
  added_tokens?: { id: number; content: string }[];
  model: { vocab: Record<string, number> | string; merges?: unknown[] };
}

/** Needs a BPE tokenizer.json; every non-added token becomes `fresh-<seed>-<id>`, merges go. */
export function freshVocab(base: GeneratedModel, seed: number): GeneratedModel {
  const bytes = base.files.get("tokenizer.json");
  if (!bytes) throw new Error("freshVocab: the model has no tokenizer.json");
  const doc = JSON.parse(new TextDecoder().decode(bytes)) as TokenizerDoc;
  if (typeof doc.model.vocab !== "object") throw new Error("freshVocab: tokenizer.json has no vocab object");
  const added = new Set((doc.added_tokens ?? []).map((t) => t.content));
  const entries = Object.entries(doc.model.vocab).map(
    ([token, id]) => [added.has(token) ? token : `fresh-${seed}-${id}`, id] as const,
  );
  const placeholder = "@@VOCAB@@";
  const text = stringifyWithRaw(
    { ...doc, model: { ...doc.model, vocab: placeholder, merges: [] } },
    placeholder,
    orderedMapJson(entries, 2),
  );
  const plans = base.tensors.map((t: GeneratedTensor): TensorPlan => {
    if (!VOCAB_ROWS.test(t.name)) return keep(t);
    const rng = new Rng(seedFrom(seed, "fresh-vocab", t.name));
    const std = tensorStd(t.values);
    return {
      name: t.name,
      shape: t.shape,
      fill: (out) => out.forEach((_, i) => (out[i] = rng.gaussian(std))),
    };
  });
  return rebuild(base.spec, base.config, plans, nonWeightFiles(base).set("tokenizer.json", utf8(text)));
}
