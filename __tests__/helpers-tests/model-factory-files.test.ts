// config.json and tokenizer files of generated models.

import { describe, expect, it } from "vitest";
import { makeModel, type GeneratedModel, type ModelSpec } from "../helpers/model-factory.js";
import { byteLevelAlphabet } from "../helpers/model-factory/tokenizers.js";

const tiny = { seed: 1, hidden: 16, layers: 2, heads: 4 } as const;
const text = (m: GeneratedModel, path: string): string => new TextDecoder().decode(m.files.get(path));
const json = <T = Record<string, unknown>>(m: GeneratedModel, path: string): T =>
  JSON.parse(text(m, path)) as T;

interface BpeModel {
  type: string;
  byte_fallback: boolean;
  vocab: Record<string, number>;
  merges: [string, string][];
}

describe("config.json", () => {
  it("describes a Llama as LlamaForCausalLM with GQA, rope_theta and dtype", () => {
    const spec: ModelSpec = { ...tiny, arch: "llama", kvHeads: 2, vocab: 300, dtype: "BF16" };
    const m = makeModel(spec);
    expect(json(m, "config.json")).toMatchObject({
      architectures: ["LlamaForCausalLM"],
      model_type: "llama",
      hidden_size: 16,
      intermediate_size: 64, // 8/3 · 16 rounded up to a multiple of 32
      num_hidden_layers: 2,
      num_attention_heads: 4,
      num_key_value_heads: 2,
      vocab_size: 300,
      max_position_embeddings: 2048,
      rope_theta: 10000,
      tie_word_embeddings: false,
      torch_dtype: "bfloat16",
    });
    expect(json(m, "config.json")).toEqual(m.config);
    // transformers writes sorted keys, indent 2, trailing newline.
    const keys = Object.keys(json(m, "config.json"));
    expect(keys).toEqual([...keys].sort());
    expect(text(m, "config.json")).toMatch(/^\{\n {2}"architectures": \[\n/);
    expect(text(m, "config.json").endsWith("}\n")).toBe(true);
  });

  it("uses GPT-2's own names (n_embd, n_layer, n_head, n_positions) and omits a true tie", () => {
    const m = makeModel({ ...tiny, arch: "gpt2", vocab: 300, positions: 128, dtype: "F16" });
    const config = json(m, "config.json");
    expect(config).toMatchObject({
      architectures: ["GPT2LMHeadModel"],
      model_type: "gpt2",
      n_embd: 16,
      n_layer: 2,
      n_head: 4,
      n_positions: 128,
      n_ctx: 128,
      n_inner: null,
      vocab_size: 300,
      bos_token_id: 299,
      eos_token_id: 299,
      torch_dtype: "float16",
    });
    expect(config).not.toHaveProperty("tie_word_embeddings");
    expect(config).not.toHaveProperty("hidden_size");
  });

  it("describes BERT with its layer-norm epsilon and type vocabulary", () => {
    const config = json(
      makeModel({ ...tiny, arch: "bert", vocab: 100, tiedEmbeddings: false }),
      "config.json",
    );
    expect(config).toMatchObject({
      architectures: ["BertForPreTraining"],
      model_type: "bert",
      hidden_size: 16,
      intermediate_size: 64,
      max_position_embeddings: 512,
      type_vocab_size: 2,
      layer_norm_eps: 1e-12,
      tie_word_embeddings: false,
      torch_dtype: "float32",
    });
  });
});

describe("tokenizer files", () => {
  it("gives Llama a byte-fallback BPE tokenizer.json of exactly `vocab` entries in id order", () => {
    const m = makeModel({ ...tiny, arch: "llama", vocab: 1000 });
    expect([...m.files.keys()]).toEqual([
      "config.json",
      "model.safetensors",
      "tokenizer.json",
      "tokenizer_config.json",
      "special_tokens_map.json",
    ]);
    const tok = json<{ model: BpeModel; added_tokens: { id: number; content: string }[] }>(
      m,
      "tokenizer.json",
    );
    const { vocab, merges } = tok.model;
    expect([tok.model.type, tok.model.byte_fallback]).toEqual(["BPE", true]);
    expect(Object.keys(vocab)).toHaveLength(1000);
    // Written in id order (a JS object would list the digit tokens first, so read the text).
    const raw = text(m, "tokenizer.json");
    const vocabText = raw.slice(raw.indexOf('"vocab": {'), raw.indexOf('"merges": ['));
    const idsInFile = [...vocabText.matchAll(/^ {6}"(?:[^"\\]|\\.)*": (\d+),?$/gm)].map((x) => Number(x[1]));
    expect(idsInFile).toEqual([...Array(1000).keys()]);
    const byId = Object.entries(vocab).sort(([, a], [, b]) => a - b);
    expect(byId.slice(0, 5).map(([t]) => t)).toEqual(["<unk>", "<s>", "</s>", "<0x00>", "<0x01>"]);
    expect(vocab["<0xFF>"]).toBe(258);
    expect(vocab["▁"]).toBe(1000 - 74); // the 74 single characters close the vocabulary, as in Llama
    expect(merges).toHaveLength(1000 - 259 - 74);
    for (const [a, b] of merges) expect([a, b, a + b].every((t) => t in vocab)).toBe(true);
    expect(merges.map(([a, b]) => vocab[a + b])).toEqual(merges.map((_, i) => 259 + i));
    expect(merges.some(([, b]) => b.startsWith("▁"))).toBe(false);
    expect(tok.added_tokens.map((t) => [t.id, t.content])).toEqual([
      [0, "<unk>"],
      [1, "<s>"],
      [2, "</s>"],
    ]);
    expect(json(m, "tokenizer_config.json")).toMatchObject({
      tokenizer_class: "LlamaTokenizer",
      bos_token: "<s>",
    });
    expect(json(m, "special_tokens_map.json")).toEqual({
      bos_token: "<s>",
      eos_token: "</s>",
      unk_token: "<unk>",
    });
  });

  it("keeps a smaller vocabulary's merges a prefix of a larger one's (same tokenizerSeed)", () => {
    const merges = (vocab: number): [string, string][] =>
      json<{ model: BpeModel }>(makeModel({ ...tiny, arch: "llama", vocab }), "tokenizer.json").model.merges;
    expect(merges(2000).slice(0, 1000 - 259 - 74)).toEqual(merges(1000));
  });

  it("gives GPT-2 a byte-level vocab.json (sorted keys) and merges.txt", () => {
    const m = makeModel({ ...tiny, arch: "gpt2", vocab: 600 });
    expect([...m.files.keys()].slice(2)).toEqual([
      "vocab.json",
      "merges.txt",
      "tokenizer_config.json",
      "special_tokens_map.json",
    ]);
    const vocab = json<Record<string, number>>(m, "vocab.json");
    expect(Object.keys(vocab)).toHaveLength(600);
    expect(new Set(Object.values(vocab)).size).toBe(600);
    expect([vocab["!"], vocab["Ā"], vocab["Ġ"], vocab["ÿ"], vocab["<|endoftext|>"]]).toEqual([
      0, 188, 220, 187, 599,
    ]);
    expect(byteLevelAlphabet().map((c) => vocab[c])).toEqual([...Array(256).keys()]);
    const keysInFile = [...text(m, "vocab.json").matchAll(/^ {2}("(?:[^"\\]|\\.)*"): /gm)].map(
      (k) => JSON.parse(k[1] as string) as string,
    );
    expect(keysInFile).toEqual(Object.keys(vocab).sort()); // including "0"…"9", which JS objects reorder
    const lines = text(m, "merges.txt").split("\n");
    expect(lines[0]).toBe("#version: 0.2");
    expect(lines.at(-1)).toBe(""); // trailing newline
    const merges = lines.slice(1, -1).map((l) => l.split(" "));
    expect(merges).toHaveLength(600 - 257);
    merges.forEach(([a = "", b = ""], i) => {
      expect([a in vocab, b in vocab, vocab[a + b]]).toEqual([true, true, 256 + i]);
    });
    expect(json(m, "tokenizer_config.json")).toMatchObject({
      tokenizer_class: "GPT2Tokenizer",
      added_tokens_decoder: { "599": { content: "<|endoftext|>", special: true } },
    });
  });

  it("gives BERT a WordPiece vocab.txt: specials, characters, then ##pieces and words", () => {
    const m = makeModel({ ...tiny, arch: "bert", vocab: 500 });
    expect([...m.files.keys()].slice(2)).toEqual(["vocab.txt", "tokenizer_config.json"]);
    const lines = text(m, "vocab.txt").split("\n");
    expect(lines.pop()).toBe("");
    expect(lines).toHaveLength(500);
    expect(new Set(lines).size).toBe(500);
    expect(lines.slice(0, 7)).toEqual(["[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]", "!", '"']);
    expect(lines.filter((l) => l.startsWith("##")).length).toBeGreaterThan(100);
    expect(json(m, "tokenizer_config.json")).toMatchObject({
      tokenizer_class: "BertTokenizer",
      do_lower_case: true,
    });
    // A vocabulary smaller than the character set is cut, never padded.
    const small = text(makeModel({ ...tiny, arch: "bert", vocab: 5 }), "vocab.txt");
    expect(small).toBe("[PAD]\n[UNK]\n[CLS]\n[SEP]\n[MASK]\n");
  });
});
