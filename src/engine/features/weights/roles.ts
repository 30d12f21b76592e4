// Tensor roles by name and by shape (design §4 item 3): the reference's name rules first, then
// shape rules, so a checkpoint whose tensors were renamed is still fingerprinted. Renaming is the
// cheapest way to hide a model's lineage; shapes are much harder to change without retraining.

import {
  findEmbeddingByName,
  isNormName,
  layerIndexByName,
  roleCategory,
  type RoleCategory,
} from "./tensor-names.js";

export interface NamedShape {
  readonly name: string;
  readonly shape: readonly number[];
}

/** What config.json says, when it is there and trusted; every field is optional. */
export interface RoleHints {
  readonly vocabSize?: number;
  readonly hiddenSize?: number;
  /** Only bounds the segment rule; L itself is always read from the names. */
  readonly numLayers?: number;
  /** Attention heads: makes D / heads the only head width a norm may have. */
  readonly numHeads?: number;
}

/** A shape guess for a per-layer matrix whose name says nothing (category "other"). */
export type ShapeCategory = "attention-like" | "mlp-like";

export interface LayerMatrix {
  readonly name: string;
  readonly layer: number;
  readonly category: RoleCategory | ShapeCategory;
  /** True when the reference's name rule gave a category other than `other`: exactly these are
   * the matrices the reference's WVC uses. */
  readonly byName: boolean;
}

export interface RoleMap {
  /** `transposed`: stored as [D, V] rather than [V, D]. */
  readonly embedding: { readonly name: string; readonly transposed: boolean } | null;
  readonly layers: number;
  readonly layerOf: ReadonlyMap<string, number>;
  /** 1-D norm tensors, sorted by name. */
  readonly norms: readonly string[];
  /** 2-D tensors with a layer index, in input order. */
  readonly matrices: readonly LayerMatrix[];
  readonly hiddenSize: number;
  readonly method: {
    readonly embedding: "name" | "shape" | "none";
    readonly layers: "name" | "segment" | "none";
  };
}

/** Vocabularies are padded up to a multiple of 64 or 128 for GPU efficiency; 128 covers both. */
export const VOCAB_PAD_MULTIPLE = 128;
/** A table may also hold slightly fewer rows than the tokenizer (added tokens not yet resized). */
export const VOCAB_MIN_FRACTION = 0.98;
/** Narrowest head width a norm may have when heads are unknown (real head dims are 32…256). */
export const MIN_HEAD_WIDTH = 32;

/** Name categories that are not block matrices, so they never appear in `matrices`. */
const NOT_A_MATRIX: ReadonlySet<RoleCategory> = new Set(["norm", "embedding", "lm_head"]);

/**
 * Assigns roles to `tensors`, which should be in state-dict order (ties between shape candidates go
 * to the first one, as the reference's name fallback does).
 */
export function assignRoles(tensors: readonly NamedShape[], hints: RoleHints = {}): RoleMap {
  const hiddenSize = hints.hiddenSize ?? modalDimension(tensors);
  const { layerOf, layers, method: layerMethod } = assignLayers(tensors, hints.numLayers);
  const byName = embeddingByName(tensors);
  const embeddingName = byName ?? embeddingByShape(tensors, hiddenSize, layerOf, hints.vocabSize);
  const shape = tensors.find((t) => t.name === embeddingName)?.shape;
  const embedding =
    embeddingName === null || shape === undefined
      ? null
      : { name: embeddingName, transposed: shape[0] === hiddenSize && shape[1] !== hiddenSize };
  return {
    embedding,
    layers,
    layerOf,
    norms: findNorms(tensors, hiddenSize, hints.numHeads),
    matrices: layerMatrices(tensors, layerOf, hiddenSize, embeddingName),
    hiddenSize,
    method: {
      embedding: embedding === null ? "none" : byName === null ? "shape" : "name",
      layers: layerMethod,
    },
  };
}

/**
 * Hidden size without a config: the dimension that occurs most often among 2-D tensors' sides.
 * Every block matrix has a D side (q/o are D×D, k/v/MLP are D×something), so D outnumbers any
 * other width by a wide margin. Ties go to the larger value, only to be deterministic.
 */
export function modalDimension(tensors: readonly NamedShape[]): number {
  const counts = new Map<number, number>();
  for (const { shape } of tensors) {
    if (shape.length !== 2) continue;
    for (const d of shape) counts.set(d, (counts.get(d) ?? 0) + 1);
  }
  let best = 0;
  let bestCount = 0;
  for (const [d, n] of counts) {
    if (n > bestCount || (n === bestCount && d > best)) [best, bestCount] = [d, n];
  }
  return best;
}

