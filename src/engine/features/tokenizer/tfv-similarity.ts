// TFV similarity (provenancekit §2.4): eleven weighted components summed in the reference's order,
// then Python-rounded to 4 decimals. The order of the float additions is part of the result.

import { pyRound } from "../../pycompat/py-float.js";
import { compareCodePoints } from "../../pycompat/py-json.js";
import type { TokenizerFeatures } from "./tfv.js";

/** tfv_similarity(a, b) in [0, 1]. */
export function tfvSimilarity(a: TokenizerFeatures, b: TokenizerFeatures): number {
  let score = 0;
  score += 0.1 * (a.tokenizer_class === b.tokenizer_class ? 1 : 0);
  const maxVocab = Math.max(a.vocab_size, b.vocab_size);
  score += 0.1 * (maxVocab > 0 ? 1 - Math.abs(a.vocab_size - b.vocab_size) / maxVocab : 0);
  const bos = a.bos_token_id === b.bos_token_id ? 1 : 0;
  const eos = a.eos_token_id === b.eos_token_id ? 1 : 0;
  score += (0.08 * (bos + eos)) / 2;
  const la = a.avg_token_length;
  const lb = b.avg_token_length;
  score += 0.07 * Math.max(0, 1 - Math.abs(la - lb) / Math.max(la, lb, 1e-8));
  score += 0.05 * Math.max(0, 1 - Math.abs(a.pct_whitespace_prefix - b.pct_whitespace_prefix));
  score += scriptCosine(a.script_distribution, b.script_distribution);
  score += 0.05 * (a.pct_byte_tokens > 0 === b.pct_byte_tokens > 0 ? 1 : 0);
  score += mergeCount(a.num_merges, b.num_merges);
  score += mergeRuleHash(a.merge_rule_hash, b.merge_rule_hash);
  score += specialTokens(a.special_token_ids, b.special_token_ids);
  score += mergeIdentity(a.all_merges_str, b.all_merges_str);
  return pyRound(score, 4);
}

type Shares = Readonly<Record<string, number>>;

/** 0.10 × cosine of the stored shares over the sorted union of scripts (missing = 0). */
function scriptCosine(a: Shares, b: Shares): number {
  const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])].sort(compareCodePoints);
  if (keys.length === 0) return 0;
  // numpy's norm and dot of these ≤ 6-element vectors are plain left-to-right float64 sums.
  let dot = 0;
  let aa = 0;
  let bb = 0;
  for (const k of keys) {
    const x = share(a, k);
    const y = share(b, k);
    dot += x * y;
    aa += x * x;
    bb += y * y;
  }
  const norm = Math.sqrt(aa) * Math.sqrt(bb);
  return 0.1 * (norm > 1e-8 ? dot / norm : 0);
}

/** dict.get(k, 0) on a record that may come from parsed JSON (inherited names are not keys). */
function share(d: Shares, k: string): number {
  return Object.hasOwn(d, k) ? (d[k] as number) : 0;
}

function mergeCount(ma: number, mb: number): number {
  if (ma > 0 && mb > 0) return 0.05 * (1 - Math.abs(ma - mb) / Math.max(ma, mb));
  if (ma === 0 && mb === 0) return 0.05;
  return 0;
}

function mergeRuleHash(ha: string, hb: string): number {
  // An empty hash (database bundles may lack it) never matches, not even another empty one.
  return ha !== "" && hb !== "" ? 0.15 * (ha === hb ? 1 : 0) : 0;
}

type SpecialIds = Readonly<Record<string, number | null>>;

/** 0.10 × share of pad/unk/mask that agree; a key set on one side only is left out. */
function specialTokens(a: SpecialIds, b: SpecialIds): number {
  let matches = 0;
  let total = 0;
  for (const key of ["pad", "unk", "mask"]) {
    const ia = specialId(a, key);
    const ib = specialId(b, key);
    if (ia !== null && ib !== null) {
      total++;
      if (ia === ib) matches++;
    } else if (ia === null && ib === null) {
      total++;
      matches++;
    }
  }
  return 0.1 * (total > 0 ? matches / total : 0.5);
}

function specialId(d: SpecialIds, key: string): number | null {
  return Object.hasOwn(d, key) ? (d[key] ?? null) : null;
}

function mergeIdentity(ma: string, mb: string): number {
  if (ma !== "" && mb !== "") return 0.15 * (ma === mb ? 1 : 0);
  if (ma === "" && mb === "") return 0.15 * 0.5;
  return 0;
}
