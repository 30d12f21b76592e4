// Tokenizer files with exactly `vocab` entries, laid out as each family ships them: Llama's
// tokenizer.json (sentencepiece BPE with byte fallback: specials, <0x00>…<0xFF>, merged pieces,
// then single characters), GPT-2's vocab.json + merges.txt (byte-level BPE: the 256 byte characters,
// merged pieces, <|endoftext|> last) and BERT's vocab.txt (WordPiece: specials, characters, ##pieces).
// Merged pieces come from a seeded random walk over the alphabet; every merge joins two tokens that
// are already in the vocabulary, and pieces for a smaller vocab are a prefix of a larger one's.

import { Rng, seedFrom } from "../rng.js";
import type { ResolvedSpec } from "./architectures.js";
import { orderedMapJson, pythonJson, stringifyWithRaw } from "./json.js";

export type TokenizerSpec = Pick<ResolvedSpec, "arch" | "vocab" | "tokenizerSeed" | "positions">;

/** Longest generated piece, in characters; real BPE vocabularies rarely go further. */
const MAX_PIECE_CHARS = 16;
const LETTERS = "etaoinshrdlcumwfgypbvkjxqz";
const WORD_CHARS = [...LETTERS, ...LETTERS.toUpperCase(), ..."0123456789.,'\"-!?:;()"];

export function tokenizerFiles(s: TokenizerSpec): Map<string, string> {
  const rng = new Rng(seedFrom("tokenizer", s.arch, s.tokenizerSeed));
  switch (s.arch) {
    case "llama":
      return llamaTokenizer(s, rng);
    case "gpt2":
      return gpt2Tokenizer(s, rng);
    case "bert":
      return bertTokenizer(s, rng);
  }
}

/**
 * `count` merges over `alphabet`: each picks two existing tokens (short, early ones more often, as
 * frequent pairs merge first) whose concatenation is new; `wordStart` only ever begins a piece.
 */
export function generateMerges(
  rng: Rng,
  alphabet: readonly string[],
  wordStart: string,
  count: number,
): [string, string][] {
  const tokens = [...alphabet];
  const seen = new Set(alphabet);
  const merges: [string, string][] = [];
  // u^k picks favour the head of the list: characters (frequent first) and early, short pieces.
  const pick = (k: number): string => tokens[Math.floor(rng.uniform() ** k * tokens.length)] as string;
  for (let attempts = 0; merges.length < count; attempts++) {
    if (attempts > 100 * count) throw new Error(`generateMerges: no new pair after ${attempts} draws`);
    const a = pick(4);
    const b = pick(6);
    const piece = a + b;
    if (b.startsWith(wordStart) || piece.length > MAX_PIECE_CHARS || seen.has(piece)) continue;
    seen.add(piece);
    tokens.push(piece);
    merges.push([a, b]);
  }
  return merges;
}

const addedToken = (content: string, normalized = false) => ({
  content,
  lstrip: false,
  normalized,
  rstrip: false,
  single_word: false,
  special: true,
});

/** The parts of Llama's tokenizer.json that do not depend on the vocabulary (as in stories260K). */
const LLAMA_PIPELINE = {
  normalizer: {
    type: "Sequence",
    normalizers: [
      { type: "Prepend", prepend: "▁" },
      { type: "Replace", pattern: { String: " " }, content: "▁" },
    ],
  },
  pre_tokenizer: null,
  post_processor: {
    type: "TemplateProcessing",
    single: [{ SpecialToken: { id: "<s>", type_id: 0 } }, { Sequence: { id: "A", type_id: 0 } }],
    pair: [
      { SpecialToken: { id: "<s>", type_id: 0 } },
      { Sequence: { id: "A", type_id: 0 } },
      { SpecialToken: { id: "<s>", type_id: 1 } },
      { Sequence: { id: "B", type_id: 1 } },
    ],
    special_tokens: { "<s>": { id: "<s>", ids: [1], tokens: ["<s>"] } },
  },
  decoder: {
    type: "Sequence",
    decoders: [
      { type: "Replace", pattern: { String: "▁" }, content: " " },
      { type: "ByteFallback" },
      { type: "Fuse" },
      { type: "Strip", content: " ", start: 1, stop: 0 },
    ],
  },
};

function llamaTokenizer(s: TokenizerSpec, rng: Rng): Map<string, string> {
  const specials = ["<unk>", "<s>", "</s>"];
  const bytes = Array.from({ length: 256 }, (_, b) => `<0x${b.toString(16).toUpperCase().padStart(2, "0")}>`);
  const rest = s.vocab - specials.length - bytes.length;
  const chars = ["▁", ...WORD_CHARS].slice(0, rest);
  const merges = generateMerges(rng, chars, "▁", rest - chars.length);
  const vocab = [...specials, ...bytes, ...merges.map(([a, b]) => a + b), ...chars];
  const config = {
    add_bos_token: true,
    add_eos_token: false,
    added_tokens_decoder: Object.fromEntries(specials.map((c, id) => [String(id), addedToken(c)])),
    bos_token: "<s>",
    clean_up_tokenization_spaces: false,
    eos_token: "</s>",
    legacy: true,
    model_max_length: s.positions,
    pad_token: null,
    sp_model_kwargs: {},
    tokenizer_class: "LlamaTokenizer",
    unk_token: "<unk>",
  };
  return new Map([
    ["tokenizer.json", llamaTokenizerJson(specials, vocab, merges)],
    ["tokenizer_config.json", pythonJson(config)],
    ["special_tokens_map.json", pythonJson({ bos_token: "<s>", eos_token: "</s>", unk_token: "<unk>" })],
  ]);
}