/** The reference's pick, kept only when it is 2-D: a 1-D pick is useless for EAS/END. */
function embeddingByName(tensors: readonly NamedShape[]): string | null {
  const shapes = new Map(tensors.map((t) => [t.name, t.shape]));
  const name = findEmbeddingByName(
    tensors.map((t) => t.name),
    shapes,
  );
  return name !== null && shapes.get(name)?.length === 2 ? name : null;
}

/** Whether `rows` fits a vocabulary of `vocab`, allowing padding and a slightly short table. */
export function fitsVocab(rows: number, vocab: number): boolean {
  const padded = Math.ceil(vocab / VOCAB_PAD_MULTIPLE) * VOCAB_PAD_MULTIPLE;
  return rows >= Math.ceil(vocab * VOCAB_MIN_FRACTION) && rows <= padded;
}

/**
 * Tensors inside a layer are never the embedding. With a vocab hint: the first 2-D tensor with a D side and a vocab-sized other side, [V, D] before
 * [D, V]. Without: the 2-D tensor with a D side and the largest other side — a position
 * table larger than the vocabulary would win, which is why callers should pass the hint. An untied
 * output head has the embedding's shape; input order decides, and state-dict order puts the
 * embedding first.
 */
function embeddingByShape(
  tensors: readonly NamedShape[],
  hidden: number,
  layerOf: ReadonlyMap<string, number>,
  vocab: number | undefined,
): string | null {
  const otherSide = (t: NamedShape): number | null => {
    if (t.shape.length !== 2) return null;
    const [a = 0, b = 0] = t.shape;
    return b === hidden ? a : a === hidden ? b : null;
  };
  if (vocab !== undefined) {
    const fits = tensors.filter((t) => {
      const other = otherSide(t);
      return other !== null && !layerOf.has(t.name) && fitsVocab(other, vocab);
    });
    return (fits.find((t) => t.shape[1] === hidden) ?? fits[0])?.name ?? null;
  }
  let best: NamedShape | null = null;
  let bestSide = 0;
  for (const t of tensors) {
    const other = otherSide(t);
    if (other === null || layerOf.has(t.name) || other <= bestSide) continue;
    [best, bestSide] = [t, other];
  }
  return best?.name ?? null;
}

/** Splits a name into path segments; "/" appears in TF- and JAX-exported checkpoints. */
const segmentsOf = (name: string): string[] => name.split(/[./]/);
const isInteger = (segment: string): boolean => /^\d+$/.test(segment);

/**
 * Layer index per tensor: the reference regex; if it matches no name, the segment rule. The regex
 * wins whenever it matches anything, false positives included, to stay the reference's answer.
 */
export function assignLayers(
  tensors: readonly NamedShape[],
  numLayers?: number,
): {
  layerOf: Map<string, number>;
  layers: number;
  method: "name" | "segment" | "none";
} {
  const layerOf = new Map<string, number>();
  for (const { name } of tensors) {
    const index = layerIndexByName(name);
    if (index !== null) layerOf.set(name, index);
  }
  const method = layerOf.size > 0 ? "name" : "segment";
  if (method === "segment")
    for (const [name, index] of layersBySegment(tensors, numLayers ?? Infinity)) layerOf.set(name, index);
  // A loop, not Math.max(...values): a spread of 10^5+ tensors overflows the call stack.
  let layers = 0;
  for (const index of layerOf.values()) layers = Math.max(layers, index + 1);
  return { layerOf, layers, method: layerOf.size === 0 ? "none" : method };
}

/**
 * Names are grouped by pattern (their segments with every integer replaced by "#"), so
 * `net.blk.3.x0.w` and `net.blk.3.x1.w` share a pattern. In each pattern the layer segment is the
 * first integer position whose values over the group are exactly 0..L−1; a nested index that is
 * also contiguous (experts, sub-layers) comes later and so loses. A lone `name.0` counts as layer 0.
 * A `numLayers` hint rules out positions with more distinct values than the model has layers.
 */
