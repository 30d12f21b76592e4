// The lineage test on two fully read models (issue 7, second slice; small models only for now:
// every layer matrix is held in memory). Structure by the roles the weight signals already use
// (names first, shapes otherwise); no residual alignment yet (both models' channels are taken in
// stored order), so this slice sees through unit permutations, rescaling and renames, not through
// a permuted residual stream.
//
// Each B matrix is matched against every A matrix with the same unit count, in any layer, and the
// best one (mean |cosine|) is kept; matrices of one B layer that share a unit axis (q/o, k/v,
// gate/up/down) then agree when they landed on the same A matrices' units (agreement.ts).

import { assignRoles, type LayerMatrix } from "../features/weights/roles.js";
import { readTensor } from "../formats/safetensors/tensor-reader.js";
import type { WeightSet } from "../formats/safetensors/weights.js";
import { agreementOf, type Agreement, type AgreementPair } from "./agreement.js";
import type { ChannelMap } from "./residual-alignment.js";
import { matchUnits } from "./unit-match.js";
import { unitView, type UnitView } from "./unit-views.js";

/** Values held per model by this full-read slice: small models only (the sampled probe comes later). */
export const MAX_FULL_LINEAGE_VALUES = 64 * 1024 * 1024;

type Axis = "attn-out" | "attn-kv" | "mlp";

export interface UnitMatrix {
  readonly name: string;
  readonly layer: number;
  readonly axis: Axis | null;
  readonly view: UnitView;
}

const AXIS: Partial<Record<string, Axis>> = {
  q_proj: "attn-out",
  o_proj: "attn-out",
  k_proj: "attn-kv",
  v_proj: "attn-kv",
  gate_proj: "mlp",
  up_proj: "mlp",
  down_proj: "mlp",
};
const WRITERS = new Set(["o_proj", "down_proj"]);

/** A layer matrix read whole, with what its unit view needs. */
export interface LayerMatrixData {
  readonly name: string;
  readonly layer: number;
  readonly axis: Axis | null;
  readonly rows: number;
  readonly cols: number;
  /** Units are the columns (o, down, or any [D, n] matrix without a name). */
  readonly writer: boolean;
  readonly data: Float32Array;
}

/** Every 2-D layer matrix with a hidden-size side, read once (small models: MAX_FULL_LINEAGE_VALUES). */
export async function readLayerMatrices(set: WeightSet, hidden = 0): Promise<LayerMatrixData[]> {
  const roles = assignRoles(set.tensors, hidden > 0 ? { hiddenSize: hidden } : {});
  const D = roles.hiddenSize;
  const out: LayerMatrixData[] = [];
  let held = 0;
  for (const m of roles.matrices as readonly LayerMatrix[]) {
    const t = set.get(m.name);
    if (!t || t.shape.length !== 2) continue;
    const [rows = 0, cols = 0] = t.shape;
    if (rows !== D && cols !== D) continue;
    held += rows * cols;
    if (held > MAX_FULL_LINEAGE_VALUES)
      throw new RangeError(
        `the full-read lineage test holds at most ${MAX_FULL_LINEAGE_VALUES} values per model`,
      );
    out.push({
      name: m.name,
      layer: m.layer,
      axis: AXIS[m.category] ?? null,
      rows,
      cols,
      writer: WRITERS.has(m.category) || (cols !== D && rows === D),
      data: await readTensor({ source: (f) => set.source(f) }, t),
    });
  }
  return out;
}

/** Unit views of read matrices; `align` puts the residual channels in A's order and sign. */
export function unitMatrices(matrices: readonly LayerMatrixData[], align?: ChannelMap): UnitMatrix[] {
  return matrices.map((m) => ({
    name: m.name,
    layer: m.layer,
    axis: m.axis,
    view: unitView(m.data, m.rows, m.cols, m.writer, align?.channels, align?.signs),
  }));
}

export interface LayerAgreement {
  /** B's layer, and the A layer most of its matrices matched into (−1 when none). */
  readonly b: number;
  readonly a: number;
  readonly t: number;
}

export interface MatrixMatch {
  /** The B matrix, and the A matrix its units were matched into (null: none of that unit count). */
  readonly b: string;
  readonly a: string | null;
  /** B unit u ↔ A unit assignment[u]. */
  readonly assignment: Int32Array | null;
  readonly meanCos: number;
}

export interface LineageResult extends Agreement {
  readonly layers: readonly LayerAgreement[];
  readonly matches: readonly MatrixMatch[];
}

/** `align` puts B's residual channels in A's order (and sign) before matching. */
export async function lineageFull(
  a: WeightSet,
  b: WeightSet,
  hidden = 0,
  align?: ChannelMap,
): Promise<LineageResult> {
  const ma = unitMatrices(await readLayerMatrices(a, hidden));
  return lineageOfViews(ma, unitMatrices(await readLayerMatrices(b, hidden), align));
}

/** The lineage test on unit views already built (A's views can serve several alignments of B). */
export function lineageOfViews(ma: readonly UnitMatrix[], mb: readonly UnitMatrix[]): LineageResult {
  const best = mb.map((x) => {
    let top: { index: number; assignment: Int32Array; cos: number } | null = null;
    ma.forEach((y, index) => {
      if (y.view.units !== x.view.units || y.view.width !== x.view.width) return;
      const m = matchUnits(y.view, x.view);
      if (top === null || m.meanCos > top.cos) top = { index, assignment: m.assignment, cos: m.meanCos };
    });
    return top as { index: number; assignment: Int32Array; cos: number } | null;
  });
  const all: AgreementPair[] = [];
  const layers: LayerAgreement[] = [];
  for (const layer of [...new Set(mb.map((x) => x.layer))].sort((p, q) => p - q)) {
    const pairs: AgreementPair[] = [];
    const votes = new Map<number, number>();
    const inLayer = mb.map((x, i) => ({ x, i })).filter(({ x }) => x.layer === layer);
    for (let s = 0; s < inLayer.length; s++)
      for (let r = s + 1; r < inLayer.length; r++) {
        const p = inLayer[s]!;
        const q = inLayer[r]!;
        if (p.x.axis === null || p.x.axis !== q.x.axis || p.x.view.units !== q.x.view.units) continue;
        const bp = best[p.i];
        const bq = best[q.i];
        if (!bp || !bq) continue;
        const sameLayer = ma[bp.index]!.layer === ma[bq.index]!.layer;
        const aUnits = ma[bp.index]!.view.units;
        // Landing in two different A layers is a disagreement on every unit.
        pairs.push({
          first: bp.assignment,
          second: sameLayer ? bq.assignment : bp.assignment.map((v) => (v < 0 ? v : (v + 1) % aUnits)),
          aUnits,
        });
      }
    for (const { i } of inLayer) {
      const hit = best[i];
      if (hit) votes.set(ma[hit.index]!.layer, (votes.get(ma[hit.index]!.layer) ?? 0) + 1);
    }
    const aLayer = [...votes].sort((x, y) => y[1] - x[1] || x[0] - y[0])[0]?.[0] ?? -1;
    layers.push({ b: layer, a: aLayer, t: agreementOf(pairs).t });
    all.push(...pairs);
  }
  const matches = mb.map((x, i): MatrixMatch => {
    const hit = best[i];
    return hit
      ? { b: x.name, a: ma[hit.index]!.name, assignment: hit.assignment, meanCos: hit.cos }
      : { b: x.name, a: null, assignment: null, meanCos: 0 };
  });
  return { ...agreementOf(all), layers, matches };
}
