// The manifest (design §6): YAML parsed with positions, validated against the shipped JSON Schema,
// then checked for what a schema cannot say (valid model references, real dates, duplicate models,
// exceptions naming models that exist). Every problem carries file, line and column and says what
// was found and what was expected; all of them are reported at once, not only the first.

import { readFile, stat } from "node:fs/promises";
import { LineCounter, parseDocument, type Document } from "yaml";
import { ConfigError } from "../errors.js";
import { parseHubRef } from "../hub/hub-ref.js";
import { DEFAULT_FAIL_ON, ruleByKey, type RuleId } from "./rules.js";
import { describe, displayPath, schemaProblems } from "./manifest-problems.js";
import { nodeAt, positionOf, type Position } from "./yaml-positions.js";

export const DEFAULT_MANIFEST_PATH = ".github/model-provenance.yml";
/** A manifest of thousands of models is a few hundred KiB; more is not a manifest. */
export const MAX_MANIFEST_BYTES = 1024 * 1024;
/** Problems listed in one error; the rest are counted. */
export const MAX_MANIFEST_PROBLEMS = 50;

export type BaseClaim = { readonly kind: "scratch" } | { readonly kind: "model"; readonly ref: string };

export interface ManifestModel {
  readonly id: string;
  readonly revision: string | null;
  /** The manifest's claim; null when it leaves the claim to the model card. */
  readonly base: BaseClaim | null;
  /** Where the entry's `id` is written: findings about the model are annotated here. */
  readonly position: Position;
}

export interface DenyRule {
  readonly base: string | null;
  readonly family: string | null;
  readonly reason: string;
  readonly position: Position;
}

export interface ManifestException {
  readonly model: string;
  readonly revision: string | null;
  readonly rule: RuleId | null;
  readonly reason: string;
  /** YYYY-MM-DD; the exception applies through the end of that day (UTC). */
  readonly expires: string;
  readonly position: Position;
}

export type ReferenceSpec =
  | { readonly kind: "provenancekit"; readonly position: Position | null }
  | { readonly kind: "path"; readonly path: string; readonly position: Position };

export interface Manifest {
  readonly file: string;
  readonly models: readonly ManifestModel[];
  readonly policy: { readonly failOn: readonly RuleId[]; readonly deny: readonly DenyRule[] };
  readonly exceptions: readonly ManifestException[];
  /** `provenancekit` when the manifest has no `reference` key; empty when it says `[]`. */
  readonly reference: readonly ReferenceSpec[];
}

export interface ManifestProblem extends Position {
  readonly message: string;
}

/** The manifest is wrong; `problems` lists every problem found, each with its position. */
export class ManifestError extends ConfigError {
  readonly problems: readonly ManifestProblem[];
  constructor(file: string, problems: readonly ManifestProblem[], omitted: number) {
    const [first, ...rest] = problems;
    const lines = rest.map((p) => `\n${file}:${p.line}:${p.column}: ${p.message}`);
    const more = omitted > 0 ? `\n… and ${omitted} more problems` : "";
    super(
      { file, line: first?.line, column: first?.column },
      `${first?.message ?? "invalid"}${lines.join("")}${more}`,
    );
    this.name = "ManifestError";
    this.problems = problems;
  }
}

/** Reads and parses the manifest at `file` (a path; `display` is how messages name it). */
export async function loadManifest(file: string, display: string = file): Promise<Manifest> {
  let size: number;
  try {
    size = (await stat(file)).size;
  } catch {
    throw new ConfigError(
      { file: display },
      "no manifest here; create it (see the README's manifest section) or point the action's `manifest` input (CLI: --manifest FILE) at it",
    );
  }
  if (size > MAX_MANIFEST_BYTES) {
    throw new ConfigError(
      { file: display },
      `the manifest is ${size} bytes, over the ${MAX_MANIFEST_BYTES}-byte limit; split it across shards or repositories`,
    );
  }
  return parseManifest(await readFile(file, "utf8"), display);
}

export function parseManifest(text: string, file: string): Manifest {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
  const problems = new Problems(file);
  for (const e of doc.errors) {
    const { line, col } = lines.linePos(e.pos[0]);
    problems.add({ line, column: col }, `YAML syntax: ${e.message.split("\n")[0]}`);
  }
  problems.throwIfAny();
  const data: unknown = doc.toJS({ maxAliasCount: 100 });
  for (const [at, message] of schemaProblems(doc, lines, data)) problems.add(at, message);
  problems.throwIfAny();
  const manifest = build(data as RawManifest, doc, lines, file);
  for (const p of semanticProblems(manifest, doc, lines)) problems.add(p, p.message);
  problems.throwIfAny();
  return manifest;
}

