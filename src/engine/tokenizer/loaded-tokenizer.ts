// What every tokenizer format is turned into: the vocabulary as transformers' get_vocab() sees it,
// the merges, the named special tokens and an encoder. TFV, VOA, EAS anchors and MFI read only this.

export type TokenizerFormat = "tokenizer.json" | "vocab.json+merges.txt" | "vocab.txt" | "tokenizer.model";
export type TokenizerModelType = "BPE" | "WordPiece" | "Unigram" | "WordLevel";

/** Ids of the named special tokens; null when the tokenizer names none. */
export interface SpecialTokenIds {
  readonly bos: number | null;
  readonly eos: number | null;
  readonly pad: number | null;
  readonly unk: number | null;
  readonly mask: number | null;
}

export interface LoadedTokenizer {
  readonly format: TokenizerFormat;
  /** Model paths the tokenizer was built from, e.g. ["tokenizer.json", "tokenizer_config.json"]. */
  readonly files: readonly string[];
  readonly modelType: TokenizerModelType;
  /** get_vocab(): every token string → id (model vocabulary ∪ added tokens), in id order. */
  readonly vocab: ReadonlyMap<string, number>;
  /** BPE merges as "left right" strings in rank order; empty for other model types. */
  readonly merges: readonly string[];
  /** transformers-5 class name derived from tokenizer_config.json (see docs). */
  readonly tokenizerClass: string;
  readonly special: SpecialTokenIds;
  /** len(added_tokens_encoder); null when unknown. */
  readonly numAddedTokens: number | null;
  /** len(all_special_tokens); null when unknown. */
  readonly numSpecialTokens: number | null;
  /** Our canonical tokenizer hash: SHA-256 of type, vocabulary by id and merges (design §4.2). */
  readonly canonicalHash: string;
  /**
   * Why encode() will throw, when known at load: a pipeline component the encoder does not
   * implement. Absent when encoding is expected to work; the vocabulary and merges are valid either way.
   */
  readonly encoderProblem?: string;
  /** tokenizer.encode(text, add_special_tokens=False). */
  encode(text: string): number[];
}
