// The findings a check can raise (design §5). One table: the manifest's `fail-on` and exception
// `rule` fields accept either form of a rule's identity (PG001 or claimed-base-mismatch), and the
// reports (SARIF rules, summary, annotations) take their names, levels and help text from here.

export type RuleId = "PG001" | "PG002" | "PG003" | "PG004" | "PG005" | "PG006" | "PG007";
export type RuleLevel = "error" | "warning" | "note";

export interface Rule {
  readonly id: RuleId;
  readonly name: string;
  readonly level: RuleLevel;
  /** One line: when the rule fires. */
  readonly summary: string;
  /** What to do about it. */
  readonly help: string;
}

export const RULES: readonly Rule[] = [
  {
    id: "PG001",
    name: "claimed-base-mismatch",
    level: "error",
    summary: "A base model is claimed and the weights do not match it.",
    help: "Check that the claimed base (manifest `base`, model card `base_model` or adapter_config.json) names the model these weights were really derived from, at the right revision. If the claim is wrong, correct it; if the weights are not what you expected, do not ship them.",
  },
  {
    id: "PG002",
    name: "undeclared-lineage",
    level: "error",
    summary:
      "The model claims no base or another base, and its weights match a known base that is not the claimed one.",
    help: "The weights show a lineage the model does not declare. Declare the detected base in the manifest (`base:`) after checking its license and restrictions, or replace the model. Add an exception only after a documented review.",
  },
  {
    id: "PG003",
    name: "denied-lineage",
    level: "error",
    summary: "The claimed or detected base, or its family, is on the manifest's deny list.",
    help: "The repository's policy forbids models derived from this base or family (see `policy.deny` and its reason). Replace the model, or change the policy through review.",
  },
  {
    id: "PG004",
    name: "unverifiable",
    level: "warning",
    summary: "The weights or tokenizer cannot be read, or there are too few signals to decide.",
    help: "Provide the model in a safe format (safetensors), make the repository readable with the given token, or pin a revision that has weights. Until then the claim is taken on trust.",
  },
  {
    id: "PG005",
    name: "unpinned-revision",
    level: "warning",
    summary: "The manifest gives no commit sha for a Hub model.",
    help: "Pin `revision:` to the 40-character commit sha you reviewed; a branch or tag can move to different weights after the check passed.",
  },
  {
    id: "PG006",
    name: "claim-disagreement",
    level: "warning",
    summary: "The manifest's claimed base and the model card's claimed base differ.",
    help: "Make the manifest `base` and the model card's `base_model` agree, or explain the difference in a review; one of them is wrong.",
  },
  {
    id: "PG007",
    name: "weak-evidence",
    level: "note",
    summary: "Only a weak match supports or contradicts the claim.",
    help: "The weight evidence is weak either way (for example heavy fine-tuning, pruning or a small model). Review the per-signal values before relying on the verdict.",
  },
];

const BY_KEY = new Map<string, Rule>(RULES.flatMap((r) => [[r.id, r] as const, [r.name, r] as const]));

/** Rule by id (PG001) or name (claimed-base-mismatch); undefined when neither. */
export function ruleByKey(key: string): Rule | undefined {
  return BY_KEY.get(key);
}

export function ruleById(id: RuleId): Rule {
  const rule = BY_KEY.get(id);
  if (!rule) throw new Error(`unknown rule ${id}`);
  return rule;
}

/** Every accepted spelling, ids first: the manifest schema's enum. */
export const RULE_KEYS: readonly string[] = [...RULES.map((r) => r.id), ...RULES.map((r) => r.name)];

/** design §5: `policy.fail-on` when the manifest does not set it. */
export const DEFAULT_FAIL_ON: readonly RuleId[] = ["PG001", "PG002", "PG003"];
