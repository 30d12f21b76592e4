// The "slow" tokenizer files: GPT-2's vocab.json + merges.txt (byte-level BPE) and BERT's vocab.txt
// (WordPiece). Each is read as transformers reads it and given the pipeline of the class that
// ships it (GPT2Tokenizer, BertTokenizer), so encode() behaves like that class.

import { MalformedInputError } from "../errors.js";
import { isRecord, type JsonRecord } from "./json-values.js";
import { MAX_MERGES, MAX_TOKEN_CHARS, MAX_VOCAB_ENTRIES } from "./limits.js";
import type { BackendModel, ModelData, Pipeline } from "./model-data.js";
import { vocabFromObject, vocabObject } from "./vocab-object.js";

/** GPT2Tokenizer's defaults when tokenizer_config.json names no special tokens. */
const GPT2_DEFAULTS = { unk: "<|endoftext|>", bos: "<|endoftext|>", eos: "<|endoftext|>" };
/** BertTokenizer's defaults. */
const BERT_DEFAULTS = { unk: "[UNK]", sep: "[SEP]", pad: "[PAD]", cls: "[CLS]", mask: "[MASK]" };

/** vocab.json (token → id) and merges.txt ("left right" per line, after a "#version" header). */
export function gpt2Model(
  vocabJson: unknown,
  mergesText: string,
  files: [string, string],
  config: JsonRecord | null,
): ModelData {
  const [vocabFile, mergesFile] = files;
  const vocab = vocabFromObject(vocabJson, vocabFile, "vocab");
  const merges = parseMergesTxt(mergesText, mergesFile);
  const addPrefixSpace = config?.add_prefix_space === true;
  return {
    modelType: "BPE",
    vocab,
    merges,
    added: [],
    defaults: GPT2_DEFAULTS,
    extraSpecials: [],
    pipeline: gpt2Pipeline(addPrefixSpace),
    backendModel: () => gpt2BackendModel(vocab, merges),
  };
}

/**
 * `tokenizers` skips lines starting with "#version" and splits every other line on " " into
 * exactly two parts. Blank lines (a trailing newline, a stray empty line) are skipped.
 */
export function parseMergesTxt(text: string, file: string): string[] {
  const merges: string[] = [];
  const lines = text.split("\n");
  for (let i = 0; i < lines.length; i++) {
    let line = lines[i] as string;
    if (line.endsWith("\r")) line = line.slice(0, -1);
    if (line === "" || line.startsWith("#version")) continue;
    const space = line.indexOf(" ");
    if (space < 0 || line.indexOf(" ", space + 1) >= 0) {
      throw new MalformedInputError(
        { file, field: `line ${i + 1}` },
        `expected "left right" (two tokens separated by one space), found ${JSON.stringify(line.slice(0, 80))}`,
      );
    }
    if (merges.length === MAX_MERGES) {
      throw new MalformedInputError({ file }, `holds more than ${MAX_MERGES} merges, the limit`);
    }
    merges.push(line);
  }
  return merges;
}

/** GPT2Converter's pipeline: byte-level pre-tokenizer (add_prefix_space per config) and decoder. */
function gpt2Pipeline(addPrefixSpace: boolean): Pipeline {
  const byteLevel = {
    type: "ByteLevel",
    add_prefix_space: addPrefixSpace,
    trim_offsets: true,
    use_regex: true,
  };
  return {
    normalizer: null,
    pre_tokenizer: byteLevel,
    post_processor: { ...byteLevel, trim_offsets: false },
    decoder: byteLevel,
  };
}

function gpt2BackendModel(vocab: ReadonlyMap<string, number>, merges: readonly string[]): BackendModel {
  return {
    type: "BPE",
    dropout: null,
    unk_token: null,
    continuing_subword_prefix: "",
    end_of_word_suffix: "",
    fuse_unk: false,
    byte_fallback: false,
    ignore_merges: false,
    vocab: vocabObject(vocab),
    merges: merges.map((m) => m.split(" ")),
  };
}

/**
 * vocab.txt: one token per line, id = line number (from 0), as BertTokenizer's load_vocab reads it
 * (universal newlines; a later duplicate takes the token, leaving a hole at the earlier id).
 */
export function wordPieceModel(text: string, file: string, config: JsonRecord | null): ModelData {
  const lines = text.split(/\r\n|\r|\n/);
  if (lines.at(-1) === "") lines.pop();
  if (lines.length === 0) throw new MalformedInputError({ file }, "the vocabulary is empty");
  if (lines.length > MAX_VOCAB_ENTRIES) {
    throw new MalformedInputError(
      { file },
      `holds ${lines.length} tokens, over the limit of ${MAX_VOCAB_ENTRIES}`,
    );
  }
  const vocab = new Map<string, number>();
  lines.forEach((token, id) => {
    if (token.length > MAX_TOKEN_CHARS) {
      throw new MalformedInputError(
        { file, field: `line ${id + 1}` },
        `a token of ${token.length} characters is over the ${MAX_TOKEN_CHARS}-character limit`,
      );
    }
    vocab.set(token, id);
  });
  const unk = typeof config?.unk_token === "string" ? config.unk_token : BERT_DEFAULTS.unk;
  return {
    modelType: "WordPiece",
    vocab,
    merges: [],
    added: [],
    defaults: BERT_DEFAULTS,
    extraSpecials: [],
    pipeline: bertPipeline(config),
    backendModel: () => ({
      type: "WordPiece",
      unk_token: unk,
      continuing_subword_prefix: "##",
      max_input_chars_per_word: 100,
      vocab: vocabObject(vocab),
    }),
  };
}

/** BertTokenizer's pipeline: BertNormalizer (lowercase per do_lower_case), BertPreTokenizer, WordPiece. */
function bertPipeline(config: JsonRecord | null): Pipeline {
  const flag = (key: string, fallback: boolean | null): boolean | null => {
    const v = isRecord(config) ? config[key] : undefined;
    return typeof v === "boolean" ? v : fallback;
  };
  return {
    normalizer: {
      type: "BertNormalizer",
      clean_text: true,
      handle_chinese_chars: flag("tokenize_chinese_chars", true),
      strip_accents: flag("strip_accents", null),
      lowercase: flag("do_lower_case", true),
    },
    pre_tokenizer: { type: "BertPreTokenizer" },
    post_processor: null,
    decoder: { type: "WordPiece", prefix: "##", cleanup: true },
  };
}
