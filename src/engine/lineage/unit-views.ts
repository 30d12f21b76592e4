// A layer matrix seen as "units × D" rows (lineage-test.md, step 3): readers (q, k, v, gate, up) as
// stored, writers (o, down) transposed, so every row is one unit's weights over the D residual
// channels. Columns are put in A's channel order, then every column and then every row is scaled
// to unit norm (one pass, as the prototype measured): per-channel rescaling is removed exactly and
// per-unit rescaling up to its small effect on the column norms — the cheapest disguises that keep
// a network's function.

export interface UnitView {
  readonly units: number;
  readonly width: number;
  /** units × width, row-major, float64. */
  readonly data: Float64Array;
}

/** Rows below this norm are left as zeros (a pruned or dead unit carries no evidence). */
export const MIN_NORM = 1e-30;

/**
 * The unit view of `m` (rows × cols, row-major). `transposed`: units are the columns (a writer, or
 * a reader stored transposed). `channels[j]`, when given, is the source channel placed at column j,
 * multiplied by `signs[j]` when given (a residual alignment, residual-alignment.ts).
 */
export function unitView(
  m: Float32Array | Float64Array,
  rows: number,
  cols: number,
  transposed: boolean,
  channels?: Int32Array,
  signs?: Float64Array,
): UnitView {
  if (m.length !== rows * cols) throw new RangeError(`matrix has ${m.length} values, not ${rows}×${cols}`);
  const units = transposed ? cols : rows;
  const width = transposed ? rows : cols;
  if (channels !== undefined && channels.length !== width)
    throw new RangeError(`channel order has ${channels.length} entries, not ${width}`);
  const data = new Float64Array(units * width);
  for (let u = 0; u < units; u++) {
    for (let j = 0; j < width; j++) {
      const c = channels === undefined ? j : (channels[j] as number);
      const x = transposed ? (m[c * cols + u] as number) : (m[u * cols + c] as number);
      data[u * width + j] = signs === undefined ? x : x * (signs[j] as number);
    }
  }
  normaliseColumns(data, units, width);
  normaliseRows(data, units, width);
  return { units, width, data };
}

function normaliseColumns(data: Float64Array, units: number, width: number): void {
  const norms = new Float64Array(width);
  for (let u = 0; u < units; u++)
    for (let j = 0; j < width; j++) {
      const x = data[u * width + j] as number;
      norms[j] = (norms[j] as number) + x * x;
    }
  for (let j = 0; j < width; j++) norms[j] = Math.sqrt(norms[j] as number);
  for (let u = 0; u < units; u++)
    for (let j = 0; j < width; j++) {
      const n = norms[j] as number;
      data[u * width + j] = n < MIN_NORM ? 0 : (data[u * width + j] as number) / n;
    }
}

function normaliseRows(data: Float64Array, units: number, width: number): void {
  for (let u = 0; u < units; u++) {
    let s = 0;
    for (let j = 0; j < width; j++) s += (data[u * width + j] as number) ** 2;
    const n = Math.sqrt(s);
    for (let j = 0; j < width; j++)
      data[u * width + j] = n < MIN_NORM ? 0 : (data[u * width + j] as number) / n;
  }
}
