// scan(model, reference databases): the reference's three stages (§6.3–§6.5) over a scan index,
// with our verdict rules (design §4.1, §5; lineage-verdict.ts) and ranking.
//
//   1. bucket filter: entries whose stored param_bucket is the query's bucket or a neighbour;
//   2. hash annotation: "exact_arch" / "family_hash" when the stored hashes equal the query's
//      (never filters);
//   3. scoring: MFI tier and score, TFV, the five weight-signal similarities against the entry's
//      deep signals and their identity score (similarity readouts), and the lineage test of the
//      entry's probe (A) against the query's (B), which gives the verdict exactly as in `compare`
//      (verdictFromLineage(lineageInput(…))). An entry without a probe (a database written before
//      issue 7, the published one), or a query without weight signals, is `unverified` whatever
//      its MFI tier or identity score (the reference would say "Confirmed Match").
//
// Ranking (docs/design-decisions.md, "Scan"): entries with a lineage result first, by T, then the
// rest as before — entries with an identity score by it, then the others by MFI score (a prior,
// not evidence); ties keep database-then-catalog order. An entry the lineage test rules out
// (`not-matched`, different residual widths included) is counted, never listed. Lineage matches are
// listed whatever the threshold (T is on another scale, and the verdict is the evidence); the
// threshold (inclusive) applies to unverified entries, on their identity score when they have one
// and on their MFI score otherwise.

import { performance } from "node:perf_hooks";
import type { CompareSignals } from "../compare.js";
import type { FingerprintResult } from "../fingerprint.js";
import {
  PARAM_BUCKETS,
  estimateParameters,
  mfiSimilarity,
  paramBucket,
  type MfiFingerprint,
  type MfiSimilarity,
  type ParamBucket,
} from "../features/metadata/index.js";
import { tfvSimilarity } from "../features/tokenizer/tfv-similarity.js";
import type { TokenizerFeatures } from "../features/tokenizer/tfv.js";
import type { WeightSignals } from "../features/weights/weight-signals.js";
import { identityScore, type IdentitySignals } from "../scoring/identity.js";
import { WEAK_MATCH_THRESHOLD, type Verdict } from "../scoring/verdict.js";
import type { Profile } from "../weight-evidence.js";
import type { LineageProbe } from "../lineage/probe.js";
import { lineageOfProbes } from "../lineage/probe-lineage.js";
import {
  lineageInput,
  lineageJson,
  verdictFromLineage,
  type LineageInput,
  type LineageJson,
} from "../lineage/lineage-verdict.js";
import {
  loadDeepSignals,
  loadLineageProbes,
  type ScanEntry,
  type ScanIndex,
  type ScanProblem,
} from "./scan-index.js";
import { prepareSignals, preparedSimilarities, type PreparedSignals } from "./scan-signals.js";
import { rank, withoutLineage, type Readout } from "./scan-verdict.js";

export { rankScore } from "./scan-verdict.js";

export const DEFAULT_TOP_K = 3;
export const DEFAULT_THRESHOLD = 0.5;

export interface ScanQuery {
  readonly ref: string;
  readonly revision: string | null;
  readonly profile: Profile;
  readonly mfi: MfiFingerprint;
  readonly tfv: TokenizerFeatures | null;
  readonly weights: WeightSignals | null;
  /** The query's lineage probe (B of each lineage test); absent or null: it has none. */
  readonly lineage?: LineageProbe | null;
}

export function scanQueryFrom(fp: FingerprintResult): ScanQuery {
  const f = fp.fingerprint;
  return {
    ref: f.ref,
    revision: f.revision,
    profile: f.profile,
    mfi: f.mfi,
    tfv: f.tfv,
    weights: fp.weights?.signals ?? null,
    lineage: fp.weights?.lineage ?? null,
  };
}

export type HashMatch = "exact_arch" | "family_hash";
export type MatchType = HashMatch | "mfi_only" | "similarity";

export interface ScanMatch {
  readonly model_id: string;
  readonly family_id: string;
  readonly family_name: string;
  readonly asset_id: string;
  /** Root of the database the entry came from. */
  readonly db: string;
  readonly param_bucket: string;
  readonly match_type: MatchType;
  /** Stage-2 annotation. */
  readonly hash_match: HashMatch | null;
  readonly identity_score: number | null;
  readonly mfi: MfiSimilarity;
  /** VOA is always null: database bundles hold only the vocabulary size. */
  readonly signals: CompareSignals;
  /** The lineage test the verdict rests on (null: it did not run; the verdict says why). */
  readonly lineage: LineageJson | null;
  readonly verdict: Verdict;
  /** Whether the entry names a deep-signal artifact (its file may still be absent). */
  readonly deep_signals: boolean;
  /** Whether the entry names a lineage probe (its file may still be absent). */
  readonly lineage_probe: boolean;
}

