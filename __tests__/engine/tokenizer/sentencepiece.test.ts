// SentencePiece tokenizer.model: the hand-written protobuf reader on files encoded by
// sp-proto-builder.ts (round trip, defaults, every malformation with its exact message) and the
// conversion to a BPE or Unigram tokenizer with generated merges.

import { describe, expect, it } from "vitest";
import { loadTokenizer } from "../../../src/engine/tokenizer/load-tokenizer.js";
import { sentencePieceMerges } from "../../../src/engine/tokenizer/sentencepiece-convert.js";
import { parseSentencePieceModel } from "../../../src/engine/tokenizer/sentencepiece-model.js";
import { MemoryModelSource } from "../../helpers/memory-model-source.js";
import {
  buildModelProto,
  floatField,
  key,
  lenField,
  stringField,
  varint,
  varintField,
  type PieceSpec,
} from "./sp-proto-builder.js";

const UNKNOWN = 2;
const CONTROL = 3;
const USER_DEFINED = 4;
const BYTE = 6;

/** A small Llama-like BPE model whose scores do not fall with id (▁th ranks before ▁the). */
const BPE_PIECES: PieceSpec[] = [
  { piece: "<unk>", type: UNKNOWN },
  { piece: "<s>", type: CONTROL },
  { piece: "</s>", type: CONTROL },
  { piece: "▁t", score: -1 },
  { piece: "he", score: -2 },
  { piece: "▁the", score: -3 },
  { piece: "▁th", score: -2.5 },
  { piece: "▁", score: -10 },
  { piece: "t", score: -11 },
  { piece: "h", score: -12 },
  { piece: "e", score: -13 },
  { piece: "<user>", type: USER_DEFINED },
  { piece: "<0x41>", type: BYTE },
];

const bpeProto = (): Uint8Array =>
  buildModelProto({
    pieces: BPE_PIECES,
    trainer: { modelType: 2, byteFallback: true, unkId: 0, bosId: 1, eosId: 2, padId: -1 },
    normalizer: { addDummyPrefix: true, removeExtraWhitespaces: false },
  });

