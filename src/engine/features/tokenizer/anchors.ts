// EAS anchor selection (provenancekit §4.2.1, get_anchor_ids): which embedding rows EAS compares.
// Universal anchors, then common words of the vocabulary's main scripts in proportion to their
// share, then a seeded random fill. Every step is reproduced exactly, quirks included, because two
// models are compared row by row: one differing id changes the fingerprint.

import { ConfigError } from "../../errors.js";
import { pyRound } from "../../pycompat/py-float.js";
import { legacyChoiceWithoutReplace, Mt19937 } from "./mt19937.js";
import { type ScriptDistribution, type ScriptName, scriptDistribution } from "./script.js";

/** Phase 1: digits and punctuation, present in nearly every tokenizer. */
export const UNIVERSAL_ANCHORS: readonly string[] = [..."0123456789.,!?:;"];

/** Phase 3 candidates per script, most frequent words first; only the first `allocation` are tried. */
export const SCRIPT_ANCHORS: Readonly<Partial<Record<ScriptName, readonly string[]>>> = {
  Latin: "the of and to in is that for it was on are with as be at ing tion er al ed es re en".split(" "),
  // Escapes as in the reference's source: 的 一 是 不 人 我 在 有 了 这 中 大 (one character each).
  CJK: [..."\u7684\u4e00\u662f\u4e0d\u4eba\u6211\u5728\u6709\u4e86\u8fd9\u4e2d\u5927"],
  // и в не на я что он к
  Cyrillic: [
    "\u0438",
    "\u0432",
    "\u043d\u0435",
    "\u043d\u0430",
    "\u044f",
    "\u0447\u0442\u043e",
    "\u043e\u043d",
    "\u043a",
  ],
  // من في على أن هذا الله إلى لا
  Arabic: [
    "\u0645\u0646",
    "\u0641\u064a",
    "\u0639\u0644\u0649",
    "\u0623\u0646",
    "\u0647\u0630\u0627",
    "\u0627\u0644\u0644\u0647",
    "\u0625\u0644\u0649",
    "\u0644\u0627",
  ],
  // के है का की यह से को पर
  Devanagari: [
    "\u0915\u0947",
    "\u0939\u0948",
    "\u0915\u093e",
    "\u0915\u0940",
    "\u092f\u0939",
    "\u0938\u0947",
    "\u0915\u094b",
    "\u092a\u0930",
  ],
};

export const DEFAULT_ANCHOR_K = 64;
/** A script gets anchors of its own from this share of the vocabulary's letters on. */
const SCRIPT_THRESHOLD = 0.05;
/** The reference's fixed seed and random-fill pool bound (ids below 50 000). */
const SEED = 42;
const POOL_LIMIT = 50_000;

export interface AnchorOptions {
  /** tokenizer.encode(text, add_special_tokens=False); absent or null = no tokenizer (random fill only). */
  readonly encode?: ((text: string) => readonly number[]) | null;
  /** list(get_vocab().keys()), for the script distribution; absent, null or empty = none. */
  readonly vocab?: Iterable<string> | null;
  /**
   * The same distribution if already computed, to skip a pass over the vocabulary: entries, or the
   * TFV's script_distribution record (its insertion order is the distribution order).
   */
  readonly distribution?: ScriptDistribution | Readonly<Record<string, number>>;
  /** Embedding row count: ids must be below it, and it bounds the random-fill pool. */
  readonly V: number;
  /** Settings().anchor_k. */
  readonly anchorK?: number;
}

