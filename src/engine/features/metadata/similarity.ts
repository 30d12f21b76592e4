// MFI similarity (spec §1.6): tier 1 on equal arch_hash, tier 2 on equal family_hash with equal
// hidden size and depth, else a weighted soft score. The soft score's additions happen in the
// reference's order, so the float sums (and the 4-decimal rounding) come out bit-identical.

import { pyRound } from "../../pycompat/py-float.js";
import type { MfiFingerprint } from "./fingerprint.js";

export type MfiMatchType = "exact" | "family" | "soft_match";

export interface MfiSimilarity {
  readonly score: number;
  readonly tier: 1 | 2 | 3;
  readonly match_type: MfiMatchType;
}

/** The fields the similarity reads; stored and freshly extracted fingerprints both have them. */
export type MfiSimilarityInput = Pick<
  MfiFingerprint,
  | "arch_hash"
  | "family_hash"
  | "hidden_size"
  | "num_hidden_layers"
  | "bos_token_id"
  | "eos_token_id"
  | "qk_norm"
  | "vocab_size"
  | "attention_style"
  | "rope_theta"
  | "norm_type"
  | "pos_encoding"
  | "attention_bias"
  | "model_type"
>;

export function mfiSimilarity(a: MfiSimilarityInput, b: MfiSimilarityInput): MfiSimilarity {
  if (a.arch_hash && b.arch_hash && a.arch_hash === b.arch_hash) {
    return { score: 1.0, tier: 1, match_type: "exact" };
  }
  // A family match with different hidden size or depth is demoted to the soft score, with no
  // bonus (the reference's docs mention one; its code has none).
  if (
    a.family_hash &&
    b.family_hash &&
    a.family_hash === b.family_hash &&
    a.hidden_size === b.hidden_size &&
    a.num_hidden_layers === b.num_hidden_layers
  ) {
    return { score: 0.9, tier: 2, match_type: "family" };
  }
  return { score: softScore(a, b), tier: 3, match_type: "soft_match" };
}

function softScore(a: MfiSimilarityInput, b: MfiSimilarityInput): number {
  let score = 0;
  let total = 0;
  const eq = (x: unknown, y: unknown): number => (x === y ? 1.0 : 0.0);

  total += 2.0;
  score += (2.0 * (eq(a.bos_token_id, b.bos_token_id) + eq(a.eos_token_id, b.eos_token_id))) / 2;
  if (a.hidden_size > 0 && b.hidden_size > 0) {
    total += 1.8;
    if (closeness(a.hidden_size, b.hidden_size) >= 0.9) score += 1.8;
  }
  total += 1.5;
  score += 1.5 * eq(a.qk_norm, b.qk_norm);
  if (a.num_hidden_layers > 0 && b.num_hidden_layers > 0) {
    total += 1.5;
    if (closeness(a.num_hidden_layers, b.num_hidden_layers) >= 0.9) score += 1.5;
  }
  if (a.vocab_size && b.vocab_size) {
    total += 1.5;
    score += 1.5 * closeness(a.vocab_size, b.vocab_size);
  }
  total += 1.5;
  score += 1.5 * eq(a.attention_style, b.attention_style);
  total += 1.2;
  score += ropeCredit(a.rope_theta, b.rope_theta);
  total += 0.5;
  score += 0.5 * eq(a.norm_type, b.norm_type);
  total += 0.4;
  score += 0.4 * eq(a.pos_encoding, b.pos_encoding);
  total += 0.4;
  score += 0.4 * eq(a.attention_bias, b.attention_bias);
  total += 0.1;
  score += 0.1 * eq(a.model_type, b.model_type);
  return total > 0 ? pyRound(score / total, 4) : 0.0;
}

/** 1 − |a−b| / max(a, b), the reference's relative closeness. */
function closeness(a: number, b: number): number {
  return 1 - Math.abs(a - b) / Math.max(a, b);
}

function ropeCredit(a: number | null, b: number | null): number {
  if (a !== null && b !== null) return a > 0 && b > 0 ? 1.2 * closeness(a, b) : 0;
  return a === null && b === null ? 1.2 : 0;
}