function layersBySegment(tensors: readonly NamedShape[], maxLayers: number): Map<string, number> {
  const groups = new Map<string, string[][]>();
  for (const { name } of tensors) {
    const segments = segmentsOf(name);
    const pattern = segments.map((s) => (isInteger(s) ? "#" : s)).join(".");
    const group = groups.get(pattern);
    if (group === undefined) groups.set(pattern, [segments]);
    else group.push(segments);
  }
  const out = new Map<string, number>();
  for (const [pattern, members] of groups) {
    const positions = pattern.split(".").flatMap((s, i) => (s === "#" ? [i] : []));
    const position = positions.find((p) =>
      isContiguousFromZero(
        members.map((m) => Number(m[p])),
        maxLayers,
      ),
    );
    if (position === undefined) continue;
    for (const segments of members) out.set(segments.join("."), Number(segments[position]));
  }
  // Names may have used "/"; map back from the "."-joined form to the original names.
  return new Map(
    tensors.flatMap((t) => {
      const index = out.get(segmentsOf(t.name).join("."));
      return index === undefined ? [] : [[t.name, index] as const];
    }),
  );
}

function isContiguousFromZero(values: readonly number[], maxLayers: number): boolean {
  const distinct = new Set(values);
  if (distinct.size > maxLayers) return false;
  for (let i = 0; i < distinct.size; i++) if (!distinct.has(i)) return false;
  return true;
}

/** Head widths a norm may have: D / heads when known, else the divisors of D from MIN_HEAD_WIDTH. */
function headWidths(hidden: number, heads: number | undefined): Set<number> {
  if (heads !== undefined && heads > 0) return new Set([hidden / heads]);
  const out = new Set<number>();
  for (let w = MIN_HEAD_WIDTH; w < hidden; w++) if (hidden % w === 0) out.add(w);
  return out;
}

/**
 * Norms are 1-D. A tensor is one by the reference's name rule, or by shape: length D or a head
 * width, unless it is a bias — a 1-D tensor whose module (name minus its last segment) holds
 * exactly one 2-D tensor, as a Linear/Conv1D module does (weight + bias). A LayerNorm module holds
 * only 1-D tensors, so its weight and bias both count, matching the name rule (which counts
 * `ln_1.bias`). A flat naming (`blk.0.w3`) puts a whole layer in one module: there biases of width D
 * cannot be told from norms and count as norms. Position (in a layer or not) is not checked.
 */
function findNorms(tensors: readonly NamedShape[], hidden: number, heads: number | undefined): string[] {
  const widths = headWidths(hidden, heads);
  const moduleOf = (name: string): string => segmentsOf(name).slice(0, -1).join(".");
  const matrices = new Map<string, number>();
  for (const t of tensors) {
    if (t.shape.length === 2) matrices.set(moduleOf(t.name), (matrices.get(moduleOf(t.name)) ?? 0) + 1);
  }
  const byShape = (t: NamedShape): boolean => {
    const n = t.shape[0] ?? 0;
    return (n === hidden || widths.has(n)) && matrices.get(moduleOf(t.name)) !== 1;
  };
  return tensors
    .filter((t) => t.shape.length === 1 && (isNormName(t.name) || byShape(t)))
    .map((t) => t.name)
    .sort();
}

/**
 * Shape guess for a block matrix the name does not classify: with one side D, the other side s is
 * attention-like when it is D, 2D or 3D (q/k/v/o, fused kv/qkv) or divides D (grouped k/v:
 * kvHeads·headDim), and MLP-like otherwise. An MLP width of 2D or 3D would be misread as attention.
 */
export function shapeCategory(shape: readonly number[], hidden: number): ShapeCategory | "other" {
  const [a = 0, b = 0] = shape;
  if (shape.length !== 2 || (a !== hidden && b !== hidden)) return "other";
  const s = a === hidden ? b : a;
  const attention = s === hidden || s === 2 * hidden || s === 3 * hidden || (s < hidden && hidden % s === 0);
  return attention ? "attention-like" : "mlp-like";
}

function layerMatrices(
  tensors: readonly NamedShape[],
  layerOf: ReadonlyMap<string, number>,
  hidden: number,
  embedding: string | null,
): LayerMatrix[] {
  const out: LayerMatrix[] = [];
  for (const t of tensors) {
    const layer = layerOf.get(t.name);
    if (layer === undefined || t.shape.length !== 2 || t.name === embedding) continue;
    const named = roleCategory(t.name);
    if (NOT_A_MATRIX.has(named)) continue;
    const byName = named !== "other";
    out.push({ name: t.name, layer, category: byName ? named : shapeCategory(t.shape, hidden), byName });
  }
  return out;
}
