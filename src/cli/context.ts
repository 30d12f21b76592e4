// What every CLI command receives: its parsed arguments, the process's I/O, and how to open models.

import type { OpenModelOptions } from "../engine/model/open-model.js";
import { DEFAULT_HUB_URL } from "../engine/model/open-model.js";
import type { CommonFlags } from "./args.js";

export interface CliIo {
  readonly argv: readonly string[];
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly cwd: string;
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  /** Injected in tests; the global fetch otherwise. */
  readonly fetch?: typeof fetch;
}

export interface CommandContext {
  readonly args: readonly string[];
  readonly json: boolean;
  readonly plain: boolean;
  readonly profile: "sampled" | "full" | undefined;
  readonly io: CliIo;
  readonly modelOptions: OpenModelOptions;
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

export function printJson(io: CliIo, value: unknown): void {
  io.stdout(JSON.stringify(value, null, 2) + "\n");
}
