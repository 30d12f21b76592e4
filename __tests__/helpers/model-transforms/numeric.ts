// Transforms that change weight values but not the layout: fine-tune drift, merged LoRA, quantise
// round trips and dtype casts. All keep names, shapes, shards and tokenizer files.

import { castModel, type GeneratedModel, type GeneratedTensor } from "../model-factory.js";
import { Rng, seedFrom } from "../rng.js";
import { keep, nonWeightFiles, rebuild, tensorStd, type TensorPlan } from "./rebuild.js";

/** Relative drift of a light fine-tune (a few hundred steps at a small learning rate). */
export const SMALL_DRIFT = 1e-3;
/** Relative drift of a long fine-tune or continued pre-training on new data. */
export const LARGE_DRIFT = 2e-2;

export interface FineTuneOptions {
  /** Noise std as a fraction of each tensor's own std (SMALL_DRIFT, LARGE_DRIFT). */
  readonly std: number;
  readonly seed: number;
}

/**
 * Imitates a full fine-tune: every tensor gets independent Gaussian noise whose std is `std` times
 * the tensor's own std (about its mean), so norm scales (std ≈ 0.02 around 1) and matrices drift
 * alike. Lineage: **related** to `base`. In BF16 a SMALL_DRIFT is below the format's precision for
 * most weights (BF16 keeps 8 significant bits), so most values round back to the base's.
 */
export function fineTune(base: GeneratedModel, { std, seed }: FineTuneOptions): GeneratedModel {
  const plans = base.tensors.map((t): TensorPlan => {
    const sigma = std * tensorStd(t.values);
    return {
      name: t.name,
      shape: t.shape,
      fill: (out) => {
        new Rng(seedFrom(seed, "fine-tune", t.name)).fillGaussian(out, sigma);
        for (let i = 0; i < out.length; i++) out[i] = (out[i] as number) + (t.values[i] as number);
      },
    };
  });
  return rebuild(base.spec, base.config, plans, nonWeightFiles(base));
}

export interface LowRankOptions {
  readonly rank: number;
  /** Std of each ΔW entry as a fraction of W's own std. */
  readonly scale: number;
  readonly seed: number;
}

/** The first all-digit segment of a tensor name: its layer number (model.layers.3.… → 3). */
export function layerNumber(name: string): number | undefined {
  const segment = name.split(".").find((s) => /^\d+$/.test(s));
  return segment === undefined ? undefined : Number(segment);
}

/** A 2-D tensor inside a numbered layer: what LoRA adapters target. */
export function isLayerMatrix(t: GeneratedTensor): boolean {
  return t.shape.length === 2 && layerNumber(t.name) !== undefined;
}

/**
 * Imitates a LoRA adapter merged into its base (peft's merge_and_unload): every 2-D matrix of a
 * numbered layer becomes W + c·A·B with A [m, rank] and B [rank, n] standard normal and
 * c = scale·std(W)/√rank, so ΔW has rank `rank` and entries of std ≈ scale·std(W). Embeddings,
 * heads, norms and biases are unchanged. Lineage: **related** to `base`.
 */
export function mergeLowRank(base: GeneratedModel, { rank, scale, seed }: LowRankOptions): GeneratedModel {
  if (!Number.isSafeInteger(rank) || rank < 1) throw new RangeError(`mergeLowRank: rank ${rank} must be ≥ 1`);
  const plans = base.tensors.map((t): TensorPlan => {
    if (!isLayerMatrix(t)) return keep(t);
    const [m = 0, n = 0] = t.shape;
    const c = (scale * tensorStd(t.values)) / Math.sqrt(rank);
    return { name: t.name, shape: t.shape, fill: (out) => addLowRank(t, m, n, rank, c, seed, out) };
  });
  return rebuild(base.spec, base.config, plans, nonWeightFiles(base));
}

