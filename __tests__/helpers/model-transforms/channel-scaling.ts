// Function-preserving rescalings. rescaleChannels folds a per-channel scale into each RMSNorm gain
// and its inverse into the columns of the matrices that read that norm's output ((g·s) ⊙ n · (W/s)ᵀ
// = (g ⊙ n) · Wᵀ). rescaleUnits scales MLP units through up (which enters linearly, unlike gate under
// SiLU) against down's columns, and value rows against the o columns that read them. Exact up to
// one rounding per weight. Lineage: **related** to `base`.

import type { GeneratedModel, GeneratedTensor } from "../model-factory.js";
import { Rng, seedFrom } from "../rng.js";
import { gather, randomScales, reciprocals } from "./gather.js";
import { keep, nonWeightFiles, rebuild, type TensorPlan } from "./rebuild.js";

const NORM_READER = /^(.*\.layers\.\d+)\.(?:self_attn\.[qkv]_proj|mlp\.(gate|up)_proj)\.weight$/;

/** The norm whose output `name` reads (Llama names), if any. */
function normRead(name: string): string | undefined {
  if (name === "lm_head.weight") return "model.norm.weight";
  const m = NORM_READER.exec(name);
  if (!m) return undefined;
  return `${m[1]}.${m[2] ? "post_attention_layernorm" : "input_layernorm"}.weight`;
}

/**
 * Every RMSNorm gain g[c] × s_c, s_c = exp(U(−1, 1)) per norm, and the columns c of its readers
 * ÷ s_c: q, k, v after input_layernorm, gate and up after post_attention_layernorm, lm_head after
 * model.norm. model.norm is left alone when the head is tied (absent): the embedding is read by
 * the input too.
 */
export function rescaleChannels(base: GeneratedModel, seed: number): GeneratedModel {
  const names = new Set(base.tensors.map((t) => t.name));
  const scales = (norm: string, n: number): Float64Array =>
    randomScales(new Rng(seedFrom(seed, "rescale-channels", norm)), n);
  const plans = base.tensors.map((t: GeneratedTensor): TensorPlan => {
    const norm = normRead(t.name);
    if (norm && names.has(norm)) return gather(t, { colScale: reciprocals(scales(norm, t.shape[1] ?? 0)) });
    const scaled =
      /\.(input_layernorm|post_attention_layernorm)\.weight$/.test(t.name) ||
      (t.name === "model.norm.weight" && names.has("lm_head.weight"));
    return scaled ? gather(t, { colScale: scales(t.name, t.shape[0] ?? 0) }) : keep(t);
  });
  return rebuild(base.spec, base.config, plans, nonWeightFiles(base));
}

const UNIT_TENSOR = /\.layers\.(\d+)\.(mlp\.(?:up|down)_proj|self_attn\.[vo]_proj)\.weight$/;

/**
 * Per layer, up row u × a_u and down column u ÷ a_u; v row u × b_u and every o column that reads
 * it (query head h's column d reads KV head ⌊h / group⌋'s row d) ÷ b_u. a, b = exp(U(−1, 1)).
 */
export function rescaleUnits(base: GeneratedModel, seed: number): GeneratedModel {
  const { heads, kvHeads } = base.spec;
  const group = heads / kvHeads;
  const scales = (layer: string, kind: string, n: number): Float64Array =>
    randomScales(new Rng(seedFrom(seed, "rescale-units", layer, kind)), n);
  const plans = base.tensors.map((t: GeneratedTensor): TensorPlan => {
    const m = UNIT_TENSOR.exec(t.name);
    if (!m) return keep(t);
    const layer = m[1] as string;
    const [rows = 0, cols = 0] = t.shape;
    switch (m[2]) {
      case "mlp.up_proj":
        return gather(t, { rowScale: scales(layer, "mlp", rows) });
      case "mlp.down_proj":
        return gather(t, { colScale: reciprocals(scales(layer, "mlp", cols)) });
      case "self_attn.v_proj":
        return gather(t, { rowScale: scales(layer, "value", rows) });
      default: {
        const headDim = cols / heads;
        const b = scales(layer, "value", kvHeads * headDim);
        const vRow = (c: number): number => Math.floor(c / headDim / group) * headDim + (c % headDim);
        return gather(t, {
          colScale: Float64Array.from({ length: cols }, (_, c) => 1 / (b[vRow(c)] as number)),
        });
      }
    }
  });
  return rebuild(base.spec, base.config, plans, nonWeightFiles(base));
}
