// Atomic updates of a reference database. Every new file is first written in full under a
// temporary name in its own folder (so the rename stays on one file system), then renamed into
// place in the order given — data before the files that point at it, the manifest last. The old
// version of each replaced file is kept as a hard link until the end; if any step fails, the
// renames done so far are undone and the temporary files removed, so the database is as before.
// One writer at a time: two concurrent writers to one database are not coordinated.

import { randomUUID } from "node:crypto";
import { link, lstat, mkdir, open, rename, rm } from "node:fs/promises";
import path from "node:path";
import { ConfigError } from "../errors.js";
import { nodeDatabaseFs, type DatabaseFs } from "./db-fs.js";

/** The file operations a write needs beyond reading. */
export interface DatabaseWriteFs extends DatabaseFs {
  /** Creates the folder and its parents; fine when it exists. */
  mkdir(p: string): Promise<void>;
  /** Creates a new file (fails if it exists) with these bytes, flushed to disk. */
  writeNew(p: string, data: Uint8Array): Promise<void>;
  rename(from: string, to: string): Promise<void>;
  /** A second name for an existing file. */
  link(existing: string, alias: string): Promise<void>;
  /** Removes a file; fine when it is not there. */
  remove(p: string): Promise<void>;
  /** True when something (a file, a folder, a link) is at `p`, without following a link. */
  exists(p: string): Promise<boolean>;
}

export const nodeDatabaseWriteFs: DatabaseWriteFs = {
  ...nodeDatabaseFs,
  mkdir: async (p) => {
    await mkdir(p, { recursive: true });
  },
  async writeNew(p, data) {
    const fh = await open(p, "wx", 0o644);
    try {
      await fh.writeFile(data);
      await fh.sync();
    } finally {
      await fh.close();
    }
  },
  rename: (from, to) => rename(from, to),
  link: (existing, alias) => link(existing, alias),
  remove: (p) => rm(p, { force: true }),
  exists: (p) =>
    lstat(p).then(
      () => true,
      () => false,
    ),
};

export interface StagedFile {
  /** Database-relative, "/"-separated, built from validated ids. */
  readonly rel: string;
  readonly bytes: Uint8Array;
}

/** Writes `files` into the database at `realRoot` (a realpath) in order, all or nothing. */
export async function commitFiles(
  fs: DatabaseWriteFs,
  realRoot: string,
  files: readonly StagedFile[],
): Promise<void> {
  const tag = randomUUID().slice(0, 8);
  const plan = files.map((f) => {
    const target = path.join(realRoot, ...f.rel.split("/"));
    const base = path.basename(target);
    const dir = path.dirname(target);
    return {
      ...f,
      target,
      dir,
      temp: path.join(dir, `.${base}.${tag}.tmp`),
      backup: path.join(dir, `.${base}.${tag}.bak`),
    };
  });
  const temps: string[] = [];
  const undo: (() => Promise<void>)[] = [];
  const backups: string[] = [];
  try {
    for (const p of plan) {
      await fs.mkdir(p.dir);
      await checkInside(fs, realRoot, p.dir, p.rel);
      temps.push(p.temp);
      await fs.writeNew(p.temp, p.bytes);
    }
    for (const p of plan) {
      if (await fs.exists(p.target)) {
        await fs.link(p.target, p.backup);
        backups.push(p.backup);
        await fs.rename(p.temp, p.target);
        undo.push(() => fs.rename(p.backup, p.target));
      } else {
        await fs.rename(p.temp, p.target);
        undo.push(() => fs.remove(p.target));
      }
    }
  } catch (err) {
    for (const step of undo.reverse()) await step().catch(() => undefined);
    for (const t of [...temps, ...backups]) await fs.remove(t).catch(() => undefined);
    throw err;
  }
  for (const b of backups) await fs.remove(b).catch(() => undefined);
}

/** A folder reached through a link that leads out of the database is refused before writing. */
async function checkInside(fs: DatabaseFs, realRoot: string, dir: string, rel: string): Promise<void> {
  const real = await fs.realpath(dir);
  if (real !== realRoot && !real.startsWith(realRoot + path.sep)) {
    throw new ConfigError(
      { file: dir },
      `cannot write ${rel}: its folder is a link to ${real}, outside the database root ${realRoot}; replace the link with a folder`,
    );
  }
}