function addLowRank(
  t: GeneratedTensor,
  m: number,
  n: number,
  rank: number,
  c: number,
  seed: number,
  out: Float32Array,
): void {
  const a = new Rng(seedFrom(seed, "lora-A", t.name)).fillGaussian(new Float32Array(m * rank), 1);
  const b = new Rng(seedFrom(seed, "lora-B", t.name)).fillGaussian(new Float32Array(rank * n), 1);
  const row = new Float64Array(n);
  for (let i = 0; i < m; i++) {
    row.fill(0);
    for (let k = 0; k < rank; k++) {
      const aik = a[i * rank + k] as number;
      const bk = k * n;
      for (let j = 0; j < n; j++) row[j] = (row[j] as number) + aik * (b[bk + j] as number);
    }
    const at = i * n;
    for (let j = 0; j < n; j++) out[at + j] = (t.values[at + j] as number) + c * (row[j] as number);
  }
}

export interface QuantizeOptions {
  readonly bits: 8 | 4;
  /**
   * Elements per scale along a row. 8-bit: default the whole row (per-row absmax, as LLM.int8's
   * weight quantisation); 4-bit: default 128 (GPTQ/AWQ's usual group). A row's last group may be
   * shorter when the row length is not a multiple.
   */
  readonly groupSize?: number;
}

/** Largest code of a symmetric quantiser: int8 uses ±127, int4 uses ±7 (the −8 code is unused). */
export const QMAX: Readonly<Record<8 | 4, number>> = { 8: 127, 4: 7 };
const DEFAULT_4BIT_GROUP = 128;

/**
 * Imitates loading a quantised checkpoint and saving it back dequantised (bitsandbytes int8,
 * GPTQ/AWQ 4-bit): every tensor of rank ≥ 2 (rows along dimension 0) is quantised symmetrically,
 * q = round(x / s) clamped to ±QMAX with s = absmax / QMAX per group, then written back as q·s in
 * the base dtype. So |Δ| ≤ s/2 plus the dtype's rounding, within absmax/127 (int8) or absmax/7
 * (4-bit) per group. Vectors (norms, biases) stay as they are, as quantisers leave them in float.
 * Lineage: **related** to `base`.
 */
export function quantizeRoundTrip(base: GeneratedModel, options: QuantizeOptions): GeneratedModel {
  const qmax = QMAX[options.bits];
  const plans = base.tensors.map((t): TensorPlan => {
    if (t.shape.length < 2) return keep(t);
    const rowLength = t.shape.slice(1).reduce((a, b) => a * b, 1);
    const group = Math.min(
      rowLength,
      options.groupSize ?? (options.bits === 8 ? rowLength : DEFAULT_4BIT_GROUP),
    );
    if (!Number.isSafeInteger(group) || group < 1) {
      throw new RangeError(`quantizeRoundTrip: groupSize ${options.groupSize} must be ≥ 1`);
    }
    return {
      name: t.name,
      shape: t.shape,
      fill: (out) => quantizeRows(t.values, rowLength, group, qmax, out),
    };
  });
  return rebuild(base.spec, base.config, plans, nonWeightFiles(base));
}

/** Symmetric absmax quantise-dequantise of each `group`-long run of each row (float64 maths). */
export function quantizeRows(
  values: Float32Array,
  rowLength: number,
  group: number,
  qmax: number,
  out: Float32Array,
): void {
  for (let row = 0; row < values.length; row += rowLength) {
    for (let g = row; g < row + rowLength; g += group) {
      const end = Math.min(g + group, row + rowLength);
      let absmax = 0;
      for (let i = g; i < end; i++) absmax = Math.max(absmax, Math.abs(values[i] as number));
      const s = absmax / qmax;
      for (let i = g; i < end; i++) {
        const q = s === 0 ? 0 : Math.max(-qmax, Math.min(qmax, Math.round((values[i] as number) / s)));
        out[i] = q * s;
      }
    }
  }
}

/**
 * Imitates `model.to(torch.bfloat16 | torch.float16).save_pretrained()`: the same weights rounded to
 * nearest even, config torch_dtype updated. Lineage: **related** to `base`.
 */
export function castDtype(base: GeneratedModel, dtype: "BF16" | "F16"): GeneratedModel {
  return castModel(base, dtype);
}
