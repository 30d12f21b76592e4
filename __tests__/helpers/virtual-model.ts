// Virtual Llama checkpoints of realistic size (Llama-2-7B by default: 13.5 GB in two shards) whose
// bytes are generated on each read and never held in memory. Headers, index, config and tokenizer
// are real bytes; tensor data is a 64 KiB table of BF16 (or other float) values drawn once from
// N(0, 0.02), read at a rotation chosen by hashing (file, 64 KiB block). A read is therefore a few
// memcpy calls, streaming at memory speed, and the byte at offset o depends only on (seed, file, o).
// Every tensor, norm scales included, uses that one distribution: these files exercise I/O, sizes
// and parsing at scale; tests about weight statistics use the in-memory factory.

import { createHash } from "node:crypto";
import {
  modelConfig,
  numel,
  resolveSpec,
  tensorLayout,
  type ResolvedSpec,
} from "./model-factory/architectures.js";
import { BYTES_PER_ELEMENT, encodeInto, type FloatDtype } from "./model-factory/dtypes.js";
import { pythonJson } from "./model-factory/json.js";
import {
  balancedShards,
  greedyShards,
  indexJson,
  layoutShards,
  type ShardLayout,
  type TensorEntry,
} from "./model-factory/safetensors-layout.js";
import { tokenizerFiles } from "./model-factory/tokenizers.js";
import { Rng, mix32, seedFrom } from "./rng.js";
import { memoryFile, type ServedFile, type ServedRepo } from "./served-repo.js";

export interface VirtualLlamaSpec {
  readonly hidden?: number;
  readonly layers?: number;
  readonly heads?: number;
  readonly kvHeads?: number;
  readonly intermediate?: number;
  readonly vocab?: number;
  readonly positions?: number;
  readonly dtype?: FloatDtype;
  readonly tiedEmbeddings?: boolean;
  /** Exactly this many shards of similar size. Default: transformers' greedy split at `maxShardBytes`. */
  readonly shards?: number;
  /** transformers' max_shard_size; default 10 GB (its default when Llama-2 was converted). */
  readonly maxShardBytes?: number;
  readonly seed?: number;
}

/** meta-llama/Llama-2-7b-hf's shape (stored here in BF16; the original repo holds F16). */
export const LLAMA_2_7B = {
  hidden: 4096,
  layers: 32,
  heads: 32,
  kvHeads: 32,
  intermediate: 11008,
  vocab: 32000,
  positions: 4096,
  dtype: "BF16",
  tiedEmbeddings: false,
} as const satisfies VirtualLlamaSpec;

export interface VirtualTensor extends TensorEntry {
  readonly file: string;
  /** Absolute offset of the first byte in the file (header length + data offset). */
  readonly fileOffset: number;
}

export interface VirtualModel {
  readonly spec: ResolvedSpec;
  readonly files: readonly ServedFile[];
  readonly config: Readonly<Record<string, unknown>>;
  readonly tensors: readonly VirtualTensor[];
  readonly parameterCount: number;
  /** Sum of tensor data bytes (the index's metadata.total_size). */
  readonly weightBytes: number;
  servedRepo(id: string, sha?: string): ServedRepo;
}

/** Pattern block size: one table of values, rotated per block. */
export const PATTERN_BYTES = 65536;

export function virtualLlama(options: VirtualLlamaSpec = {}): VirtualModel {
  const spec = resolveVirtualSpec(options);
  const bytesPerElement = BYTES_PER_ELEMENT[spec.dtype];
  const entries = tensorLayout(spec).map((t): TensorEntry => ({
    name: t.name,
    dtype: spec.dtype,
    shape: t.shape,
    byteLength: numel(t.shape) * bytesPerElement,
  }));
  const sizes = entries.map((e) => e.byteLength);
  const { shards, maxShardBytes = 10e9 } = options;
  const layouts = layoutShards(
    entries,
    shards ? balancedShards(sizes, shards) : greedyShards(sizes, maxShardBytes),
  );
  const pattern = patternTable(spec.dtype, spec.seed);
  const config = modelConfig(spec);
  const files = [memoryFile("config.json", pythonJson(config))];
  if (layouts.length > 1) files.push(memoryFile("model.safetensors.index.json", indexJson(layouts)));
  files.push(...layouts.map((l) => virtualShard(l, pattern, bytesPerElement, spec.seed)));
  files.push(...cachedTokenizer(spec));
  const weightBytes = sizes.reduce((a, b) => a + b, 0);
  const defaultSha = createHash("sha1")
    .update(`virtual-llama ${JSON.stringify(spec)}`)
    .digest("hex");
  return {
    spec: { ...spec, shards: layouts.length },
    files,
    config,
    tensors: layouts.flatMap((l) =>
      l.tensors.map((t) => ({ ...t, file: l.fileName, fileOffset: l.header.byteLength + t.begin })),
    ),
    parameterCount: weightBytes / bytesPerElement,
    weightBytes,
    servedRepo: (id, sha) => virtualRepo(id, files, sha ?? defaultSha),
  };
}

