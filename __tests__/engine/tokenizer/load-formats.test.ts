// loadTokenizer on the three layouts the model factory writes — Llama's tokenizer.json, GPT-2's
// vocab.json + merges.txt, BERT's vocab.txt — and the same tokenizers rewritten in another format,
// which must give the same vocabulary, merges, canonical hash and encodings.

import { describe, expect, it } from "vitest";
import type { LoadedTokenizer } from "../../../src/engine/tokenizer/loaded-tokenizer.js";
import { loadTokenizer } from "../../../src/engine/tokenizer/load-tokenizer.js";
import { makeModel, type Arch } from "../../helpers/model-factory.js";
import { MemoryModelSource } from "../../helpers/memory-model-source.js";

function factoryFiles(arch: Arch, vocab: number): Map<string, Uint8Array> {
  return makeModel({ arch, seed: 1, hidden: 8, layers: 1, heads: 2, vocab }).files;
}

async function load(files: ReadonlyMap<string, Uint8Array | string> | Record<string, Uint8Array | string>) {
  const tok = await loadTokenizer(new MemoryModelSource(files));
  if (!tok) throw new Error("no tokenizer loaded");
  return tok;
}

function pieces(tok: LoadedTokenizer, text: string): string[] {
  const byId = new Map([...tok.vocab].map(([t, id]) => [id, t]));
  return tok.encode(text).map((id) => byId.get(id) ?? `?${id}`);
}

const text = (files: ReadonlyMap<string, Uint8Array>, path: string): string =>
  new TextDecoder().decode(files.get(path));

describe("factory Llama tokenizer.json", () => {
  it("loads vocabulary, merges, specials and class", async () => {
    const tok = await load(factoryFiles("llama", 400));
    expect(tok.format).toBe("tokenizer.json");
    expect(tok.files).toEqual(["tokenizer.json", "tokenizer_config.json", "special_tokens_map.json"]);
    expect(tok.modelType).toBe("BPE");
    expect(tok.tokenizerClass).toBe("LlamaTokenizer");
    // 3 specials + 256 byte pieces + 67 merged pieces + 74 characters ("▁" and 73 word characters)
    expect(tok.vocab.size).toBe(400);
    expect([...tok.vocab.values()]).toEqual([...Array(400).keys()]);
    expect(tok.merges).toHaveLength(67);
    expect(tok.merges.slice(0, 3)).toEqual(["▁ h", "e n", ": e"]);
    expect(tok.special).toEqual({ bos: 1, eos: 2, pad: null, unk: 0, mask: null });
    expect(tok.numAddedTokens).toBe(3);
    expect(tok.numSpecialTokens).toBe(3);
    expect(tok.encoderProblem).toBeUndefined();
  });

  it("encodes with the Llama pipeline: leading ▁, merges, byte fallback", async () => {
    const tok = await load(factoryFiles("llama", 400));
    expect(tok.encode("the cat sat.")).toEqual([289, 334, 327, 326, 338, 329, 328, 326, 333, 329, 328, 389]);
    expect(pieces(tok, "the cat sat.")).toEqual([
      "▁t",
      "h",
      "e",
      "▁",
      "c",
      "a",
      "t",
      "▁",
      "s",
      "a",
      "t",
      ".",
    ]);
    expect(pieces(tok, "hello, world!")).toEqual(["▁h", "el", "l", "o", ",", "▁w", "o", "r", "l", "d", "!"]);
    expect(pieces(tok, "é")).toEqual(["▁", "<0xC3>", "<0xA9>"]);
    expect(pieces(tok, "<s>hi</s>")).toEqual(["<s>", "▁h", "i", "</s>"]);
  });
});

describe("factory GPT-2 vocab.json + merges.txt", () => {
  it("loads the byte-level BPE with <|endoftext|> as every named token", async () => {
    const tok = await load(factoryFiles("gpt2", 400));
    expect(tok.format).toBe("vocab.json+merges.txt");
    expect(tok.files).toEqual([
      "vocab.json",
      "merges.txt",
      "tokenizer_config.json",
      "special_tokens_map.json",
    ]);
    expect(tok.tokenizerClass).toBe("GPT2Tokenizer");
    expect(tok.vocab.size).toBe(400); // 256 byte characters + 143 merged pieces + <|endoftext|>
    expect([...tok.vocab.values()]).toEqual([...Array(400).keys()]); // id order, though vocab.json is sorted by token
    expect(tok.merges).toHaveLength(143);
    expect(tok.special).toEqual({ bos: 399, eos: 399, pad: 399, unk: 399, mask: null });
    expect(tok.numAddedTokens).toBe(1);
    expect(tok.numSpecialTokens).toBe(1);
  });

  it("encodes bytes as GPT-2 does (Ġ for a space, Ã¼ for ü)", async () => {
    const tok = await load(factoryFiles("gpt2", 400));
    expect(tok.encode("the cat sat.")).toEqual([342, 68, 220, 66, 64, 83, 279, 64, 83, 13]);
    expect(pieces(tok, "the cat sat.")).toEqual(["th", "e", "Ġ", "c", "a", "t", "Ġs", "a", "t", "."]);
    expect(pieces(tok, "ü")).toEqual(["Ã", "¼"]);
    expect(pieces(tok, "a<|endoftext|>")).toEqual(["a", "<|endoftext|>"]);
  });

  it("matches the equivalent tokenizer.json: vocabulary, merges, hash and encodings", async () => {
    const files = factoryFiles("gpt2", 400);
    const slow = await load(files);
    const vocab = JSON.parse(text(files, "vocab.json")) as Record<string, number>;
    const merges = text(files, "merges.txt").split("\n").slice(1, -1);
    const byteLevel = { type: "ByteLevel", add_prefix_space: false, trim_offsets: true, use_regex: true };
    const tokenizerJson = {
      version: "1.0",
      added_tokens: [{ id: 399, content: "<|endoftext|>", special: true, normalized: true }],
      normalizer: null,
      pre_tokenizer: byteLevel,
      post_processor: byteLevel,
      decoder: byteLevel,
      model: { type: "BPE", vocab, merges: merges.map((m) => m.split(" ")), continuing_subword_prefix: "" },
    };
    const fast = await load({
      "tokenizer.json": JSON.stringify(tokenizerJson),
      "tokenizer_config.json": files.get("tokenizer_config.json") as Uint8Array,
    });
    expect(fast.format).toBe("tokenizer.json");
    expect([...fast.vocab]).toEqual([...slow.vocab]);
    expect(fast.merges).toEqual(slow.merges);
    expect(fast.canonicalHash).toBe(slow.canonicalHash);
    expect(fast.special).toEqual(slow.special);
    for (const s of ["the cat sat.", "Hello, World!", "  two  spaces", "naïve café ✓", "<|endoftext|>x"]) {
      expect(fast.encode(s)).toEqual(slow.encode(s));
    }
  });
});

