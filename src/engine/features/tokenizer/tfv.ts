// TFV extraction (provenancekit §2.1): the 18 tokenizer features of extract_tokenizer_features(),
// under the reference's field names so that bundles, caches and reports stay interchangeable.

import { createHash } from "node:crypto";
import { pyRound } from "../../pycompat/py-float.js";
import type { LoadedTokenizer } from "../../tokenizer/loaded-tokenizer.js";
import { SCRIPT_NAMES } from "./script-table.js";
import { countLetters, distributionFromCounts, distributionToRecord } from "./script.js";

/** The reference's TokenizerFeatures (pydantic model, field order preserved). */
export interface TokenizerFeatures {
  readonly vocab_size: number;
  readonly tokenizer_class: string;
  readonly bos_token_id: number | null;
  readonly eos_token_id: number | null;
  readonly pad_token_id: number | null;
  readonly num_added_tokens: number | null;
  readonly num_special_tokens: number | null;
  readonly num_merges: number;
  readonly first_5_merges: readonly string[];
  readonly merge_rule_hash: string;
  /** All merges joined by "\n"; absent from database bundles (then ""). */
  readonly all_merges_str: string;
  /** Extracted features hold exactly pad, unk and mask; a bundle may hold any keys or none. */
  readonly special_token_ids: Readonly<Record<string, number | null>>;
  readonly pct_single_char: number | null;
  readonly avg_token_length: number;
  readonly max_token_length: number | null;
  readonly pct_whitespace_prefix: number;
  readonly pct_byte_tokens: number;
  /** Script → share, in Counter.most_common() order. */
  readonly script_distribution: Readonly<Record<string, number>>;
}

/** Merges hashed into merge_rule_hash: enough to identify a merge table, cheap to hash. */
const HASHED_MERGES = 50;
const FIRST_MERGES = 5;

/** Features with every field absent: pydantic's defaults (§2.2). */
export function defaultTfv(vocabSize: number, tokenizerClass: string): TokenizerFeatures {
  return {
    vocab_size: vocabSize,
    tokenizer_class: tokenizerClass,
    bos_token_id: null,
    eos_token_id: null,
    pad_token_id: null,
    num_added_tokens: null,
    num_special_tokens: null,
    num_merges: 0,
    first_5_merges: [],
    merge_rule_hash: "",
    all_merges_str: "",
    special_token_ids: {},
    pct_single_char: null,
    avg_token_length: 0,
    max_token_length: null,
    pct_whitespace_prefix: 0,
    pct_byte_tokens: 0,
    script_distribution: {},
  };
}

/** extract_tokenizer_features() on a loaded tokenizer. */
export function extractTfv(tok: LoadedTokenizer): TokenizerFeatures {
  const n = tok.vocab.size;
  // The reference returns the bare defaults for an empty vocabulary, merge hash included.
  if (n === 0) return defaultTfv(0, tok.tokenizerClass);
  const stats = vocabStats(tok.vocab.keys());
  const merges = tok.merges;
  const sp = tok.special;
  return {
    vocab_size: n,
    tokenizer_class: tok.tokenizerClass,
    bos_token_id: sp.bos,
    eos_token_id: sp.eos,
    pad_token_id: sp.pad,
    num_added_tokens: tok.numAddedTokens,
    num_special_tokens: tok.numSpecialTokens,
    num_merges: merges.length,
    first_5_merges: merges.slice(0, FIRST_MERGES),
    merge_rule_hash: sha256Hex(merges.slice(0, HASHED_MERGES).join("\n")),
    all_merges_str: merges.join("\n"),
    special_token_ids: { pad: sp.pad, unk: sp.unk, mask: sp.mask },
    pct_single_char: pyRound(stats.singleChar / n, 4),
    // Integer sums are exact in float64 (< 2^53), so sum / n equals numpy's float64 mean.
    avg_token_length: pyRound(stats.totalLength / n, 2),
    max_token_length: stats.maxLength,
    pct_whitespace_prefix: pyRound(stats.whitespacePrefix / n, 4),
    pct_byte_tokens: pyRound(stats.byteTokens / n, 4),
    script_distribution: distributionToRecord(distributionFromCounts(stats.scriptCounts, stats.scriptsSeen)),
  };
}

interface VocabStats {
  singleChar: number;
  totalLength: number;
  maxLength: number;
  whitespacePrefix: number;
  byteTokens: number;
  readonly scriptCounts: Float64Array;
  readonly scriptsSeen: number[];
}

/** Every per-token count the features need, in one pass over the vocabulary. */
export function vocabStats(tokens: Iterable<string>): VocabStats {
  const s: VocabStats = {
    singleChar: 0,
    totalLength: 0,
    maxLength: 0,
    whitespacePrefix: 0,
    byteTokens: 0,
    scriptCounts: new Float64Array(SCRIPT_NAMES.length),
    scriptsSeen: [],
  };
  for (const t of tokens) {
    const len = codePointLength(t);
    if (len === 1) s.singleChar++;
    s.totalLength += len;
    if (len > s.maxLength) s.maxLength = len;
    if (hasWhitespacePrefix(t)) s.whitespacePrefix++;
    if (isByteToken(t)) s.byteTokens++;
    countLetters(t, s.scriptCounts, s.scriptsSeen);
  }
  return s;
}

/** Python len(): code points, where a lone surrogate counts as one. */
export function codePointLength(s: string): number {
  let len = s.length;
  for (let i = 0; i + 1 < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        len--;
        i++;
      }
    }
  }
  return len;
}

/** t[0] in ("▁", "Ġ", " "): SentencePiece, byte-level BPE and plain space word starts. */
function hasWhitespacePrefix(t: string): boolean {
  const c = t.charCodeAt(0);
  return c === 0x2581 || c === 0x0120 || c === 0x20;
}

// re.match(r"^<0x[0-9A-Fa-f]{2}>$", t): Python's `$` also matches before one final "\n".
const BYTE_TOKEN = /^<0x[0-9A-Fa-f]{2}>\n?$/;

/** SentencePiece byte-fallback token such as <0x0A>, as the reference's regex accepts it. */
export function isByteToken(t: string): boolean {
  return t.length <= 7 && BYTE_TOKEN.test(t);
}

function sha256Hex(text: string): string {
  return createHash("sha256").update(text, "utf8").digest("hex");
}
