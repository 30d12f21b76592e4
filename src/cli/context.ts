// What every CLI command receives: its parsed arguments, the process's I/O, and how to open models.

import type { FingerprintCache } from "../engine/cache/index.js";
import type { OpenModelOptions } from "../engine/model/open-model.js";
import { DEFAULT_HUB_URL } from "../engine/model/open-model.js";
import type { CommandOptions, CommonFlags } from "./args.js";

export interface CliIo {
  readonly argv: readonly string[];
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly cwd: string;
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  /** Injected in tests; the global fetch otherwise. */
  readonly fetch?: typeof fetch;
  /** Whether stderr is a terminal (progress is shown there only then, or with --verbose). */
  readonly stderrIsTTY?: boolean;
}

export interface CommandContext {
  readonly args: readonly string[];
  readonly json: boolean;
  readonly plain: boolean;
  readonly profile: "sampled" | "full" | undefined;
  readonly io: CliIo;
  readonly modelOptions: OpenModelOptions;
  /** Every flag as parsed (command-specific options). */
  readonly options: CommandOptions;
  readonly verbose: boolean;
  /** The fingerprint cache, or null with --no-cache (see cache-option.ts). */
  readonly cache: FingerprintCache | null;
}

export type CommandHandler = (ctx: CommandContext) => Promise<number>;

export function modelOptions(common: CommonFlags, io: CliIo): OpenModelOptions {
  const token = common.token ?? io.env.HF_TOKEN ?? io.env.HUGGING_FACE_HUB_TOKEN;
  const home = io.env.HOME;
  return {
    hubUrl: common.hubUrl ?? io.env.HF_ENDPOINT ?? DEFAULT_HUB_URL,
    cwd: io.cwd,
    ...(token ? { token } : {}),
    ...(home ? { home } : {}),
    ...(io.fetch ? { fetch: io.fetch } : {}),
  };
}

/** Warnings that do not stop a command (e.g. an unusable cache), on stderr. */
export function warnTo(io: CliIo): (message: string) => void {
  return (message) => io.stderr(`warning: ${message}\n`);
}

export function printJson(io: CliIo, value: unknown): void {
  io.stdout(JSON.stringify(value, null, 2) + "\n");
}
