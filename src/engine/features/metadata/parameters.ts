// Parameter estimate and size bucket (spec §6.2), used by scan's first-stage filter and checked
// against every stored param_bucket. Integer arithmetic as in Python: products of dimensions
// pass 2^53 for large models, so everything is BigInt.

import type { MfiFingerprint } from "./fingerprint.js";

export type ParamBucket = "<=1B" | "1-10B" | "10-40B" | "40B+";

/** Buckets in order; scan allows a query's own bucket and its neighbours. */
export const PARAM_BUCKETS: readonly ParamBucket[] = ["<=1B", "1-10B", "10-40B", "40B+"];

export type ParamEstimateInput = Pick<
  MfiFingerprint,
  | "model_type"
  | "hidden_size"
  | "num_hidden_layers"
  | "num_attention_heads"
  | "num_key_value_heads"
  | "intermediate_size"
  | "vocab_size"
  | "hidden_act"
  | "head_dim"
  | "tie_word_embeddings"
>;

const GATED_ACTIVATIONS = new Set(["silu", "swiglu", "gegelu"]);
const GATED_MODEL_TYPES = new Set([
  "gemma",
  "gemma2",
  "gemma3",
  "gemma3_text",
  "llama",
  "mistral",
  "mixtral",
  "phi3",
  "phi4",
  "qwen2",
  "qwen2_moe",
  "qwen3",
  "qwen3_moe",
  "deepseek_v2",
  "deepseek_v3",
  "cohere",
  "cohere2",
  "command-r",
  "starcoder2",
]);

/**
 * per_layer = h·hd·(nh + 2kv) + nh·hd·h + (3 if gated else 2)·h·inter;
 * total = V·h + L·per_layer + (0 if tied else V·h). MoE experts are ignored, as in the reference.
 */
export function estimateParameters(fp: ParamEstimateInput): bigint {
  const h = big(fp.hidden_size);
  const layers = big(fp.num_hidden_layers);
  const vocab = big(fp.vocab_size);
  const nh = big(fp.num_attention_heads);
  const kv = fp.num_key_value_heads ? big(fp.num_key_value_heads) : nh;
  const inter = fp.intermediate_size ? big(fp.intermediate_size) : 4n * h;
  const tied = fp.tie_word_embeddings ?? true;
  const hd = fp.head_dim ? big(fp.head_dim) : nh !== 0n ? floorDiv(h, nh) : h;
  const gated =
    GATED_ACTIVATIONS.has((fp.hidden_act ?? "").toLowerCase()) ||
    GATED_MODEL_TYPES.has(fp.model_type.toLowerCase());
  const perLayer = h * hd * (nh + 2n * kv) + nh * hd * h + (gated ? 3n : 2n) * h * inter;
  return vocab * h + layers * perLayer + (tied ? 0n : vocab * h);
}

/** Boundaries are strict: 999,999,999 is "<=1B", 1,000,000,000 is "1-10B". */
export function paramBucket(n: bigint | number): ParamBucket {
  const x = typeof n === "bigint" ? n : BigInt(Math.trunc(n));
  if (x < 1_000_000_000n) return "<=1B";
  if (x < 10_000_000_000n) return "1-10B";
  if (x < 40_000_000_000n) return "10-40B";
  return "40B+";
}

function big(n: number): bigint {
  if (!Number.isSafeInteger(n)) throw new RangeError(`parameter estimate needs integers, got ${n}`);
  return BigInt(n);
}

/** Python's // on ints: floor, also for negative operands. */
function floorDiv(a: bigint, b: bigint): bigint {
  const q = a / b;
  return a % b !== 0n && a < 0n !== b < 0n ? q - 1n : q;
}
