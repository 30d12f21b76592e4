// A model's fingerprint: metadata (MFI) from config.json, tokenizer features (TFV) from its
// tokenizer files, and weight signals from its safetensors weights in a profile.

import { performance } from "node:perf_hooks";
import { MalformedInputError } from "./errors.js";
import {
  MAX_CONFIG_JSON_BYTES,
  extractMfiDetailed,
  readConfigJson,
  type MfiFingerprint,
} from "./features/metadata/index.js";
import { extractTfv, type TokenizerFeatures } from "./features/tokenizer/tfv.js";
import type { ModelSource } from "./model/model-source.js";
import type { LoadedTokenizer } from "./tokenizer/loaded-tokenizer.js";
import { loadTokenizer } from "./tokenizer/load-tokenizer.js";
import { noWeightsReason } from "./model/weight-files.js";
import {
  extractWeightEvidence,
  weightSignalsToJson,
  type Profile,
  type WeightEvidence,
  type WeightSignalsJson,
} from "./weight-evidence.js";

/** Bumped whenever any feature's extraction changes, so cached fingerprints are recomputed. */
export const EXTRACTOR_VERSION = "pg-features-3";

export type { Profile } from "./weight-evidence.js";

export interface ModelFingerprint {
  readonly ref: string;
  readonly revision: string | null;
  readonly mfi: MfiFingerprint;
  readonly tfv: TokenizerFeatures | null;
  readonly tokenizer: {
    readonly format: string;
    readonly files: readonly string[];
    readonly model_type: string;
    readonly canonical_hash: string;
  } | null;
  readonly weights: WeightSignalsJson | null;
  readonly profile: Profile;
  readonly extractor_version: string;
  readonly warnings: readonly string[];
  readonly bytes_read: number;
  readonly requests: number;
  /** Wall time of this fingerprint's extraction, in seconds. */
  readonly seconds: number;
}

/** The fingerprint and what comparisons need beside it (the vocabulary for VOA, typed signals). */
export interface FingerprintResult {
  readonly fingerprint: ModelFingerprint;
  readonly tokenizer: LoadedTokenizer | null;
  readonly weights: WeightEvidence | null;
}

/** Local folders default to `full` (every byte is cheap to read), Hub models to `sampled`. */
export function defaultProfile(model: ModelSource): Profile {
  return model.kind === "local" ? "full" : "sampled";
}

export async function fingerprintModel(
  model: ModelSource,
  profile: Profile = defaultProfile(model),
  /** `lineage: false` skips the lineage probe (benchmarks measure what it costs). */
  options: { readonly lineage?: boolean } = {},
): Promise<FingerprintResult> {
  const started = performance.now();
  const configFile = model.file("config.json");
  if (!configFile) {
    throw new MalformedInputError(
      { file: `${model.ref}/config.json` },
      "the model has no config.json, so its architecture cannot be fingerprinted; point at the model folder or repo that holds it",
    );
  }
  const tokenizer = await loadTokenizer(model);
  const warnings: string[] = [];
  if (!tokenizer)
    warnings.push("no tokenizer files: TFV and VOA are unavailable and the MFI token ids are null");
  const config = readConfigJson(
    await model.readFile("config.json", MAX_CONFIG_JSON_BYTES),
    `${model.ref}/config.json`,
  );
  const mfi = extractMfiDetailed(config, {
    bosTokenId: tokenizer?.special.bos ?? null,
    eosTokenId: tokenizer?.special.eos ?? null,
    tokenizerHash: tokenizer?.canonicalHash ?? "",
  });
  for (const w of mfi.warnings) warnings.push(`config.json ${w.field}: ${w.message}`);
  const tfv = tokenizer ? extractTfv(tokenizer) : null;
  const weights = await extractWeightEvidence(model, mfi.fingerprint, tokenizer, tfv, profile, options);
  if (!weights) warnings.push(noWeightsReason(model));
  const fingerprint: ModelFingerprint = {
    ref: model.ref,
    revision: model.revision ?? null,
    mfi: mfi.fingerprint,
    tfv,
    tokenizer: tokenizer
      ? {
          format: tokenizer.format,
          files: tokenizer.files,
          model_type: tokenizer.modelType,
          canonical_hash: tokenizer.canonicalHash,
        }
      : null,
    weights: weights ? weightSignalsToJson(weights) : null,
    profile: weights?.profile ?? profile,
    extractor_version: EXTRACTOR_VERSION,
    warnings,
    bytes_read: model.stats.bytes,
    requests: model.stats.requests,
    seconds: Math.round(performance.now() - started) / 1000,
  };
  return { fingerprint, tokenizer, weights };
}
