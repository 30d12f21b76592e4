// The CLI as a function: argv and environment in, output and exit code out, so tests can run it
// in-process. Exit codes: 0 ok, 1 failure (or failing findings), 2 usage or configuration error.

import { ProvenanceError } from "../engine/errors.js";
import { VERSION } from "../version.js";
import { parseCommandLine, UsageError, type CommandName } from "./args.js";
import { checkCommand } from "./commands/check.js";
import { compareCommand } from "./commands/compare.js";
import { dbCheckCommand } from "./commands/db-check.js";
import { dbFetchCommand } from "./commands/db-fetch.js";
import { fingerprintCommand } from "./commands/fingerprint.js";
import { inspectCommand } from "./commands/inspect.js";
import { scanCommand } from "./commands/scan.js";
import { fingerprintCache, snapshotCache } from "./cache-option.js";
import type { OpenModelOptions } from "../engine/model/open-model.js";
import type { SnapshotCache } from "../engine/hub/snapshot-cache.js";
import { modelOptions, type CliIo, type CommandHandler } from "./context.js";

export type { CliIo } from "./context.js";

const HANDLERS: Record<CommandName, CommandHandler> = {
  inspect: inspectCommand,
  fingerprint: fingerprintCommand,
  compare: compareCommand,
  "db check": dbCheckCommand,
  "db fetch": dbFetchCommand,
  scan: scanCommand,
  check: checkCommand,
};

export async function runCli(io: CliIo): Promise<number> {
  try {
    const cmd = parseCommandLine(io.argv);
    if (cmd.kind === "help") {
      io.stdout(cmd.text + "\n");
      return 0;
    }
    if (cmd.kind === "version") {
      io.stdout(`provenance-gate ${VERSION}\n`);
      return 0;
    }
    return await HANDLERS[cmd.name]({
      args: cmd.args,
      json: cmd.json,
      plain: cmd.plain,
      profile: cmd.profile,
      io,
      modelOptions: withSnapshots(modelOptions(cmd.common, io), snapshotCache(cmd.common, io)),
      options: cmd.options,
      verbose: cmd.common.verbose,
      cache: fingerprintCache(cmd.common, io),
    });
  } catch (err) {
    return reportError(err, io);
  }
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

function withSnapshots(options: OpenModelOptions, snapshots: SnapshotCache | null): OpenModelOptions {
  return snapshots === null ? options : { ...options, snapshots };
}
