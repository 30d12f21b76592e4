// The reference's tensor-name helpers (provenancekit-reference §4.1), reproduced rule for rule,
// false positives included: stored fingerprints were computed with these exact rules, so a
// "better" rule here would make our features disagree with the shipped database.
//
// Deliberate Python/JS differences, kept because they never occur in real tensor names: Python's
// `\d` and `\s` also match non-ASCII digits and a few extra separators; JS `\d` is ASCII only.

/**
 * `(?:layers?|h|block)\.\s*(\d+)\.` with search (leftmost-match) semantics and no word boundary,
 * so `graph.4.` and `depth.2.` match too, as they do in the reference.
 */
const LAYER_PATTERN = /(?:layers?|h|block)\.\s*(\d+)\./;

/** The layer index the reference reads from a name, or null when the pattern does not match. */
export function layerIndexByName(name: string): number | null {
  const match = LAYER_PATTERN.exec(name);
  const digits = match?.[1];
  return digits === undefined ? null : Number.parseInt(digits, 10);
}

const NORM_KEYWORDS = ["layernorm", "rmsnorm", "input_layernorm", "post_attention", "ln_", "norm"];

/** Norm tensor by name; LayerNorm biases (`h.0.ln_1.bias`) count as in the reference. */
export function isNormName(name: string): boolean {
  const lower = name.toLowerCase();
  return NORM_KEYWORDS.some((k) => lower.includes(k));
}

export type RoleCategory =
  | "q_proj"
  | "k_proj"
  | "v_proj"
  | "o_proj"
  | "gate_proj"
  | "up_proj"
  | "down_proj"
  | "embedding"
  | "norm"
  | "lm_head"
  | "other";

/** `classify_tensor_name`'s table; the order matters (first category with a keyword wins). */
const CATEGORY_KEYWORDS: readonly (readonly [RoleCategory, readonly string[]])[] = [
  ["q_proj", ["q_proj", "query", "self.query"]],
  ["k_proj", ["k_proj", "key", "self.key"]],
  ["v_proj", ["v_proj", "value", "self.value"]],
  ["o_proj", ["o_proj", "dense", "out_proj"]],
  ["gate_proj", ["gate_proj", "gate"]],
  ["up_proj", ["up_proj", "fc1", "dense_h_to_4h", "wi_0"]],
  ["down_proj", ["down_proj", "fc2", "dense_4h_to_h", "wi_1", "wo"]],
  ["embedding", ["embed_tokens", "wte", "word_embeddings", "shared.weight"]],
  ["norm", ["layernorm", "rmsnorm", "ln_", "norm"]],
  ["lm_head", ["lm_head", "cls"]],
];

/** The reference's role category of a tensor name (substring match on the lower-cased name). */
export function roleCategory(name: string): RoleCategory {
  const lower = name.toLowerCase();
  for (const [category, keywords] of CATEGORY_KEYWORDS) {
    if (keywords.some((k) => lower.includes(k))) return category;
  }
  return "other";
}

/** Categories the reference leaves out of WVC; only this set matters downstream. */
export const EXCLUDED_CATEGORIES: ReadonlySet<RoleCategory> = new Set([
  "norm",
  "embedding",
  "lm_head",
  "other",
]);

/** The reference's ordered list of embedding names; the first present one wins. */
export const EMBEDDING_NAMES: readonly string[] = [
  "model.embed_tokens.weight",
  "transformer.wte.weight",
  "embeddings.word_embeddings.weight",
  "gpt_neox.embed_in.weight",
  "transformer.word_embeddings.weight",
  "shared.weight",
  "model.shared.weight",
  "encoder.embed_tokens.weight",
  "model.encoder.embed_tokens.weight",
  "model.decoder.embed_tokens.weight",
  "decoder.embed_tokens.weight",
  "bert.embeddings.word_embeddings.weight",
  "roberta.embeddings.word_embeddings.weight",
  "deberta.embeddings.word_embeddings.weight",
  "distilbert.embeddings.word_embeddings.weight",
  "electra.embeddings.word_embeddings.weight",
  "albert.embeddings.word_embeddings.weight",
  "xlm-roberta.embeddings.word_embeddings.weight",
  "camembert.embeddings.word_embeddings.weight",
  "word_embeddings.weight",
  "wte.weight",
];

function looksLikeEmbedding(name: string): boolean {
  const lower = name.toLowerCase();
  return (lower.includes("embed") || lower.includes("wte")) && !lower.includes("position");
}

function firstListed(names: readonly string[]): string | null {
  const present = new Set(names);
  return EMBEDDING_NAMES.find((n) => present.has(n)) ?? null;
}

/**
 * Full-path rule: the first listed name present (its rank is not checked), else the first name in
 * iteration order that looks like an embedding and is 2-D. `names` must be in state-dict order.
 */
export function findEmbeddingByName(
  names: readonly string[],
  shapes: ReadonlyMap<string, readonly number[]>,
): string | null {
  return (
    firstListed(names) ?? names.find((n) => looksLikeEmbedding(n) && shapes.get(n)?.length === 2) ?? null
  );
}

/**
 * Streaming-path rule: the same list, then the first weight-map name that looks like an embedding
 * with no 2-D check (the reference then fails EAS/END silently on a 1-D pick).
 */
export function findEmbeddingNameStreaming(names: readonly string[]): string | null {
  return firstListed(names) ?? names.find(looksLikeEmbedding) ?? null;
}
