// Which base a model claims (design §5), first found wins: the manifest's `base` → the model
// card's YAML front matter `base_model` (a string or a list; `base_model_relation` if present) →
// adapter_config.json's `base_model_name_or_path` → unknown. `base: none` in the manifest claims
// training from scratch. Every source is read anyway, so a manifest claim that the model card
// contradicts can be reported (PG006), and the claim records where it came from.

import { parseDocument } from "yaml";
import type { ModelSource } from "../model/model-source.js";
import type { ManifestModel } from "./manifest.js";

/** Model cards with long prose are a few hundred KiB; the front matter is at the top. */
export const MAX_MODEL_CARD_BYTES = 1024 * 1024;
export const MAX_ADAPTER_CONFIG_BYTES = 1024 * 1024;
/** A merge may name several bases; more than this is not a claim anyone can review. */
export const MAX_CLAIMED_BASES = 32;

export type ClaimSource = "manifest" | "model-card" | "adapter-config" | "none";

export type Claim =
  | { readonly kind: "scratch"; readonly source: "manifest" }
  | {
      readonly kind: "bases";
      readonly refs: readonly string[];
      readonly source: Exclude<ClaimSource, "none">;
      /** The model card's `base_model_relation` (adapter, merge, quantized, finetune), when given. */
      readonly relation: string | null;
    }
  | { readonly kind: "unknown"; readonly source: "none" };

export interface ClaimResolution {
  readonly claim: Claim;
  /** What the model card says, whatever won (for PG006); null when it says nothing. */
  readonly card: readonly string[] | null;
  readonly adapter: string | null;
  readonly warnings: readonly string[];
}

export async function resolveClaim(
  entry: ManifestModel,
  model: ModelSource | null,
): Promise<ClaimResolution> {
  const warnings: string[] = [];
  const card = model ? await cardClaim(model, warnings) : null;
  const adapter = model ? await adapterClaim(model, warnings) : null;
  let claim: Claim;
  if (entry.base?.kind === "scratch") claim = { kind: "scratch", source: "manifest" };
  else if (entry.base?.kind === "model")
    claim = { kind: "bases", refs: [entry.base.ref], source: "manifest", relation: card?.relation ?? null };
  else if (card && card.refs.length > 0)
    claim = { kind: "bases", refs: card.refs, source: "model-card", relation: card.relation };
  else if (adapter) claim = { kind: "bases", refs: [adapter], source: "adapter-config", relation: "adapter" };
  else claim = { kind: "unknown", source: "none" };
  return { claim, card: card && card.refs.length > 0 ? card.refs : null, adapter, warnings };
}

/** The YAML front matter of README.md: the block between a first line "---" and the next "---". */
export function frontMatter(text: string): string | null {
  const body = text.startsWith("\uFEFF") ? text.slice(1) : text;
  const m = /^---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(\r?\n|$)/.exec(body);
  return m ? (m[1] ?? "") : null;
}

async function cardClaim(
  model: ModelSource,
  warnings: string[],
): Promise<{ refs: string[]; relation: string | null } | null> {
  const file = model.file("README.md");
  if (!file) return null;
  const where = `${model.ref}/README.md`;
  if (file.size > MAX_MODEL_CARD_BYTES) {
    warnings.push(
      `${where}: ${file.size} bytes, over the ${MAX_MODEL_CARD_BYTES}-byte cap; its claim is not read`,
    );
    return null;
  }
  const yamlText = frontMatter(
    new TextDecoder().decode(await model.readFile("README.md", MAX_MODEL_CARD_BYTES)),
  );
  if (yamlText === null) return null;
  const doc = parseDocument(yamlText, { uniqueKeys: false });
  if (doc.errors.length > 0) {
    warnings.push(
      `${where}: the front matter is not valid YAML (${doc.errors[0]?.message.split("\n")[0]}); its claim is not read`,
    );
    return null;
  }
  const data: unknown = doc.toJS({ maxAliasCount: 100 });
  if (data === null || typeof data !== "object" || Array.isArray(data)) return null;
  const fields = data as Record<string, unknown>;
  const raw = fields["base_model"];
  const list = raw === undefined || raw === null ? [] : Array.isArray(raw) ? raw : [raw];
  const refs: string[] = [];
  for (const v of list.slice(0, MAX_CLAIMED_BASES)) {
    if (typeof v === "string" && v.trim() !== "") refs.push(v.trim());
    else
      warnings.push(`${where} base_model: found ${JSON.stringify(v)}, expected a model id string; ignored`);
  }
  if (list.length > MAX_CLAIMED_BASES)
    warnings.push(
      `${where} base_model: ${list.length} entries, only the first ${MAX_CLAIMED_BASES} are checked`,
    );
  const relation = fields["base_model_relation"];
  return { refs, relation: typeof relation === "string" ? relation : null };
}

async function adapterClaim(model: ModelSource, warnings: string[]): Promise<string | null> {
  const file = model.file("adapter_config.json");
  if (!file) return null;
  const where = `${model.ref}/adapter_config.json`;
  if (file.size > MAX_ADAPTER_CONFIG_BYTES) {
    warnings.push(
      `${where}: ${file.size} bytes, over the ${MAX_ADAPTER_CONFIG_BYTES}-byte cap; its claim is not read`,
    );
    return null;
  }
  let data: unknown;
  try {
    data = JSON.parse(
      new TextDecoder().decode(await model.readFile("adapter_config.json", MAX_ADAPTER_CONFIG_BYTES)),
    );
  } catch (err) {
    warnings.push(`${where}: not valid JSON (${(err as Error).message}); its claim is not read`);
    return null;
  }
  const v =
    data !== null && typeof data === "object"
      ? (data as Record<string, unknown>)["base_model_name_or_path"]
      : undefined;
  return typeof v === "string" && v.trim() !== "" ? v.trim() : null;
}

/** The repo id a claimed base names: "hf://org/name@rev" → "org/name". */
export function repoIdOf(ref: string): string {
  return ref.replace(/^hf:\/\//, "").split("@")[0] ?? ref;
}

/** Two claims name the same bases (order and case of the repo id do not matter: the Hub ignores case). */
export function sameBases(a: readonly string[], b: readonly string[]): boolean {
  const norm = (xs: readonly string[]): string =>
    [...new Set(xs.map((x) => x.replace(/^hf:\/\//, "").toLowerCase()))].sort().join("\n");
  return norm(a) === norm(b);
}
