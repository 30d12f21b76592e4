// VOA (provenancekit §3): set overlap of two vocabularies, and the tokenizer score of §5 that
// combines it with TFV. Tokens are compared as they are: no stripping of ▁/Ġ, no case folding.

import { pyRound } from "../../pycompat/py-float.js";

/** The reference's VocabOverlap. */
export interface VocabOverlap {
  readonly jaccard: number;
  readonly vocab_a_size: number;
  readonly vocab_b_size: number;
  readonly intersection: number;
  readonly union: number;
  readonly only_a: number;
  readonly only_b: number;
  readonly overlap_pct_a: number;
  readonly overlap_pct_b: number;
}

/** A vocabulary as a set of tokens: a Set, a Map keyed by token (LoadedTokenizer.vocab) or any list. */
export type Vocabulary = Iterable<string> | ReadonlySet<string> | ReadonlyMap<string, unknown>;

interface Keyed {
  readonly size: number;
  has(token: string): boolean;
  keys(): Iterable<string>;
}

/** vocab_overlap() of two vocabularies (duplicates count once, as Python's set() does). */
export function vocabOverlap(a: Vocabulary, b: Vocabulary): VocabOverlap {
  const sa = asKeyed(a);
  const sb = asKeyed(b);
  const [small, large] = sa.size <= sb.size ? [sa, sb] : [sb, sa];
  let inter = 0;
  for (const t of small.keys()) if (large.has(t)) inter++;
  const union = sa.size + sb.size - inter;
  return {
    jaccard: union > 0 ? pyRound(inter / union, 4) : 0,
    vocab_a_size: sa.size,
    vocab_b_size: sb.size,
    intersection: inter,
    union,
    only_a: sa.size - inter,
    only_b: sb.size - inter,
    overlap_pct_a: sa.size > 0 ? pyRound(inter / sa.size, 4) : 0,
    overlap_pct_b: sb.size > 0 ? pyRound(inter / sb.size, 4) : 0,
  };
}

/** Sets and Maps are used as they are: copying a 262k-token vocabulary into a Set costs ~100 ms. */
function asKeyed(x: Vocabulary): Keyed {
  if (x instanceof Set || x instanceof Map) return x as Keyed;
  return new Set(x as Iterable<string>);
}

/**
 * Tokenizer score (reported only, never part of the verdict): Py-round(0.25·TFV + 0.75·VOA, 4).
 * NaN in, NaN out; scan passes VOA 0 because the database stores no vocabularies (§6.5).
 */
export function tokenizerScore(tfv: number, voa: number): number {
  return pyRound(0.25 * tfv + 0.75 * voa, 4);
}