class Problems {
  private readonly list: ManifestProblem[] = [];
  private omitted = 0;
  constructor(private readonly file: string) {}
  add(at: Position, message: string): void {
    if (this.list.length < MAX_MANIFEST_PROBLEMS) this.list.push({ ...at, message });
    else this.omitted += 1;
  }
  throwIfAny(): void {
    if (this.list.length > 0) {
      const sorted = [...this.list].sort((a, b) => a.line - b.line || a.column - b.column);
      throw new ManifestError(this.file, sorted, this.omitted);
    }
  }
}

interface RawManifest {
  models: { id: string; revision?: string; base?: string }[];
  policy?: { "fail-on"?: string[]; deny?: { base?: string; family?: string; reason: string }[] };
  exceptions?: { model: string; revision?: string; rule?: string; reason: string; expires: string }[];
  reference?: (string | { path: string })[];
}

function build(raw: RawManifest, doc: Document, lines: LineCounter, file: string): Manifest {
  const at = (...path: (string | number)[]): Position => positionOf(nodeAt(doc, path), lines);
  const rule = (key: string): RuleId => ruleByKey(key)!.id;
  return {
    file,
    models: raw.models.map((m, i) => ({
      id: m.id,
      revision: m.revision ?? null,
      base:
        m.base === undefined
          ? null
          : m.base === "none"
            ? { kind: "scratch" }
            : { kind: "model", ref: m.base },
      position: at("models", i, "id"),
    })),
    policy: {
      failOn: raw.policy?.["fail-on"]?.map(rule) ?? [...DEFAULT_FAIL_ON],
      deny: (raw.policy?.deny ?? []).map((d, i) => ({
        base: d.base ?? null,
        family: d.family ?? null,
        reason: d.reason,
        position: at("policy", "deny", i),
      })),
    },
    exceptions: (raw.exceptions ?? []).map((x, i) => ({
      model: x.model,
      revision: x.revision ?? null,
      rule: x.rule === undefined ? null : rule(x.rule),
      reason: x.reason,
      expires: x.expires,
      position: at("exceptions", i, "model"),
    })),
    reference:
      raw.reference === undefined
        ? [{ kind: "provenancekit", position: null }]
        : raw.reference.map((r, i) =>
            typeof r === "string"
              ? { kind: "provenancekit", position: at("reference", i) }
              : { kind: "path", path: r.path, position: at("reference", i, "path") },
          ),
  };
}

/** Local folders are written as paths; everything else must be a Hub reference. */
export function isLocalRef(ref: string): boolean {
  return /^(\.{1,2}(\/|$)|\/|~)/.test(ref);
}

function semanticProblems(m: Manifest, doc: Document, lines: LineCounter): ManifestProblem[] {
  const out: ManifestProblem[] = [];
  const at = (path: (string | number)[], message: string): void => {
    out.push({ ...positionOf(nodeAt(doc, path), lines), message });
  };
  const checkRef = (ref: string, path: (string | number)[]): void => {
    if (isLocalRef(ref)) return;
    try {
      parseHubRef(ref);
    } catch (err) {
      at(path, `${displayPath(path)}: ${(err as Error).message}`);
    }
  };
  const seen = new Map<string, number>();
  m.models.forEach((model, i) => {
    checkRef(model.id, ["models", i, "id"]);
    if (model.base?.kind === "model") checkRef(model.base.ref, ["models", i, "base"]);
    if (model.revision !== null && !isLocalRef(model.id) && model.id.includes("@"))
      at(
        ["models", i, "revision"],
        `models[${i}]: the revision is given twice (in "id" after "@" and in "revision"); keep one`,
      );
    const key = `${model.id}\u0000${model.revision ?? ""}`;
    const first = seen.get(key);
    if (first !== undefined)
      at(
        ["models", i, "id"],
        `models[${i}]: found ${describe(model.id)} again (first at models[${first}]); expected each model once`,
      );
    else seen.set(key, i);
  });
  m.policy.deny.forEach((d, i) => {
    if (d.base !== null) checkRef(d.base, ["policy", "deny", i, "base"]);
  });
  const ids = new Set(m.models.map((x) => x.id));
  m.exceptions.forEach((x, i) => {
    if (!ids.has(x.model))
      at(
        ["exceptions", i, "model"],
        `exceptions[${i}].model: found ${describe(x.model)}, expected the id of a model in "models" (${[...ids].slice(0, 5).join(", ")})`,
      );
    if (!isCalendarDate(x.expires))
      at(
        ["exceptions", i, "expires"],
        `exceptions[${i}].expires: found ${describe(x.expires)}, expected a real calendar date YYYY-MM-DD`,
      );
  });
  return out;
}

function isCalendarDate(s: string): boolean {
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}