/** get_anchor_ids(): up to anchorK distinct ids in [0, V), in selection order. */
export function getAnchorIds(options: AnchorOptions): number[] {
  const { encode = null, V, anchorK = DEFAULT_ANCHOR_K } = options;
  if (!Number.isInteger(anchorK) || anchorK < 0) {
    throw new ConfigError({}, `anchor_k must be a non-negative integer, got ${anchorK}`);
  }
  const ids: number[] = [];
  const seen = new Set<number>();
  const tryEncode = (texts: readonly string[]): void => {
    if (encode === null) return;
    for (const text of texts) {
      let first: number | undefined;
      try {
        first = encode(text)[0];
      } catch {
        continue; // the reference logs and skips strings its tokenizer cannot encode
      }
      // Only the first id counts, even when the tokenizer splits the string (SentencePiece's "▁").
      if (first !== undefined && Number.isInteger(first) && first >= 0 && first < V && !seen.has(first)) {
        ids.push(first);
        seen.add(first);
      }
    }
  };

  tryEncode(UNIVERSAL_ANCHORS);
  // Without a tokenizer phase 3 encodes nothing, so the distribution would be computed for nothing.
  if (encode !== null) {
    const given = options.distribution;
    const dist = given === undefined ? vocabDistribution(options.vocab) : entriesOf(given);
    const active = activeScripts(dist);
    const allocations = allocate(active, anchorK - ids.length);
    // Descending share; Array.prototype.sort is stable like Python's sorted().
    for (const [script] of [...active].sort((a, b) => b[1] - a[1])) {
      tryEncode((SCRIPT_ANCHORS[script] ?? []).slice(0, allocations.get(script) ?? 0));
    }
  }
  randomFill(ids, seen, V, anchorK);
  return ids.slice(0, anchorK);
}

function vocabDistribution(vocab: Iterable<string> | null | undefined): ScriptDistribution {
  return vocab === null || vocab === undefined ? [] : scriptDistribution(vocab);
}

function entriesOf(
  d: ScriptDistribution | Readonly<Record<string, number>>,
): ReadonlyArray<readonly [string, number]> {
  return Array.isArray(d) ? d : Object.entries(d);
}

/** Scripts with anchor words and a share ≥ 5 %, in distribution order; Latin alone when none. */
function activeScripts(dist: ReadonlyArray<readonly [string, number]>): ScriptDistribution {
  const active = dist.filter(
    (e): e is readonly [ScriptName, number] =>
      e[1] >= SCRIPT_THRESHOLD && Object.hasOwn(SCRIPT_ANCHORS, e[0]),
  );
  return active.length > 0 ? active : [["Latin", 1.0]];
}

/**
 * Slots per script: max(2, round(budget·pct/T)), then the overshoot or shortfall taken from the first
 * script with the largest allocation (never below 2) — so the total can still miss the budget.
 */
function allocate(
  active: ReadonlyArray<readonly [ScriptName, number]>,
  budget: number,
): Map<ScriptName, number> {
  let total = 0;
  for (const [, pct] of active) total += pct;
  const allocations = new Map<ScriptName, number>();
  let allocated = 0;
  for (const [script, pct] of active) {
    const n = Math.max(2, pyRound((budget * pct) / total));
    allocations.set(script, n);
    allocated += n;
  }
  const diff = allocated - budget;
  if (diff !== 0) {
    // max(allocations, key=allocations.get): the first script holding the largest allocation.
    let [largest, most] = [...allocations][0] as [ScriptName, number];
    for (const [script, n] of allocations) if (n > most) [largest, most] = [script, n];
    allocations.set(largest, Math.max(2, most - diff));
  }
  return allocations;
}

/** Phase 4: RandomState(42).choice over the unseen ids below min(V, 50 000), appended in draw order. */
function randomFill(ids: number[], seen: ReadonlySet<number>, V: number, anchorK: number): void {
  const remaining = anchorK - ids.length;
  if (remaining <= 0) return;
  const pool: number[] = [];
  const limit = Math.min(V, POOL_LIMIT);
  for (let i = 0; i < limit; i++) if (!seen.has(i)) pool.push(i);
  if (pool.length === 0) return;
  ids.push(...legacyChoiceWithoutReplace(new Mt19937(SEED), pool, Math.min(remaining, pool.length)));
}