/** Llama-2-7B's values for whatever is not given; a custom `hidden` gets Llama's MLP width rule. */
function resolveVirtualSpec(o: VirtualLlamaSpec): ResolvedSpec {
  const d = LLAMA_2_7B;
  return resolveSpec({
    arch: "llama",
    seed: o.seed ?? 0,
    hidden: o.hidden ?? d.hidden,
    layers: o.layers ?? d.layers,
    heads: o.heads ?? d.heads,
    kvHeads: o.kvHeads ?? o.heads ?? d.kvHeads,
    intermediate: o.intermediate ?? (o.hidden === undefined ? d.intermediate : undefined),
    vocab: o.vocab ?? d.vocab,
    positions: o.positions ?? d.positions,
    dtype: o.dtype ?? d.dtype,
    tiedEmbeddings: o.tiedEmbeddings ?? d.tiedEmbeddings,
  });
}

/** A loopback-Hub repository of the given files. */
export function virtualRepo(id: string, files: readonly ServedFile[], sha: string): ServedRepo {
  return { id, sha, files };
}

/**
 * PATTERN_BYTES of N(0, 0.02) values encoded in `dtype`, stored twice in a row so any rotation
 * reads as one contiguous slice.
 */
function patternTable(dtype: FloatDtype, seed: number): Uint8Array {
  const once = new Uint8Array(PATTERN_BYTES);
  const values = new Rng(seedFrom(seed, "virtual-pattern")).fillGaussian(
    new Float32Array(PATTERN_BYTES / BYTES_PER_ELEMENT[dtype]),
    0.02,
  );
  encodeInto(dtype, values, once);
  const doubled = new Uint8Array(2 * PATTERN_BYTES);
  doubled.set(once);
  doubled.set(once, PATTERN_BYTES);
  return doubled;
}

function virtualShard(
  layout: ShardLayout,
  pattern: Uint8Array,
  elementSize: number,
  seed: number,
): ServedFile {
  const { header, size } = layout;
  const salt = seedFrom(seed, layout.fileName);
  const elements = PATTERN_BYTES / elementSize;
  const read = (offset: number, length: number): Uint8Array => {
    if (!Number.isSafeInteger(offset) || !Number.isSafeInteger(length) || offset < 0 || length < 0) {
      throw new RangeError(`${layout.fileName}: bad read (${offset}, ${length})`);
    }
    if (offset + length > size) throw new RangeError(`${layout.fileName}: read past ${size} bytes`);
    const out = new Uint8Array(length);
    let written = 0;
    if (offset < header.byteLength) {
      written = Math.min(length, header.byteLength - offset);
      out.set(header.subarray(offset, offset + written));
    }
    while (written < length) {
      // Blocks start at the data section, which is 8-aligned: rotations by whole elements keep
      // every element boundary on a table element.
      const rel = offset + written - header.byteLength;
      const block = Math.floor(rel / PATTERN_BYTES);
      const within = rel - block * PATTERN_BYTES;
      const n = Math.min(PATTERN_BYTES - within, length - written);
      const start = (mix32((salt + Math.imul(block, 0x9e3779b1)) | 0) % elements) * elementSize + within;
      out.set(pattern.subarray(start, start + n), written);
      written += n;
    }
    return out;
  };
  // Hashing gigabytes on every start would dominate benchmarks: the listing carries a stand-in
  // digest derived from the layout and seed (not the content's SHA-256; nothing checks it here).
  const sha256 = createHash("sha256").update(`virtual ${layout.fileName} ${size} ${seed}`).digest("hex");
  return { path: layout.fileName, size, read, lfs: true, sha256 };
}

const tokenizerCache = new Map<string, ServedFile[]>();

/** Tokenizer files, generated once per shape: a 32 000-entry tokenizer takes about half a second. */
function cachedTokenizer(spec: ResolvedSpec): ServedFile[] {
  const key = `${spec.vocab}/${spec.positions}/${spec.tokenizerSeed}`;
  let files = tokenizerCache.get(key);
  if (!files) {
    files = [...tokenizerFiles(spec)].map(([path, text]) => memoryFile(path, text));
    tokenizerCache.set(key, files);
  }
  return files;
}
