// compare(A, B): metadata (MFI tier and score), the five weight-signal similarities and their
// identity score, the tokenizer similarities, and the verdict. The verdict rests on the lineage
// test (lineage-verdict.ts): the identity score and the signals are similarity readouts only, and
// without weights the verdict is "unverified" whatever the metadata says.

import type { ModelFingerprint, FingerprintResult } from "./fingerprint.js";
import { mfiSimilarity, type MfiMatchType } from "./features/metadata/index.js";
import { tfvSimilarity } from "./features/tokenizer/tfv-similarity.js";
import { tokenizerScore, vocabOverlap } from "./features/tokenizer/voa.js";
import { identityScore } from "./scoring/identity.js";
import {
  easSimilarity,
  endSimilarity,
  lepSimilarity,
  nlfSimilarity,
  wvcSimilarity,
} from "./scoring/similarity.js";
import type { Verdict } from "./scoring/verdict.js";
import { lineageOfProbes } from "./lineage/probe-lineage.js";
import {
  lineageInput,
  lineageJson,
  verdictFromLineage,
  type LineageJson,
} from "./lineage/lineage-verdict.js";
import type { WeightEvidence } from "./weight-evidence.js";
import { comparableSignals } from "./features/weights/weight-signals.js";

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
  /** The lineage test the verdict rests on (null: it could not run; the verdict says why). */
  readonly lineage: LineageJson | null;
  readonly verdict: Verdict;
  readonly bytes_read: { readonly a: number; readonly b: number };
  readonly requests: { readonly a: number; readonly b: number };
  /** Wall time to fingerprint each model, in seconds. */
  readonly seconds: { readonly a: number; readonly b: number };
  readonly warnings: readonly string[];
}

export function compareFingerprints(a: FingerprintResult, b: FingerprintResult): CompareResult {
  const fa = a.fingerprint;
  const fb = b.fingerprint;
  const tfv = fa.tfv && fb.tfv ? tfvSimilarity(fa.tfv, fb.tfv) : null;
  const voa = a.tokenizer && b.tokenizer ? vocabOverlap(a.tokenizer.vocab, b.tokenizer.vocab).jaccard : null;
  const w = weightSimilarities(a.weights, b.weights);
  const identity = nullIfNaN(identityScore(w));
  const lineage = lineageInput(a.weights?.lineage ?? null, b.weights?.lineage ?? null, lineageOfProbes);
  return {
    a: refOf(fa),
    b: refOf(fb),
    mfi: mfiSimilarity(fa.mfi, fb.mfi),
    signals: {
      eas: nullIfNaN(w.eas),
      nlf: nullIfNaN(w.nlf),
      lep: nullIfNaN(w.lep),
      end: nullIfNaN(w.end),
      wvc: nullIfNaN(w.wvc),
      tfv,
      voa,
    },
    identity_score: identity,
    tokenizer_score: tfv === null || voa === null ? null : tokenizerScore(tfv, voa),
    lineage: lineage.kind === "outcome" ? lineageJson(lineage.outcome) : null,
    verdict: verdictFromLineage(lineage),
    bytes_read: { a: fa.bytes_read, b: fb.bytes_read },
    requests: { a: fa.requests, b: fb.requests },
    seconds: { a: fa.seconds, b: fb.seconds },
    warnings: [...fa.warnings.map((w) => `a: ${w}`), ...fb.warnings.map((w) => `b: ${w}`)],
  };
}

interface WeightSimilarities {
  readonly eas: number;
  readonly nlf: number;
  readonly lep: number;
  readonly end: number;
  readonly wvc: number;
}

/**
 * Each signal's similarity, NaN where either side lacks it or where the two were read in ways that
 * cannot be compared (WVC compares values position by position: same profile and sampling only).
 */
export function weightSimilarities(a: WeightEvidence | null, b: WeightEvidence | null): WeightSimilarities {
  if (!a || !b) return { eas: NaN, nlf: NaN, lep: NaN, end: NaN, wvc: NaN };
  const sa = a.signals;
  const sb = b.signals;
  const ok = comparableSignals(sa.sampling, sb.sampling);
  const when = (comparable: boolean, value: () => number): number => (comparable ? value() : NaN);
  const nlf = (s: typeof sa) =>
    s.nlf_vector ? { vector: s.nlf_vector, mode: s.nlf_mode, numLayers: s.nlf_num_layers } : null;
  return {
    eas: when(ok.eas, () => easSimilarity(sa.eas_self_sim, sb.eas_self_sim)),
    nlf: when(ok.nlf, () => nlfSimilarity(nlf(sa), nlf(sb))),
    lep: when(ok.lep, () => lepSimilarity(sa.lep_profile, sb.lep_profile)),
    end: when(ok.end, () => endSimilarity(sa.end_histogram, sb.end_histogram)),
    wvc: when(ok.wvc, () => wvcSimilarity(sa.wvc_layer_sigs, sb.wvc_layer_sigs)),
  };
}

function nullIfNaN(v: number): number | null {
  return Number.isNaN(v) ? null : v;
}

function refOf(f: ModelFingerprint): { ref: string; revision: string | null } {
  return { ref: f.ref, revision: f.revision };
}
