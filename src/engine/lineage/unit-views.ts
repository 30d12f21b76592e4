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
const MIN_NORM = 1e-30;

/**
 * Each unit's row of the view of `m` (rows × cols, row-major), in unit order: `transposed` means
 * units are the columns (a writer, or a reader stored transposed); `channels[j]`, when given, is
 * the source channel placed at column j, multiplied by `signs[j]` when given (a residual
 * alignment, residual-alignment.ts). Column norms are taken first; then each row is scaled by them
 * and to unit norm, into one reused buffer passed to `emit`, so no copy of the matrix is held.
 */
export function forEachUnitRow(
  m: Float32Array | Float64Array,
  rows: number,
  cols: number,
  transposed: boolean,
  emit: (unit: number, row: Float64Array) => void,
  channels?: Int32Array,
  signs?: Float64Array,
): void {
  if (m.length !== rows * cols) throw new RangeError(`matrix has ${m.length} values, not ${rows}×${cols}`);
  const units = transposed ? cols : rows;
  const width = transposed ? rows : cols;
  if (channels !== undefined && channels.length !== width)
    throw new RangeError(`channel order has ${channels.length} entries, not ${width}`);
  const at = (u: number, j: number): number => {
    const c = channels === undefined ? j : (channels[j] as number);
    const x = transposed ? (m[c * cols + u] as number) : (m[u * cols + c] as number);
    return signs === undefined ? x : x * (signs[j] as number);
  };
  const norms = new Float64Array(width);
  for (let u = 0; u < units; u++)
    for (let j = 0; j < width; j++) {
      const x = at(u, j);
      norms[j] = (norms[j] as number) + x * x;
    }
  for (let j = 0; j < width; j++) norms[j] = Math.sqrt(norms[j] as number);
  const row = new Float64Array(width);
  for (let u = 0; u < units; u++) {
    let ss = 0;
    for (let j = 0; j < width; j++) {
      const n = norms[j] as number;
      const x = n < MIN_NORM ? 0 : at(u, j) / n;
      row[j] = x;
      ss += x ** 2;
    }
    const n = Math.sqrt(ss);
    for (let j = 0; j < width; j++) row[j] = n < MIN_NORM ? 0 : (row[j] as number) / n;
    emit(u, row);
  }
}

/** The unit view of `m` (forEachUnitRow's rows, held). */
export function unitView(
  m: Float32Array | Float64Array,
  rows: number,
  cols: number,
  transposed: boolean,
  channels?: Int32Array,
  signs?: Float64Array,
): UnitView {
  const units = transposed ? cols : rows;
  const width = transposed ? rows : cols;
  const data = new Float64Array(units * width);
  forEachUnitRow(m, rows, cols, transposed, (u, row) => data.set(row, u * width), channels, signs);
  return { units, width, data };
}
