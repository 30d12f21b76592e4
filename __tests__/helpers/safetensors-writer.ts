// Builds safetensors files in memory for tests: header JSON padded to 8 bytes, then the tensor
// data in the given order. `raw` lets a test write any bytes (and any header) it likes.

export interface TensorSpec {
  readonly name: string;
  readonly dtype: string;
  readonly shape: readonly number[];
  /** Little-endian tensor bytes, already encoded in `dtype`. */
  readonly data: Uint8Array;
}

export interface WriteOptions {
  readonly metadata?: Record<string, string>;
  /** Align the data section start to 8 bytes with trailing header spaces, as the Rust writer does. */
  readonly align?: boolean;
}

export function safetensorsHeaderJson(
  tensors: readonly TensorSpec[],
  metadata?: Record<string, string>,
): string {
  const header: Record<string, unknown> = {};
  if (metadata) header.__metadata__ = metadata;
  let offset = 0;
  for (const t of tensors) {
    header[t.name] = { dtype: t.dtype, shape: t.shape, data_offsets: [offset, offset + t.data.byteLength] };
    offset += t.data.byteLength;
  }
  return JSON.stringify(header);
}

/** A whole file from a header string and data bytes, exactly as given (for malformed-file tests). */
export function rawSafetensors(headerJson: string, data: Uint8Array, declaredLength?: bigint): Uint8Array {
  const headerBytes = new TextEncoder().encode(headerJson);
  const out = new Uint8Array(8 + headerBytes.byteLength + data.byteLength);
  new DataView(out.buffer).setBigUint64(0, declaredLength ?? BigInt(headerBytes.byteLength), true);
  out.set(headerBytes, 8);
  out.set(data, 8 + headerBytes.byteLength);
  return out;
}

export function writeSafetensors(tensors: readonly TensorSpec[], options: WriteOptions = {}): Uint8Array {
  let json = safetensorsHeaderJson(tensors, options.metadata);
  if (options.align !== false) json += " ".repeat((8 - ((8 + Buffer.byteLength(json)) % 8)) % 8);
  const total = tensors.reduce((n, t) => n + t.data.byteLength, 0);
  const data = new Uint8Array(total);
  let offset = 0;
  for (const t of tensors) {
    data.set(t.data, offset);
    offset += t.data.byteLength;
  }
  return rawSafetensors(json, data);
}
