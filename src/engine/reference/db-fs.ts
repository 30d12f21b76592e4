// File access for reference databases. A database is hostile input like any model: every path
// written inside its JSON must stay inside the database root, by its text (relative, no "..",
// no backslashes) and after links are resolved (a link may not lead out of the root).

import { open, realpath, stat } from "node:fs/promises";
import path from "node:path";

/** The file operations the reader needs; tests and other back ends can supply their own. */
export interface DatabaseFs {
  /** Absolute path with every link resolved; rejects (code ENOENT) when nothing is there. */
  realpath(p: string): Promise<string>;
  /** Size of a regular file (links followed), or null for anything else. */
  fileSize(p: string): Promise<number | null>;
  /** At most `maxBytes + 1` bytes of the file, so a file that grew past a cap is noticed. */
  readFile(p: string, maxBytes: number): Promise<Uint8Array>;
}

export const nodeDatabaseFs: DatabaseFs = {
  realpath: (p) => realpath(p),
  async fileSize(p) {
    const st = await stat(p);
    return st.isFile() ? st.size : null;
  },
  async readFile(p, maxBytes) {
    const fh = await open(p, "r");
    try {
      // Sized by the file as it is now, but read to EOF: a file that grows meanwhile is still
      // caught by the cap instead of being silently cut.
      const size = (await fh.stat()).size;
      let buf = new Uint8Array(Math.min(size, maxBytes) + 1);
      let done = 0;
      for (;;) {
        if (done === buf.length) {
          if (buf.length > maxBytes) break;
          const bigger = new Uint8Array(Math.min(buf.length * 2, maxBytes + 1));
          bigger.set(buf);
          buf = bigger;
        }
        const { bytesRead } = await fh.read(buf, done, buf.length - done, done);
        if (bytesRead === 0) break;
        done += bytesRead;
      }
      return buf.subarray(0, done);
    } finally {
      await fh.close();
    }
  },
};

/** Longer relative paths are not database paths (the shipped ones are < 120 characters). */
export const MAX_DB_PATH_LENGTH = 1024;

/**
 * Why a path written in database JSON is refused, or null when its text is acceptable: it must
 * be relative, "/"-separated, without empty, "." or ".." segments, backslashes or control
 * characters. The reference resolves ".." and then checks containment; we refuse it outright.
 */
export function pathTextProblem(rel: string): string | null {
  if (rel.length === 0) return "is empty";
  if (rel.length > MAX_DB_PATH_LENGTH)
    return `is longer than ${MAX_DB_PATH_LENGTH} characters (MAX_DB_PATH_LENGTH)`;
  // eslint-disable-next-line no-control-regex -- control characters are exactly what is refused
  if (/[\u0000-\u001f\u007f]/.test(rel)) return "contains a control character";
  if (rel.includes("\\")) return "contains a backslash; database paths use /";
  if (rel.startsWith("/") || /^[A-Za-z]:/.test(rel))
    return "is absolute; database paths are relative to its root";
  for (const seg of rel.split("/")) {
    if (seg === "") return "has an empty segment";
    if (seg === "." || seg === "..") return `has a "${seg}" segment`;
  }
  return null;
}

export type Resolved =
  | { readonly ok: true; readonly path: string }
  | { readonly ok: false; readonly missing: boolean; readonly reason: string };

/**
 * A database-relative path → the real file path, checked to lie inside `realRoot` after every
 * link is resolved. `realRoot` must itself be a realpath.
 */
export async function resolveInside(fs: DatabaseFs, realRoot: string, rel: string): Promise<Resolved> {
  const bad = pathTextProblem(rel);
  if (bad !== null) return { ok: false, missing: false, reason: `path "${rel}" is refused: it ${bad}` };
  let real: string;
  try {
    real = await fs.realpath(path.join(realRoot, ...rel.split("/")));
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === "ENOENT" || code === "ENOTDIR")
      return { ok: false, missing: true, reason: `file not found: ${rel}` };
    return { ok: false, missing: false, reason: `cannot resolve ${rel} (${code ?? (err as Error).message})` };
  }
  if (!real.startsWith(realRoot + path.sep)) {
    return {
      ok: false,
      missing: false,
      reason: `path "${rel}" is refused: a symbolic link leads outside the database root (to ${real})`,
    };
  }
  return { ok: true, path: real };
}