describe("SentencePiece ModelProto reader", () => {
  it("reads pieces, trainer spec and normalizer spec back as written", () => {
    const m = parseSentencePieceModel(bpeProto(), "t.model");
    expect(m.pieces.map((p) => [p.piece, p.score, p.type])).toEqual(
      BPE_PIECES.map((p) => [p.piece, p.score ?? 0, p.type ?? 1]),
    );
    expect(m.trainer).toEqual({
      modelType: 2,
      byteFallback: true,
      unkId: 0,
      bosId: 1,
      eosId: 2,
      padId: -1, // a 10-byte two's-complement varint
      unkPiece: "<unk>",
      bosPiece: "<s>",
      eosPiece: "</s>",
      padPiece: "<pad>",
    });
    expect(m.normalizer).toEqual({
      precompiledCharsmap: new Uint8Array(0),
      addDummyPrefix: true,
      removeExtraWhitespaces: false,
      escapeWhitespaces: true,
    });
  });

  it("keeps a piece that is U+FEFF (a decoder's BOM stripping would empty it)", () => {
    const m = parseSentencePieceModel(
      buildModelProto({ pieces: [{ piece: "\ufeff" }, { piece: "\ufeffx" }] }),
      "t.model",
    );
    expect(m.pieces.map((p) => p.piece)).toEqual(["\ufeff", "\ufeffx"]);
  });

  it("applies the proto defaults when the specs are absent", () => {
    const m = parseSentencePieceModel(buildModelProto({ pieces: [{ piece: "a", score: -0.5 }] }), "t.model");
    expect(m.trainer.modelType).toBe(1);
    expect([m.trainer.unkId, m.trainer.bosId, m.trainer.eosId, m.trainer.padId]).toEqual([0, 1, 2, -1]);
    expect(m.normalizer.addDummyPrefix).toBe(true);
    expect(m.normalizer.removeExtraWhitespaces).toBe(true);
  });

  it("skips unknown fields of every wire type", () => {
    const bytes = Uint8Array.from([
      ...varintField(9, 300),
      ...key(10, 1), ...[1, 2, 3, 4, 5, 6, 7, 8], // 64-bit
      ...floatField(11, 1.5),
      ...stringField(12, "ignored"),
      ...lenField(1, stringField(1, "x")),
    ]); // prettier-ignore
    expect(parseSentencePieceModel(bytes, "t.model").pieces).toEqual([{ piece: "x", score: 0, type: 1 }]);
  });

  const malformed: [string, number[], string][] = [
    ["a truncated varint", [0x0a, 0x80], "t.model [ModelProto field 1]: varint runs past the end of ModelProto at byte offset 1"],
    ["a varint longer than 10 bytes", [0x48, ...Array<number>(9).fill(0xff), 0x81, 0x01], "t.model [ModelProto field 9]: varint longer than 10 bytes at byte offset 1"],
    ["a varint over 64 bits", [0x48, ...Array<number>(9).fill(0xff), 0x02], "t.model [ModelProto field 9]: varint overflows 64 bits at byte offset 1"],
    ["a length past the end", [0x0a, 0x05, 0x01], "t.model [ModelProto field 1]: length 5 runs past the end of ModelProto (1 bytes left) at byte offset 1"],
    ["a wrong wire type for pieces", [0x08, 0x01], "t.model [ModelProto field 1]: wire type 0 (varint), expected 2 (length-delimited) at byte offset 0"],
    ["a group", [0x2b], "t.model [ModelProto field 5]: unsupported wire type 3 (start-group) at byte offset 0"],
    ["an invalid wire type", [0x0f], "t.model [ModelProto field 1]: invalid wire type 7 at byte offset 0"],
    ["field number 0", [0x02, 0x00], "t.model [ModelProto field key]: invalid field number 0 at byte offset 0"],
    ["a truncated float", [0x0a, 0x03, 0x15, 0x00, 0x00], "t.model [pieces[0] field 2]: 4-byte value runs past the end of pieces[0] at byte offset 3"],
    ["a score as a varint", [0x0a, 0x05, ...stringField(1, "a"), 0x10, 0x01], "t.model [pieces[0] field 2]: wire type 0 (varint), expected 5 (32-bit) at byte offset 5"],
    ["invalid UTF-8 in a piece", [0x0a, 0x04, 0x0a, 0x02, 0xc3, 0x28], "t.model [pieces[0] field 1]: string is not valid UTF-8 at byte offset 4"],
    ["an unknown piece type", [0x0a, 0x05, ...stringField(1, "a"), ...varintField(3, 9)], "t.model [pieces[0] field 3]: unknown piece type 9 at byte offset 5"],
    ["a piece without a string", [0x0a, 0x02, ...varintField(3, 1)], "t.model [pieces[0] field 1]: the piece has no string"],
    ["an unknown model type", [...lenField(1, stringField(1, "a")), ...lenField(2, varintField(3, 7))], "t.model [TrainerSpec field 3]: unknown model type 7 (1 UNIGRAM, 2 BPE, 3 WORD, 4 CHAR) at byte offset 7"],
    ["no pieces", lenField(2, varintField(3, 2)), "t.model [ModelProto field 1]: the model has no pieces"],
  ]; // prettier-ignore

  it.each(malformed)("rejects %s", (_, bytes, message) => {
    expect(() => parseSentencePieceModel(Uint8Array.from(bytes), "t.model")).toThrow(message);
  });

  it("caps the number of pieces", () => {
    const bytes = buildModelProto({ pieces: [{ piece: "a" }, { piece: "b" }, { piece: "c" }] });
    expect(() => parseSentencePieceModel(bytes, "t.model", 2)).toThrow(
      "t.model [ModelProto field 1]: more than 2 pieces, the limit for a vocabulary at byte offset 20",
    );
  });

  it("encodes varints as protobuf does (builder self-check)", () => {
    expect(varint(0)).toEqual([0]);
    expect(varint(300)).toEqual([0xac, 0x02]);
    expect(varint(-1)).toEqual([...Array<number>(9).fill(0xff), 0x01]);
  });
});

