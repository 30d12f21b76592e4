// SentencePiece's tokenizer.model: a protobuf ModelProto (sentencepiece_model.proto), read by hand.
//   ModelProto     1 pieces (repeated SentencePiece), 2 trainer_spec, 3 normalizer_spec
//   SentencePiece  1 piece (string), 2 score (float), 3 type (NORMAL 1, UNKNOWN 2, CONTROL 3,
//                  USER_DEFINED 4, UNUSED 5, BYTE 6)
//   TrainerSpec    3 model_type (UNIGRAM 1, BPE 2, WORD 3, CHAR 4), 35 byte_fallback,
//                  40–43 unk/bos/eos/pad ids, 45–48 unk/bos/eos/pad pieces
//   NormalizerSpec 2 precompiled_charsmap, 3 add_dummy_prefix, 4 remove_extra_whitespaces,
//                  5 escape_whitespaces
// Other fields are skipped by wire type. Defaults are the proto's.

import { MalformedInputError } from "../errors.js";
import { MAX_TOKEN_CHARS, MAX_VOCAB_ENTRIES } from "./limits.js";

/** A piece's UTF-8 bytes: at most 3 bytes per UTF-16 unit of the token-length limit. */
const MAX_PIECE_BYTES = 3 * MAX_TOKEN_CHARS;
import { ProtoReader } from "./proto-reader.js";

export const PIECE_NORMAL = 1;
export const PIECE_UNKNOWN = 2;
export const PIECE_CONTROL = 3;
export const PIECE_USER_DEFINED = 4;
export const PIECE_UNUSED = 5;
export const PIECE_BYTE = 6;

export const SP_UNIGRAM = 1;
export const SP_BPE = 2;
export const SP_WORD = 3;
export const SP_CHAR = 4;

export interface SentencePiece {
  readonly piece: string;
  readonly score: number;
  readonly type: number;
}

export interface TrainerSpec {
  modelType: number;
  byteFallback: boolean;
  unkId: number;
  bosId: number;
  eosId: number;
  padId: number;
  unkPiece: string;
  bosPiece: string;
  eosPiece: string;
  padPiece: string;
}

export interface NormalizerSpec {
  precompiledCharsmap: Uint8Array;
  addDummyPrefix: boolean;
  removeExtraWhitespaces: boolean;
  escapeWhitespaces: boolean;
}

export interface SentencePieceModel {
  readonly pieces: readonly SentencePiece[];
  readonly trainer: Readonly<TrainerSpec>;
  readonly normalizer: Readonly<NormalizerSpec>;
}

/** `maxPieces` is a parameter so tests can reach the cap without a 4-million-piece file. */
export function parseSentencePieceModel(
  bytes: Uint8Array,
  file: string,
  maxPieces: number = MAX_VOCAB_ENTRIES,
): SentencePieceModel {
  const pieces: SentencePiece[] = [];
  const trainer: TrainerSpec = {
    modelType: SP_UNIGRAM,
    byteFallback: false,
    unkId: 0,
    bosId: 1,
    eosId: 2,
    padId: -1,
    unkPiece: "<unk>",
    bosPiece: "<s>",
    eosPiece: "</s>",
    padPiece: "<pad>",
  };
  const normalizer: NormalizerSpec = {
    precompiledCharsmap: new Uint8Array(0),
    addDummyPrefix: true,
    removeExtraWhitespaces: true,
    escapeWhitespaces: true,
  };
  const r = new ProtoReader(bytes, file, "ModelProto");
  while (!r.done()) {
    const key = r.key();
    if (key.field === 1) {
      if (pieces.length === maxPieces) {
        r.fail(r.where(key), key.offset, `more than ${maxPieces} pieces, the limit for a vocabulary`);
      }
      const { start, end } = r.span(key);
      pieces.push(readPiece(new ProtoReader(bytes, file, `pieces[${pieces.length}]`, start, end)));
    } else if (key.field === 2) {
      const { start, end } = r.span(key);
      readTrainer(new ProtoReader(bytes, file, "TrainerSpec", start, end), trainer);
    } else if (key.field === 3) {
      const { start, end } = r.span(key);
      readNormalizer(new ProtoReader(bytes, file, "NormalizerSpec", start, end), normalizer);
    } else r.skip(key);
  }
  if (pieces.length === 0)
    throw new MalformedInputError({ file, field: "ModelProto field 1" }, "the model has no pieces");
  return { pieces, trainer, normalizer };
}

function readPiece(r: ProtoReader): SentencePiece {
  let piece: string | undefined;
  let score = 0;
  let type = PIECE_NORMAL;
  while (!r.done()) {
    const key = r.key();
    if (key.field === 1) piece = r.string(key, MAX_PIECE_BYTES);
    else if (key.field === 2) {
      score = r.float(key);
      if (Number.isNaN(score)) r.fail(r.where(key), key.offset, "score is NaN");
    } else if (key.field === 3) {
      type = r.int32(key);
      if (type < PIECE_NORMAL || type > PIECE_BYTE)
        r.fail(r.where(key), key.offset, `unknown piece type ${type}`);
    } else r.skip(key);
  }
  if (piece === undefined || piece === "") {
    throw new MalformedInputError({ file: r.file, field: `${r.message} field 1` }, "the piece has no string");
  }
  return { piece, score, type };
}

function readTrainer(r: ProtoReader, t: TrainerSpec): void {
  while (!r.done()) {
    const key = r.key();
    switch (key.field) {
      case 3:
        t.modelType = r.int32(key);
        if (t.modelType < SP_UNIGRAM || t.modelType > SP_CHAR) {
          r.fail(
            r.where(key),
            key.offset,
            `unknown model type ${t.modelType} (1 UNIGRAM, 2 BPE, 3 WORD, 4 CHAR)`,
          );
        }
        break;
      case 35:
        t.byteFallback = r.bool(key);
        break;
      case 40:
        t.unkId = r.int32(key);
        break;
      case 41:
        t.bosId = r.int32(key);
        break;
      case 42:
        t.eosId = r.int32(key);
        break;
      case 43:
        t.padId = r.int32(key);
        break;
      case 45:
        t.unkPiece = r.string(key, MAX_PIECE_BYTES);
        break;
      case 46:
        t.bosPiece = r.string(key, MAX_PIECE_BYTES);
        break;
      case 47:
        t.eosPiece = r.string(key, MAX_PIECE_BYTES);
        break;
      case 48:
        t.padPiece = r.string(key, MAX_PIECE_BYTES);
        break;
      default:
        r.skip(key);
    }
  }
}

function readNormalizer(r: ProtoReader, n: NormalizerSpec): void {
  while (!r.done()) {
    const key = r.key();
    if (key.field === 2) n.precompiledCharsmap = r.bytesOf(key);
    else if (key.field === 3) n.addDummyPrefix = r.bool(key);
    else if (key.field === 4) n.removeExtraWhitespaces = r.bool(key);
    else if (key.field === 5) n.escapeWhitespaces = r.bool(key);
    else r.skip(key);
  }
}
