// Tensor names, shapes (in transformers' state-dict order) and config.json for each architecture,
// following LlamaForCausalLM, GPT2LMHeadModel and BertForPreTraining checkpoints.

import { TORCH_DTYPE, type FloatDtype } from "./dtypes.js";

export type Arch = "llama" | "gpt2" | "bert";

export interface ModelSpec {
  readonly arch: Arch;
  readonly seed: number;
  readonly hidden: number;
  readonly layers: number;
  readonly heads: number;
  /** Llama only (grouped-query attention); default `heads`. */
  readonly kvHeads?: number;
  /** MLP width; default Llama 8/3·hidden rounded up to a multiple of 32, GPT-2 and BERT 4·hidden. */
  readonly intermediate?: number;
  readonly vocab: number;
  /** Default F32. */
  readonly dtype?: FloatDtype;
  /** 1 (default): model.safetensors; n > 1: n shards plus model.safetensors.index.json. */
  readonly shards?: number;
  /** Default: Llama false (as Llama-2), GPT-2 and BERT true (as their checkpoints). */
  readonly tiedEmbeddings?: boolean;
  /** max_position_embeddings / n_positions; default Llama 2048, GPT-2 1024, BERT 512. */
  readonly positions?: number;
  /**
   * GPT-2 only: names carry "transformer." as save_pretrained writes them (default true); false gives
   * the bare names of the original openai-community/gpt2 file. Values do not depend on the prefix.
   */
  readonly transformerPrefix?: boolean;
  /** Picks the tokenizer's pieces; default 0, so models of one arch and vocab share a tokenizer. */
  readonly tokenizerSeed?: number;
}

export type ResolvedSpec = Required<ModelSpec>;

/** How a tensor is initialised: N(0, 0.02) matrices, 1 + noise norm scales, small biases. */
export type InitKind = "matrix" | "norm" | "bias";

export interface TensorLayout {
  readonly name: string;
  readonly shape: readonly number[];
  readonly init: InitKind;
  /** Name the values are seeded from: the GPT-2 name without its prefix. */
  readonly key: string;
}

export function numel(shape: readonly number[]): number {
  return shape.reduce((a, b) => a * b, 1);
}

/** Smallest vocabulary each tokenizer can express (specials plus byte or character alphabet). */
export const MIN_VOCAB: Readonly<Record<Arch, number>> = { llama: 259, gpt2: 257, bert: 5 };

export function resolveSpec(spec: ModelSpec): ResolvedSpec {
  const { arch, hidden, heads } = spec;
  const r: ResolvedSpec = {
    ...spec,
    kvHeads: spec.kvHeads ?? heads,
    intermediate:
      spec.intermediate ?? (arch === "llama" ? Math.ceil((8 * hidden) / 3 / 32) * 32 : 4 * hidden),
    dtype: spec.dtype ?? "F32",
    shards: spec.shards ?? 1,
    tiedEmbeddings: spec.tiedEmbeddings ?? arch !== "llama",
    positions: spec.positions ?? { llama: 2048, gpt2: 1024, bert: 512 }[arch],
    transformerPrefix: spec.transformerPrefix ?? true,
    tokenizerSeed: spec.tokenizerSeed ?? 0,
  };
  const positive = [
    "hidden",
    "layers",
    "heads",
    "kvHeads",
    "intermediate",
    "vocab",
    "shards",
    "positions",
  ] as const;
  for (const key of positive) {
    if (!Number.isSafeInteger(r[key]) || r[key] < 1) throw new RangeError(`model spec: ${key} must be ≥ 1`);
  }
  if (hidden % heads !== 0)
    throw new RangeError(`model spec: hidden ${hidden} is not a multiple of heads ${heads}`);
  if (heads % r.kvHeads !== 0) throw new RangeError(`model spec: heads ${heads} not a multiple of kvHeads`);
  if (r.vocab < MIN_VOCAB[arch]) {
    throw new RangeError(`model spec: ${arch} vocab must be ≥ ${MIN_VOCAB[arch]} (specials + alphabet)`);
  }
  return r;
}