describe("factory BERT vocab.txt", () => {
  it("loads WordPiece with the BERT special tokens", async () => {
    const tok = await load(factoryFiles("bert", 200));
    expect(tok.format).toBe("vocab.txt");
    expect(tok.files).toEqual(["vocab.txt", "tokenizer_config.json"]);
    expect(tok.modelType).toBe("WordPiece");
    expect(tok.tokenizerClass).toBe("BertTokenizer");
    expect(tok.vocab.size).toBe(200);
    expect(tok.merges).toEqual([]);
    expect(tok.special).toEqual({ bos: null, eos: null, pad: 0, unk: 1, mask: 4 });
    expect(tok.numAddedTokens).toBe(5); // [PAD] [UNK] [CLS] [SEP] [MASK]
    expect(tok.numSpecialTokens).toBe(5);
  });

  it("lower-cases and splits into ## pieces", async () => {
    const tok = await load(factoryFiles("bert", 200));
    expect(tok.encode("Hello world")).toEqual([50, 73, 83, 83, 76, 57, 76, 81, 83, 82]);
    expect(pieces(tok, "the cat.")).toEqual(["t", "##h", "##e", "c", "##a", "##t", "."]);
    expect(pieces(tok, "ünï ✓")).toEqual(["u", "##n", "##i", "[UNK]"]);
    expect(pieces(tok, "[MASK] a")).toEqual(["[MASK]", "a"]);
  });

  it("matches the equivalent WordPiece tokenizer.json", async () => {
    const files = factoryFiles("bert", 200);
    const slow = await load(files);
    const lines = text(files, "vocab.txt").split("\n").slice(0, -1);
    const tokenizerJson = {
      added_tokens: ["[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]"].map((content, id) => ({
        id,
        content,
        special: true,
      })),
      normalizer: { type: "BertNormalizer", clean_text: true, handle_chinese_chars: true, lowercase: true },
      pre_tokenizer: { type: "BertPreTokenizer" },
      post_processor: null,
      decoder: { type: "WordPiece", prefix: "##" },
      model: {
        type: "WordPiece",
        unk_token: "[UNK]",
        continuing_subword_prefix: "##",
        vocab: Object.fromEntries(lines.map((t, id) => [t, id])),
      },
    };
    const fast = await load({
      "tokenizer.json": JSON.stringify(tokenizerJson),
      "tokenizer_config.json": files.get("tokenizer_config.json") as Uint8Array,
    });
    expect([...fast.vocab]).toEqual([...slow.vocab]);
    expect(fast.canonicalHash).toBe(slow.canonicalHash);
    expect(fast.special).toEqual(slow.special);
    expect(fast.encode("Hello, world! [SEP]")).toEqual(slow.encode("Hello, world! [SEP]"));
  });
});

describe("format choice", () => {
  it("returns null when the model ships no tokenizer files", async () => {
    const files = factoryFiles("llama", 300);
    const weightsOnly = new Map(
      [...files].filter(([p]) => !p.startsWith("tokenizer") && !p.startsWith("special")),
    );
    expect(await loadTokenizer(new MemoryModelSource(weightsOnly))).toBeNull();
  });

  it("prefers tokenizer.json over vocab.json + merges.txt", async () => {
    const gpt2 = factoryFiles("gpt2", 300);
    const llama = factoryFiles("llama", 300);
    const both = new Map([...gpt2, ["tokenizer.json", llama.get("tokenizer.json") as Uint8Array]]);
    const tok = await load(both);
    expect(tok.format).toBe("tokenizer.json");
    expect(tok.files[0]).toBe("tokenizer.json");
  });

  it("gives different tokenizers different hashes", async () => {
    const a = await load(factoryFiles("gpt2", 400));
    const b = await load(factoryFiles("gpt2", 401));
    const c = await load(
      makeModel({ arch: "gpt2", seed: 1, hidden: 8, layers: 1, heads: 2, vocab: 400, tokenizerSeed: 7 })
        .files,
    );
    expect(new Set([a.canonicalHash, b.canonicalHash, c.canonicalHash]).size).toBe(3);
  });
});
