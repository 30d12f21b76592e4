// The WeightSignalFeatures record (provenancekit §4.10) both extraction profiles return, the
// descriptor of how it was sampled, and which signals two records may be compared on.
//
// Comparability rule (design §4 item 5):
//   - EAS and NLF are the same computation in both profiles (the anchor rows and the norm vectors
//     are read whole), so they are always comparable.
//   - LEP and END estimate the same quantity in both profiles (LEP: the unbiased Frobenius estimate
//     sqrt(Σ sampled x² · R/r) of each tensor; END: the row-norm distribution from a row sample), so
//     they are comparable across profiles; sampling only adds noise.
//   - WVC compares values position by position, and the positions are those of the sampled rows:
//     comparable only when both records used the same profile and, for `sampled`, the same
//     parameters (blocks, rows per block, seed, version). Otherwise the similarity is NaN and the
//     identity weights are rescaled (reference §5).
// A record without a descriptor (e.g. imported from the reference's database, extracted by its full
// path) counts as `full`. The WVC subsample S is the reference setting (4096) on every path and is
// not recorded.

import type { EasMatrix } from "../../scoring/similarity.js";

/** How a record's signals were read. */
export type SamplingDescriptor =
  | { readonly profile: "full" }
  | {
      readonly profile: "sampled";
      /** Row blocks per 2-D layer tensor. */
      readonly blocks: number;
      readonly rows_per_block: number;
      /** Row blocks of the embedding sampled for END. */
      readonly end_blocks: number;
      readonly end_rows_per_block: number;
      readonly seed: number;
      /** Version of the sampling algorithm: bump whenever the rows chosen for a shape change. */
      readonly version: number;
    };

export const FULL_SAMPLING: SamplingDescriptor = Object.freeze({ profile: "full" });

/** A WeightSignalFeatures record (provenancekit §4.10), with typed arrays in place of lists. */
export interface WeightSignals {
  /** config.hidden_size of the top-level config (0 if missing); never used in similarity. */
  readonly hidden_size: number;
  /** config.num_hidden_layers of the top-level config (0 if missing); never used in similarity. */
  readonly num_layers: number;
  readonly eas_self_sim: EasMatrix | null;
  readonly eas_anchor_count: number;
  /** f32 concatenation ("direct") or f64 [mean, std, max, min] per vector ("stats"). */
  readonly nlf_vector: Float32Array | Float64Array | null;
  readonly nlf_mode: "direct" | "stats" | null;
  readonly nlf_num_layers: number;
  readonly lep_profile: Float64Array | null;
  readonly end_histogram: Float64Array | null;
  readonly wsp_signature: Float64Array | null;
  /** Layer index → signature, keys ascending. */
  readonly wvc_layer_sigs: Map<number, Float32Array> | null;
  readonly sampling: SamplingDescriptor;
}

export interface ComparableSignals {
  readonly eas: boolean;
  readonly nlf: boolean;
  readonly lep: boolean;
  readonly end: boolean;
  readonly wvc: boolean;
}

/** Which signals two records may be compared on (see the rule at the top of this file). */
export function comparableSignals(
  a: SamplingDescriptor | undefined,
  b: SamplingDescriptor | undefined,
): ComparableSignals {
  return {
    eas: true,
    nlf: true,
    lep: true,
    end: true,
    wvc: sameSampling(a ?? FULL_SAMPLING, b ?? FULL_SAMPLING),
  };
}

function sameSampling(a: SamplingDescriptor, b: SamplingDescriptor): boolean {
  if (a.profile === "full" || b.profile === "full") return a.profile === b.profile;
  return (
    a.blocks === b.blocks &&
    a.rows_per_block === b.rows_per_block &&
    a.end_blocks === b.end_blocks &&
    a.end_rows_per_block === b.end_rows_per_block &&
    a.seed === b.seed &&
    a.version === b.version
  );
}