const mat = (name: string, ...shape: number[]): TensorLayout => ({ name, shape, init: "matrix", key: name });
const norm = (name: string, n: number): TensorLayout => ({ name, shape: [n], init: "norm", key: name });
const bias = (name: string, n: number): TensorLayout => ({ name, shape: [n], init: "bias", key: name });
/** A LayerNorm's (weight, bias) pair. */
const layerNorm = (prefix: string, n: number): TensorLayout[] => [
  norm(`${prefix}.weight`, n),
  bias(`${prefix}.bias`, n),
];
/** A Linear/Conv1D's (weight, bias) pair. */
const affine = (prefix: string, shape: [number, number], out: number): TensorLayout[] => [
  mat(`${prefix}.weight`, ...shape),
  bias(`${prefix}.bias`, out),
];

export function tensorLayout(s: ResolvedSpec): TensorLayout[] {
  switch (s.arch) {
    case "llama":
      return llamaLayout(s);
    case "gpt2":
      return gpt2Layout(s);
    case "bert":
      return bertLayout(s);
  }
}

function llamaLayout(s: ResolvedSpec): TensorLayout[] {
  const { hidden: d, intermediate: f, vocab: v } = s;
  const kv = (d / s.heads) * s.kvHeads;
  const out = [mat("model.embed_tokens.weight", v, d)];
  for (let i = 0; i < s.layers; i++) {
    const p = `model.layers.${i}`;
    out.push(
      ...[mat(`${p}.self_attn.q_proj.weight`, d, d), mat(`${p}.self_attn.k_proj.weight`, kv, d)],
      ...[mat(`${p}.self_attn.v_proj.weight`, kv, d), mat(`${p}.self_attn.o_proj.weight`, d, d)],
      ...[mat(`${p}.mlp.gate_proj.weight`, f, d), mat(`${p}.mlp.up_proj.weight`, f, d)],
      mat(`${p}.mlp.down_proj.weight`, d, f),
      ...[norm(`${p}.input_layernorm.weight`, d), norm(`${p}.post_attention_layernorm.weight`, d)],
    );
  }
  out.push(norm("model.norm.weight", d));
  if (!s.tiedEmbeddings) out.push(mat("lm_head.weight", v, d));
  return out;
}

function gpt2Layout(s: ResolvedSpec): TensorLayout[] {
  const { hidden: d, intermediate: f } = s;
  // Conv1D stores weights as [in, out], the transpose of nn.Linear.
  const body = [mat("wte.weight", s.vocab, d), mat("wpe.weight", s.positions, d)];
  for (let i = 0; i < s.layers; i++) {
    const p = `h.${i}`;
    body.push(
      ...layerNorm(`${p}.ln_1`, d),
      ...affine(`${p}.attn.c_attn`, [d, 3 * d], 3 * d),
      ...affine(`${p}.attn.c_proj`, [d, d], d),
      ...layerNorm(`${p}.ln_2`, d),
      ...affine(`${p}.mlp.c_fc`, [d, f], f),
      ...affine(`${p}.mlp.c_proj`, [f, d], d),
    );
  }
  body.push(...layerNorm("ln_f", d));
  const prefix = s.transformerPrefix ? "transformer." : "";
  const out = body.map((t) => ({ ...t, name: prefix + t.name }));
  if (!s.tiedEmbeddings) out.push(mat("lm_head.weight", s.vocab, d));
  return out;
}

