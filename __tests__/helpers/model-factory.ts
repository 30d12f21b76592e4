// Deterministic model factory: transformers-shaped checkpoints (config.json, tokenizer files,
// safetensors weights, optionally sharded) generated at test time from a small spec, so tests get
// realistic models of any size without committing binaries. Every tensor is drawn from its own
// stream seeded by (seed, tensor name): the same spec gives byte-identical files, and tensors that
// two specs share (say, layer 0 of a 2- and a 4-layer model) get the same values.

import { createHash } from "node:crypto";
import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import {
  modelConfig,
  numel,
  resolveSpec,
  tensorLayout,
  type ResolvedSpec,
  type ModelSpec,
  type TensorLayout,
} from "./model-factory/architectures.js";
import {
  BYTES_PER_ELEMENT,
  TORCH_DTYPE,
  encodeInto,
  float32Target,
  type FloatDtype,
} from "./model-factory/dtypes.js";
import { pythonJson } from "./model-factory/json.js";
import { balancedShards, indexJson, layoutShards } from "./model-factory/safetensors-layout.js";
import { tokenizerFiles } from "./model-factory/tokenizers.js";
import { Rng, seedFrom } from "./rng.js";
import { memoryFile, type ServedRepo } from "./served-repo.js";

export type { Arch, ModelSpec, ResolvedSpec } from "./model-factory/architectures.js";
export type { FloatDtype } from "./model-factory/dtypes.js";

/** Standard deviation of matrices and embeddings (transformers' initializer_range). */
export const WEIGHT_STD = 0.02;
/** Norm scales are 1 + N(0, NORM_NOISE_STD²): trained norms sit near 1 but not on it. */
export const NORM_NOISE_STD = 0.02;
export const BIAS_STD = 0.01;

export interface GeneratedTensor {
  readonly name: string;
  readonly dtype: FloatDtype;
  readonly shape: readonly number[];
  /**
   * Exactly the values written (after rounding to `dtype`), in row-major order. For F32 this is a
   * view of the file bytes: treat it as read-only (derive a new model to change weights).
   */
  readonly values: Float32Array;
  /** The safetensors file holding the tensor. */
  readonly file: string;
}

export interface GeneratedModel {
  readonly spec: ResolvedSpec;
  /** Repository files by path: config.json, index (if sharded), weights, tokenizer files. */
  readonly files: Map<string, Uint8Array>;
  readonly config: Readonly<Record<string, unknown>>;
  /** In state-dict order (files store them sorted by name, as safetensors does). */
  readonly tensors: readonly GeneratedTensor[];
  writeTo(dir: string): Promise<void>;
  /** The files as a loopback Hub repository; `sha` defaults to a SHA-1 of the content. */
  servedRepo(id: string, sha?: string): ServedRepo;
}

export function makeModel(spec: ModelSpec): GeneratedModel {
  const s = resolveSpec(spec);
  const tokenizer = new Map([...tokenizerFiles(s)].map(([path, text]) => [path, utf8(text)]));
  return assemble(s, modelConfig(s), tensorLayout(s), (t, out) => initialValues(s.seed, t, out), tokenizer);
}

export interface DriftOptions {
  /** Standard deviation of the absolute noise added to every weight (0.002 ≈ a light fine-tune). */
  readonly std: number;
  readonly seed: number;
}

/** A fine-tune-like copy: every tensor plus independent Gaussian noise; same dtype, shards, tokenizer. */
export function deriveModel(base: GeneratedModel, { std, seed }: DriftOptions): GeneratedModel {
  const drift = (t: GeneratedTensor, out: Float32Array): void => {
    new Rng(seedFrom(seed, "drift", t.name)).fillGaussian(out, std);
    for (let i = 0; i < out.length; i++) out[i] = (out[i] as number) + (t.values[i] as number);
  };
  return assemble(base.spec, base.config, base.tensors, drift, nonWeightFiles(base));
}

