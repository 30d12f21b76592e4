// A model's lineage probe (issue 7, "Remote reads"): what a fingerprint keeps so that the lineage
// test can later run against any other model's probe without reading either model again.
//
//  - `matrices`: the A side. Whole unit views (every unit, column- then row-normalised in the
//    model's own channel order) of the probe layers' matrices, projected by the seeded sketch when
//    D exceeds `dims`. Matching needs every unit of A, since B's units may be permuted.
//  - `sample`: the B side. Raw rows of reader matrices (units as stored rows), a seeded contiguous
//    block per matrix, or the whole matrix when it is small; raw because the other model's residual
//    alignment must be applied before normalising and projecting.
//  - `tokens`: raw rows of up to `tokens` strings chosen by a hash of the string, so two models
//    sharing tokens choose the same ones: the shared-token residual alignment. Rows of every token
//    table ([V, D] outside the layers: the embedding and an untied output head, at most
//    MAX_TOKEN_TABLES), one table after another, because without names the shape rule cannot
//    tell the two apart and either one carries the residual channels.
//
// Probe layers start at the middle layer (where neither the embedding nor the head dominate, and
// a dropped or added early layer moves the index by at most one) and widen outwards within the
// budgets; the sample covers a window around the middle layer, so the other model's probe layers
// fall inside it.

/**
 * Matrices of one layer that share units. Attention is one axis: a head permutation moves the
 * same heads of q, k, v and o, so any two of them with the same unit count agree (k/v, q/o under
 * GQA; all four under MHA); a disguise that permutes within heads differently for q·k and v·o
 * breaks some pairs and lowers T, not to chance.
 */
export type Axis = "attn" | "mlp";

export interface ProbeMatrix {
  readonly name: string;
  readonly layer: number;
  readonly axis: Axis | null;
  /** True when units are the stored columns. */
  readonly transposed: boolean;
  readonly units: number;
  /** D before projection. */
  readonly width: number;
  /** units × (dims or width), unit rows of norm 1. */
  readonly data: Float32Array;
}

export interface SampleMatrix {
  readonly name: string;
  readonly layer: number;
  readonly axis: Axis | null;
  /** Stored shape. */
  readonly rows: number;
  readonly cols: number;
  /** First stored row read, and how many (rows when the whole matrix was read). */
  readonly start: number;
  readonly count: number;
  /** count × cols raw values. */
  readonly data: Float32Array;
}

export interface LineageProbe {
  readonly version: 1;
  readonly hidden: number;
  readonly layers: number;
  /** Projected width of `matrices` (null: stored at full width D). */
  readonly dims: number | null;
  readonly seed: number;
  readonly matrices: readonly ProbeMatrix[];
  readonly sample: readonly SampleMatrix[];
  /** rows: tables × strings × D values (tables = rows.length / (strings.length · D)). */
  readonly tokens: { readonly strings: readonly string[]; readonly rows: Float32Array };
}

export interface ProbeParams {
  /** Projected width; D ≤ dims is stored unprojected. */
  readonly dims: number;
  readonly seed: number;
  /** Values kept in `matrices` (after projection). */
  readonly probeValues: number;
  /** Weight bytes read whole for the probe: the larger of a fraction of the weights and a floor. */
  readonly probeReadFraction: number;
  readonly probeReadFloor: number;
  /** Rows per sampled matrix, and the sample's byte budget (fraction of the weights, floor). */
  readonly sampleRows: number;
  readonly sampleReadFraction: number;
  readonly sampleReadFloor: number;
  /** Matrices up to this size are sampled whole (both orientations can then be read). */
  readonly wholeMatrixBytes: number;
  /** Layers each side of the middle that the sample always covers. */
  readonly window: number;
  readonly tokens: number;
}

/**
 * Sized for a Llama-2-7B (D 4096, 32 layers, bf16, 13.5 GB): k and v of the middle layer read
 * whole (67 MB, 0.50 %), projected to 2 × 4096 × 256 values; 48 rows of q, k, v, gate and up in
 * the middle five layers (9.8 MB, 0.07 %); 256 token rows of the embedding and of the output head
 * (4 MB). With the signals' sampled reads (DEFAULT_SAMPLING) that stays under 1 % of the weights.
 */
export const DEFAULT_PROBE: ProbeParams = Object.freeze({
  dims: 256,
  seed: 0x11ea_9e01,
  probeValues: 2 * 4096 * 256,
  probeReadFraction: 0.005,
  probeReadFloor: 16 * 1024 * 1024,
  sampleRows: 48,
  sampleReadFraction: 0.0005,
  sampleReadFloor: 4 * 1024 * 1024,
  wholeMatrixBytes: 256 * 1024,
  window: 2,
  tokens: 256,
});

const AXIS: Partial<Record<string, Axis>> = {
  q_proj: "attn",
  o_proj: "attn",
  k_proj: "attn",
  v_proj: "attn",
  gate_proj: "mlp",
  up_proj: "mlp",
  down_proj: "mlp",
};

export const MAX_TOKEN_TABLES = 2;

/** The unit axis of a role category (null: name unknown, matrices pair by unit count). */
export function axisOf(category: string): Axis | null {
  return AXIS[category] ?? null;
}

/** Named writers: units are their columns. */
export const WRITERS: ReadonlySet<string> = new Set(["o_proj", "down_proj"]);
