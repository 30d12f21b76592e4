// The added vocabulary and get_vocab() as transformers 5 leaves them after loading (reference §2.6):
// the format's own added tokens, then every declared added token, named special token and extra
// special token not yet added, each at its vocabulary id when the model has the token and at the
// next free id when not (tokenizers' AddedVocabulary.add_tokens). get_vocab() is the model
// vocabulary with the added tokens laid over it.

import type { SpecialTokenIds } from "./loaded-tokenizer.js";
import {
  NAMED_SPECIALS,
  type AddedTokenInfo,
  type ModelData,
  type NamedSpecial,
  type TokenSpec,
} from "./model-data.js";
import type { SpecialTokenPlan } from "./special-tokens.js";

export interface AssembledVocabulary {
  /** get_vocab(): token → id, in id order (ties by token). */
  readonly vocab: Map<string, number>;
  /** The added vocabulary, one entry per content. */
  readonly added: readonly AddedTokenInfo[];
  readonly special: SpecialTokenIds;
  /** len(all_special_tokens): distinct named and extra special tokens. */
  readonly numSpecialTokens: number;
}

export interface AssembleOptions {
  /**
   * transformers, building from a SentencePiece file, renames a placeholder piece to the token
   * added_tokens_decoder declares at its id (Gemma's <unusedN> pieces), when that token is new.
   */
  readonly renamePlaceholders: boolean;
}

export function assembleVocabulary(
  data: ModelData,
  plan: SpecialTokenPlan,
  opts: AssembleOptions,
): AssembledVocabulary {
  const vocab = data.vocab;
  if (opts.renamePlaceholders) renamePlaceholders(vocab, plan.declared);
  const added = new Map<string, AddedTokenInfo>();
  for (const t of data.added) added.set(t.content, t);
  // The next free id never collides with a model or added id, even when the vocabulary has holes.
  let nextId = Math.max(vocab.size, maxValue(vocab.values()) + 1, maxValue(data.added.map((t) => t.id)) + 1);
  const namedContents = new Set(Object.values(plan.named).map((t) => t.content));
  const add = (spec: TokenSpec, special: boolean): void => {
    if (added.has(spec.content)) return;
    const id = vocab.get(spec.content) ?? nextId++;
    const { content, normalized, lstrip, rstrip, singleWord } = spec;
    added.set(content, { id, content, special, normalized, lstrip, rstrip, singleWord });
  };
  for (const spec of plan.declared) add(spec, spec.special || namedContents.has(spec.content));
  for (const name of NAMED_SPECIALS) {
    const spec = plan.named[name];
    if (spec) add(spec, true);
  }
  for (const spec of plan.extras) add(spec, spec.special || namedContents.has(spec.content));
  for (const t of added.values()) vocab.set(t.content, t.id);
  const ordered = orderById(vocab);
  const idOf = (name: NamedSpecial): number | null => {
    const spec = plan.named[name];
    return spec === undefined ? null : (ordered.get(spec.content) ?? null);
  };
  return {
    vocab: ordered,
    added: [...added.values()],
    special: { bos: idOf("bos"), eos: idOf("eos"), pad: idOf("pad"), unk: idOf("unk"), mask: idOf("mask") },
    numSpecialTokens: new Set([...namedContents, ...plan.extras.map((t) => t.content)]).size,
  };
}

function renamePlaceholders(vocab: Map<string, number>, declared: readonly TokenSpec[]): void {
  if (declared.length === 0) return;
  const tokenAt = new Map<number, string>();
  for (const [token, id] of vocab) tokenAt.set(id, token);
  for (const { content, declaredId } of declared) {
    if (declaredId === undefined) continue;
    const current = tokenAt.get(declaredId);
    if (current === undefined || current === content || vocab.has(content)) continue;
    vocab.delete(current);
    vocab.set(content, declaredId);
    tokenAt.set(declaredId, content);
  }
}

function maxValue(values: Iterable<number>): number {
  let max = -1;
  for (const v of values) if (v > max) max = v;
  return max;
}

/** The map itself when already in id order (the usual case); otherwise a sorted copy. */
export function orderById(vocab: Map<string, number>): Map<string, number> {
  let prevId = -1;
  let prevToken = "";
  let ordered = true;
  for (const [token, id] of vocab) {
    if (id < prevId || (id === prevId && token < prevToken)) {
      ordered = false;
      break;
    }
    prevId = id;
    prevToken = token;
  }
  if (ordered) return vocab;
  const entries = [...vocab];
  entries.sort(([ta, a], [tb, b]) => a - b || (ta < tb ? -1 : ta > tb ? 1 : 0));
  return new Map(entries);
}
