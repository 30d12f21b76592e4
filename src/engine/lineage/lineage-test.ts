// The lineage test with its residual-alignment candidates (lineage-test.md, step 2): each
// candidate is carried to the end and the one with the larger T is kept. So far: (b) none, and
// (a) shared-token embedding rows when both tokenizers are known; the token-free candidate (c)
// comes next. A tie keeps "none", the candidate that assumes nothing.

import { assignRoles } from "../features/weights/roles.js";
import { readTensor } from "../formats/safetensors/tensor-reader.js";
import type { WeightSet } from "../formats/safetensors/weights.js";
import { lineageOfViews, readLayerMatrices, unitMatrices, type LineageResult } from "./lineage-full.js";
import { alignByEmbeddings, sharedTokenRows } from "./residual-alignment.js";

export type Alignment = "none" | "shared-tokens";

export interface LineageTestResult extends LineageResult {
  readonly alignment: Alignment;
}

/** The embedding as [rows, D] row-major, or null when roles find none. */
async function embedding(set: WeightSet): Promise<{ data: Float32Array; rows: number; d: number } | null> {
  const roles = assignRoles(set.tensors);
  const e = roles.embedding;
  const t = e ? set.get(e.name) : undefined;
  if (!e || !t || t.shape.length !== 2) return null;
  const [r = 0, c = 0] = t.shape;
  const data = await readTensor({ source: (f) => set.source(f) }, t);
  if (!e.transposed) return { data, rows: r, d: c };
  const out = new Float32Array(data.length);
  for (let i = 0; i < r; i++) for (let j = 0; j < c; j++) out[j * r + i] = data[i * c + j] as number;
  return { data: out, rows: c, d: r };
}

export async function lineageTest(
  a: WeightSet,
  b: WeightSet,
  vocab: { readonly a: ReadonlyMap<string, number> | null; readonly b: ReadonlyMap<string, number> | null },
): Promise<LineageTestResult> {
  // Each model's matrices are read once, and A's views built once, whatever the candidates.
  const ma = unitMatrices(await readLayerMatrices(a));
  const rawB = await readLayerMatrices(b);
  let best: LineageTestResult = { ...lineageOfViews(ma, unitMatrices(rawB)), alignment: "none" };
  if (vocab.a && vocab.b) {
    const [ea, eb] = [await embedding(a), await embedding(b)];
    if (ea && eb && ea.d === eb.d) {
      const map = alignByEmbeddings(
        ea.data,
        eb.data,
        ea.d,
        sharedTokenRows(vocab.a, vocab.b, ea.rows, eb.rows),
      );
      if (map) {
        const aligned = lineageOfViews(ma, unitMatrices(rawB, map));
        if (aligned.t > best.t) best = { ...aligned, alignment: "shared-tokens" };
      }
    }
  }
  return best;
}
