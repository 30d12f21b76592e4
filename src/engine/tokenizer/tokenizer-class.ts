// The tokenizer class name TFV reports (reference §2.1 tokenizer_class, §2.6, §13.4). transformers 5
// resolves the class from tokenizer_config.json's `tokenizer_class` plus its own model-type tables,
// which we do not carry; this table reproduces the renaming visible in the reference database.
// It only moves TFV's tokenizer_class component (weight 0.10 of a reported score), never a verdict.
//
//   tokenizer_class in tokenizer_config.json     → reported class
//   "XxxTokenizerFast"                           → "XxxTokenizer"  (v5 has no separate fast classes)
//   "PreTrainedTokenizerFast" / "PreTrainedTokenizer" → "TokenizersBackend" (the generic backend)
//   "BloomTokenizerFast"                         → "TokenizersBackend" (database: BLOOM)
//   any other string                             → as is
//   absent: by format — tokenizer.json and tokenizer.model → "TokenizersBackend",
//           vocab.json + merges.txt → "GPT2Tokenizer", vocab.txt → "BertTokenizer"

import type { TokenizerFormat } from "./loaded-tokenizer.js";
import type { NamedSpecial } from "./model-data.js";

/** Class names (after dropping "Fast") that transformers 5 loads as the generic backend. */
const GENERIC_BACKEND = new Set(["PreTrainedTokenizer", "BloomTokenizer"]);

const BY_FORMAT: Record<TokenizerFormat, string> = {
  "tokenizer.json": "TokenizersBackend",
  "tokenizer.model": "TokenizersBackend",
  "vocab.json+merges.txt": "GPT2Tokenizer",
  "vocab.txt": "BertTokenizer",
};

export function tokenizerClassName(configured: unknown, format: TokenizerFormat): string {
  if (typeof configured !== "string" || configured.trim() === "") return BY_FORMAT[format];
  const name = configured.trim();
  const base = name.endsWith("Fast") && name.length > 4 ? name.slice(0, -4) : name;
  return GENERIC_BACKEND.has(base) ? "TokenizersBackend" : base;
}

/**
 * Named special tokens a transformers-5 class sets in its constructor when neither
 * tokenizer_config.json nor special_tokens_map.json names them. Only classes where the reference
 * database shows the effect are listed: GemmaTokenizer's mask_token "<mask>" (id 4) is counted in
 * every Gemma bundle's special_token_ids and num_special_tokens.
 */
export const CLASS_SPECIAL_DEFAULTS: Readonly<
  Record<string, Readonly<Partial<Record<NamedSpecial, string>>>>
> = {
  GemmaTokenizer: { unk: "<unk>", bos: "<bos>", eos: "<eos>", pad: "<pad>", mask: "<mask>" },
};
