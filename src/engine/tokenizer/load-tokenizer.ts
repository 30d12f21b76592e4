// loadTokenizer(model): the model's tokenizer files → one LoadedTokenizer, whichever format the
// model ships, in transformers 5's order of preference (reference §2.6): tokenizer.json, then a
// SentencePiece model, then vocab.json + merges.txt (GPT-2 byte-level BPE), then vocab.txt
// (WordPiece). tokenizer_config.json, special_tokens_map.json and added_tokens.json add the named
// and extra special tokens on top of any of them. Nothing is executed; every file is size-capped.

import { MalformedInputError } from "../errors.js";
import type { ModelSource } from "../model/model-source.js";
import { assembleVocabulary } from "./added-vocabulary.js";
import { canonicalTokenizerHash } from "./canonical-hash.js";
import { encoderProblem, LazyEncoder } from "./encoder.js";
import { decodeUtf8, fileLabel, readJson, readOptionalObject, type JsonRecord } from "./json-values.js";
import {
  MAX_SENTENCEPIECE_BYTES,
  MAX_TOKENIZER_CONFIG_BYTES,
  MAX_TOKENIZER_JSON_BYTES,
  MAX_VOCAB_FILE_BYTES,
} from "./limits.js";
import type {
  LoadedTokenizer,
  SpecialTokenIds,
  TokenizerFormat,
  TokenizerModelType,
} from "./loaded-tokenizer.js";
import type { AddedTokenInfo, ModelData } from "./model-data.js";
import { sentencePieceModelData } from "./sentencepiece-convert.js";
import { parseSentencePieceModel } from "./sentencepiece-model.js";
import { planSpecialTokens, type SpecialTokenPlan, type TokenizerConfigs } from "./special-tokens.js";
import { CLASS_SPECIAL_DEFAULTS, tokenizerClassName } from "./tokenizer-class.js";
import { tokenizerJsonModel } from "./tokenizer-json.js";
import { gpt2Model, wordPieceModel } from "./vocab-files.js";

/** SentencePiece file names transformers' classes use (Llama/Gemma, T5, XLM-R), first found wins. */
export const SENTENCEPIECE_FILES = ["tokenizer.model", "spiece.model", "sentencepiece.bpe.model"] as const;

const CONFIG_FILES = ["tokenizer_config.json", "special_tokens_map.json", "added_tokens.json"] as const;

interface TokenizerSource {
  readonly format: TokenizerFormat;
  readonly paths: readonly string[];
}

export function findTokenizerSource(model: ModelSource): TokenizerSource | null {
  if (model.file("tokenizer.json")) return { format: "tokenizer.json", paths: ["tokenizer.json"] };
  const sp = SENTENCEPIECE_FILES.find((p) => model.file(p));
  if (sp) return { format: "tokenizer.model", paths: [sp] };
  if (model.file("vocab.json") && model.file("merges.txt")) {
    return { format: "vocab.json+merges.txt", paths: ["vocab.json", "merges.txt"] };
  }
  if (model.file("vocab.txt")) return { format: "vocab.txt", paths: ["vocab.txt"] };
  return null;
}

/** The model's tokenizer, or null when it ships no tokenizer files. */
export async function loadTokenizer(model: ModelSource): Promise<LoadedTokenizer | null> {
  const source = findTokenizerSource(model);
  if (!source) return null;
  const configs = await readConfigs(model);
  const read = await readModelData(model, source, configs.config);
  const tokenizerClass = tokenizerClassName(configs.config?.tokenizer_class, source.format);
  const data = { ...read, defaults: { ...read.defaults, ...CLASS_SPECIAL_DEFAULTS[tokenizerClass] } };
  const plan = planSpecialTokens(configs, data);
  const assembled = assembleVocabulary(data, plan, {
    renamePlaceholders: source.format === "tokenizer.model",
  });
  const file = fileLabel(model, source.paths[0] as string);
  const problem = encoderProblem(data.pipeline);
  return new Loaded({
    format: source.format,
    files: [...source.paths, ...CONFIG_FILES.filter((p) => model.file(p))],
    modelType: data.modelType,
    vocab: assembled.vocab,
    merges: data.merges,
    added: assembled.added,
    tokenizerClass,
    special: assembled.special,
    numSpecialTokens: assembled.numSpecialTokens,
    encoderProblem: problem,
    encoder: new LazyEncoder({
      file,
      pipeline: data.pipeline,
      backendModel: data.backendModel,
      added: assembled.added,
      config: libraryConfig(plan, configs.config),
      problem,
    }),
  });
}

async function readConfigs(model: ModelSource): Promise<TokenizerConfigs> {
  const [config, specialMap, addedJson] = await Promise.all(
    CONFIG_FILES.map((p) => readOptionalObject(model, p, MAX_TOKENIZER_CONFIG_BYTES)),
  );
  const [c, s, a] = CONFIG_FILES.map((p) => fileLabel(model, p)) as [string, string, string];
  return {
    config: config ?? null,
    specialMap: specialMap ?? null,
    addedJson: addedJson ?? null,
    labels: { config: c, specialMap: s, addedJson: a },
  };
}

