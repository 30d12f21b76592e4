// What each format reader hands the loader: the tokenizer model as the format states it, before
// tokenizer_config.json's special tokens are applied. The loader turns it into a LoadedTokenizer.

import type { TokenizerModelType } from "./loaded-tokenizer.js";

/** One entry of the added vocabulary (tokenizers' AddedToken plus its id). */
export interface AddedTokenInfo {
  readonly id: number;
  readonly content: string;
  readonly special: boolean;
  readonly normalized: boolean;
  readonly lstrip: boolean;
  readonly rstrip: boolean;
  readonly singleWord: boolean;
}

/** A token to add: its content and AddedToken flags; `declaredId` is the id a file gave it. */
export interface TokenSpec {
  readonly content: string;
  readonly special: boolean;
  readonly normalized: boolean;
  readonly lstrip: boolean;
  readonly rstrip: boolean;
  readonly singleWord: boolean;
  readonly declaredId?: number;
}

/** The named special-token attributes of transformers, in its order. */
export const NAMED_SPECIALS = ["bos", "eos", "unk", "sep", "pad", "cls", "mask"] as const;
export type NamedSpecial = (typeof NAMED_SPECIALS)[number];

/**
 * The pipeline parts of a tokenizer.json document, as @huggingface/tokenizers takes them. Loosely
 * typed: passed through to the encoder, never interpreted here (null = no such stage).
 */
export type Pipeline = Readonly<
  Record<"normalizer" | "pre_tokenizer" | "post_processor" | "decoder", unknown>
>;

/** tokenizer.json's `model` object for @huggingface/tokenizers. */
export type BackendModel = Readonly<Record<string, unknown>>;

export interface ModelData {
  readonly modelType: TokenizerModelType;
  /** The model's own vocabulary, token → id. The loader adds the added tokens to this map. */
  readonly vocab: Map<string, number>;
  /** BPE merges as "left right", in rank order; empty for other model types. */
  readonly merges: readonly string[];
  /** Added tokens the format itself declares (tokenizer.json added_tokens, SentencePiece control pieces). */
  readonly added: readonly AddedTokenInfo[];
  /** Named special tokens the format implies when the configs name none (class defaults, trainer spec). */
  readonly defaults: Readonly<Partial<Record<NamedSpecial, string>>>;
  /** Extra special tokens the format implies (SentencePiece control and user-defined pieces). */
  readonly extraSpecials: readonly TokenSpec[];
  /** The encoder's pipeline (cheap; checked for unsupported components at load). */
  readonly pipeline: Pipeline;
  /** Builds the encoder's model object; called only when encode() is first used. */
  readonly backendModel: () => BackendModel;
}

/** An AddedToken as transformers creates one for a special token named only by its string. */
export function plainSpecial(content: string): TokenSpec {
  return { content, special: true, normalized: false, lstrip: false, rstrip: false, singleWord: false };
}
