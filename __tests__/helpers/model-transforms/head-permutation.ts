// A function-preserving disguise of attention: in every layer the key/value heads are permuted
// (whole heads of k and v rows), each query head moves with its KV group and the query heads within
// a group are shuffled too (q rows, o columns). RoPE acts inside a head and every query head still
// reads its own KV head, so the function is exactly the same. Lineage: **related** to `base`.

import type { GeneratedModel, GeneratedTensor } from "../model-factory.js";
import { Rng, randomPermutation, seedFrom } from "../rng.js";
import { gather } from "./gather.js";
import { keep, nonWeightFiles, rebuild, type TensorPlan } from "./rebuild.js";

/** Unit (row) level: B's k/v row u is the base's row kv[u]; B's q row / o column u is the base's q[u]. */
export interface HeadPermutation {
  readonly kv: Int32Array;
  readonly q: Int32Array;
}

/** Per layer index. */
export type HeadPermutations = Map<number, HeadPermutation>;

const ATTN = /\.layers\.(\d+)\.self_attn\.([qkvo])_proj\.weight$/;

export function permuteHeads(
  base: GeneratedModel,
  seed: number,
): { model: GeneratedModel; perms: HeadPermutations } {
  const { heads, kvHeads } = base.spec;
  const perms: HeadPermutations = new Map();
  // Head size from the tensor itself, so a real model's head_dim need not be hidden / heads.
  const permFor = (layer: number, headDim: number): HeadPermutation => {
    let p = perms.get(layer);
    if (!p)
      perms.set(
        layer,
        (p = headPermutation(new Rng(seedFrom(seed, "heads", layer)), heads, kvHeads, headDim)),
      );
    return p;
  };
  const plans = base.tensors.map((t: GeneratedTensor): TensorPlan => {
    const m = ATTN.exec(t.name);
    if (!m) return keep(t);
    const [rows = 0, cols = 0] = t.shape;
    const layer = Number(m[1]);
    switch (m[2]) {
      case "q":
        return gather(t, { rows: permFor(layer, rows / heads).q });
      case "o":
        return gather(t, { cols: permFor(layer, cols / heads).q });
      default:
        return gather(t, { rows: permFor(layer, rows / kvHeads).kv });
    }
  });
  return { model: rebuild(base.spec, base.config, plans, nonWeightFiles(base)), perms };
}

function headPermutation(rng: Rng, heads: number, kvHeads: number, headDim: number): HeadPermutation {
  const group = heads / kvHeads;
  const kvHead = randomPermutation(rng, kvHeads);
  const qHead = new Int32Array(heads);
  for (let g = 0; g < kvHeads; g++) {
    const within = randomPermutation(rng, group);
    for (let j = 0; j < group; j++)
      qHead[g * group + j] = (kvHead[g] as number) * group + (within[j] as number);
  }
  return { kv: expand(kvHead, headDim), q: expand(qHead, headDim) };
}

/** A permutation of heads as one of their rows: row u is in head ⌊u / headDim⌋. */
function expand(headPerm: Int32Array, headDim: number): Int32Array {
  return Int32Array.from(
    { length: headPerm.length * headDim },
    (_, u) => (headPerm[Math.floor(u / headDim)] as number) * headDim + (u % headDim),
  );
}
