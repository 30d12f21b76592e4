// Builds small reference databases on disk for tests: one manifest, shards, bundles.

import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";

export const GPT2_ARCH = "912dae4ea0797958c503a679d1dec973b6194fb80110be7e370d92c36f07bc10";
/** gpt2's stored MFI as the reference writes it (Python floats keep ".0"). */
export const gpt2Mfi = (archHash = GPT2_ARCH) => `{"model_type": "gpt2", "architectures": ["GPT2LMHeadModel"],
  "hidden_size": 768, "num_hidden_layers": 12, "num_attention_heads": 12, "num_key_value_heads": null,
  "intermediate_size": 0, "vocab_size": 50257, "max_position_embeddings": 1024, "hidden_act": null,
  "rope_theta": null, "rope_scaling": null, "tie_word_embeddings": true, "bos_token_id": 50256,
  "eos_token_id": 50256, "gqa_ratio": 1.0, "attention_style": "MHA", "norm_type": "LayerNorm",
  "attention_bias": null, "qk_norm": false, "pos_encoding": "absolute", "head_dim": null,
  "tokenizer_hash": "11e818f948f43497f364722def50c13f419158554961ee4bb095fbd3350895c3",
  "token_id_signature": "bos=50256|eos=50256", "arch_hash": "${archHash}",
  "family_hash": "fe0c324418805ce50ebe000eb517a3d915fa7532c3c836ca89897fdac6b025ce"}`;
export const bundle = (assetId: string, mfi = gpt2Mfi()) =>
  `{"bundle_id": "b", "model_id": "gpt2", "asset_id": "${assetId}", "family_id": "f", "status": "partial",
    "missing_signals": ["wvc_layer_sigs"], "mfi": ${mfi}, "tfv": {}, "vocab": {"size": 50257}, "signals": {},
    "artifact_refs": [{"artifact_id": "x", "type": "deep_signals", "path": "features/deep/x.parquet"}]}`;

export interface Asset {
  id: string;
  feature_path?: string;
  param_bucket?: string;
}
export const shard = (family: string, assets: Asset[]) =>
  JSON.stringify({
    shard_id: "s",
    family: { family_id: family, display_name: family.toUpperCase(), publisher: "p", baseline_model_ids: [] },
    assets: assets.map((a) => ({
      asset_id: a.id,
      model_id: a.id,
      format: "safetensors",
      feature_path: a.feature_path ?? `features/base/by-family/${family}/${a.id}_features.json`,
      param_bucket: a.param_bucket ?? "<=1B",
    })),
  });
export const manifest = (shards: Array<{ family_id: string; shard_path: string; asset_count?: number }>) =>
  JSON.stringify({ updated_at: "t", shard_strategy: "by_family", shards });

export async function put(root: string, rel: string, text: string): Promise<void> {
  const p = path.join(root, ...rel.split("/"));
  await mkdir(path.dirname(p), { recursive: true });
  await writeFile(p, text);
}

/** One family "f" with the given assets and good bundles for each unless told otherwise. */
export async function oneFamily(
  root: string,
  assets: Asset[],
  bundles: Record<string, string> = {},
): Promise<void> {
  await put(
    root,
    "catalog/manifest.json",
    manifest([{ family_id: "f", shard_path: "catalog/by-family/f.json", asset_count: assets.length }]),
  );
  await put(root, "catalog/by-family/f.json", shard("f", assets));
  for (const a of assets) {
    await put(
      root,
      a.feature_path ?? `features/base/by-family/f/${a.id}_features.json`,
      bundles[a.id] ?? bundle(a.id),
    );
  }
}
