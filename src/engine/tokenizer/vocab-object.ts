// A JSON vocabulary object ({"token": id, …}, as tokenizer.json's BPE/WordPiece/WordLevel models
// and GPT-2's vocab.json hold it) turned into a Map in id order, every id checked.

import { MalformedInputError } from "../errors.js";
import { describe, expectTokenId, isRecord } from "./json-values.js";
import { MAX_TOKEN_CHARS, MAX_TOKEN_ID, MAX_VOCAB_ENTRIES } from "./limits.js";

export function vocabFromObject(obj: unknown, file: string, field: string): Map<string, number> {
  if (!isRecord(obj)) {
    throw new MalformedInputError(
      { file, field },
      `expected an object of token → id, found ${describe(obj)}`,
    );
  }
  const tokens: string[] = [];
  const ids: number[] = [];
  // for…in over JSON.parse output visits exactly the own keys and is the fastest walk of a
  // 262k-key object; JSON.parse never yields inherited enumerable keys.
  for (const token in obj) {
    if (tokens.length === MAX_VOCAB_ENTRIES) {
      throw new MalformedInputError(
        { file, field },
        `holds more than ${MAX_VOCAB_ENTRIES} tokens, the limit for a vocabulary`,
      );
    }
    if (token.length > MAX_TOKEN_CHARS) {
      throw new MalformedInputError(
        { file, field },
        `a token of ${token.length} characters is over the ${MAX_TOKEN_CHARS}-character limit`,
      );
    }
    const id = obj[token];
    // Checked inline: building the field name for every token would cost more than the parse.
    if (typeof id !== "number" || !Number.isInteger(id) || id < 0 || id > MAX_TOKEN_ID) {
      expectTokenId(id, file, `${field}[${JSON.stringify(token)}]`);
    }
    tokens.push(token);
    ids.push(id as number);
  }
  if (tokens.length === 0) throw new MalformedInputError({ file, field }, "the vocabulary is empty");
  return mapInIdOrder(tokens, ids);
}

/**
 * Objects enumerate integer-like keys ("0", "42") first, so key order is not id order. Ids are
 * nearly always dense and distinct: place each token at its id in one pass; otherwise sort.
 */
export function mapInIdOrder(tokens: readonly string[], ids: readonly number[]): Map<string, number> {
  let max = -1;
  for (const id of ids) if (id > max) max = id;
  if (max < 2 * ids.length + 1024) {
    const at = new Int32Array(max + 1).fill(-1);
    let distinct = true;
    for (let i = 0; i < ids.length && distinct; i++) {
      const id = ids[i] as number;
      if (at[id] !== -1) distinct = false;
      at[id] = i;
    }
    if (distinct) {
      const vocab = new Map<string, number>();
      for (let id = 0; id <= max; id++) {
        const i = at[id] as number;
        if (i >= 0) vocab.set(tokens[i] as string, id);
      }
      return vocab;
    }
  }
  const order = tokens.map((_, i) => i);
  order.sort((a, b) => {
    const d = (ids[a] as number) - (ids[b] as number);
    const ta = tokens[a] as string;
    const tb = tokens[b] as string;
    return d || (ta < tb ? -1 : ta > tb ? 1 : 0);
  });
  return new Map(order.map((i) => [tokens[i] as string, ids[i] as number]));
}

/** A plain object of token → id for @huggingface/tokenizers, safe for any token ("__proto__" too). */
export function vocabObject(vocab: ReadonlyMap<string, number>): Record<string, number> {
  return Object.fromEntries(vocab);
}