/** The same weights re-encoded in `dtype` (rounded to nearest even), config's torch_dtype updated. */
export function castModel(base: GeneratedModel, dtype: FloatDtype): GeneratedModel {
  const config = { ...base.config, torch_dtype: TORCH_DTYPE[dtype] };
  const copy = (t: GeneratedTensor, out: Float32Array): void => out.set(t.values);
  return assemble({ ...base.spec, dtype }, config, base.tensors, copy, nonWeightFiles(base));
}

function initialValues(seed: number, t: TensorLayout, out: Float32Array): void {
  const rng = new Rng(seedFrom(seed, t.key));
  if (t.init === "norm") rng.fillGaussian(out, NORM_NOISE_STD, 1);
  else rng.fillGaussian(out, t.init === "bias" ? BIAS_STD : WEIGHT_STD);
}

interface Named {
  readonly name: string;
  readonly shape: readonly number[];
}

/**
 * Writes config.json, the weight files and `otherFiles` (tokenizer). `valuesOf` fills a tensor's
 * float32 values (for F32, straight into the file bytes), which are then rounded to the dtype; a
 * large model never holds a second copy of its weights.
 */
function assemble<T extends Named>(
  spec: ResolvedSpec,
  config: Readonly<Record<string, unknown>>,
  layout: readonly T[],
  valuesOf: (t: T, out: Float32Array) => void,
  otherFiles: ReadonlyMap<string, Uint8Array>,
): GeneratedModel {
  const { dtype } = spec;
  const entries = layout.map((t, index) => {
    const byteLength = numel(t.shape) * BYTES_PER_ELEMENT[dtype];
    return { name: t.name, dtype, shape: t.shape, byteLength, index, source: t };
  });
  const sizes = entries.map((e) => e.byteLength);
  const shards = layoutShards(
    entries,
    spec.shards === 1 ? sizes.map(() => 0) : balancedShards(sizes, spec.shards),
  );
  const files = new Map([["config.json", utf8(pythonJson(config))]]);
  if (shards.length > 1) files.set("model.safetensors.index.json", utf8(indexJson(shards)));
  const tensors = new Array<GeneratedTensor>(layout.length);
  for (const shard of shards) {
    const bytes = new Uint8Array(shard.size);
    bytes.set(shard.header);
    for (const p of shard.tensors) {
      const start = shard.header.byteLength + p.begin;
      const dest = bytes.subarray(start, start + p.byteLength);
      const out = float32Target(dtype, dest, p.byteLength / BYTES_PER_ELEMENT[dtype]);
      valuesOf(p.source, out);
      const values = encodeInto(dtype, out, dest);
      tensors[p.index] = { name: p.name, dtype, shape: p.shape, values, file: shard.fileName };
    }
    files.set(shard.fileName, bytes);
  }
  for (const [path, bytes] of otherFiles) files.set(path, bytes);
  return {
    spec,
    files,
    config,
    tensors,
    writeTo: (dir) => writeFiles(dir, files),
    servedRepo: (id, sha) => ({
      id,
      sha: sha ?? contentSha(files),
      files: [...files].map(([path, bytes]) => memoryFile(path, bytes)),
    }),
  };
}

const WEIGHT_FILE = /^(config\.json|model\.safetensors\.index\.json|model(-\d{5}-of-\d{5})?\.safetensors)$/;

/** What a derived model keeps from its base unchanged: the tokenizer files. */
function nonWeightFiles(base: GeneratedModel): Map<string, Uint8Array> {
  return new Map([...base.files].filter(([path]) => !WEIGHT_FILE.test(path)));
}

async function writeFiles(dir: string, files: ReadonlyMap<string, Uint8Array>): Promise<void> {
  await mkdir(dir, { recursive: true });
  for (const [path, bytes] of files) await writeFile(join(dir, path), bytes);
}

/** A stable 40-hex "commit" for the content, so two different models never share a revision. */
function contentSha(files: ReadonlyMap<string, Uint8Array>): string {
  const hash = createHash("sha1");
  for (const [path, bytes] of files) hash.update(`${path}\0${bytes.byteLength}\0`).update(bytes);
  return hash.digest("hex");
}

function utf8(text: string): Uint8Array {
  return new TextEncoder().encode(text);
}