function llamaTokenizerJson(specials: string[], vocab: string[], merges: [string, string][]): string {
  const tokenizer = {
    version: "1.0",
    truncation: null,
    padding: null,
    added_tokens: specials.map((content, id) => ({ id, ...addedToken(content) })),
    ...LLAMA_PIPELINE,
    model: {
      type: "BPE",
      dropout: null,
      unk_token: "<unk>",
      continuing_subword_prefix: null,
      end_of_word_suffix: null,
      fuse_unk: true,
      byte_fallback: true,
      ignore_merges: false,
      vocab: "@@VOCAB@@",
      merges,
    },
  };
  // The vocabulary sits at depth 2 (root → model → vocab) and must keep id order.
  const vocabJson = orderedMapJson(
    vocab.map((t, id) => [t, id] as const),
    2,
  );
  return stringifyWithRaw(tokenizer, "@@VOCAB@@", vocabJson);
}

/** GPT-2's bytes_to_unicode: printable bytes map to themselves, the rest to U+0100 onwards. */
export function byteLevelAlphabet(): string[] {
  const printable = (b: number): boolean => (b >= 0x21 && b <= 0x7e) || (b >= 0xa1 && b <= 0xac) || b >= 0xae;
  const chars: string[] = [];
  for (let b = 0; b < 256; b++) if (printable(b)) chars.push(String.fromCharCode(b));
  let n = 0;
  for (let b = 0; b < 256; b++) if (!printable(b)) chars.push(String.fromCharCode(256 + n++));
  return chars;
}

function gpt2Tokenizer(s: TokenizerSpec, rng: Rng): Map<string, string> {
  const eot = "<|endoftext|>";
  const merges = generateMerges(rng, ["Ġ", ...WORD_CHARS], "Ġ", s.vocab - 257);
  const vocab = [...byteLevelAlphabet(), ...merges.map(([a, b]) => a + b), eot];
  // save_vocabulary writes json.dumps(encoder, indent=2, sort_keys=True).
  const sorted = vocab.map((t, id) => [t, id] as const).sort(([a], [b]) => (a < b ? -1 : 1));
  const special = { content: eot, lstrip: false, normalized: true, rstrip: false, single_word: false };
  const config = {
    add_bos_token: false,
    add_prefix_space: false,
    added_tokens_decoder: { [String(s.vocab - 1)]: addedToken(eot, true) },
    bos_token: eot,
    clean_up_tokenization_spaces: false,
    eos_token: eot,
    errors: "replace",
    model_max_length: s.positions,
    pad_token: eot,
    tokenizer_class: "GPT2Tokenizer",
    unk_token: eot,
  };
  return new Map([
    ["vocab.json", orderedMapJson(sorted, 0) + "\n"],
    ["merges.txt", ["#version: 0.2", ...merges.map(([a, b]) => `${a} ${b}`)].join("\n") + "\n"],
    ["tokenizer_config.json", pythonJson(config)],
    ["special_tokens_map.json", pythonJson({ bos_token: special, eos_token: special, unk_token: special })],
  ]);
}

function bertTokenizer(s: TokenizerSpec, rng: Rng): Map<string, string> {
  const specials = ["[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]"];
  const chars = [..."!\"#$%&'()*+,-./0123456789:;<=>?@[\\]^_`", ...LETTERS, ..."{|}~"];
  const tokens = [...specials, ...chars, ...[...LETTERS, ..."0123456789"].map((c) => `##${c}`)];
  const seen = new Set(tokens);
  while (tokens.length < s.vocab) {
    const length = 2 + rng.int(7);
    let piece = rng.uniform() < 0.4 ? "##" : "";
    for (let i = 0; i < length; i++) piece += LETTERS[Math.floor(rng.uniform() ** 2 * LETTERS.length)];
    if (seen.has(piece)) continue;
    seen.add(piece);
    tokens.push(piece);
  }
  const config = {
    added_tokens_decoder: Object.fromEntries(specials.map((c, id) => [String(id), addedToken(c)])),
    clean_up_tokenization_spaces: true,
    cls_token: "[CLS]",
    do_basic_tokenize: true,
    do_lower_case: true,
    mask_token: "[MASK]",
    model_max_length: s.positions,
    never_split: null,
    pad_token: "[PAD]",
    sep_token: "[SEP]",
    strip_accents: null,
    tokenize_chinese_chars: true,
    tokenizer_class: "BertTokenizer",
    unk_token: "[UNK]",
  };
  return new Map([
    ["vocab.txt", tokens.slice(0, s.vocab).join("\n") + "\n"],
    ["tokenizer_config.json", pythonJson(config)],
  ]);
}
