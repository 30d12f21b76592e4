// Command-line parsing: one table of commands and flags, parsed once into a typed value before any
// work starts. Usage mistakes become UsageError (exit 2) with the fix in the message.

import { parseArgs, type ParseArgsConfig } from "node:util";

export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "UsageError";
  }
}

type OptionSpec = NonNullable<ParseArgsConfig["options"]>;

const COMMON: OptionSpec = {
  "hub-url": { type: "string" },
  token: { type: "string" },
  verbose: { type: "boolean" },
  "cache-dir": { type: "string" },
  "no-cache": { type: "boolean" },
  help: { type: "boolean", short: "h" },
};

interface CommandSpec {
  readonly usage: string;
  readonly summary: string;
  readonly positionals: readonly string[];
  readonly options: OptionSpec;
}

export const COMMANDS = {
  inspect: {
    usage: "provenance-gate inspect <ref> [--json]",
    summary: "files, config summary, tensor table, and the bytes and requests it took",
    positionals: ["ref"],
    options: { json: { type: "boolean" } },
  },
  fingerprint: {
    usage: "provenance-gate fingerprint <ref> [--profile sampled|full] [--json] [--db DIR --family ID]",
    summary:
      "metadata (MFI), tokenizer (TFV) and weight fingerprints with the reference's field names; with --db, add the model to that reference database under family ID",
    positionals: ["ref"],
    options: {
      json: { type: "boolean" },
      profile: { type: "string" },
      db: { type: "string" },
      family: { type: "string" },
    },
  },
  compare: {
    usage: "provenance-gate compare <a> <b> [--profile sampled|full] [--json | --plain]",
    summary: "MFI tier and score, weight signals, identity score, TFV, VOA, tokenizer score, verdict",
    positionals: ["a", "b"],
    options: { json: { type: "boolean" }, plain: { type: "boolean" }, profile: { type: "string" } },
  },
  "db check": {
    usage: "provenance-gate db check <dir> [--json]",
    summary: "re-derive arch_hash and param_bucket of every entry of a reference database",
    positionals: ["dir"],
    options: { json: { type: "boolean" } },
  },
  scan: {
    usage:
      "provenance-gate scan <ref> --db DIR [--db DIR]… [--top-k N] [--threshold F] [--profile sampled|full] [--json | --plain]",
    summary:
      "rank the entries of reference databases against a model: closest known bases first, verdict from weight evidence (unverified without it)",
    positionals: ["ref"],
    options: {
      json: { type: "boolean" },
      plain: { type: "boolean" },
      profile: { type: "string" },
      db: { type: "string", multiple: true },
      "top-k": { type: "string" },
      threshold: { type: "string" },
    },
  },
  check: {
    usage:
      "provenance-gate check [--manifest FILE] [--sarif FILE] [--report FILE] [--json] [--profile sampled|full] [--shard i/n] [--offline]",
    summary:
      "the action's decision, locally: claims, compare with claimed bases, scan of reference databases, findings PG001–PG007; exit 1 when a finding fails",
    positionals: [],
    options: {
      json: { type: "boolean" },
      profile: { type: "string" },
      manifest: { type: "string" },
      sarif: { type: "string" },
      report: { type: "string" },
      shard: { type: "string" },
      offline: { type: "boolean" },
    },
  },
  "db fetch": {
    usage:
      "provenance-gate db fetch provenancekit --to <dir> [--update | --status] [--json] [--bundles-url BASE] [--deep-signals-url URL] [--deep-signals-sha256 HEX]",
    summary:
      "fetch, verify and install the published database (base files at a pinned upstream commit, deep signals from the published archive)",
    positionals: ["source"],
    options: {
      json: { type: "boolean" },
      to: { type: "string" },
      update: { type: "boolean" },
      status: { type: "boolean" },
      "bundles-url": { type: "string" },
      "deep-signals-url": { type: "string" },
      "deep-signals-sha256": { type: "string" },
    },
  },
} as const satisfies Record<string, CommandSpec>;

export type CommandName = keyof typeof COMMANDS;

export interface CommonFlags {
  readonly hubUrl: string | undefined;
  readonly token: string | undefined;
  readonly verbose: boolean;
  /** --cache-dir: the fingerprint cache folder (default: see src/cli/cache-option.ts). */
  readonly cacheDir: string | undefined;
  /** --no-cache: fingerprints are neither read from nor written to any cache. */
  readonly noCache: boolean;
}

