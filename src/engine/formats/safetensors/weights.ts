// Finds a model's safetensors weights and reads every shard's header.
//
// Where weights are looked for, in order:
//   1. model.safetensors.index.json: exactly the shards it names; index and shard headers must
//      agree tensor by tensor (a tensor missing on either side is an error, never skipped).
//   2. model.safetensors.
//   3. every other *.safetensors file at the top level (e.g. unindexed shards, consolidated.*),
//      sorted by name, read as one set whose tensor names must be unique.
// Files in sub-folders are not weights of this model: they are other components (text_encoder/,
// vae/) or other exports (onnx/, original/), and mixing them in would blur the fingerprint.

import { MalformedInputError } from "../../errors.js";
import type { ByteSource } from "../../io/byte-source.js";
import { mapLimit } from "../../io/concurrency.js";
import { DEFAULT_RANGE_OPTIONS } from "../../io/ranges.js";
import type { ModelSource } from "../../model/model-source.js";
import { readSafetensorsHeader, type SafetensorsHeader, type TensorInfo } from "./header.js";
import {
  INDEX_FILE_NAME,
  MAX_INDEX_BYTES,
  MAX_SHARDS,
  checkIndexAgreesWithShards,
  parseSafetensorsIndex,
} from "./index-file.js";

export const SINGLE_FILE_NAME = "model.safetensors";

export interface WeightSet {
  readonly format: "safetensors" | "safetensors-sharded";
  /** The index the shards came from, when there was one. */
  readonly indexFile: string | undefined;
  /** Sorted by file name. */
  readonly shards: readonly SafetensorsHeader[];
  /** Shard order, then offset order. */
  readonly tensors: readonly TensorInfo[];
  get(name: string): TensorInfo | undefined;
  /** The one ByteSource per shard every read goes through (so reads can be counted). */
  source(file: string): ByteSource;
}

export interface OpenWeightsOptions {
  /** Shard headers read at once. */
  readonly concurrency?: number;
}

/** The model has no safetensors weights where we look. Permanent, like other malformed input. */
export class NoWeightsError extends MalformedInputError {
  constructor(file: string, message: string) {
    super({ file }, message);
    this.name = "NoWeightsError";
  }
}

export async function openWeights(model: ModelSource, options: OpenWeightsOptions = {}): Promise<WeightSet> {
  const concurrency = options.concurrency ?? DEFAULT_RANGE_OPTIONS.concurrency;
  if (model.file(INDEX_FILE_NAME)) return openIndexed(model, concurrency);
  if (model.file(SINGLE_FILE_NAME)) return openFiles(model, [SINGLE_FILE_NAME], concurrency, undefined);
  const loose = model.files
    .map((f) => f.path)
    .filter((p) => !p.includes("/") && p.endsWith(".safetensors"))
    .sort(compare);
  if (loose.length === 0) throw noWeights(model);
  if (loose.length > MAX_SHARDS) {
    throw new MalformedInputError(
      { file: model.ref },
      `the model has ${loose.length} top-level .safetensors files, more than the limit of ${MAX_SHARDS} (MAX_SHARDS)`,
    );
  }
  return openFiles(model, loose, concurrency, undefined);
}

async function openIndexed(model: ModelSource, concurrency: number): Promise<WeightSet> {
  const size = model.file(INDEX_FILE_NAME)?.size ?? 0;
  if (size > MAX_INDEX_BYTES) {
    throw new MalformedInputError(
      { file: INDEX_FILE_NAME },
      `index is ${size} bytes, more than the limit of ${MAX_INDEX_BYTES} (MAX_INDEX_BYTES)`,
    );
  }
  const index = parseSafetensorsIndex(
    INDEX_FILE_NAME,
    await model.readFile(INDEX_FILE_NAME, MAX_INDEX_BYTES),
  );
  const missing = index.shards.find((s) => !model.file(s));
  if (missing !== undefined) {
    const tensor = [...index.weightMap].find(([, s]) => s === missing)?.[0] ?? "";
    throw new MalformedInputError(
      { file: INDEX_FILE_NAME, field: tensor },
      `index maps this tensor to shard "${missing}", which is not among the model's files`,
    );
  }
  const set = await openFiles(model, index.shards, concurrency, INDEX_FILE_NAME);
  checkIndexAgreesWithShards(index, set.shards);
  return set;
}

async function openFiles(
  model: ModelSource,
  paths: readonly string[],
  concurrency: number,
  indexFile: string | undefined,
): Promise<WeightSet> {
  const sources = new Map<string, ByteSource>(paths.map((p) => [p, model.open(p)]));
  const shards = await mapLimit(paths, concurrency, (p) =>
    readSafetensorsHeader(sources.get(p) as ByteSource, p),
  );
  const byName = new Map<string, TensorInfo>();
  for (const shard of shards) {
    for (const t of shard.tensors) {
      const other = byName.get(t.name);
      if (other) {
        throw new MalformedInputError(
          { file: shard.location, field: t.name },
          `tensor also appears in "${other.file}"; a tensor must live in exactly one file`,
        );
      }
      byName.set(t.name, t);
    }
  }
  return {
    format: paths.length === 1 && indexFile === undefined ? "safetensors" : "safetensors-sharded",
    indexFile,
    shards,
    tensors: shards.flatMap((s) => s.tensors),
    get: (name) => byName.get(name),
    source: (file) => {
      const s = sources.get(file);
      if (!s) throw new RangeError(`"${file}" is not a shard of this weight set (${paths.join(", ")})`);
      return s;
    },
  };
}

const OTHER_WEIGHT_FILE = /\.(bin|pt|pth|ckpt|gguf|h5|msgpack|onnx)$/;

function noWeights(model: ModelSource): NoWeightsError {
  const others = model.files.map((f) => f.path).filter((p) => OTHER_WEIGHT_FILE.test(p));
  const found =
    others.length === 0
      ? "none of these exist"
      : `none of these exist; found ${others.slice(0, 5).join(", ")}${others.length > 5 ? ", ..." : ""}, ` +
        "which are not safetensors";
  return new NoWeightsError(
    model.ref,
    `no safetensors weights: looked for ${INDEX_FILE_NAME}, ${SINGLE_FILE_NAME} and *.safetensors ` +
      `at the top level; ${found}`,
  );
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
