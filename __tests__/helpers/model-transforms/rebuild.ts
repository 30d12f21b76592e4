// Re-encodes a GeneratedModel from a new tensor plan: the same steps as model-factory's `assemble`
// (which is private to it), built from the factory's exported pieces so the bytes follow the same
// rules: tensors sorted by name in each shard, space-padded header with {"format":"pt"}, shards
// balanced by byte size in model order, index.json when sharded, config.json as Python writes it.

import { createHash } from "node:crypto";
import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import type { GeneratedModel, GeneratedTensor, ResolvedSpec } from "../model-factory.js";
import { numel } from "../model-factory/architectures.js";
import { BYTES_PER_ELEMENT, encodeInto, float32Target } from "../model-factory/dtypes.js";
import { pythonJson } from "../model-factory/json.js";
import { balancedShards, indexJson, layoutShards } from "../model-factory/safetensors-layout.js";
import { memoryFile } from "../served-repo.js";

/** One tensor of the new model: its name, shape and how to fill its float32 values. */
export interface TensorPlan {
  readonly name: string;
  readonly shape: readonly number[];
  /** Writes exactly numel(shape) values into `out` (zeroed or scratch: overwrite every element). */
  readonly fill: (out: Float32Array) => void;
}

/** A plan that keeps a tensor's values as they are (exact in any dtype the values came from). */
export function keep(t: GeneratedTensor, name = t.name): TensorPlan {
  return { name, shape: t.shape, fill: (out) => out.set(t.values) };
}

const WEIGHT_FILE = /^(config\.json|model\.safetensors\.index\.json|model(-\d{5}-of-\d{5})?\.safetensors)$/;

/** Everything but config and weights: the tokenizer files a derived model keeps. */
export function nonWeightFiles(base: GeneratedModel): Map<string, Uint8Array> {
  return new Map([...base.files].filter(([path]) => !WEIGHT_FILE.test(path)));
}

/**
 * A new model: config.json from `config`, weights from `plans` (in state-dict order) in `spec.dtype`
 * over `spec.shards` files, then `otherFiles`. Values are rounded to the dtype, and `tensors[].values`
 * are what was written.
 */
export function rebuild(
  spec: ResolvedSpec,
  config: Readonly<Record<string, unknown>>,
  plans: readonly TensorPlan[],
  otherFiles: ReadonlyMap<string, Uint8Array>,
): GeneratedModel {
  const { dtype } = spec;
  const names = new Set<string>();
  const entries = plans.map((plan, index) => {
    if (names.has(plan.name)) throw new RangeError(`rebuild: two tensors are named "${plan.name}"`);
    names.add(plan.name);
    const byteLength = numel(plan.shape) * BYTES_PER_ELEMENT[dtype];
    return { name: plan.name, dtype, shape: plan.shape, byteLength, index, plan };
  });
  const sizes = entries.map((e) => e.byteLength);
  const shardOf = spec.shards === 1 ? sizes.map(() => 0) : balancedShards(sizes, spec.shards);
  const shards = layoutShards(entries, shardOf);
  const files = new Map([["config.json", utf8(pythonJson(config))]]);
  if (shards.length > 1) files.set("model.safetensors.index.json", utf8(indexJson(shards)));
  const tensors = new Array<GeneratedTensor>(plans.length);
  for (const shard of shards) {
    const bytes = new Uint8Array(shard.size);
    bytes.set(shard.header);
    for (const p of shard.tensors) {
      const start = shard.header.byteLength + p.begin;
      const dest = bytes.subarray(start, start + p.byteLength);
      const out = float32Target(dtype, dest, p.byteLength / BYTES_PER_ELEMENT[dtype]);
      p.plan.fill(out);
      const values = encodeInto(dtype, out, dest);
      tensors[p.index] = { name: p.name, dtype, shape: p.shape, values, file: shard.fileName };
    }
    files.set(shard.fileName, bytes);
  }
  for (const [path, bytes] of otherFiles) files.set(path, bytes);
  return finish(spec, config, files, tensors);
}

/** Wraps finished files and tensors with the GeneratedModel methods. */
export function finish(
  spec: ResolvedSpec,
  config: Readonly<Record<string, unknown>>,
  files: Map<string, Uint8Array>,
  tensors: readonly GeneratedTensor[],
): GeneratedModel {
  return {
    spec,
    files,
    config,
    tensors,
    writeTo: async (dir) => {
      await mkdir(dir, { recursive: true });
      for (const [path, bytes] of files) await writeFile(join(dir, path), bytes);
    },
    servedRepo: (id, sha) => ({
      id,
      sha: sha ?? contentSha(files),
      files: [...files].map(([path, bytes]) => memoryFile(path, bytes)),
    }),
  };
}

/** A stable 40-hex "commit" for the content, so two different models never share a revision. */
function contentSha(files: ReadonlyMap<string, Uint8Array>): string {
  const hash = createHash("sha1");
  for (const [path, bytes] of files) hash.update(`${path}\0${bytes.byteLength}\0`).update(bytes);
  return hash.digest("hex");
}

export function utf8(text: string): Uint8Array {
  return new TextEncoder().encode(text);
}

/**
 * Standard deviation (about the mean) of a tensor's values: one pass of sum and sum of squares in
 * float64, which keeps ~12 significant digits even for norm scales (mean 1, std 0.02).
 */
export function tensorStd(values: Float32Array): number {
  const n = values.length;
  if (n === 0) return 0;
  let sum = 0;
  let sq = 0;
  for (let i = 0; i < n; i++) {
    const v = values[i] as number;
    sum += v;
    sq += v * v;
  }
  const mean = sum / n;
  return Math.sqrt(Math.max(0, sq / n - mean * mean));
}

/** Mean of a tensor's values, accumulated in float64. */
export function tensorMean(values: Float32Array): number {
  let sum = 0;
  for (let i = 0; i < values.length; i++) sum += values[i] as number;
  return values.length === 0 ? 0 : sum / values.length;
}