export interface ScanCounts {
  /** Entries in the index. */
  readonly entries: number;
  /** Entries the bucket filter kept: the candidates scored. */
  readonly candidates: number;
  /** Candidates whose verdict the lineage test decided (a match or not-matched). */
  readonly verified: number;
  /** Verified candidates whose verdict is not-matched: ruled out, never listed. */
  readonly not_matched: number;
  readonly unverified: number;
  /** Candidates the lineage test ran on (an outcome, whatever the verdict). */
  readonly lineage_tested: number;
  /** Candidates with an identity score (deep signals on both sides): a readout only. */
  readonly identity_scored: number;
  /** Listed candidates before top-k: lineage matches and unverified entries at or above the threshold. */
  readonly above_threshold: number;
}

export interface ScanTimings {
  readonly bucket_ms: number;
  readonly hash_ms: number;
  /** Reading the candidates' deep signals and lineage probes. */
  readonly deep_signals_ms: number;
  /** The lineage tests (part of scoring). */
  readonly lineage_ms: number;
  readonly scoring_ms: number;
  readonly ranking_ms: number;
  readonly total_ms: number;
}

export interface ScanResult {
  readonly query: {
    readonly ref: string;
    readonly revision: string | null;
    readonly profile: Profile;
    readonly param_bucket: ParamBucket;
    readonly buckets_scanned: readonly ParamBucket[];
    readonly arch_hash: string;
    readonly family_hash: string;
    readonly has_weight_signals: boolean;
    readonly has_lineage_probe: boolean;
  };
  readonly threshold: number;
  readonly top_k: number;
  readonly matches: readonly ScanMatch[];
  readonly match_count: number;
  readonly counts: ScanCounts;
  readonly timings: ScanTimings;
  readonly problems: readonly ScanProblem[];
}

export interface ScanOptions {
  readonly topK?: number;
  readonly threshold?: number;
  readonly now?: () => number;
}

export async function scan(
  index: ScanIndex,
  query: ScanQuery,
  options: ScanOptions = {},
): Promise<ScanResult> {
  const topK = options.topK ?? DEFAULT_TOP_K;
  const threshold = options.threshold ?? DEFAULT_THRESHOLD;
  if (!Number.isInteger(topK) || topK < 1) throw new RangeError(`topK must be >= 1, got ${topK}`);
  if (!(threshold >= 0 && threshold <= 1))
    throw new RangeError(`threshold must be in [0.0, 1.0], got ${threshold}`);
  const now = options.now ?? (() => performance.now());
  const t0 = now();

  const bucket = paramBucket(estimateParameters(query.mfi));
  const allowed = allowedBuckets(bucket);
  const lo = PARAM_BUCKETS.indexOf(allowed[0] as ParamBucket);
  const hi = lo + allowed.length - 1;
  const candidates = index.entries.filter((e) => e.bucket >= lo && e.bucket <= hi);
  const t1 = now();

  const hashes = candidates.map((e) => hashMatch(query.mfi, e.mfi));
  const t2 = now();

  const queryWeights = query.weights === null ? null : prepareSignals(query.weights);
  const queryProbe = query.lineage ?? null;
  const deep: (PreparedSignals | null)[] =
    queryWeights === null ? candidates.map(() => null) : await loadDeepSignals(index, candidates);
  // Probes are read whenever the query has weights: an entry probe against a query without one
  // still says why there is no test, as compare does.
  const probes: (LineageProbe | null)[] =
    queryWeights === null && queryProbe === null
      ? candidates.map(() => null)
      : await loadLineageProbes(index, candidates);
  const t3 = now();

  let lineageMs = 0;
  const scored = candidates.map((e, i) => {
    const probe = probes[i] ?? null;
    const l0 = now();
    const lineage = probe === null ? null : lineageInput(probe, queryProbe, lineageOfProbes);
    lineageMs += now() - l0;
    return scoreEntry(e, query, queryWeights, deep[i] ?? null, hashes[i] ?? null, lineage);
  });
  const t4 = now();

  const ranked = rank(scored, threshold);
  const matches = ranked.slice(0, topK);
  const t5 = now();

  const verified = scored.filter((m) => m.verdict.label !== "unverified");
  return {
    query: {
      ref: query.ref,
      revision: query.revision,
      profile: query.profile,
      param_bucket: bucket,
      buckets_scanned: allowed,
      arch_hash: query.mfi.arch_hash,
      family_hash: query.mfi.family_hash,
      has_weight_signals: query.weights !== null,
      has_lineage_probe: queryProbe !== null,
    },
    threshold,
    top_k: topK,
    matches,
    match_count: matches.length,
    counts: {
      entries: index.entries.length,
      candidates: candidates.length,
      verified: verified.length,
      not_matched: verified.filter((m) => !m.verdict.related).length,
      unverified: scored.length - verified.length,
      lineage_tested: scored.filter((m) => m.lineage !== null).length,
      identity_scored: scored.filter((m) => m.identity_score !== null).length,
      above_threshold: ranked.length,
    },
    timings: {
      bucket_ms: t1 - t0,
      hash_ms: t2 - t1,
      deep_signals_ms: t3 - t2,
      lineage_ms: lineageMs,
      scoring_ms: t4 - t3,
      ranking_ms: t5 - t4,
      total_ms: t5 - t0,
    },
    problems: index.problems,
  };
}

