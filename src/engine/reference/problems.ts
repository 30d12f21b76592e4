// What is wrong with a reference database, entry by entry. A bad shard or bundle is reported and
// skipped, never thrown: one broken file must not hide the rest of a database.

import { MalformedInputError } from "../errors.js";
import {
  describe,
  parseLosslessJson,
  isConfigObject,
  type ConfigObject,
} from "../features/metadata/config-json.js";
import { resolveInside, type DatabaseFs } from "./db-fs.js";

export interface DbProblem {
  /** Database-relative path of the file the problem is in (or that names the bad path). */
  readonly file: string;
  /** The JSON field ("shards[3].shard_path", "mfi.hidden_size"), or null for the whole file. */
  readonly field: string | null;
  readonly message: string;
}

/** A hostile database could produce a problem per entry; past this many, only a count is kept. */
export const MAX_PROBLEMS = 1000;

export class ProblemList {
  readonly items: DbProblem[] = [];
  private dropped = 0;

  add(file: string, field: string | null, message: string): void {
    if (this.items.length < MAX_PROBLEMS) this.items.push({ file, field, message });
    else this.dropped += 1;
  }

  /** The problems, with a last line counting those left out. */
  list(): DbProblem[] {
    if (this.dropped === 0) return [...this.items];
    const more = {
      file: "",
      field: null,
      message: `${this.dropped} more problems not listed (MAX_PROBLEMS)`,
    };
    return [...this.items, more];
  }
}

export interface DbLocation {
  readonly fs: DatabaseFs;
  /** The database root with links resolved. */
  readonly realRoot: string;
}

export type JsonRead =
  | { readonly ok: true; readonly value: ConfigObject }
  | { readonly ok: false; readonly missing: boolean; readonly message: string; readonly inFile: boolean };

/**
 * Reads a database JSON object by relative path with a size cap. `inFile` tells whether the
 * failure is in the file's content (report it at the file) or in reaching it (report it where
 * the path was written).
 */
export async function readDbJson(
  db: DbLocation,
  rel: string,
  limit: number,
  limitName: string,
): Promise<JsonRead> {
  const resolved = await resolveInside(db.fs, db.realRoot, rel);
  if (!resolved.ok) return { ok: false, missing: resolved.missing, message: resolved.reason, inFile: false };
  const size = await db.fs.fileSize(resolved.path).catch(() => null);
  if (size === null)
    return { ok: false, missing: false, message: `${rel} is not a regular file`, inFile: false };
  const over = (n: number) => `file is ${n} bytes, over the ${limit}-byte limit (${limitName})`;
  if (size > limit) return { ok: false, missing: false, message: over(size), inFile: true };
  let bytes: Uint8Array;
  try {
    bytes = await db.fs.readFile(resolved.path, limit);
  } catch (err) {
    return {
      ok: false,
      missing: false,
      message: `cannot read ${rel} (${(err as Error).message})`,
      inFile: false,
    };
  }
  if (bytes.length > limit) return { ok: false, missing: false, message: over(bytes.length), inFile: true };
  try {
    const value = parseLosslessJson(bytes, rel);
    if (isConfigObject(value)) return { ok: true, value };
    return {
      ok: false,
      missing: false,
      message: `expected a JSON object, found ${describe(value)}`,
      inFile: true,
    };
  } catch (err) {
    // parseLosslessJson prefixes the file name; the problem record carries it separately.
    const msg =
      err instanceof MalformedInputError ? err.message.slice(rel.length + 2) : (err as Error).message;
    return { ok: false, missing: false, message: msg, inFile: true };
  }
}
