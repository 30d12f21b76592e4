// Letter test and script class of a code point, and the script distribution of a vocabulary, as
// the reference computes them (provenancekit §2.3): Python's str.isalpha() and a classification by
// substrings of the Unicode character name, both taken from the generated table of CPython 3.12.

import { pyRound } from "../../pycompat/py-float.js";
import { SCRIPT_NAMES, SCRIPT_RANGES } from "./script-table.js";

export type ScriptName = (typeof SCRIPT_NAMES)[number];

/** Script → share of letters (4 decimals), in Counter.most_common() order. */
export type ScriptDistribution = ReadonlyArray<readonly [ScriptName, number]>;

const LATIN = SCRIPT_NAMES.indexOf("Latin");
const NOT_ALPHA = -1;
const RANGE_COUNT = SCRIPT_RANGES.length / 3;

// Columns of the packed table, for a binary search above the BMP without tuple allocations.
const starts = new Uint32Array(RANGE_COUNT);
const ends = new Uint32Array(RANGE_COUNT);
const scripts = new Uint8Array(RANGE_COUNT);
// Direct lookup for the BMP, where nearly every vocabulary character lives: script index + 1, 0 = not
// a letter. 64 KiB buys an O(1) answer for the hundreds of thousands of characters of a vocabulary.
const bmp = new Uint8Array(0x10000);

for (let r = 0; r < RANGE_COUNT; r++) {
  const first = SCRIPT_RANGES[3 * r] as number;
  const last = SCRIPT_RANGES[3 * r + 1] as number;
  const script = SCRIPT_RANGES[3 * r + 2] as number;
  starts[r] = first;
  ends[r] = last;
  scripts[r] = script;
  for (let cp = first; cp <= Math.min(last, 0xffff); cp++) bmp[cp] = script + 1;
}
// Rule 1 of classify(): ASCII letters are Latin; other ASCII characters are not letters.
for (let cp = 0x41; cp <= 0x7a; cp++) {
  if (cp <= 0x5a || cp >= 0x61) bmp[cp] = LATIN + 1;
}

/** Index into SCRIPT_NAMES of the code point's script class, or -1 if it is not a letter. */
export function scriptIndex(cp: number): number {
  if (cp < 0x10000) return (bmp[cp] as number) - 1;
  let lo = 0;
  let hi = RANGE_COUNT - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    if (cp < (starts[mid] as number)) hi = mid - 1;
    else if (cp > (ends[mid] as number)) lo = mid + 1;
    else return scripts[mid] as number;
  }
  return NOT_ALPHA;
}

/** Python's chr(cp).isalpha() (General Category L*, Unicode 15.0.0). */
export function isAlpha(cp: number): boolean {
  return scriptIndex(cp) !== NOT_ALPHA;
}

/** The reference's classify_script() for a letter; undefined when the code point is not a letter. */
export function classifyScript(cp: number): ScriptName | undefined {
  const i = scriptIndex(cp);
  return i === NOT_ALPHA ? undefined : SCRIPT_NAMES[i];
}

/**
 * compute_script_distribution(): share of each script among all letters of all tokens, rounded to 4
 * decimals, ordered by count descending with ties in order of first appearance; empty without letters.
 */
export function scriptDistribution(tokens: Iterable<string>): ScriptDistribution {
  const counts = new Float64Array(SCRIPT_NAMES.length);
  const firstSeen: number[] = [];
  for (const token of tokens) countLetters(token, counts, firstSeen);
  return distributionFromCounts(counts, firstSeen);
}

/**
 * Adds the letters of `token` to `counts` (by script index) and appends newly met scripts to
 * `firstSeen`. Iterates code points by hand: a for…of over every character of a 262k-token vocabulary
 * allocates a string per character.
 */
export function countLetters(token: string, counts: Float64Array, firstSeen: number[]): void {
  for (let i = 0; i < token.length; i++) {
    let cp = token.charCodeAt(i);
    if (cp >= 0xd800 && cp <= 0xdbff && i + 1 < token.length) {
      const low = token.charCodeAt(i + 1);
      if (low >= 0xdc00 && low <= 0xdfff) {
        cp = 0x10000 + ((cp - 0xd800) << 10) + (low - 0xdc00);
        i++;
      }
    }
    const s = cp < 0x10000 ? (bmp[cp] as number) - 1 : scriptIndex(cp);
    if (s === NOT_ALPHA) continue;
    if (counts[s] === 0) firstSeen.push(s);
    counts[s] = (counts[s] as number) + 1;
  }
}

/** Counter.most_common() over the counts, each share rounded as Python's round(count / total, 4). */
export function distributionFromCounts(
  counts: Float64Array,
  firstSeen: readonly number[],
): ScriptDistribution {
  let total = 0;
  for (const s of firstSeen) total += counts[s] as number;
  if (total === 0) return [];
  // Array.prototype.sort is stable, so equal counts keep their first-appearance order.
  const order = [...firstSeen].sort((a, b) => (counts[b] as number) - (counts[a] as number));
  return order.map(
    (s) => [SCRIPT_NAMES[s] as ScriptName, pyRound((counts[s] as number) / total, 4)] as const,
  );
}

/** The distribution as the dict the reference stores (insertion order = most_common order). */
export function distributionToRecord(d: ScriptDistribution): Record<string, number> {
  return Object.fromEntries(d);
}
