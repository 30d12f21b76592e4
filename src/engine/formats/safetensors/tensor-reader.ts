// Reads tensors, or rows of them, and decodes them to Float32Array. A "row" is a slice along
// dimension 0 (row length = product of the other dimensions). Rows become byte spans; readSpans
// merges adjacent ones into one request and bounds how many requests run at once, so reading
// rows 3, 4, 5 of an embedding costs one range request, not three.

import type { ByteSource } from "../../io/byte-source.js";
import { DEFAULT_RANGE_OPTIONS, readSpans, type RangeReadOptions, type Span } from "../../io/ranges.js";
import { DTYPE_SIZES, decodeToFloat32 } from "../dtypes.js";
import type { TensorInfo } from "./header.js";

/** Values decoded by one call: 2^28 floats = 1 GiB. Larger tensors are read a block of rows at a time. */
export const MAX_DECODED_ELEMENTS = 2 ** 28;

/** Where a tensor's bytes come from: a WeightSet (one source per shard) or one ByteSource. */
export interface ShardAccess {
  source(file: string): ByteSource;
}
export type TensorBytes = ShardAccess | ByteSource;

export interface RowGeometry {
  /** Size of dimension 0. */
  readonly rows: number;
  /** Elements per row: product of the other dimensions. */
  readonly rowLength: number;
}

/** Rows of a tensor of rank ≥ 1 (a scalar has no dimension 0 and so no rows). */
export function rowGeometry(t: TensorInfo): RowGeometry {
  const [rows, ...rest] = t.shape;
  if (rows === undefined) throw new RangeError(`${where(t)}: a scalar (rank 0) tensor has no rows`);
  return { rows, rowLength: rest.reduce((a, b) => a * b, 1) };
}

/** The whole tensor, row-major. */
export async function readTensor(
  from: TensorBytes,
  t: TensorInfo,
  options?: RangeReadOptions,
  out?: Float32Array,
): Promise<Float32Array> {
  const size = DTYPE_SIZES[t.dtype];
  const elements = t.byteLength / size;
  checkDecodeSize(t, elements);
  return readPieces(from, t, splitRun(t.offset, t.byteLength, 0, size, options), elements, options, out);
}

/** Rows [start, start + count), row-major. */
export async function readRows(
  from: TensorBytes,
  t: TensorInfo,
  start: number,
  count: number,
  options?: RangeReadOptions,
  out?: Float32Array,
): Promise<Float32Array> {
  const { rows, rowLength } = rowGeometry(t);
  const valid = Number.isSafeInteger(start) && Number.isSafeInteger(count) && start >= 0 && count >= 0;
  if (!valid || start + count > rows) {
    throw new RangeError(
      `${where(t)}: rows [${start}, ${start + count}) are out of range; the tensor has ${rows} rows (dimension 0)`,
    );
  }
  const size = DTYPE_SIZES[t.dtype];
  const rowBytes = rowLength * size;
  checkDecodeSize(t, count * rowLength);
  const pieces = splitRun(t.offset + start * rowBytes, count * rowBytes, 0, size, options);
  return readPieces(from, t, pieces, count * rowLength, options, out);
}

/** The given rows, in the order given (repeats allowed), one after another. */
export async function readRowSet(
  from: TensorBytes,
  t: TensorInfo,
  rows: readonly number[],
  options?: RangeReadOptions,
): Promise<Float32Array> {
  const geometry = rowGeometry(t);
  const { rowLength } = geometry;
  for (const row of rows) {
    if (!Number.isSafeInteger(row) || row < 0 || row >= geometry.rows) {
      throw new RangeError(
        `${where(t)}: row ${row} is out of range; the tensor has ${geometry.rows} rows (dimension 0)`,
      );
    }
  }
  const size = DTYPE_SIZES[t.dtype];
  const rowBytes = rowLength * size;
  checkDecodeSize(t, rows.length * rowLength);
  const pieces: Piece[] = [];
  rows.forEach((row, k) =>
    pieces.push(...splitRun(t.offset + row * rowBytes, rowBytes, k * rowLength, size, options)),
  );
  return readPieces(from, t, pieces, rows.length * rowLength, options);
}

/** A byte span and the index of its first value in the output. */
interface Piece extends Span {
  readonly at: number;
}

/**
 * Cuts one contiguous run into pieces of at most maxRequestBytes (whole elements), so a large
 * tensor is fetched by several bounded requests in parallel rather than one huge one.
 */
function splitRun(
  offset: number,
  length: number,
  at: number,
  size: number,
  options?: RangeReadOptions,
): Piece[] {
  const max = options?.maxRequestBytes ?? DEFAULT_RANGE_OPTIONS.maxRequestBytes;
  const step = Math.max(size, max - (max % size));
  const pieces: Piece[] = [];
  for (let done = 0; done < length; done += step) {
    pieces.push({ offset: offset + done, length: Math.min(step, length - done), at: at + done / size });
  }
  return pieces;
}

/**
 * `given`: a buffer of exactly `elements` values to decode into. Reusing one buffer across reads
 * matters: freshly allocated memory costs a page fault per 4 KiB on first touch, which made
 * decoding ten times slower than the decode loop itself on our CI machines.
 */
async function readPieces(
  from: TensorBytes,
  t: TensorInfo,
  pieces: readonly Piece[],
  elements: number,
  options?: RangeReadOptions,
  given?: Float32Array,
): Promise<Float32Array> {
  if (given !== undefined && given.length !== elements) {
    throw new RangeError(
      `${where(t)}: output buffer holds ${given.length} values, the read yields ${elements}`,
    );
  }
  const out = given ?? new Float32Array(elements);
  if (pieces.length === 0) return out;
  const source = "read" in from ? from : from.source(t.file);
  const chunks = await readSpans(source, pieces, options);
  const size = DTYPE_SIZES[t.dtype];
  pieces.forEach((p, i) => {
    decodeToFloat32(t.dtype, chunks[i] as Uint8Array, out.subarray(p.at, p.at + p.length / size));
  });
  return out;
}

function checkDecodeSize(t: TensorInfo, elements: number): void {
  if (elements > MAX_DECODED_ELEMENTS) {
    throw new RangeError(
      `${where(t)}: reading ${elements} values at once exceeds the limit of ${MAX_DECODED_ELEMENTS} ` +
        "(MAX_DECODED_ELEMENTS); read fewer rows per call",
    );
  }
}

function where(t: TensorInfo): string {
  return `${t.file} [${t.name}]`;
}
