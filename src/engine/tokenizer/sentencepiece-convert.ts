// A SentencePiece model turned into the tokenizer transformers builds from it (reference §2.6):
// vocabulary = the pieces, id = index; a UNIGRAM model stays Unigram (pieces with scores); every
// other model type becomes BPE with merges generated from the vocabulary; CONTROL and USER_DEFINED
// pieces become added tokens (control ones special). BPE gets the Llama pipeline (replace " " by
// "▁", prepend "▁" when add_dummy_prefix, byte fallback) that Llama/Mistral tokenizer.json files
// carry, so a tokenizer.model and the tokenizer.json converted from it encode alike.

import { Buffer } from "node:buffer";
import { MalformedInputError } from "../errors.js";
import {
  plainSpecial,
  type BackendModel,
  type ModelData,
  type NamedSpecial,
  type Pipeline,
  type TokenSpec,
} from "./model-data.js";
import {
  PIECE_CONTROL,
  PIECE_USER_DEFINED,
  SP_UNIGRAM,
  type SentencePiece,
  type SentencePieceModel,
} from "./sentencepiece-model.js";
import { vocabObject } from "./vocab-object.js";

export function sentencePieceModelData(sp: SentencePieceModel, file: string): ModelData {
  const vocab = new Map<string, number>();
  sp.pieces.forEach(({ piece }, id) => {
    const earlier = vocab.get(piece);
    // SentencePiece itself refuses a model with a repeated piece.
    if (earlier !== undefined) {
      throw new MalformedInputError(
        { file, field: `ModelProto.pieces[${id}]` },
        `piece ${JSON.stringify(piece)} repeats piece ${earlier}`,
      );
    }
    vocab.set(piece, id);
  });
  const unigram = sp.trainer.modelType === SP_UNIGRAM;
  const pairs = unigram ? [] : sentencePieceMerges(sp.pieces, vocab);
  // transformers passes control and user-defined pieces on as additional special tokens (control
  // ones special); they join the added vocabulary after added_tokens_decoder's renames.
  const extraSpecials: TokenSpec[] = sp.pieces
    .filter(({ type }) => type === PIECE_CONTROL || type === PIECE_USER_DEFINED)
    .map(({ piece, type }) => ({ ...plainSpecial(piece), special: type === PIECE_CONTROL }));
  return {
    modelType: unigram ? "Unigram" : "BPE",
    vocab,
    merges: pairs.map(([a, b]) => `${a} ${b}`),
    added: [],
    defaults: trainerDefaults(sp),
    extraSpecials,
    pipeline: unigram ? unigramPipeline(sp) : bpePipeline(sp),
    backendModel: () => (unigram ? unigramModel(sp) : bpeModel(sp, vocab, pairs)),
  };
}

/**
 * Every split of a piece into two pieces (a, b), both in the vocabulary, is the merge "a b". The
 * list is ordered as transformers' converters order it for Llama-family tokenizer.json files:
 * by the merged piece's score, highest first, then by the merged piece's id, then by the ids of a
 * and b. (transformers 5.5 building directly from a .model file orders by the merged piece's id
 * instead; the two agree wherever scores fall with id, and differ for pieces such as Llama's
 * whitespace runs, whose scores are far below their ids' rank.)
 */
export function sentencePieceMerges(
  pieces: readonly SentencePiece[],
  vocab: ReadonlyMap<string, number>,
): [string, string][] {
  const found: { pair: [string, string]; score: number; id: number; left: number; right: number }[] = [];
  pieces.forEach(({ piece, score }, id) => {
    // Split at code-point boundaries, as Python slices a str.
    for (let cut = nextCodePoint(piece, 0); cut < piece.length; cut = nextCodePoint(piece, cut)) {
      const left = vocab.get(piece.slice(0, cut));
      const right = vocab.get(piece.slice(cut));
      if (left !== undefined && right !== undefined) {
        found.push({ pair: [piece.slice(0, cut), piece.slice(cut)], score, id, left, right });
      }
    }
  });
  found.sort((x, y) => y.score - x.score || x.id - y.id || x.left - y.left || x.right - y.right);
  return found.map((f) => f.pair);
}