describe("SentencePiece conversion", () => {
  const load = async (files: Record<string, Uint8Array | string>) => {
    const tok = await loadTokenizer(new MemoryModelSource(files));
    if (!tok) throw new Error("no tokenizer");
    return tok;
  };

  it("generates BPE merges by merged-piece score, then by the ids of the two halves", async () => {
    const tok = await load({ "tokenizer.model": bpeProto() });
    expect(tok.format).toBe("tokenizer.model");
    expect(tok.modelType).toBe("BPE");
    expect(tok.merges).toEqual(["▁ t", "h e", "▁t h", "▁t he", "▁th e"]);
    expect([...tok.vocab.keys()]).toEqual(BPE_PIECES.map((p) => p.piece));
    expect(tok.special).toEqual({ bos: 1, eos: 2, pad: null, unk: 0, mask: null });
    // <unk>, <s>, </s> (named) and <user> (user-defined, not special) are added tokens.
    expect(tok.numAddedTokens).toBe(4);
    expect(tok.numSpecialTokens).toBe(4);
    expect(tok.tokenizerClass).toBe("TokenizersBackend");
    expect(tok.encode("the")).toEqual([5]);
    expect(tok.encode("the the")).toEqual([5, 5]);
    expect(tok.encode("A")).toEqual([7, 12]); // "▁" then byte fallback for "A"
    // The normalizer runs on each stretch between added tokens, so "the" gets its "▁" again.
    expect(tok.encode("<user>the")).toEqual([11, 5]);
  });

  it("orders ties on score by merged-piece id (the order of the vocabulary)", () => {
    const pieces: PieceSpec[] = ["a", "b", "c", "ab", "bc", "abc"].map((piece) => ({ piece, score: 0 }));
    const vocab = new Map(pieces.map((p, i) => [p.piece, i]));
    expect(
      sentencePieceMerges(
        pieces.map((p) => ({ piece: p.piece, score: 0, type: 1 })),
        vocab,
      ),
    ).toEqual([
      ["a", "b"],
      ["b", "c"],
      ["a", "bc"],
      ["ab", "c"],
    ]);
  });

  it("splits merges at code points, never inside a surrogate pair", () => {
    const pieces = ["😀", "x", "😀x"].map((piece) => ({ piece, score: 0, type: 1 }));
    const vocab = new Map(pieces.map((p, i) => [p.piece, i]));
    expect(sentencePieceMerges(pieces, vocab)).toEqual([["😀", "x"]]);
  });

  it("keeps a UNIGRAM model as Unigram with scores and no merges", async () => {
    const proto = buildModelProto({
      pieces: [
        { piece: "<unk>", type: UNKNOWN },
        { piece: "<s>", type: CONTROL },
        { piece: "</s>", type: CONTROL },
        { piece: "▁hello", score: -1 },
        { piece: "▁", score: -2 },
        { piece: "h", score: -5 },
        { piece: "e", score: -5 },
        { piece: "l", score: -5 },
        { piece: "o", score: -5 },
      ],
      trainer: { modelType: 1, unkId: 0, bosId: 1, eosId: 2 },
    });
    const tok = await load({ "spiece.model": proto });
    expect(tok.files).toEqual(["spiece.model"]);
    expect(tok.modelType).toBe("Unigram");
    expect(tok.merges).toEqual([]);
    expect(tok.vocab.size).toBe(9);
    expect(tok.encode("hello")).toEqual([3]);
    expect(tok.encode("hole")).toEqual([4, 5, 8, 7, 6]);
  });

  it("rejects a repeated piece, as SentencePiece does", async () => {
    const proto = buildModelProto({ pieces: [{ piece: "a" }, { piece: "b" }, { piece: "a" }] });
    await expect(load({ "tokenizer.model": proto })).rejects.toThrow(
      '/models/memory/tokenizer.model [ModelProto.pieces[2]]: piece "a" repeats piece 0',
    );
  });

  it("names a tiktoken file for what it is", async () => {
    await expect(load({ "tokenizer.model": "IQ== 0\nIg== 1\n" })).rejects.toThrow(
      "/models/memory/tokenizer.model: this is a tiktoken BPE file (a base64 token and a rank per line), not a SentencePiece model; not supported",
    );
  });

  it("renames placeholder pieces as added_tokens_decoder declares (Gemma's <unused0>)", async () => {
    const proto = buildModelProto({
      pieces: [
        { piece: "<unk>", type: UNKNOWN },
        { piece: "<s>", type: CONTROL },
        { piece: "</s>", type: CONTROL },
        { piece: "<unused0>", type: USER_DEFINED },
        { piece: "a", score: -1 },
        { piece: "▁", score: -2 },
      ],
      trainer: { modelType: 2 },
    });
    const config = {
      added_tokens_decoder: { "3": { content: "<start_of_turn>", special: true } },
    };
    const tok = await load({ "tokenizer.model": proto, "tokenizer_config.json": JSON.stringify(config) });
    expect(tok.vocab.get("<start_of_turn>")).toBe(3);
    // transformers adds the original piece back as an extra special token, at the next id.
    expect(tok.vocab.get("<unused0>")).toBe(6);
    expect(tok.encode("<start_of_turn>a")).toEqual([3, 5, 4]);
  });
});
