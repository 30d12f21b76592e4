// tokenizer.json (the `tokenizers` library's serialisation): the model's vocabulary and merges,
// the added tokens, and the document itself for the encoder. Reference §2.1/§2.6: get_vocab() is
// the model vocabulary (BPE/WordPiece/WordLevel: the `vocab` object; Unigram: the pieces of the
// `vocab` list, id = index) plus the added tokens; a merge is a pair (tokenizers ≥ 0.20) or a
// legacy "a b" string.

import { MalformedInputError } from "../errors.js";
import type { TokenizerModelType } from "./loaded-tokenizer.js";
import {
  describe,
  expectArray,
  expectRecord,
  expectToken,
  expectTokenId,
  isRecord,
  optionalBool,
  type JsonRecord,
} from "./json-values.js";
import { MAX_MERGES, MAX_VOCAB_ENTRIES } from "./limits.js";
import type { AddedTokenInfo, ModelData } from "./model-data.js";
import { vocabFromObject } from "./vocab-object.js";

const MODEL_TYPES: readonly TokenizerModelType[] = ["BPE", "WordPiece", "Unigram", "WordLevel"];

export function tokenizerJsonModel(doc: unknown, file: string): ModelData {
  const root = expectRecord(doc, file);
  const model = expectRecord(root.model, file, "model");
  const modelType = modelTypeOf(model, file);
  const vocab =
    modelType === "Unigram" ? unigramVocab(model, file) : vocabFromObject(model.vocab, file, "model.vocab");
  const padding = root.padding;
  const padToken = isRecord(padding) && typeof padding.pad_token === "string" ? padding.pad_token : undefined;
  return {
    modelType,
    vocab,
    merges: modelType === "BPE" ? mergeStrings(model.merges, file) : [],
    added: addedTokens(root.added_tokens, file),
    // transformers 5 takes pad_token from the file's padding settings when the configs name none.
    defaults: padToken === undefined ? {} : { pad: padToken },
    extraSpecials: [],
    // The file's pipeline as is, absent parts made explicit nulls (the library requires the keys).
    pipeline: {
      normalizer: root.normalizer ?? null,
      pre_tokenizer: root.pre_tokenizer ?? null,
      post_processor: root.post_processor ?? null,
      decoder: root.decoder ?? null,
    },
    backendModel: () => ({ ...model, type: modelType }),
  };
}

/** Older files omit model.type; infer it as `tokenizers` does from the fields present. */
function modelTypeOf(model: JsonRecord, file: string): TokenizerModelType {
  const type = model.type;
  if (type === undefined) {
    if (Array.isArray(model.vocab)) return "Unigram";
    if ("merges" in model) return "BPE";
    if ("continuing_subword_prefix" in model) return "WordPiece";
    return "WordLevel";
  }
  const known = MODEL_TYPES.find((t) => t === type);
  if (known) return known;
  throw new MalformedInputError(
    { file, field: "model.type" },
    `unknown model type ${describe(type)}; expected one of ${MODEL_TYPES.join(", ")}`,
  );
}

function unigramVocab(model: JsonRecord, file: string): Map<string, number> {
  const list = expectArray(model.vocab, file, "model.vocab");
  if (list.length === 0)
    throw new MalformedInputError({ file, field: "model.vocab" }, "the vocabulary is empty");
  if (list.length > MAX_VOCAB_ENTRIES) {
    throw new MalformedInputError(
      { file, field: "model.vocab" },
      `holds ${list.length} pieces, over the limit of ${MAX_VOCAB_ENTRIES}`,
    );
  }
  const vocab = new Map<string, number>();
  list.forEach((entry, id) => {
    if (!Array.isArray(entry) || entry.length !== 2 || typeof entry[1] !== "number") {
      throw new MalformedInputError(
        { file, field: `model.vocab[${id}]` },
        `expected a [piece, score] pair, found ${describe(entry)}`,
      );
    }
    vocab.set(expectToken(entry[0], file, `model.vocab[${id}][0]`), id);
  });
  const unkId = model.unk_id;
  if (unkId !== undefined && unkId !== null && expectTokenId(unkId, file, "model.unk_id") >= list.length) {
    throw new MalformedInputError(
      { file, field: "model.unk_id" },
      `unk_id ${String(unkId)} is past the end of the ${list.length}-piece vocabulary`,
    );
  }
  return vocab;
}

function mergeStrings(merges: unknown, file: string): string[] {
  if (merges === undefined || merges === null) return [];
  const list = expectArray(merges, file, "model.merges");
  if (list.length > MAX_MERGES) {
    throw new MalformedInputError(
      { file, field: "model.merges" },
      `holds ${list.length} merges, over the limit of ${MAX_MERGES}`,
    );
  }
  const out = new Array<string>(list.length);
  for (let i = 0; i < list.length; i++) {
    const m = list[i];
    // tokenizers reads a legacy merge by splitting on " " and requires exactly two parts.
    if (typeof m === "string" && m.indexOf(" ") >= 0 && m.indexOf(" ") === m.lastIndexOf(" ")) out[i] = m;
    else if (Array.isArray(m) && m.length === 2 && typeof m[0] === "string" && typeof m[1] === "string")
      out[i] = `${m[0]} ${m[1]}`;
    else
      throw new MalformedInputError(
        { file, field: `model.merges[${i}]` },
        `expected a ["left", "right"] pair or a "left right" string, found ${describe(m)}`,
      );
  }
  return out;
}

function addedTokens(value: unknown, file: string): AddedTokenInfo[] {
  if (value === undefined || value === null) return [];
  const list = expectArray(value, file, "added_tokens");
  if (list.length > MAX_VOCAB_ENTRIES) {
    throw new MalformedInputError(
      { file, field: "added_tokens" },
      `holds ${list.length} tokens, over the limit of ${MAX_VOCAB_ENTRIES}`,
    );
  }
  return list.map((entry, i) => {
    const at = `added_tokens[${i}]`;
    const t = expectRecord(entry, file, at);
    const special = optionalBool(t, "special", false, file, at);
    return {
      id: expectTokenId(t.id, file, `${at}.id`),
      content: expectToken(t.content, file, `${at}.content`),
      special,
      normalized: optionalBool(t, "normalized", !special, file, at),
      lstrip: optionalBool(t, "lstrip", false, file, at),
      rstrip: optionalBool(t, "rstrip", false, file, at),
      singleWord: optionalBool(t, "single_word", false, file, at),
    };
  });
}
