// Imitates a vocabulary rebuilt for a new domain (vocabulary trimming, as done to shrink multilingual
// models): a random subset of the tokens survives in a new, shuffled id order; the added (special)
// tokens always survive at their ids. Each surviving token keeps its embedding (and untied lm_head)
// row, moved to its new id; merges that need a dropped token are dropped. Lineage: **related** to `base`.

import type { GeneratedModel } from "../model-factory.js";
import { orderedMapJson, stringifyWithRaw } from "../model-factory/json.js";
import { Rng, randomPermutation, seedFrom } from "../rng.js";
import { gather } from "./gather.js";
import { keep, nonWeightFiles, rebuild, utf8, type TensorPlan } from "./rebuild.js";

/** The token tables: rows follow the vocabulary. */
export const VOCAB_ROWS = /(^|\.)embed_tokens\.weight$|^lm_head\.weight$/;

interface TokenizerDoc {
  added_tokens?: { id: number }[];
  model: { vocab: Record<string, number> | string; merges?: (string | [string, string])[] };
}

/** Needs a BPE tokenizer.json (Llama's) whose ids are 0…vocab−1 with the added tokens first. */
export function rebuildVocab(
  base: GeneratedModel,
  seed: number,
  keepFraction = 0.8,
): { model: GeneratedModel; kept: Int32Array } {
  const bytes = base.files.get("tokenizer.json");
  if (!bytes) throw new Error("rebuildVocab: the model has no tokenizer.json");
  const doc = JSON.parse(new TextDecoder().decode(bytes)) as TokenizerDoc;
  const tokens = tokensById(doc, base.spec.vocab);
  const fixed = doc.added_tokens?.length ?? 0;
  if (!(doc.added_tokens ?? []).every((t, i) => t.id === i))
    throw new Error("rebuildVocab: the added tokens are not ids 0…n−1");
  const rest = randomPermutation(new Rng(seedFrom(seed, "rebuild-vocab")), tokens.length - fixed);
  const count = Math.round(rest.length * keepFraction);
  const kept = new Int32Array(fixed + count);
  for (let i = 0; i < fixed; i++) kept[i] = i;
  for (let i = 0; i < count; i++) kept[fixed + i] = (rest[i] as number) + fixed;

  const survivors = new Set(Array.from(kept, (id) => tokens[id] as string));
  const merges = (doc.model.merges ?? []).filter((m) => {
    const [a = "", b = ""] = typeof m === "string" ? m.split(" ") : m;
    return survivors.has(a) && survivors.has(b) && survivors.has(a + b);
  });
  const placeholder = "@@VOCAB@@";
  const vocabJson = orderedMapJson(
    Array.from(kept, (id, i) => [tokens[id] as string, i] as const),
    2,
  );
  const text = stringifyWithRaw(
    { ...doc, model: { ...doc.model, vocab: placeholder, merges } },
    placeholder,
    vocabJson,
  );

  const plans = base.tensors.map((t): TensorPlan =>
    VOCAB_ROWS.test(t.name) && t.shape[0] === tokens.length ? gather(t, { rows: kept }) : keep(t),
  );
  const spec = { ...base.spec, vocab: kept.length };
  const config = { ...base.config, vocab_size: kept.length };
  const files = nonWeightFiles(base).set("tokenizer.json", utf8(text));
  return { model: rebuild(spec, config, plans, files), kept };
}

/** The model vocabulary as an id-indexed list; it must fill ids 0…vocab−1 exactly. */
function tokensById(doc: TokenizerDoc, vocab: number): string[] {
  const entries = doc.model.vocab;
  if (typeof entries !== "object") throw new Error("rebuildVocab: tokenizer.json has no vocab object");
  const tokens = new Array<string>(vocab);
  const list = Object.entries(entries);
  const bad = (id: number): boolean => !(Number.isInteger(id) && id >= 0 && id < vocab) || id in tokens;
  for (const [token, id] of list) {
    if (list.length !== vocab || bad(id))
      throw new Error(`rebuildVocab: tokenizer.json's ids are not exactly 0…${vocab - 1}`);
    tokens[id] = token;
  }
  return tokens;
}
