// Where every tensor lands: which shard, at which offset, behind which header bytes. Shared by the
// in-memory factory and the virtual model, so both produce exactly the bytes `safetensors` writes:
// tensors sorted by name (its order for a single dtype), header padded with spaces to 8 bytes, and
// `{"format":"pt"}` metadata as torch's save_file adds.

import { safetensorsHeaderJson, type TensorSpec } from "../safetensors-writer.js";

export interface TensorEntry {
  readonly name: string;
  readonly dtype: string;
  readonly shape: readonly number[];
  readonly byteLength: number;
}

/** An entry (with whatever the caller attached to it) and where its bytes start. */
export type PlacedTensor<T extends TensorEntry = TensorEntry> = T & {
  /** Offset of the tensor's first byte from the start of the data section. */
  readonly begin: number;
};

export interface ShardLayout<T extends TensorEntry = TensorEntry> {
  readonly fileName: string;
  /** 8-byte little-endian header length, then the padded header JSON. */
  readonly header: Uint8Array;
  /** In file order (sorted by name). */
  readonly tensors: readonly PlacedTensor<T>[];
  readonly dataBytes: number;
  /** header.byteLength + dataBytes */
  readonly size: number;
}

export const SAFETENSORS_METADATA: Readonly<Record<string, string>> = { format: "pt" };

/**
 * safetensorsHeaderJson reads only `data.byteLength`; this stands in for tensor data that is written
 * later (factory) or never held in memory at all (virtual 13 GB shards).
 */
function sizedStandIn(byteLength: number): Uint8Array {
  return { byteLength } as Uint8Array;
}

export function layoutShard<T extends TensorEntry>(fileName: string, tensors: readonly T[]): ShardLayout<T> {
  const sorted = [...tensors].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const specs: TensorSpec[] = sorted.map((t) => ({
    name: t.name,
    dtype: t.dtype,
    shape: t.shape,
    data: sizedStandIn(t.byteLength),
  }));
  let json = safetensorsHeaderJson(specs, { ...SAFETENSORS_METADATA });
  const jsonBytes = Buffer.byteLength(json);
  json += " ".repeat((8 - (jsonBytes % 8)) % 8);
  const encoded = new TextEncoder().encode(json);
  const header = new Uint8Array(8 + encoded.byteLength);
  new DataView(header.buffer).setBigUint64(0, BigInt(encoded.byteLength), true);
  header.set(encoded, 8);
  let begin = 0;
  const placed = sorted.map((t): PlacedTensor<T> => {
    const p = { ...t, begin };
    begin += t.byteLength;
    return p;
  });
  return { fileName, header, tensors: placed, dataBytes: begin, size: header.byteLength + begin };
}

/** transformers' names: model.safetensors alone, else model-00001-of-00003.safetensors, … */
export function shardFileName(index: number, count: number): string {
  if (count === 1) return "model.safetensors";
  const pad = (n: number): string => String(n).padStart(5, "0");
  return `model-${pad(index + 1)}-of-${pad(count)}.safetensors`;
}

/**
 * Exactly `count` contiguous groups of similar byte size, keeping tensor order: a tensor goes to the
 * shard its byte midpoint falls in. Throws when a shard would be empty (one tensor dominates).
 */
export function balancedShards(sizes: readonly number[], count: number): number[] {
  const total = sizes.reduce((a, b) => a + b, 0);
  let before = 0;
  const shardOf = sizes.map((size) => {
    const shard = Math.min(count - 1, Math.floor(((before + size / 2) * count) / total));
    before += size;
    return shard;
  });
  for (let s = 0; s < count; s++) {
    if (!shardOf.includes(s)) {
      throw new RangeError(
        `cannot split ${sizes.length} tensors (${total} bytes) into ${count} non-empty shards`,
      );
    }
  }
  return shardOf;
}

/**
 * transformers' own rule (`max_shard_size`): fill a shard in tensor order and start the next when
 * the following tensor would pass the limit. With 10 GB this reproduces Llama-2-7b-hf's split.
 */
export function greedyShards(sizes: readonly number[], maxBytes: number): number[] {
  let shard = 0;
  let filled = 0;
  return sizes.map((size) => {
    if (filled > 0 && filled + size > maxBytes) {
      shard += 1;
      filled = 0;
    }
    filled += size;
    return shard;
  });
}

/** Lays out every shard from a per-tensor shard assignment (tensors in model order). */
export function layoutShards<T extends TensorEntry>(
  tensors: readonly T[],
  shardOf: readonly number[],
): ShardLayout<T>[] {
  const count = Math.max(...shardOf) + 1;
  return Array.from({ length: count }, (_, s) =>
    layoutShard(
      shardFileName(s, count),
      tensors.filter((_t, i) => shardOf[i] === s),
    ),
  );
}

/** model.safetensors.index.json as transformers writes it (indent 2, sorted keys, newline). */
export function indexJson(shards: readonly ShardLayout[]): string {
  const entries = shards.flatMap((s) => s.tensors.map((t) => [t.name, s.fileName] as const));
  entries.sort(([a], [b]) => (a < b ? -1 : 1));
  const total = shards.reduce((n, s) => n + s.dataBytes, 0);
  const index = { metadata: { total_size: total }, weight_map: Object.fromEntries(entries) };
  return JSON.stringify(index, null, 2) + "\n";
}