function bertLayout(s: ResolvedSpec): TensorLayout[] {
  const { hidden: d, intermediate: f, vocab: v } = s;
  const e = "bert.embeddings";
  const out = [
    mat(`${e}.word_embeddings.weight`, v, d),
    mat(`${e}.position_embeddings.weight`, s.positions, d),
  ];
  out.push(mat(`${e}.token_type_embeddings.weight`, 2, d), ...layerNorm(`${e}.LayerNorm`, d));
  for (let i = 0; i < s.layers; i++) {
    const p = `bert.encoder.layer.${i}`;
    out.push(
      ...affine(`${p}.attention.self.query`, [d, d], d),
      ...affine(`${p}.attention.self.key`, [d, d], d),
      ...affine(`${p}.attention.self.value`, [d, d], d),
      ...affine(`${p}.attention.output.dense`, [d, d], d),
      ...layerNorm(`${p}.attention.output.LayerNorm`, d),
      ...affine(`${p}.intermediate.dense`, [f, d], f),
      ...affine(`${p}.output.dense`, [d, f], d),
      ...layerNorm(`${p}.output.LayerNorm`, d),
    );
  }
  out.push(...affine("bert.pooler.dense", [d, d], d), bias("cls.predictions.bias", v));
  out.push(...affine("cls.predictions.transform.dense", [d, d], d));
  out.push(...layerNorm("cls.predictions.transform.LayerNorm", d));
  // The MLM decoder shares the word embeddings unless untied.
  if (!s.tiedEmbeddings) out.push(mat("cls.predictions.decoder.weight", v, d));
  out.push(...affine("cls.seq_relationship", [2, d], 2));
  return out;
}

const TRANSFORMERS_VERSION = "4.44.2";

/** config.json content. GPT-2 and BERT omit tie_word_embeddings when true, as transformers does. */
export function modelConfig(s: ResolvedSpec): Record<string, unknown> {
  const common = {
    torch_dtype: TORCH_DTYPE[s.dtype],
    transformers_version: TRANSFORMERS_VERSION,
    use_cache: true,
  };
  const tie = s.tiedEmbeddings ? {} : { tie_word_embeddings: false };
  switch (s.arch) {
    case "llama":
      return { ...llamaConfig(s), ...common };
    case "gpt2":
      return { ...gpt2Config(s), ...tie, ...common };
    case "bert":
      return { ...bertConfig(s), ...tie, ...common };
  }
}

function llamaConfig(s: ResolvedSpec): Record<string, unknown> {
  return {
    architectures: ["LlamaForCausalLM"],
    attention_bias: false,
    attention_dropout: 0.0,
    bos_token_id: 1,
    eos_token_id: 2,
    hidden_act: "silu",
    hidden_size: s.hidden,
    initializer_range: 0.02,
    intermediate_size: s.intermediate,
    max_position_embeddings: s.positions,
    mlp_bias: false,
    model_type: "llama",
    num_attention_heads: s.heads,
    num_hidden_layers: s.layers,
    num_key_value_heads: s.kvHeads,
    pretraining_tp: 1,
    rms_norm_eps: 1e-5,
    rope_scaling: null,
    rope_theta: 10000.0,
    tie_word_embeddings: s.tiedEmbeddings,
    vocab_size: s.vocab,
  };
}

function gpt2Config(s: ResolvedSpec): Record<string, unknown> {
  return {
    activation_function: "gelu_new",
    architectures: ["GPT2LMHeadModel"],
    attn_pdrop: 0.1,
    bos_token_id: s.vocab - 1,
    embd_pdrop: 0.1,
    eos_token_id: s.vocab - 1,
    initializer_range: 0.02,
    layer_norm_epsilon: 1e-5,
    model_type: "gpt2",
    n_ctx: s.positions,
    n_embd: s.hidden,
    n_head: s.heads,
    n_inner: s.intermediate === 4 * s.hidden ? null : s.intermediate,
    n_layer: s.layers,
    n_positions: s.positions,
    reorder_and_upcast_attn: false,
    resid_pdrop: 0.1,
    scale_attn_by_inverse_layer_idx: false,
    scale_attn_weights: true,
    vocab_size: s.vocab,
  };
}

function bertConfig(s: ResolvedSpec): Record<string, unknown> {
  return {
    architectures: ["BertForPreTraining"],
    attention_probs_dropout_prob: 0.1,
    classifier_dropout: null,
    hidden_act: "gelu",
    hidden_dropout_prob: 0.1,
    hidden_size: s.hidden,
    initializer_range: 0.02,
    intermediate_size: s.intermediate,
    layer_norm_eps: 1e-12,
    max_position_embeddings: s.positions,
    model_type: "bert",
    num_attention_heads: s.heads,
    num_hidden_layers: s.layers,
    pad_token_id: 0,
    position_embedding_type: "absolute",
    type_vocab_size: 2,
    vocab_size: s.vocab,
  };
}
