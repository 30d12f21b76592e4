// `model.safetensors.index.json`: which shard file holds each tensor of a sharded checkpoint.
// Shard names come from the repository's author, so each one is normalised and must stay inside
// the folder of the index: no absolute paths, no backslashes, no ".." segments.

import { MalformedInputError } from "../../errors.js";
import { MAX_TENSORS, describeJson, isJsonObject, type SafetensorsHeader } from "./header.js";

export const INDEX_FILE_NAME = "model.safetensors.index.json";
/** Whole-file read cap: real indexes are < 10 MiB even with ~10^5 tensors. */
export const MAX_INDEX_BYTES = 64 * 1024 * 1024;
/** Tensors an index may list: the same cap as one safetensors header. */
export const MAX_INDEX_ENTRIES = MAX_TENSORS;
/** Distinct shards: each costs a header read; published checkpoints use at most a few hundred. */
export const MAX_SHARDS = 10_000;

export interface SafetensorsIndex {
  /** The index's own path. */
  readonly file: string;
  /** The index's `metadata` object ({} when absent), e.g. { total_size: 123 }. */
  readonly metadata: Readonly<Record<string, unknown>>;
  /** Tensor name → shard path, resolved against the index's folder ("/"-separated, model-relative). */
  readonly weightMap: ReadonlyMap<string, string>;
  /** Distinct shard paths, sorted. */
  readonly shards: readonly string[];
}

/** Parses the index at model path `file` (its folder is where shard names are resolved). */
export function parseSafetensorsIndex(file: string, bytes: Uint8Array): SafetensorsIndex {
  const fail = (message: string, field?: string): MalformedInputError =>
    new MalformedInputError({ file, ...(field === undefined ? {} : { field }) }, message);
  if (bytes.byteLength > MAX_INDEX_BYTES) {
    throw fail(
      `index is ${bytes.byteLength} bytes, more than the limit of ${MAX_INDEX_BYTES} (MAX_INDEX_BYTES)`,
    );
  }
  const json = parseJsonObject(bytes, fail);
  const metadata = json.metadata ?? {};
  if (!isJsonObject(metadata)) throw fail(`metadata is ${describeJson(metadata)}, not an object`, "metadata");
  const map = json.weight_map;
  if (!isJsonObject(map)) throw fail(`weight_map is ${describeJson(map)}, not an object`, "weight_map");
  const entries = Object.entries(map);
  if (entries.length === 0) throw fail("weight_map is empty: the index names no tensors", "weight_map");
  if (entries.length > MAX_INDEX_ENTRIES) {
    throw fail(
      `weight_map has ${entries.length} entries, more than the limit of ${MAX_INDEX_ENTRIES} (MAX_INDEX_ENTRIES)`,
      "weight_map",
    );
  }
  const folder = file.includes("/") ? file.slice(0, file.lastIndexOf("/") + 1) : "";
  const weightMap = new Map<string, string>();
  const shards = new Set<string>();
  for (const [tensor, shard] of entries) {
    const path = folder + normaliseShardName(shard, (message) => fail(message, tensor));
    weightMap.set(tensor, path);
    shards.add(path);
  }
  if (shards.size > MAX_SHARDS) {
    throw fail(`weight_map names ${shards.size} shards, more than the limit of ${MAX_SHARDS} (MAX_SHARDS)`);
  }
  return { file, metadata, weightMap, shards: [...shards].sort(compare) };
}

function parseJsonObject(
  bytes: Uint8Array,
  fail: (message: string) => MalformedInputError,
): Record<string, unknown> {
  let json: unknown;
  try {
    json = JSON.parse(new TextDecoder("utf-8", { fatal: true }).decode(bytes));
  } catch (err) {
    throw fail(`index is not valid UTF-8 JSON: ${err instanceof Error ? err.message : String(err)}`);
  }
  if (!isJsonObject(json)) throw fail(`index is ${describeJson(json)}, not a JSON object`);
  return json;
}

/**
 * A shard name as a clean relative path ("./a//b.safetensors" → "a/b.safetensors"), or an error
 * for anything that could name a file outside the index's folder.
 */
export function normaliseShardName(shard: unknown, fail: (message: string) => Error): string {
  if (typeof shard !== "string") throw fail(`shard name is ${describeJson(shard)}, not a string`);
  const shown = describeJson(shard);
  if (shard.includes("\\")) throw fail(`shard name ${shown} contains a backslash; use "/" between folders`);
  if (shard.startsWith("/") || /^[A-Za-z]:/.test(shard)) {
    throw fail(`shard name ${shown} is absolute; it must be relative to the folder of the index`);
  }
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f]/.test(shard)) throw fail(`shard name ${shown} contains a control character`);
  const parts = shard.split("/").filter((p) => p !== "" && p !== ".");
  if (parts.includes("..")) {
    throw fail(`shard name ${shown} contains a ".." segment, which could leave the model folder`);
  }
  if (parts.length === 0) throw fail(`shard name ${shown} names no file`);
  return parts.join("/");
}

/**
 * The index and the shard headers must describe the same tensors: every tensor the index maps is
 * in the shard it names, and every tensor of a shard is mapped to that shard.
 */
export function checkIndexAgreesWithShards(
  index: SafetensorsIndex,
  shards: readonly SafetensorsHeader[],
): void {
  const namesByShard = new Map(shards.map((s) => [s.file, new Set(s.tensors.map((t) => t.name))]));
  for (const [tensor, shard] of index.weightMap) {
    if (!namesByShard.get(shard)?.has(tensor)) {
      throw new MalformedInputError(
        { file: index.file, field: tensor },
        `index maps this tensor to shard "${shard}", which has no tensor of that name`,
      );
    }
  }
  for (const s of shards) {
    for (const t of s.tensors) {
      const mapped = index.weightMap.get(t.name);
      if (mapped === s.file) continue;
      throw new MalformedInputError(
        { file: s.location, field: t.name },
        mapped === undefined
          ? `tensor is in this shard but ${index.file} does not list it`
          : `tensor is in this shard but ${index.file} maps it to "${mapped}"`,
      );
    }
  }
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
