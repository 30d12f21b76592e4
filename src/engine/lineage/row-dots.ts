// The one kernel of the lineage test: dot products of every row of one row-major matrix with every
// row of another. Unit matching (|cosine| of unit views) and the residual alignment (correlation
// of token columns) are both this product. Four rows of A per pass over a row of B, so each value
// of B is loaded once for four sums; every sum still runs over k in order, so results do not depend
// on the unrolling.

/** b · aᵀ: bRows × aRows, row-major (`width` values per row); |x| of each when `abs`. */
export function rowDots(
  b: ArrayLike<number>,
  bRows: number,
  a: ArrayLike<number>,
  aRows: number,
  width: number,
  abs: boolean,
): Float64Array {
  const w = width;
  const out = new Float64Array(bRows * aRows);
  const put = abs ? Math.abs : (x: number): number => x;
  for (let i = 0; i < bRows; i++) {
    const bo = i * w;
    const oo = i * aRows;
    let j = 0;
    for (; j + 4 <= aRows; j += 4) {
      const a0 = j * w;
      let s0 = 0;
      let s1 = 0;
      let s2 = 0;
      let s3 = 0;
      for (let k = 0; k < w; k++) {
        const x = b[bo + k] as number;
        s0 += x * (a[a0 + k] as number);
        s1 += x * (a[a0 + w + k] as number);
        s2 += x * (a[a0 + 2 * w + k] as number);
        s3 += x * (a[a0 + 3 * w + k] as number);
      }
      out[oo + j] = put(s0);
      out[oo + j + 1] = put(s1);
      out[oo + j + 2] = put(s2);
      out[oo + j + 3] = put(s3);
    }
    for (; j < aRows; j++) {
      let s = 0;
      for (let k = 0; k < w; k++) s += (b[bo + k] as number) * (a[j * w + k] as number);
      out[oo + j] = put(s);
    }
  }
  return out;
}

/** Mean over the rows of each row's largest value (m: rows × cols, row-major). */
export function rowMaxMean(m: Float64Array, rows: number, cols: number): number {
  if (rows === 0) return 0;
  let sum = 0;
  for (let i = 0; i < rows; i++) {
    let best = 0;
    for (let j = 0; j < cols; j++) best = Math.max(best, m[i * cols + j] as number);
    sum += best;
  }
  return sum / rows;
}
