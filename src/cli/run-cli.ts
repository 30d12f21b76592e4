// The CLI as a function: argv and environment in, output and exit code out, so tests can run it
// in-process. Exit codes: 0 ok, 1 failure (or failing findings), 2 usage or configuration error.

import { ProvenanceError } from "../engine/errors.js";
import { inspectModel } from "../engine/inspect.js";
import { openModel, DEFAULT_HUB_URL } from "../engine/model/open-model.js";
import { VERSION } from "../version.js";
import { parseCommandLine, UsageError, type CommonFlags } from "./args.js";
import { renderInspect } from "./render-inspect.js";

export interface CliIo {
  readonly argv: readonly string[];
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly cwd: string;
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  /** Injected in tests; the global fetch otherwise. */
  readonly fetch?: typeof fetch;
}

export async function runCli(io: CliIo): Promise<number> {
  try {
    const cmd = parseCommandLine(io.argv);
    switch (cmd.kind) {
      case "help":
        io.stdout(cmd.text + "\n");
        return 0;
      case "version":
        io.stdout(`provenance-gate ${VERSION}\n`);
        return 0;
      case "inspect": {
        const model = await openModel(cmd.ref, modelOptions(cmd.common, io));
        try {
          const report = await inspectModel(model);
          io.stdout(cmd.json ? JSON.stringify(report, null, 2) + "\n" : renderInspect(report) + "\n");
          return 0;
        } finally {
          await model.close();
        }
      }
    }
  } catch (err) {
    return reportError(err, io);
  }
}

function modelOptions(common: CommonFlags, io: CliIo): Parameters<typeof openModel>[1] {
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

function reportError(err: unknown, io: CliIo): number {
  if (err instanceof UsageError) {
    io.stderr(`error: ${err.message}\n`);
    return 2;
  }
  if (err instanceof ProvenanceError) {
    io.stderr(`error (${err.kind}): ${err.message}\n`);
    return err.kind === "config" ? 2 : 1;
  }
  const e = err instanceof Error ? err : new Error(String(err));
  io.stderr(`error: ${e.message}\n${io.argv.includes("--verbose") && e.stack ? e.stack + "\n" : ""}`);
  return 1;
}
