// `fingerprint <ref> --db DIR --family ID`: the fingerprint, added to a reference database.

import path from "node:path";
import type { FingerprintResult } from "../../engine/fingerprint.js";
import type { ModelSource } from "../../engine/model/model-source.js";
import { writeReferenceEntry, type WriteEntryResult } from "../../engine/reference/index.js";
import { UsageError, type CommandOptions } from "../args.js";
import { formatBytes } from "../format.js";

export interface DbTarget {
  readonly root: string;
  readonly familyId: string;
}

/** --db and --family go together; neither means no database write. */
export function dbTarget(options: CommandOptions, cwd: string): DbTarget | null {
  const db = options.db;
  const family = options.family;
  if (db === undefined && family === undefined) return null;
  if (typeof db !== "string" || typeof family !== "string" || db === "" || family === "") {
    const missing = typeof db === "string" && db !== "" ? "--family ID" : "--db DIR";
    throw new UsageError(
      `--db DIR and --family ID go together: add ${missing} (the database folder and the family the model joins)\nusage: provenance-gate fingerprint <ref> --db DIR --family ID`,
    );
  }
  return { root: path.resolve(cwd, db), familyId: family };
}

export function addToDatabase(
  target: DbTarget,
  model: ModelSource,
  result: FingerprintResult,
): Promise<WriteEntryResult> {
  return writeReferenceEntry(
    target.root,
    {
      fingerprint: result.fingerprint,
      weights: result.weights,
      source: {
        kind: model.kind,
        ...(model.repo === undefined ? {} : { repo: model.repo }),
        ...(model.endpoint === undefined ? {} : { endpoint: model.endpoint }),
      },
    },
    { familyId: target.familyId },
  );
}

export function renderEntry(e: WriteEntryResult): string {
  const what = e.replaced ? "replaced" : "added";
  const where = e.created_database ? "new database" : e.created_family ? "new family in" : "database";
  const out = [
    `database     ${what} ${e.asset_id} in family ${e.family_id} (${where} ${e.root}), param_bucket ${e.param_bucket}`,
    `             bundle ${e.bundle}`,
  ];
  if (e.parquet === null)
    out.push("             no weight signals, so no deep-signal file (the entry can only be unverified)");
  else
    out.push(
      `             deep signals ${e.parquet} (${e.parquet_rows} rows, ${formatBytes(e.parquet_bytes)}: ${e.signals.join(", ")})`,
    );
  if (e.lineage_probe !== null)
    out.push(`             lineage probe ${e.lineage_probe} (${formatBytes(e.lineage_probe_bytes)})`);
  else if (e.parquet !== null)
    out.push(
      "             no lineage probe (no layer matrix with a hidden-size side): scan can only call it unverified",
    );
  return out.join("\n");
}
