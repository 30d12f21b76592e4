// A real checkpoint folder (config.json, model.safetensors or shards + index, tokenizer files) read
// into a GeneratedModel, so every transform applies to real weights too. The files are kept byte for
// byte (writeTo reproduces the folder); values are decoded to float32 exactly (F32, F16, BF16, F8).

import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { decodeToFloat32, isDtype } from "../../../src/engine/formats/dtypes.js";
import type { GeneratedModel, GeneratedTensor, ResolvedSpec } from "../model-factory.js";
import { BYTES_PER_ELEMENT, TORCH_DTYPE, type FloatDtype } from "../model-factory/dtypes.js";
import { finish } from "./rebuild.js";

type Json = Record<string, unknown>;

/** Reads the top-level files of `dir`; only safetensors weights are understood. */
export async function loadGeneratedModel(dir: string): Promise<GeneratedModel> {
  const files = new Map<string, Uint8Array>();
  for (const entry of await readdir(dir, { withFileTypes: true }))
    if (entry.isFile()) files.set(entry.name, new Uint8Array(await readFile(join(dir, entry.name))));
  const config = json(files, "config.json");
  const index = files.has("model.safetensors.index.json")
    ? (json(files, "model.safetensors.index.json").weight_map as Record<string, string>)
    : undefined;
  const weightFiles = index ? [...new Set(Object.values(index))] : ["model.safetensors"];
  const tensors = weightFiles.flatMap((file) => readTensors(file, files.get(file)));
  return finish(specOf(config, tensors, weightFiles.length), config, files, tensors);
}

function json(files: ReadonlyMap<string, Uint8Array>, path: string): Json {
  const bytes = files.get(path);
  if (!bytes) throw new Error(`loadGeneratedModel: no ${path}`);
  return JSON.parse(new TextDecoder().decode(bytes)) as Json;
}

/** A safetensors file's tensors in data order, values decoded to float32. */
function readTensors(file: string, bytes: Uint8Array | undefined): GeneratedTensor[] {
  if (!bytes) throw new Error(`loadGeneratedModel: no ${file}`);
  const length = Number(new DataView(bytes.buffer, bytes.byteOffset).getBigUint64(0, true));
  const header = JSON.parse(new TextDecoder().decode(bytes.subarray(8, 8 + length))) as Json;
  const data = bytes.subarray(8 + length);
  return Object.entries(header)
    .filter(([name]) => name !== "__metadata__")
    .map(([name, e]) => ({
      name,
      ...(e as { dtype: string; shape: number[]; data_offsets: [number, number] }),
    }))
    .sort((a, b) => a.data_offsets[0] - b.data_offsets[0])
    .map(({ name, dtype, shape, data_offsets: [begin, end] }) => {
      if (!isDtype(dtype) || !(dtype in BYTES_PER_ELEMENT))
        throw new Error(`loadGeneratedModel: ${name} is ${dtype}, not a float dtype`);
      const values = decodeToFloat32(
        dtype,
        data.subarray(begin, end),
        new Float32Array((end - begin) / BYTES_PER_ELEMENT[dtype as FloatDtype]),
      );
      return { name, dtype: dtype as FloatDtype, shape, values, file };
    });
}

/**
 * The factory spec a real config describes (Llama keys, GPT-2's as fallback). dtype is the weights'
 * own when they share one (what a transform must re-encode to), else config's torch_dtype; seed and
 * tokenizerSeed are 0, as nothing generated them.
 */
function specOf(config: Json, tensors: readonly GeneratedTensor[], shards: number): ResolvedSpec {
  const int = (...keys: string[]): number | undefined => {
    for (const k of keys) if (typeof config[k] === "number") return config[k] as number;
    return undefined;
  };
  const names = new Set(tensors.map((t) => t.name));
  const embedding = tensors.find((t) => /(embed_tokens|wte|word_embeddings)\.weight$/.test(t.name));
  const hidden = int("hidden_size", "n_embd") ?? embedding?.shape[1] ?? 0;
  const heads = int("num_attention_heads", "n_head") ?? 1;
  const dtypes = new Set(tensors.map((t) => t.dtype));
  const named = Object.entries(TORCH_DTYPE).find(([, torch]) => torch === config.torch_dtype)?.[0];
  const modelType = config.model_type;
  return {
    arch: modelType === "gpt2" || modelType === "bert" ? modelType : "llama",
    seed: 0,
    hidden,
    layers: int("num_hidden_layers", "n_layer") ?? 0,
    heads,
    kvHeads: int("num_key_value_heads") ?? heads,
    intermediate: int("intermediate_size", "n_inner") ?? 4 * hidden,
    vocab: int("vocab_size") ?? embedding?.shape[0] ?? 0,
    dtype: dtypes.size === 1 ? ([...dtypes][0] as FloatDtype) : ((named ?? "F32") as FloatDtype),
    shards,
    tiedEmbeddings: !names.has("lm_head.weight"),
    positions: int("max_position_embeddings", "n_positions") ?? 2048,
    transformerPrefix: [...names].some((n) => n.startsWith("transformer.")),
    tokenizerSeed: 0,
  };
}
