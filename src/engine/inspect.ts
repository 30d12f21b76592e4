// `inspect`: what a model is made of, read from its file list, config.json and safetensors
// headers only — no tensor data — so it costs a few requests even for a 7B model.

import { readConfigSummary, type ConfigSummary } from "./model/config-summary.js";
import type { ModelSource } from "./model/model-source.js";
import { hasSafetensorsWeights, noWeightsReason } from "./model/weight-files.js";
import { openWeights } from "./formats/safetensors/weights.js";

export interface InspectTensor {
  readonly name: string;
  readonly dtype: string;
  readonly shape: readonly number[];
  readonly bytes: number;
  readonly shard: string;
}

export interface InspectReport {
  readonly ref: string;
  readonly source: "local" | "hub";
  readonly repo: string | null;
  readonly requested_revision: string | null;
  readonly revision: string | null;
  readonly files: readonly { path: string; size: number; sha256: string | null }[];
  readonly config: ConfigSummary | null;
  readonly weights: {
    readonly format: string;
    readonly shards: readonly { file: string; header_bytes: number; tensors: number; bytes: number }[];
    readonly tensors: readonly InspectTensor[];
    readonly total_tensors: number;
    readonly total_parameters: number;
    readonly total_bytes: number;
    readonly dtypes: Readonly<Record<string, number>>;
  } | null;
  /** Why something is missing (no config, no safe weight format, …). */
  readonly notes: readonly string[];
  readonly requests: number;
  readonly bytes_read: number;
}

export async function inspectModel(model: ModelSource): Promise<InspectReport> {
  const notes: string[] = [];
  const config = await readConfigSummary(model);
  if (!config) notes.push("no config.json: the model's architecture cannot be read");
  let weights: InspectReport["weights"] = null;
  if (hasSafetensorsWeights(model)) {
    const set = await openWeights(model);
    const tensors = set.tensors.map((t) => ({
      name: t.name,
      dtype: t.dtype,
      shape: t.shape,
      bytes: t.byteLength,
      shard: t.file,
    }));
    const dtypes: Record<string, number> = {};
    let params = 0;
    for (const t of set.tensors) {
      const n = t.shape.reduce((a, b) => a * b, 1);
      params += n;
      dtypes[t.dtype] = (dtypes[t.dtype] ?? 0) + n;
    }
    weights = {
      format: set.format,
      shards: set.shards.map((s) => ({
        file: s.file,
        header_bytes: s.headerLength,
        tensors: s.tensors.length,
        bytes: s.tensors.reduce((a, t) => a + t.byteLength, 0),
      })),
      tensors,
      total_tensors: tensors.length,
      total_parameters: params,
      total_bytes: tensors.reduce((a, t) => a + t.bytes, 0),
      dtypes,
    };
  } else {
    notes.push(noWeightsReason(model));
  }
  return {
    ref: model.ref,
    source: model.kind,
    repo: model.repo ?? null,
    requested_revision: model.requestedRevision ?? null,
    revision: model.revision ?? null,
    files: model.files.map((f) => ({ path: f.path, size: f.size, sha256: f.sha256 ?? null })),
    config,
    weights,
    notes,
    requests: model.stats.requests,
    bytes_read: model.stats.bytes,
  };
}