export type ProfileFlag = "sampled" | "full" | undefined;

export type ParsedCommand =
  | { kind: "help"; text: string }
  | { kind: "version" }
  | {
      kind: "run";
      name: CommandName;
      args: readonly string[];
      json: boolean;
      plain: boolean;
      /** undefined: each model's default (full for local folders, sampled for the Hub). */
      profile: ProfileFlag;
      common: CommonFlags;
      /** Every flag as parsed, for command-specific options (e.g. db fetch's --to). */
      options: CommandOptions;
    };

export type CommandOptions = Readonly<Record<string, string | boolean | (string | boolean)[] | undefined>>;

export function helpText(): string {
  const lines = ["Usage: provenance-gate <command> [options]", "", "Commands:"];
  for (const spec of Object.values(COMMANDS)) lines.push(`  ${spec.usage}`, `      ${spec.summary}`);
  lines.push(
    "",
    "Common options:",
    "  --hub-url URL   Hugging Face endpoint (default: HF_ENDPOINT or https://huggingface.co)",
    "  --token T       Hub access token (default: HF_TOKEN)",
    "  --cache-dir DIR fingerprint cache folder (default: $XDG_CACHE_HOME/provenance-gate or ~/.cache/provenance-gate)",
    "  --no-cache      neither read nor write cached fingerprints",
    "  --verbose       more detail on errors",
    "  --help, -h      this text;  --version  the version",
    "",
    "Exit codes: 0 ok; 1 findings that fail, or a failed operation; 2 usage or configuration error",
  );
  return lines.join("\n");
}

/** "db check …" is one command of two words; everything else is one word. */
function splitCommand(argv: readonly string[]): [string, readonly string[]] {
  const [first = "", second, ...rest] = argv;
  if (first === "db" && second !== undefined && !second.startsWith("-")) return [`db ${second}`, rest];
  return [first, argv.slice(1)];
}

export function parseCommandLine(argv: readonly string[]): ParsedCommand {
  const first = argv[0];
  if (first === undefined || first === "--help" || first === "-h" || first === "help") {
    return { kind: "help", text: helpText() };
  }
  if (first === "--version" || first === "-V") return { kind: "version" };
  const [name, rest] = splitCommand(argv);
  if (!Object.hasOwn(COMMANDS, name)) {
    const names = Object.keys(COMMANDS).join(", ");
    throw new UsageError(`unknown command "${name}"; commands: ${names} (see --help)`);
  }
  const command = name as CommandName;
  const spec: CommandSpec = COMMANDS[command];
  let parsed;
  try {
    parsed = parseArgs({
      args: [...rest],
      options: { ...COMMON, ...spec.options },
      allowPositionals: true,
      strict: true,
    });
  } catch (err) {
    throw new UsageError(`${(err as Error).message}\nusage: ${spec.usage}`);
  }
  const { values, positionals } = parsed;
  if (values.help) return { kind: "help", text: `usage: ${spec.usage}\n  ${spec.summary}` };
  if (positionals.length !== spec.positionals.length) {
    const wanted = spec.positionals.map((p) => `<${p}>`).join(" ");
    throw new UsageError(
      `${command} takes ${wanted}, got ${positionals.length} argument(s)\nusage: ${spec.usage}`,
    );
  }
  const common: CommonFlags = {
    hubUrl: values["hub-url"] as string | undefined,
    token: values.token as string | undefined,
    verbose: values.verbose === true,
    cacheDir: values["cache-dir"] as string | undefined,
    noCache: values["no-cache"] === true,
  };
  if (values.json === true && values.plain === true) {
    throw new UsageError(`--json and --plain are mutually exclusive\nusage: ${spec.usage}`);
  }
  const profile = values.profile;
  if (profile !== undefined && profile !== "sampled" && profile !== "full") {
    throw new UsageError(`--profile must be sampled or full, got "${String(profile)}"\nusage: ${spec.usage}`);
  }
  return {
    kind: "run",
    name: command,
    args: positionals,
    json: values.json === true,
    plain: values.plain === true,
    profile,
    common,
    options: values,
  };
}
