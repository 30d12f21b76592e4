#!/usr/bin/env node
// CLI entry: hands the process's arguments and environment to runCli and sets the exit code.
import { runCli } from "./cli/run-cli.js";

process.exitCode = await runCli({
  argv: process.argv.slice(2),
  env: process.env,
  cwd: process.cwd(),
  stdout: (t) => process.stdout.write(t),
  stderr: (t) => process.stderr.write(t),
  stderrIsTTY: process.stderr.isTTY === true,
});
