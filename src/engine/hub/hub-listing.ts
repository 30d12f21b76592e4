// The Hub's file list is input like any other: paths, sizes and hashes are checked before use,
// whether the list comes from the Hub or from a stored commit snapshot.

import { MalformedInputError } from "../errors.js";
import type { ModelFile } from "../model/model-source.js";

/** Model repos hold tens of files, large ones a few thousand; more is not a model we can check. */
export const MAX_HUB_FILES = 20_000;

/** A stored listing, checked entry by entry exactly as the Hub's answer is. */
export function checkedListing(entries: readonly unknown[], where: string): ModelFile[] {
  if (entries.length > MAX_HUB_FILES)
    throw new MalformedInputError({ file: where }, "stored listing too long");
  const files = entries.map((e) => {
    const f = e as { path: unknown; size: unknown; sha256?: unknown };
    return toModelFile(
      { path: f.path, size: f.size, lfs: f.sha256 === undefined ? null : { oid: f.sha256 } },
      where,
    );
  });
  if (new Set(files.map((f) => f.path)).size !== files.length)
    throw new MalformedInputError({ file: where }, "stored listing has a path twice");
  return files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

/** The listing is input like any other: paths, sizes and hashes are checked before use. */
export function toModelFile(
  entry: { path: unknown; size: unknown; lfs?: { oid?: unknown } | null },
  where: string,
): ModelFile {
  const { path, size } = entry;
  if (typeof path !== "string" || !isSafeRelativePath(path)) {
    throw new MalformedInputError({ file: where }, `file list holds an unsafe path ${JSON.stringify(path)}`);
  }
  if (typeof size !== "number" || !Number.isSafeInteger(size) || size < 0) {
    throw new MalformedInputError({ file: where, field: path }, `invalid size ${JSON.stringify(size)}`);
  }
  if (entry.lfs === undefined || entry.lfs === null) return { path, size };
  const oid = entry.lfs.oid;
  if (typeof oid !== "string" || !/^[0-9a-f]{64}$/.test(oid)) {
    throw new MalformedInputError(
      { file: where, field: path },
      `lfs.oid ${JSON.stringify(oid)} is not a sha256`,
    );
  }
  return { path, size, sha256: oid };
}

function isSafeRelativePath(path: string): boolean {
  if (path === "" || path.startsWith("/") || path.includes("\\") || path.includes("\0")) return false;
  return path.split("/").every((seg) => seg !== "" && seg !== "." && seg !== "..");
}