function nextCodePoint(s: string, i: number): number {
  const c = s.charCodeAt(i);
  return c >= 0xd800 && c <= 0xdbff && i + 1 < s.length ? i + 2 : i + 1;
}

/** transformers names bos/eos/unk from the trainer spec when the configs name none (pad too, here). */
function trainerDefaults(sp: SentencePieceModel): Partial<Record<NamedSpecial, string>> {
  const t = sp.trainer;
  const out: Partial<Record<NamedSpecial, string>> = {};
  if (t.unkId >= 0) out.unk = t.unkPiece;
  if (t.bosId >= 0) out.bos = t.bosPiece;
  if (t.eosId >= 0) out.eos = t.eosPiece;
  if (t.padId >= 0) out.pad = t.padPiece;
  return out;
}

function unkPiece(sp: SentencePieceModel): string | null {
  return sp.pieces[sp.trainer.unkId]?.piece ?? null;
}

function normalizers(sp: SentencePieceModel): object[] {
  const charsmap = sp.normalizer.precompiledCharsmap;
  return charsmap.length > 0
    ? [{ type: "Precompiled", precompiled_charsmap: Buffer.from(charsmap).toString("base64") }]
    : [];
}

/** Llama's pipeline: "▁" for spaces, a leading "▁" when add_dummy_prefix, byte fallback. */
function bpePipeline(sp: SentencePieceModel): Pipeline {
  const prefix = sp.normalizer.addDummyPrefix;
  return {
    normalizer: {
      type: "Sequence",
      normalizers: [
        ...normalizers(sp),
        ...(prefix ? [{ type: "Prepend", prepend: "▁" }] : []),
        { type: "Replace", pattern: { String: " " }, content: "▁" },
      ],
    },
    pre_tokenizer: null,
    post_processor: null,
    decoder: {
      type: "Sequence",
      decoders: [
        { type: "Replace", pattern: { String: "▁" }, content: " " },
        ...(sp.trainer.byteFallback ? [{ type: "ByteFallback" }] : []),
        { type: "Fuse" },
        ...(prefix ? [{ type: "Strip", content: " ", start: 1, stop: 0 }] : []),
      ],
    },
  };
}

function bpeModel(
  sp: SentencePieceModel,
  vocab: ReadonlyMap<string, number>,
  merges: readonly (readonly [string, string])[],
): BackendModel {
  return {
    type: "BPE",
    dropout: null,
    unk_token: unkPiece(sp),
    continuing_subword_prefix: null,
    end_of_word_suffix: null,
    fuse_unk: true,
    byte_fallback: sp.trainer.byteFallback,
    ignore_merges: false,
    vocab: vocabObject(vocab),
    merges,
  };
}

/** T5/ALBERT-style: charsmap normalizer, Metaspace pre-tokenizer (prefix per add_dummy_prefix). */
function unigramPipeline(sp: SentencePieceModel): Pipeline {
  const metaspace = {
    type: "Metaspace",
    replacement: "▁",
    prepend_scheme: sp.normalizer.addDummyPrefix ? "always" : "never",
    split: true,
  };
  const norm = normalizers(sp);
  return {
    normalizer: norm.length > 0 ? { type: "Sequence", normalizers: norm } : null,
    pre_tokenizer: metaspace,
    post_processor: null,
    decoder: metaspace,
  };
}

function unigramModel(sp: SentencePieceModel): BackendModel {
  const unk = sp.trainer.unkId;
  return {
    type: "Unigram",
    unk_id: unk >= 0 && unk < sp.pieces.length ? unk : null,
    byte_fallback: sp.trainer.byteFallback,
    vocab: sp.pieces.map((p) => [p.piece, p.score]),
  };
}
