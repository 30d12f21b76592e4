// Which rows the `sampled` profile reads (design §4 item 5). Every choice is a function of the
// tensor's shape, its role position (layer index; "end" for the embedding) and a fixed seed —
// never of its name or its values — so two models of the same shapes read the same rows, and their
// WVC samples sit at the same positions.
//
// Layer tensors (R rows): when R ≤ blocks·rowsPerBlock, every row. Otherwise the rows are cut into
// `blocks` equal segments of ⌊R/blocks⌋ rows and one contiguous run of rowsPerBlock rows is taken
// in each, at a jitter hashed from (seed, shape, layer, block): spread over the whole tensor, not
// aligned to anything a model could be tuned around, one range request per block. The END sample
// of the embedding works the same way with its own block count and size.

/** Parameters of the sampled profile; recorded in every sampled record. */
export interface SamplingParams {
  readonly blocks: number;
  readonly rowsPerBlock: number;
  readonly endBlocks: number;
  readonly endRowsPerBlock: number;
  readonly seed: number;
}

/**
 * Defaults sized for design §11 on a 7B Llama: 7 matrices × 32 layers × 4 blocks = 896 requests
 * and ≈ 36 MB; END 16 × 64 rows of 4096 = 8 MB in 16 requests; with norms and anchors ≈ 0.36 % of
 * the 13.5 GB of weights in about 1,100 requests. Four rows per block (eight before issue 7) leave
 * room for the lineage probe (lineage/probe.ts) within 1 % of the weights.
 */
export const DEFAULT_SAMPLING: SamplingParams = Object.freeze({
  blocks: 4,
  rowsPerBlock: 4,
  endBlocks: 16,
  endRowsPerBlock: 64,
  seed: 0x5eed_2024,
});

/** Bump when the rows chosen for a given shape change: records of other versions lose WVC. */
export const SAMPLING_VERSION = 2;

/** A run of rows [start, start + count). */
export interface RowBlock {
  readonly start: number;
  readonly count: number;
}

/** Role position of the embedding's END sample in the hash (layers use their index ≥ 0). */
export const END_ROLE = -1;

/** Contiguous row blocks of a tensor with `rows` rows; `key` = shape and role position. */
export function sampleBlocks(
  rows: number,
  blocks: number,
  rowsPerBlock: number,
  seed: number,
  key: readonly number[],
): RowBlock[] {
  if (rows <= blocks * rowsPerBlock) return rows === 0 ? [] : [{ start: 0, count: rows }];
  const segment = Math.floor(rows / blocks);
  const room = segment - rowsPerBlock + 1;
  const out: RowBlock[] = [];
  for (let b = 0; b < blocks; b++) {
    const jitter = hashInts([seed, ...key, b]) % room;
    out.push({ start: b * segment + jitter, count: rowsPerBlock });
  }
  return out;
}

/** The row indices of `blocks`, ascending. */
export function rowsOf(blocks: readonly RowBlock[]): number[] {
  const out: number[] = [];
  for (const { start, count } of blocks) for (let r = start; r < start + count; r++) out.push(r);
  return out;
}

/**
 * A 32-bit hash of non-negative or negative safe integers (each split into two 32-bit words),
 * murmur3-style mixing; platform-independent (Math.imul, unsigned shifts).
 */
export function hashInts(values: readonly number[]): number {
  let h = 0x811c9dc5;
  for (const v of values) {
    const lo = v >>> 0;
    const hi = Math.floor(v / 0x1_0000_0000) >>> 0;
    for (const word of [lo, hi]) {
      h = Math.imul(h ^ mix32(word), 0x01000193) >>> 0;
    }
  }
  return mix32(h);
}

function mix32(x: number): number {
  let h = x >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b) >>> 0;
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35) >>> 0;
  return (h ^ (h >>> 16)) >>> 0;
}
