// What each extraction profile reads, from the tensor roles of roles.ts (design §4 item 3): the
// reference's name rules wherever they find something, shape rules where they find nothing, so a
// checkpoint whose tensors were renamed to invented names still yields all five signals.
//
//   - Embedding: assignRoles' pick (reference name list first, then [≈V, D] by shape), possibly
//     stored transposed as [D, V].
//   - Layer tensors (LEP, WSP): every tensor with a layer index (the reference regex, else the
//     path-segment rule), in state-dict order.
//   - WVC: when any layer tensor has a reference role category, exactly the reference's pieces
//     (dim ≥ 2, category not in {norm, embedding, lm_head, other}), so values match the reference.
//     When no layer tensor has one — renamed checkpoints, and GPT-2/Qwen-1-style names (Conv1D
//     `c_attn`…) for which the reference has no WVC at all — the shape-guessed block matrices
//     (attention-like or MLP-like: 2-D with a D side) are used instead. A reference record of such a
//     model has WVC = null, so comparing against it gives NaN either way.
//   - NLF: the reference's norm-name rule when any tensor has a norm name, else the shape rule's
//     norms (1-D of width D or a head width, not a Linear bias); always sorted by name.
// Known limit: WVC pieces inside a layer and NLF vectors follow offset and name order; a renamed
// checkpoint re-written in the new names' order permutes them (same values, other positions).

import type { TensorInfo } from "../../formats/safetensors/header.js";
import { assignRoles, type RoleHints } from "./roles.js";
import { nlfTensors } from "./signals-nlf.js";
import { numelOf } from "./tensor-blocks.js";
import { EXCLUDED_CATEGORIES, isNormName, roleCategory } from "./tensor-names.js";

export interface LayerTensor {
  readonly tensor: TensorInfo;
  readonly layer: number;
  /** Whether the tensor contributes a WVC piece. */
  readonly wvc: boolean;
}

export interface ExtractionRoles {
  readonly embedding: TensorInfo | null;
  /** Stored as [D, V]: rows of the vocabulary are columns of the tensor. */
  readonly transposed: boolean;
  /** State-dict order. */
  readonly layerTensors: readonly LayerTensor[];
  /** NLF inputs, sorted by name. */
  readonly norms: readonly TensorInfo[];
  readonly wvcBy: "name" | "shape" | "none";
}

export interface TensorList {
  readonly tensors: readonly TensorInfo[];
}

/** Hints from config.json; zero or negative values mean "unknown" and are dropped. */
export function roleHints(h: {
  vocabSize?: number | undefined;
  hiddenSize?: number | undefined;
  numLayers?: number | undefined;
  numHeads?: number | undefined;
}): RoleHints {
  const keep = (v: number | undefined): v is number => v !== undefined && v > 0;
  return {
    ...(keep(h.vocabSize) ? { vocabSize: h.vocabSize } : {}),
    ...(keep(h.hiddenSize) ? { hiddenSize: h.hiddenSize } : {}),
    ...(keep(h.numLayers) ? { numLayers: h.numLayers } : {}),
    ...(keep(h.numHeads) ? { numHeads: h.numHeads } : {}),
  };
}

export function extractionRoles(set: TensorList, hints: RoleHints): ExtractionRoles {
  const roles = assignRoles(set.tensors, hints);
  const byName = new Map(set.tensors.map((t) => [t.name, t]));
  const embedding = roles.embedding === null ? null : (byName.get(roles.embedding.name) ?? null);
  const layered = set.tensors.flatMap((t) => {
    const layer = roles.layerOf.get(t.name);
    return layer === undefined ? [] : [{ t, layer }];
  });
  const named = layered.filter(
    ({ t }) => t.shape.length >= 2 && !EXCLUDED_CATEGORIES.has(roleCategory(t.name)),
  );
  const guessed = new Set(
    roles.matrices.filter((m) => !m.byName && m.category !== "other").map((m) => m.name),
  );
  const wvcBy = named.length > 0 ? "name" : guessed.size > 0 ? "shape" : "none";
  const wvcNames = new Set(wvcBy === "name" ? named.map(({ t }) => t.name) : guessed);
  return {
    embedding,
    transposed: embedding !== null && roles.embedding?.transposed === true,
    layerTensors: layered.map(({ t, layer }) => ({ tensor: t, layer, wvc: wvcNames.has(t.name) })),
    norms: normTensors(set.tensors, roles.norms, byName),
    wvcBy,
  };
}

/** Tensors of fewer values are no NLF input (reference constant, as in signals-nlf.ts). */
const MIN_NLF_NUMEL = 64;

function normTensors(
  tensors: readonly TensorInfo[],
  shapeNorms: readonly string[],
  byName: ReadonlyMap<string, TensorInfo>,
): TensorInfo[] {
  if (tensors.some((t) => isNormName(t.name))) return nlfTensors(tensors);
  return shapeNorms.flatMap((name) => {
    const t = byName.get(name);
    return t !== undefined && numelOf(t) >= MIN_NLF_NUMEL ? [t] : [];
  });
}
