// A LoadedTokenizer from a token list, for feature tests that need exact control over the vocabulary.

import type { LoadedTokenizer } from "../../../../src/engine/tokenizer/loaded-tokenizer.js";

export function fakeTokenizer(
  tokens: readonly string[],
  overrides: Partial<LoadedTokenizer> = {},
): LoadedTokenizer {
  return {
    format: "tokenizer.json",
    files: ["tokenizer.json"],
    modelType: "BPE",
    vocab: new Map(tokens.map((t, i) => [t, i])),
    merges: [],
    tokenizerClass: "TokenizersBackend",
    special: { bos: null, eos: null, pad: null, unk: null, mask: null },
    numAddedTokens: 0,
    numSpecialTokens: 0,
    canonicalHash: "",
    encode: () => [],
    ...overrides,
  };
}
