// The action's inputs, declared once (INPUT_NAMES, kept in sync with action.yml by a test) and
// parsed once into one validated ActionConfig before any work starts. A bad value is a ConfigError
// that names the input, the value and what is allowed.

import { ConfigError } from "../engine/errors.js";
import { parseShard, type Shard } from "../engine/check/selection.js";
import { ruleByKey, type RuleId } from "../engine/check/rules.js";
import { DEFAULT_HUB_URL } from "../engine/model/open-model.js";

export const INPUT_NAMES = [
  "manifest",
  "hf-token",
  "hf-endpoint",
  "github-token",
  "fail-on",
  "scope",
  "profile",
  "comment",
  "sarif-file",
  "report-file",
  "cache",
  "shard",
] as const;

export type InputName = (typeof INPUT_NAMES)[number];

export interface ActionConfig {
  readonly manifest: string;
  readonly hfToken: string | undefined;
  readonly hfEndpoint: string;
  readonly githubToken: string | undefined;
  /** null: take the manifest's policy.fail-on. */
  readonly failOn: readonly RuleId[] | null;
  readonly scope: "changed" | "all";
  readonly profile: "sampled" | "full";
  readonly comment: boolean;
  readonly sarifFile: string | null;
  readonly reportFile: string | null;
  readonly cache: boolean;
  readonly shard: Shard | null;
}

const bad = (name: InputName, value: string, expected: string): ConfigError =>
  new ConfigError({}, `input ${name}: found "${value}", expected ${expected}`);

function oneOf<T extends string>(name: InputName, value: string, allowed: readonly T[]): T {
  const v = value.trim().toLowerCase();
  if ((allowed as readonly string[]).includes(v)) return v as T;
  throw bad(name, value, `one of ${allowed.join(", ")}`);
}

function bool(name: InputName, value: string): boolean {
  const v = value.trim().toLowerCase();
  if (v === "true") return true;
  if (v === "false") return false;
  throw bad(name, value, `"true" or "false"`);
}

function failOn(value: string): RuleId[] | null {
  const items = value
    .split(/[,\n]/)
    .map((s) => s.trim())
    .filter((s) => s !== "");
  if (items.length === 0) return null;
  if (items.length === 1 && items[0]!.toLowerCase() === "none") return [];
  return items.map((s) => {
    const rule = ruleByKey(s);
    if (!rule) throw bad("fail-on", s, "rule ids or names (PG001…PG007, claimed-base-mismatch, …) or none");
    return rule.id;
  });
}

function endpoint(value: string): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw bad("hf-endpoint", value, "an absolute https:// URL, e.g. https://huggingface.co");
  }
  const loopback = ["localhost", "127.0.0.1", "[::1]"].includes(url.hostname);
  if (url.protocol !== "https:" && !(url.protocol === "http:" && loopback))
    throw bad("hf-endpoint", value, "an https:// URL (plain http is allowed only for loopback test servers)");
  return value.replace(/\/+$/, "");
}

/** `get(name)` returns the input's raw value ("" when unset), as @actions/core's getInput does. */
export function parseInputs(
  get: (name: InputName) => string,
  env: Readonly<Record<string, string | undefined>>,
): ActionConfig {
  const text = (name: InputName): string => get(name).trim();
  const optional = (s: string): string | null => (s === "" ? null : s);
  return {
    manifest: text("manifest") || ".github/model-provenance.yml",
    hfToken: text("hf-token") || env["HF_TOKEN"] || undefined,
    hfEndpoint: endpoint(text("hf-endpoint") || env["HF_ENDPOINT"] || DEFAULT_HUB_URL),
    githubToken: text("github-token") || undefined,
    failOn: failOn(get("fail-on")),
    scope: oneOf("scope", text("scope") || "changed", ["changed", "all"] as const),
    profile: oneOf("profile", text("profile") || "sampled", ["sampled", "full"] as const),
    comment: bool("comment", text("comment") || "true"),
    sarifFile: optional(text("sarif-file")),
    reportFile: optional(text("report-file")),
    cache: bool("cache", text("cache") || "true"),
    shard: text("shard") === "" ? null : parseShard(text("shard"), "input shard"),
  };
}
