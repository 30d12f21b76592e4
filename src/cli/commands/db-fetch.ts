// `db fetch provenancekit --to DIR`: install (or report) the published database. Exit 0 installed
// or already present, 1 a failed download or a refused archive, 2 a usage or configuration error.

import path from "node:path";
import {
  fetchProvenancekitDatabase,
  installStatus,
  type FetchDbResult,
  type FetchProgress,
  type InstallStatus,
} from "../../engine/reference/index.js";
import { UsageError } from "../args.js";
import { printJson, type CliIo, type CommandHandler } from "../context.js";
import { formatBytes } from "../format.js";

const USAGE = "usage: provenance-gate db fetch provenancekit --to <dir> [--update | --status]";

export const dbFetchCommand: CommandHandler = async ({ args, json, io, options, verbose }) => {
  if (args[0] !== "provenancekit")
    throw new UsageError(`db fetch knows one source, "provenancekit"; got "${args[0] ?? ""}"\n${USAGE}`);
  const to = options.to;
  if (typeof to !== "string" || to === "")
    throw new UsageError(`db fetch needs --to <dir>: the folder to install the database in\n${USAGE}`);
  if (options.update === true && options.status === true)
    throw new UsageError(`--update and --status are mutually exclusive\n${USAGE}`);
  const target = path.resolve(io.cwd, to);
  if (options.status === true) {
    const status = await installStatus(target);
    if (json) printJson(io, status);
    else io.stdout(renderStatus(status) + "\n");
    return 0;
  }
  const text = (name: string) => (typeof options[name] === "string" ? (options[name] as string) : undefined);
  const bundlesUrl = text("bundles-url");
  const deepSignalsUrl = text("deep-signals-url");
  const deepSignalsSha256 = text("deep-signals-sha256");
  const started = Date.now();
  const result = await fetchProvenancekitDatabase({
    to: target,
    update: options.update === true,
    ...(bundlesUrl === undefined ? {} : { bundlesUrl }),
    ...(deepSignalsUrl === undefined ? {} : { deepSignalsUrl }),
    ...(deepSignalsSha256 === undefined ? {} : { deepSignalsSha256 }),
    ...(io.fetch === undefined ? {} : { fetch: io.fetch }),
    ...(verbose || io.stderrIsTTY === true ? { onProgress: progressPrinter(io) } : {}),
  });
  if (json) printJson(io, result);
  else io.stdout(renderResult(result, (Date.now() - started) / 1000) + "\n");
  return 0;
};

/** One line per phase step, at most one per tenth of the way. */
function progressPrinter(io: CliIo): (p: FetchProgress) => void {
  let lastTenth = -1;
  let lastPhase = "";
  return (p) => {
    if (p.phase !== lastPhase) lastTenth = -1;
    lastPhase = p.phase;
    if (p.phase === "install") {
      io.stderr(`install   into ${p.target}\n`);
      return;
    }
    const [done, total] = p.phase === "download" ? [p.bytes, p.total] : [p.done, p.total];
    // Without a known length, one line per 64 MiB.
    const tenth =
      total === undefined || total === 0 ? Math.floor(done / 2 ** 26) : Math.floor((done * 10) / total);
    if (tenth === lastTenth && done !== total) return;
    lastTenth = tenth;
    if (p.phase === "download") {
      const of = p.total === undefined ? "" : ` of ${formatBytes(p.total)}`;
      io.stderr(`download  ${formatBytes(p.bytes)}${of}\n`);
    } else io.stderr(`${p.phase.padEnd(9)} ${p.done}/${p.total} files\n`);
  };
}

export function renderResult(r: FetchDbResult, seconds: number): string {
  const rec = r.record;
  if (r.status === "present") {
    const what =
      rec === null
        ? "(its install record is unreadable)"
        : `(upstream commit ${rec.upstream_commit.slice(0, 12)}, installed ${rec.installed_at})`;
    return `already installed at ${r.target} ${what}; --update re-installs it`;
  }
  const out = [`installed     ${r.target}`];
  if (rec !== null) {
    out.push(
      `base files    ${rec.base_files} at upstream commit ${rec.upstream_commit} (${rec.upstream_repo}), sizes and SHA-256 checked`,
      `deep signals  ${rec.parquet_files} parquet file(s), ${formatBytes(r.deep_signals_bytes)}, archive SHA-256 ${rec.deep_signals_sha256}`,
    );
  }
  out.push(
    `downloaded    ${r.requests} request(s), ${formatBytes(r.bytes_downloaded)}, ${seconds.toFixed(1)} s`,
  );
  if (r.leftover !== undefined)
    out.push(`warning       the previous install could not be removed: delete ${r.leftover}`);
  return out.join("\n");
}

export function renderStatus(s: InstallStatus): string {
  if (!s.installed)
    return `not installed at ${s.target}; run: provenance-gate db fetch provenancekit --to <dir>`;
  const rec = s.record;
  const out = [`installed     ${s.target}`];
  if (rec !== null)
    out.push(
      `base files    ${rec.base_files} at upstream commit ${rec.upstream_commit} from ${rec.bundles_url}`,
      `deep signals  from ${rec.deep_signals_url} (SHA-256 ${rec.deep_signals_sha256}), installed ${rec.installed_at}`,
    );
  out.push(
    `parquet files ${s.parquet_files}, ${formatBytes(s.deep_signals_bytes)}`,
    `families      ${s.families.length === 0 ? "none" : s.families.join(", ")}`,
  );
  return out.join("\n");
}
