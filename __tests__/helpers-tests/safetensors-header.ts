// A minimal safetensors header reader for checking generated files, written independently of the
// helpers under test: 8-byte little-endian length, then JSON.

export interface HeaderEntry {
  readonly dtype: string;
  readonly shape: number[];
  readonly data_offsets: [number, number];
}

export interface ParsedHeader {
  /** Bytes before the data section: 8 + JSON length. */
  readonly dataStart: number;
  readonly json: string;
  readonly metadata: unknown;
  /** In the order the JSON lists them. */
  readonly tensors: Map<string, HeaderEntry>;
}

export function parseHeader(read: (offset: number, length: number) => Uint8Array): ParsedHeader {
  const length = Number(new DataView(read(0, 8).slice().buffer).getBigUint64(0, true));
  const json = new TextDecoder().decode(read(8, length));
  const parsed = JSON.parse(json) as Record<string, unknown>;
  const tensors = new Map<string, HeaderEntry>();
  for (const [name, entry] of Object.entries(parsed)) {
    if (name !== "__metadata__") tensors.set(name, entry as HeaderEntry);
  }
  return { dataStart: 8 + length, json, metadata: parsed.__metadata__, tensors };
}

export function bytesReader(bytes: Uint8Array): (offset: number, length: number) => Uint8Array {
  return (offset, length) => bytes.subarray(offset, offset + length);
}

/** bfloat16 bytes (little-endian) → values. */
export function decodeBf16(bytes: Uint8Array): Float32Array {
  const out = new Float32Array(bytes.byteLength / 2);
  const bits = new Uint32Array(out.buffer);
  for (let i = 0; i < out.length; i++)
    bits[i] = ((bytes[2 * i] as number) | ((bytes[2 * i + 1] as number) << 8)) << 16;
  return out;
}

/** float32 bytes (little-endian, any alignment) → values. */
export function decodeF32(bytes: Uint8Array): Float32Array {
  return new Float32Array(bytes.slice().buffer);
}

/** Bit-exact equality of two float arrays (±0 and NaN payloads included); far faster than toEqual. */
export function sameBits(a: Float32Array | undefined, b: Float32Array | undefined): boolean {
  if (!a || !b || a.length !== b.length) return false;
  return Buffer.from(a.buffer, a.byteOffset, a.byteLength).equals(
    Buffer.from(b.buffer, b.byteOffset, b.byteLength),
  );
}
