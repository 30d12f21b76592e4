// encode(text) through @huggingface/tokenizers (pure JS), built lazily: constructing it for a 262k
// vocabulary costs about as much as loading the files, and most uses (TFV, VOA) never encode.
// The library throws on pipeline components it does not implement; we check the document for them
// at load (LoadedTokenizer.encoderProblem) and, when encode() is called anyway, throw a
// MalformedInputError saying which component — never a crash of the whole load.

import { Tokenizer } from "@huggingface/tokenizers";
import { MalformedInputError } from "../errors.js";
import { isRecord, type JsonRecord } from "./json-values.js";
import type { AddedTokenInfo, BackendModel, Pipeline } from "./model-data.js";

/** Component types the library constructs (its create_* switches), by pipeline part. */
const SUPPORTED: Record<keyof Pipeline, { readonly types: ReadonlySet<string>; readonly children: string }> =
  {
    normalizer: {
      types: names(
        "BertNormalizer Precompiled Sequence Replace NFC NFD NFKC NFKD Strip StripAccents Lowercase Prepend",
      ),
      children: "normalizers",
    },
    pre_tokenizer: {
      types: names(
        "BertPreTokenizer Sequence Whitespace WhitespaceSplit Metaspace ByteLevel Split Punctuation Digits Replace FixedLength",
      ),
      children: "pretokenizers",
    },
    post_processor: {
      types: names("TemplateProcessing ByteLevel BertProcessing RobertaProcessing Sequence"),
      children: "processors",
    },
    decoder: {
      types: names("ByteLevel WordPiece Metaspace BPEDecoder CTC Sequence Replace Fuse Strip ByteFallback"),
      children: "decoders",
    },
  };

function names(list: string): ReadonlySet<string> {
  return new Set(list.split(" "));
}

/** Why the library cannot build this document, or undefined when every component is known. */
export function encoderProblem(doc: Pipeline): string | undefined {
  for (const part of ["normalizer", "pre_tokenizer", "post_processor", "decoder"] as const) {
    const rule = SUPPORTED[part];
    const problem = checkComponent(doc[part], part, rule.types, rule.children);
    if (problem) return problem;
  }
  return undefined;
}

/** Real pipelines nest Sequences one or two deep; a deeper one is built to exhaust the stack. */
const MAX_SEQUENCE_DEPTH = 16;

function checkComponent(
  c: unknown,
  at: string,
  types: ReadonlySet<string>,
  children: string,
  depth = 0,
): string | undefined {
  if (c === null || c === undefined) return undefined;
  if (depth > MAX_SEQUENCE_DEPTH) return `${at}: Sequences nested deeper than ${MAX_SEQUENCE_DEPTH}`;
  if (!isRecord(c) || typeof c.type !== "string") return `${at}: not a component object with a "type"`;
  if (!types.has(c.type)) return `${at}: type ${JSON.stringify(c.type)} is not supported by the encoder`;
  if (c.type !== "Sequence") return undefined;
  const list = c[children];
  if (!Array.isArray(list)) return `${at}.${children}: not a list`;
  for (let i = 0; i < list.length; i++) {
    const problem = checkComponent(list[i], `${at}.${children}[${i}]`, types, children, depth + 1);
    if (problem) return problem;
  }
  return undefined;
}

export interface EncoderInput {
  readonly file: string;
  readonly pipeline: Pipeline;
  readonly backendModel: () => BackendModel;
  readonly added: readonly AddedTokenInfo[];
  /** The settings of tokenizer_config.json the library reads, already checked. */
  readonly config: JsonRecord;
  /** Known at load: why construction would fail. */
  readonly problem: string | undefined;
}

export class LazyEncoder {
  private tokenizer: Tokenizer | undefined;
  private failure: MalformedInputError | undefined;

  constructor(private readonly input: EncoderInput) {
    if (input.problem) this.failure = this.error(input.problem);
  }

  encode(text: string): number[] {
    return this.build().encode(text, { add_special_tokens: false }).ids;
  }

  private build(): Tokenizer {
    if (this.tokenizer) return this.tokenizer;
    if (this.failure) throw this.failure;
    const { pipeline, backendModel, added, config } = this.input;
    try {
      const doc = { ...pipeline, model: backendModel(), added_tokens: added.map(libraryAddedToken) };
      this.tokenizer = new Tokenizer(doc, config);
      return this.tokenizer;
    } catch (err) {
      this.failure = this.error(`the encoder could not be built: ${(err as Error).message}`);
      throw this.failure;
    }
  }

  private error(message: string): MalformedInputError {
    return new MalformedInputError({ file: this.input.file, field: "encoder" }, message);
  }
}

function libraryAddedToken(t: AddedTokenInfo): JsonRecord {
  return {
    id: t.id,
    content: t.content,
    special: t.special,
    normalized: t.normalized,
    lstrip: t.lstrip,
    rstrip: t.rstrip,
    single_word: t.singleWord,
  };
}