/** The query's bucket and its neighbours (reference §6.3). */
export function allowedBuckets(bucket: ParamBucket): ParamBucket[] {
  const i = PARAM_BUCKETS.indexOf(bucket);
  return PARAM_BUCKETS.slice(Math.max(0, i - 1), i + 2);
}

/** Stage 2 (reference §6.4): stored hashes against the query's, no emptiness check. */
function hashMatch(q: MfiFingerprint, e: MfiFingerprint): HashMatch | null {
  if (e.arch_hash === q.arch_hash) return "exact_arch";
  if (e.family_hash === q.family_hash) return "family_hash";
  return null;
}

function scoreEntry(
  e: ScanEntry,
  query: ScanQuery,
  queryWeights: PreparedSignals | null,
  entryWeights: PreparedSignals | null,
  hash: HashMatch | null,
  lineage: LineageInput | null,
): ScanMatch {
  const mfi = mfiSimilarity(query.mfi, e.mfi);
  const tfv = query.tfv !== null && e.tfv !== null ? tfvSimilarity(query.tfv, e.tfv) : null;
  const w =
    queryWeights !== null && entryWeights !== null
      ? preparedSimilarities(queryWeights, entryWeights, couldMatch)
      : null;
  // Unfinished WVC: the score with WVC at its bound bounds the true one (reported as such).
  const identity = w === null ? NaN : identityScore(w.wvcSkipped ? { ...w, wvc: w.wvcBound } : w);
  const identity_score = Number.isNaN(identity) ? null : identity;
  const orNull = (v: number | undefined): number | null => (v === undefined || Number.isNaN(v) ? null : v);
  const readout: Readout = {
    identity: identity_score,
    bound: w?.wvcSkipped ? w.wvcBound : null,
    entryWeights: entryWeights !== null,
  };
  return {
    model_id: e.model_id,
    family_id: e.family_id,
    family_name: e.family_name,
    asset_id: e.asset.asset_id,
    db: e.db.root,
    param_bucket: e.param_bucket,
    match_type:
      hash ??
      (mfi.tier === 1
        ? "exact_arch"
        : mfi.tier === 2
          ? "family_hash"
          : identity_score === null
            ? "mfi_only"
            : "similarity"),
    hash_match: hash,
    identity_score,
    mfi,
    signals: {
      eas: orNull(w?.eas),
      nlf: orNull(w?.nlf),
      lep: orNull(w?.lep),
      end: orNull(w?.end),
      wvc: orNull(w?.wvc),
      tfv,
      voa: null,
    },
    lineage: lineage?.kind === "outcome" ? lineageJson(lineage.outcome) : null,
    verdict: lineage !== null ? verdictFromLineage(lineage) : withoutLineage(query, e, readout),
    deep_signals: e.deep !== null,
    lineage_probe: e.probe !== null,
  };
}

/**
 * Whether WVC can still matter: the identity score is monotone in WVC, so with WVC at an upper
 * bound of its final value (1 before any layer, tighter after each; scan-signals.ts) it is an upper
 * bound; at or below the weak-match threshold the old identity verdict would be not-matched
 * whatever the rest of WVC is. Most candidates of a scan are unrelated, so this stops most WVC
 * computations part-way; such entries report the bound as their identity score, and every entry
 * above it has every signal computed. The verdict no longer rests on it (lineage-verdict.ts).
 */
function couldMatch(bound: IdentitySignals): boolean {
  return identityScore(bound) > WEAK_MATCH_THRESHOLD;
}
