// Special and added tokens as transformers 5 sets them up, the tokenizer class table, and the
// canonical hash form.

import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { canonicalTokenizerHash } from "../../../src/engine/tokenizer/canonical-hash.js";
import type { LoadedTokenizer } from "../../../src/engine/tokenizer/loaded-tokenizer.js";
import { loadTokenizer } from "../../../src/engine/tokenizer/load-tokenizer.js";
import { tokenizerClassName } from "../../../src/engine/tokenizer/tokenizer-class.js";
import { MemoryModelSource } from "../../helpers/memory-model-source.js";

const WORDLEVEL = {
  added_tokens: [{ id: 0, content: "<s>", special: true }],
  normalizer: null,
  pre_tokenizer: { type: "WhitespaceSplit" },
  post_processor: null,
  decoder: null,
  model: {
    type: "WordLevel",
    vocab: { "<s>": 0, "</s>": 1, hello: 2, world: 3, "<unk>": 4 },
    unk_token: "<unk>",
  },
};

async function load(config?: object, extra: Record<string, string> = {}): Promise<LoadedTokenizer> {
  const files: Record<string, string> = { "tokenizer.json": JSON.stringify(WORDLEVEL), ...extra };
  if (config) files["tokenizer_config.json"] = JSON.stringify(config);
  const tok = await loadTokenizer(new MemoryModelSource(files));
  if (!tok) throw new Error("not loaded");
  return tok;
}

describe("named, extra and added tokens", () => {
  it("resolves named tokens through the vocabulary and adds them as added tokens", async () => {
    const tok = await load({
      bos_token: "<s>",
      eos_token: { content: "</s>", lstrip: false },
      unk_token: "<unk>",
    });
    expect(tok.special).toEqual({ bos: 0, eos: 1, pad: null, unk: 4, mask: null });
    expect(tok.vocab.size).toBe(5);
    expect(tok.numAddedTokens).toBe(3); // <s> from the file, </s> and <unk> added at their ids
    expect(tok.numSpecialTokens).toBe(3);
  });

  it("adds a named token the vocabulary lacks at the next id", async () => {
    const tok = await load({ pad_token: "<pad>", mask_token: "<mask>" });
    expect(tok.special.pad).toBe(5);
    expect(tok.special.mask).toBe(6);
    expect([...tok.vocab].slice(-2)).toEqual([
      ["<pad>", 5],
      ["<mask>", 6],
    ]);
    expect(tok.encode("hello <pad> world")).toEqual([2, 5, 3]);
  });

  it("takes a token from special_tokens_map.json only when tokenizer_config.json lacks the key", async () => {
    const map = JSON.stringify({ bos_token: "</s>", eos_token: "</s>", pad_token: "<pad>" });
    const tok = await load({ bos_token: "<s>", pad_token: null }, { "special_tokens_map.json": map });
    expect(tok.special).toEqual({ bos: 0, eos: 1, pad: null, unk: null, mask: null });
    expect(tok.files).toEqual(["tokenizer.json", "tokenizer_config.json", "special_tokens_map.json"]);
  });

  it("counts extra special tokens (list or transformers 5 object) and adds the new ones", async () => {
    const tok = await load({
      eos_token: "</s>",
      additional_special_tokens: ["<tool>", "</s>"],
      extra_special_tokens: { image_token: "<image>", audio_token: { content: "<audio>" } },
    });
    expect(tok.numSpecialTokens).toBe(4); // </s>, <tool>, <image>, <audio>
    expect(tok.vocab.get("<tool>")).toBe(5);
    expect(tok.vocab.get("<image>")).toBe(6);
    expect(tok.vocab.get("<audio>")).toBe(7);
    expect(tok.numAddedTokens).toBe(5);
  });

  it("applies added_tokens_decoder in id order, and added_tokens.json only without it", async () => {
    const decoder = { "6": { content: "<b>", special: false }, "5": { content: "<a>", special: true } };
    const legacy = JSON.stringify({ "<legacy>": 5 });
    const withDecoder = await load({ added_tokens_decoder: decoder }, { "added_tokens.json": legacy });
    expect(withDecoder.vocab.get("<a>")).toBe(5);
    expect(withDecoder.vocab.get("<b>")).toBe(6);
    expect(withDecoder.vocab.has("<legacy>")).toBe(false);
    const legacyOnly = await load({}, { "added_tokens.json": legacy });
    expect(legacyOnly.vocab.get("<legacy>")).toBe(5);
    expect(legacyOnly.files).toEqual(["tokenizer.json", "tokenizer_config.json", "added_tokens.json"]);
  });

  it("takes pad_token from tokenizer.json's padding when the configs name none", async () => {
    const files = {
      "tokenizer.json": JSON.stringify({ ...WORDLEVEL, padding: { pad_token: "</s>", pad_id: 1 } }),
    };
    const tok = await loadTokenizer(new MemoryModelSource(files));
    expect(tok?.special.pad).toBe(1);
  });

  it("encodes a WordLevel model (through the library's generic model)", async () => {
    const tok = await load({ unk_token: "<unk>" });
    expect(tok.modelType).toBe("WordLevel");
    expect(tok.encode("hello world")).toEqual([2, 3]);
    expect(tok.encode("hello there")).toEqual([2, 4]);
  });
});

describe("tokenizer class (transformers 5 naming)", () => {
  it.each([
    ["LlamaTokenizerFast", "tokenizer.json", "LlamaTokenizer"],
    ["LlamaTokenizer", "tokenizer.json", "LlamaTokenizer"],
    ["PreTrainedTokenizerFast", "tokenizer.json", "TokenizersBackend"],
    ["PreTrainedTokenizer", "tokenizer.json", "TokenizersBackend"],
    ["BloomTokenizerFast", "tokenizer.json", "TokenizersBackend"],
    ["Qwen2TokenizerFast", "vocab.json+merges.txt", "Qwen2Tokenizer"],
    ["Fast", "tokenizer.json", "Fast"],
    [undefined, "tokenizer.json", "TokenizersBackend"],
    [undefined, "tokenizer.model", "TokenizersBackend"],
    [undefined, "vocab.json+merges.txt", "GPT2Tokenizer"],
    [null, "vocab.txt", "BertTokenizer"],
  ] as const)("%s in a %s model → %s", (configured, format, expected) => {
    expect(tokenizerClassName(configured, format)).toBe(expected);
  });
});

describe("canonical hash", () => {
  it("is SHA-256 of exactly JSON.stringify of the documented form", () => {
    const input = {
      modelType: "BPE" as const,
      vocab: new Map([
        ["a", 0],
        ["b", 1],
        ['"q\\', 2],
        ["\n", 3],
        ["é😀", 4],
        ["\ud800", 5],
        ["ab", 6],
      ]),
      merges: ["a b"],
      added: [
        {
          id: 0,
          content: "a",
          special: true,
          normalized: false,
          lstrip: false,
          rstrip: false,
          singleWord: false,
        },
      ],
    };
    const form = JSON.stringify({
      form: "tokenizer/1",
      type: "BPE",
      vocab: [...input.vocab].map(([t, id]) => [id, t]),
      merges: ["a b"],
      added: [[0, "a", true]],
    });
    expect(canonicalTokenizerHash(input)).toBe(createHash("sha256").update(form, "utf8").digest("hex"));
  });
});