async function readModelData(
  model: ModelSource,
  source: TokenizerSource,
  config: JsonRecord | null,
): Promise<ModelData> {
  const [first, second] = source.paths as [string, string | undefined];
  switch (source.format) {
    case "tokenizer.json":
      return tokenizerJsonModel(
        await readJson(model, first, MAX_TOKENIZER_JSON_BYTES),
        fileLabel(model, first),
      );
    case "tokenizer.model":
      return sentencePieceModelData(
        parseSentencePiece(await model.readFile(first, MAX_SENTENCEPIECE_BYTES), fileLabel(model, first)),
        fileLabel(model, first),
      );
    case "vocab.json+merges.txt": {
      const mergesPath = second as string;
      const [vocabJson, mergesBytes] = await Promise.all([
        readJson(model, first, MAX_VOCAB_FILE_BYTES),
        model.readFile(mergesPath, MAX_VOCAB_FILE_BYTES),
      ]);
      const labels: [string, string] = [fileLabel(model, first), fileLabel(model, mergesPath)];
      return gpt2Model(vocabJson, decodeUtf8(mergesBytes, labels[1], true), labels, config);
    }
    case "vocab.txt": {
      const label = fileLabel(model, first);
      return wordPieceModel(
        decodeUtf8(await model.readFile(first, MAX_VOCAB_FILE_BYTES), label, true),
        label,
        config,
      );
    }
  }
}

/** A tokenizer.model can be tiktoken text (base64 token, rank per line; Llama 3 ships one), not a protobuf. */
const TIKTOKEN_LINE = /^[A-Za-z0-9+/]+=* \d+\r?\n/;

function parseSentencePiece(bytes: Uint8Array, file: string): ReturnType<typeof parseSentencePieceModel> {
  const head = new TextDecoder("latin1").decode(bytes.subarray(0, 64));
  if (TIKTOKEN_LINE.test(head)) {
    throw new MalformedInputError(
      { file },
      "this is a tiktoken BPE file (a base64 token and a rank per line), not a SentencePiece model; not supported",
    );
  }
  return parseSentencePieceModel(bytes, file);
}

/** The few tokenizer_config.json settings @huggingface/tokenizers reads, as checked values. */
function libraryConfig(plan: SpecialTokenPlan, config: JsonRecord | null): JsonRecord {
  const out: JsonRecord = { additional_special_tokens: plan.extras.map((t) => t.content) };
  for (const name of ["bos", "eos", "unk", "pad"] as const) {
    const spec = plan.named[name];
    if (spec) out[`${name}_token`] = spec.content;
  }
  for (const key of ["remove_space", "do_lowercase_and_remove_accent"]) {
    if (typeof config?.[key] === "boolean") out[key] = config[key];
  }
  return out;
}

interface LoadedParts {
  readonly format: TokenizerFormat;
  readonly files: readonly string[];
  readonly modelType: TokenizerModelType;
  readonly vocab: ReadonlyMap<string, number>;
  readonly merges: readonly string[];
  readonly added: readonly AddedTokenInfo[];
  readonly tokenizerClass: string;
  readonly special: SpecialTokenIds;
  readonly numSpecialTokens: number;
  readonly encoderProblem: string | undefined;
  readonly encoder: LazyEncoder;
}

class Loaded implements LoadedTokenizer {
  readonly format: TokenizerFormat;
  readonly files: readonly string[];
  readonly modelType: TokenizerModelType;
  readonly vocab: ReadonlyMap<string, number>;
  readonly merges: readonly string[];
  readonly tokenizerClass: string;
  readonly special: SpecialTokenIds;
  readonly numAddedTokens: number;
  readonly numSpecialTokens: number;
  readonly encoderProblem?: string;
  private readonly encoder: LazyEncoder;
  private readonly parts: LoadedParts;
  private hash: string | undefined;

  constructor(p: LoadedParts) {
    this.format = p.format;
    this.files = p.files;
    this.modelType = p.modelType;
    this.vocab = p.vocab;
    this.merges = p.merges;
    this.tokenizerClass = p.tokenizerClass;
    this.special = p.special;
    this.numAddedTokens = p.added.length;
    this.numSpecialTokens = p.numSpecialTokens;
    this.parts = p;
    if (p.encoderProblem !== undefined) this.encoderProblem = p.encoderProblem;
    this.encoder = p.encoder;
  }

  /** Computed on first use: hashing a 262k-token vocabulary costs ~0.1 s that TFV alone does not need. */
  get canonicalHash(): string {
    this.hash ??= canonicalTokenizerHash(this.parts);
    return this.hash;
  }

  encode(text: string): number[] {
    return this.encoder.encode(text);
  }
}
