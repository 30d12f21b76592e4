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
} as const satisfies Record<string, CommandSpec>;

export type CommandName = keyof typeof COMMANDS;

export interface CommonFlags {
  readonly hubUrl: string | undefined;
  readonly token: string | undefined;
  readonly verbose: boolean;
}

export type ParsedCommand =
  | { kind: "help"; text: string }
  | { kind: "version" }
  | { kind: "inspect"; ref: string; json: boolean; common: CommonFlags };

export function helpText(): string {
  const lines = ["Usage: provenance-gate <command> [options]", "", "Commands:"];
  for (const spec of Object.values(COMMANDS)) lines.push(`  ${spec.usage}`, `      ${spec.summary}`);
  lines.push(
    "",
    "Common options:",
    "  --hub-url URL   Hugging Face endpoint (default: HF_ENDPOINT or https://huggingface.co)",
    "  --token T       Hub access token (default: HF_TOKEN)",
    "  --verbose       more detail on errors",
    "  --help, -h      this text;  --version  the version",
    "",
    "Exit codes: 0 ok; 1 findings that fail, or a failed operation; 2 usage or configuration error",
  );
  return lines.join("\n");
}

export function parseCommandLine(argv: readonly string[]): ParsedCommand {
  const [first, ...rest] = argv;
  if (first === undefined || first === "--help" || first === "-h" || first === "help") {
    return { kind: "help", text: helpText() };
  }
  if (first === "--version" || first === "-V") return { kind: "version" };
  if (!(first in COMMANDS)) {
    throw new UsageError(
      `unknown command "${first}"; commands: ${Object.keys(COMMANDS).join(", ")} (see --help)`,
    );
  }
  const name = first as CommandName;
  const spec: CommandSpec = COMMANDS[name];
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
    throw new UsageError(
      `${name} takes ${spec.positionals.map((p) => `<${p}>`).join(" ")}, got ${positionals.length} argument(s)\nusage: ${spec.usage}`,
    );
  }
  const common: CommonFlags = {
    hubUrl: values["hub-url"] as string | undefined,
    token: values.token as string | undefined,
    verbose: values.verbose === true,
  };
  return { kind: "inspect", ref: positionals[0] as string, json: values.json === true, common };
}
