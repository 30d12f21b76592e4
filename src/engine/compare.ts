// compare(A, B): every similarity we can compute from metadata and tokenizers, and the verdict.
// The verdict rests on weight evidence only (design §4.1), so without weight signals it is
// "unverified" whatever the metadata says; the MFI tier is reported beside it.

import type { ModelFingerprint, FingerprintResult } from "./fingerprint.js";
import { mfiSimilarity, type MfiMatchType } from "./features/metadata/index.js";
import { tfvSimilarity } from "./features/tokenizer/tfv-similarity.js";
import { tokenizerScore, vocabOverlap } from "./features/tokenizer/voa.js";
import { verdictFromIdentity, type Verdict } from "./scoring/verdict.js";

export interface CompareSignals {
  readonly eas: number | null;
  readonly nlf: number | null;
  readonly lep: number | null;
  readonly end: number | null;
  readonly wvc: number | null;
  readonly tfv: number | null;
  readonly voa: number | null;
}

export interface CompareResult {
  readonly a: { readonly ref: string; readonly revision: string | null };
  readonly b: { readonly ref: string; readonly revision: string | null };
  readonly mfi: { readonly tier: 1 | 2 | 3; readonly score: number; readonly match_type: MfiMatchType };
  readonly signals: CompareSignals;
  readonly identity_score: number | null;
  readonly tokenizer_score: number | null;
  readonly verdict: Verdict;
  readonly bytes_read: { readonly a: number; readonly b: number };
  readonly requests: { readonly a: number; readonly b: number };
  readonly warnings: readonly string[];
}

export function compareFingerprints(a: FingerprintResult, b: FingerprintResult): CompareResult {
  const fa = a.fingerprint;
  const fb = b.fingerprint;
  const tfv = fa.tfv && fb.tfv ? tfvSimilarity(fa.tfv, fb.tfv) : null;
  const voa = a.tokenizer && b.tokenizer ? vocabOverlap(a.tokenizer.vocab, b.tokenizer.vocab).jaccard : null;
  const identity: number | null = null; // weight signals arrive with the weight-signal stage
  return {
    a: refOf(fa),
    b: refOf(fb),
    mfi: mfiSimilarity(fa.mfi, fb.mfi),
    signals: { eas: null, nlf: null, lep: null, end: null, wvc: null, tfv, voa },
    identity_score: identity,
    tokenizer_score: tfv === null || voa === null ? null : tokenizerScore(tfv, voa),
    verdict: verdictFromIdentity(identity),
    bytes_read: { a: fa.bytes_read, b: fb.bytes_read },
    requests: { a: fa.requests, b: fb.requests },
    warnings: [...fa.warnings.map((w) => `a: ${w}`), ...fb.warnings.map((w) => `b: ${w}`)],
  };
}

function refOf(f: ModelFingerprint): { ref: string; revision: string | null } {
  return { ref: f.ref, revision: f.revision };
}
