// Broken tokenizer files: each is refused with a MalformedInputError naming the file, the field and
// what was found (exact messages), and the caps hold. An encoder component the library lacks does
// not fail the load: it is reported, and encode() throws.

import { describe, expect, it } from "vitest";
import { MalformedInputError } from "../../../src/engine/errors.js";
import { MAX_TOKENIZER_JSON_BYTES, MAX_VOCAB_FILE_BYTES } from "../../../src/engine/tokenizer/limits.js";
import { loadTokenizer } from "../../../src/engine/tokenizer/load-tokenizer.js";
import { mapInIdOrder } from "../../../src/engine/tokenizer/vocab-object.js";
import { MemoryModelSource } from "../../helpers/memory-model-source.js";

const load = (files: Record<string, Uint8Array | string>) => loadTokenizer(new MemoryModelSource(files));

const bpe = (model: object, extra: object = {}): string =>
  JSON.stringify({ added_tokens: [], normalizer: null, pre_tokenizer: null, decoder: null, ...extra, model });

const SMALL_BPE = { type: "BPE", vocab: { a: 0, b: 1, ab: 2 }, merges: ["a b"] };

describe("malformed tokenizer.json", () => {
  const cases: [string, string, string][] = [
    ["a model without vocabulary", bpe({ type: "BPE", merges: [] }), "/models/memory/tokenizer.json [model.vocab]: expected an object of token → id, found nothing (the field is missing)"],
    ["an empty vocabulary", bpe({ type: "BPE", vocab: {}, merges: [] }), "/models/memory/tokenizer.json [model.vocab]: the vocabulary is empty"],
    ["an unknown model type", bpe({ type: "Tiktoken", vocab: { a: 0 } }), '/models/memory/tokenizer.json [model.type]: unknown model type the string "Tiktoken"; expected one of BPE, WordPiece, Unigram, WordLevel'],
    ["a negative id", bpe({ type: "BPE", vocab: { a: -1 }, merges: [] }), '/models/memory/tokenizer.json [model.vocab["a"]]: expected a token id (an integer from 0 to 4294967295), found number -1'],
    ["a fractional id", bpe({ type: "WordPiece", vocab: { a: 0.5 } }), '/models/memory/tokenizer.json [model.vocab["a"]]: expected a token id (an integer from 0 to 4294967295), found number 0.5'],
    ["a merge of three parts", bpe({ ...SMALL_BPE, merges: ["a b c"] }), '/models/memory/tokenizer.json [model.merges[0]]: expected a ["left", "right"] pair or a "left right" string, found the string "a b c"'],
    ["a merge of one element", bpe({ ...SMALL_BPE, merges: [["a b"]] }), '/models/memory/tokenizer.json [model.merges[0]]: expected a ["left", "right"] pair or a "left right" string, found an array of 1'],
    ["merges that are not a list", bpe({ ...SMALL_BPE, merges: "a b" }), '/models/memory/tokenizer.json [model.merges]: expected an array, found the string "a b"'],
    ["a Unigram entry without score", bpe({ type: "Unigram", vocab: [["a", -1], ["b"]] }), "/models/memory/tokenizer.json [model.vocab[1]]: expected a [piece, score] pair, found an array of 1"],
    ["a Unigram unk_id past the end", bpe({ type: "Unigram", unk_id: 2, vocab: [["a", -1], ["b", -2]] }), "/models/memory/tokenizer.json [model.unk_id]: unk_id 2 is past the end of the 2-piece vocabulary"],
    ["an added token without id", bpe(SMALL_BPE, { added_tokens: [{ content: "<x>" }] }), "/models/memory/tokenizer.json [added_tokens[0].id]: expected a token id (an integer from 0 to 4294967295), found nothing (the field is missing)"],
    ["an added token flag that is not boolean", bpe(SMALL_BPE, { added_tokens: [{ id: 3, content: "<x>", special: "yes" }] }), '/models/memory/tokenizer.json [added_tokens[0].special]: expected true or false, found the string "yes"'],
    ["a document that is a list", "[1, 2]", "/models/memory/tokenizer.json: expected a JSON object, found an array of 2"],
    ["a document without model", "{}", "/models/memory/tokenizer.json [model]: expected a JSON object, found nothing (the field is missing)"],
  ]; // prettier-ignore

  it.each(cases)("refuses %s", async (_, json, message) => {
    const err = await load({ "tokenizer.json": json }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(MalformedInputError);
    expect((err as Error).message).toBe(message);
  });

  it("refuses text that is not JSON, naming the file", async () => {
    await expect(load({ "tokenizer.json": '{"model": ' })).rejects.toThrow(
      /^\/models\/memory\/tokenizer\.json: not valid JSON \(.+\)$/,
    );
  });

  it("refuses bytes that are not UTF-8", async () => {
    await expect(load({ "tokenizer.json": Uint8Array.from([0x7b, 0xff, 0x7d]) })).rejects.toThrow(
      "/models/memory/tokenizer.json: not valid UTF-8",
    );
  });

  it("refuses a tokenizer.json over the size cap before reading it", async () => {
    const huge = new Uint8Array(MAX_TOKENIZER_JSON_BYTES + 1);
    await expect(load({ "tokenizer.json": huge })).rejects.toThrow(
      `tokenizer.json: file is ${MAX_TOKENIZER_JSON_BYTES + 1} bytes, over the cap of ${MAX_TOKENIZER_JSON_BYTES}`,
    );
  });
});

describe("malformed vocab files and configs", () => {
  it("refuses a merges.txt line that is not two tokens", async () => {
    const files = { "vocab.json": '{"a": 0, "b": 1, "ab": 2}', "merges.txt": "#version: 0.2\na b\nab\n" };
    await expect(load(files)).rejects.toThrow(
      '/models/memory/merges.txt [line 3]: expected "left right" (two tokens separated by one space), found "ab"',
    );
  });

  it("refuses a vocab.json that is not an object of ids", async () => {
    const files = { "vocab.json": '{"a": "zero"}', "merges.txt": "" };
    await expect(load(files)).rejects.toThrow(
      '/models/memory/vocab.json [vocab["a"]]: expected a token id (an integer from 0 to 4294967295), found the string "zero"',
    );
  });

  it("refuses a vocab.txt over the size cap", async () => {
    await expect(load({ "vocab.txt": new Uint8Array(MAX_VOCAB_FILE_BYTES + 1) })).rejects.toThrow(
      `vocab.txt: file is ${MAX_VOCAB_FILE_BYTES + 1} bytes, over the cap of ${MAX_VOCAB_FILE_BYTES}`,
    );
  });

  it("refuses an empty vocab.txt", async () => {
    await expect(load({ "vocab.txt": "" })).rejects.toThrow(
      "/models/memory/vocab.txt: the vocabulary is empty",
    );
  });

  const configCases: [string, object, string][] = [
    ["a special token that is a number", { bos_token: 1 }, "/models/memory/tokenizer_config.json [bos_token]: expected a token string, an object with \"content\" or null, found number 1"],
    ["an added_tokens_decoder key that is not an id", { added_tokens_decoder: { x: { content: "<x>" } } }, '/models/memory/tokenizer_config.json [added_tokens_decoder.x]: key "x" is not a token id'],
    ["an added_tokens_decoder entry without content", { added_tokens_decoder: { "5": { special: true } } }, "/models/memory/tokenizer_config.json [added_tokens_decoder.5.content]: expected a token string, found nothing (the field is missing)"],
    ["extra special tokens that are a number", { extra_special_tokens: 3 }, "/models/memory/tokenizer_config.json [extra_special_tokens]: expected a list or an object of tokens, found number 3"],
  ]; // prettier-ignore

  it.each(configCases)("refuses %s in tokenizer_config.json", async (_, config, message) => {
    const files = { "tokenizer.json": bpe(SMALL_BPE), "tokenizer_config.json": JSON.stringify(config) };
    await expect(load(files)).rejects.toThrow(message);
  });

  it("refuses a tokenizer_config.json that is not an object", async () => {
    const files = { "tokenizer.json": bpe(SMALL_BPE), "tokenizer_config.json": '"LlamaTokenizer"' };
    await expect(load(files)).rejects.toThrow(
      '/models/memory/tokenizer_config.json: expected a JSON object, found the string "LlamaTokenizer"',
    );
  });
});

describe("encoder components the library lacks", () => {
  it("loads the vocabulary, reports the component and throws a typed error from encode()", async () => {
    const json = bpe(SMALL_BPE, {
      pre_tokenizer: { type: "Sequence", pretokenizers: [{ type: "UnicodeScripts" }] },
    });
    const tok = await load({ "tokenizer.json": json });
    expect(tok?.vocab.size).toBe(3);
    expect(tok?.merges).toEqual(["a b"]);
    expect(tok?.encoderProblem).toBe(
      'pre_tokenizer.pretokenizers[0]: type "UnicodeScripts" is not supported by the encoder',
    );
    expect(() => tok?.encode("ab")).toThrow(
      '/models/memory/tokenizer.json [encoder]: pre_tokenizer.pretokenizers[0]: type "UnicodeScripts" is not supported by the encoder',
    );
    expect(() => tok?.encode("ab")).toThrow(MalformedInputError);
  });

  it("refuses, for encoding only, Sequences nested past the depth limit", async () => {
    let normalizer: object = { type: "Lowercase" };
    for (let i = 0; i < 20; i++) normalizer = { type: "Sequence", normalizers: [normalizer] };
    const tok = await load({ "tokenizer.json": bpe(SMALL_BPE, { normalizer }) });
    expect(tok?.vocab.size).toBe(3);
    expect(tok?.encoderProblem).toMatch(
      /^normalizer(\.normalizers\[0\]){17}: Sequences nested deeper than 16$/,
    );
  });

  it("turns a library failure at construction into the same typed error", async () => {
    // A Split regex JavaScript cannot compile: the library throws while building the encoder.
    const json = bpe(SMALL_BPE, {
      pre_tokenizer: { type: "Split", pattern: { Regex: "(" }, behavior: "Isolated", invert: false },
    });
    const tok = await load({ "tokenizer.json": json });
    expect(tok?.encoderProblem).toBeUndefined();
    expect(() => tok?.encode("ab")).toThrow(
      /^\/models\/memory\/tokenizer\.json \[encoder\]: the encoder could not be built: /,
    );
    expect(() => tok?.encode("ab")).toThrow(MalformedInputError); // remembered, not rebuilt
  });
});

describe("vocabulary ordering", () => {
  it("puts integer-like tokens, which objects enumerate first, at their ids", async () => {
    const tok = await load({
      "tokenizer.json": bpe({ type: "BPE", vocab: { a: 0, "1": 1, b: 2, "0": 3 }, merges: [] }),
    });
    expect([...(tok?.vocab ?? [])]).toEqual([
      ["a", 0],
      ["1", 1],
      ["b", 2],
      ["0", 3],
    ]);
  });

  it("sorts sparse or shared ids by id, then token", () => {
    expect([...mapInIdOrder(["z", "y", "x"], [7_000_000, 5, 5])]).toEqual([
      ["x", 5],
      ["y", 5],
      ["z", 7_000_000],
    ]);
  });
});
