// What the loopback Hub serves: repositories of files whose bytes are either held in memory or
// generated on demand from the offset (virtual files of realistic size that never touch disk).

export interface ServedFile {
  readonly path: string;
  readonly size: number;
  /** Exactly `length` bytes at `offset`; offset + length ≤ size. */
  read(offset: number, length: number): Uint8Array;
  /** Served as an LFS file (tree listing carries `lfs.oid`); default: size ≥ 10 MiB or a weights file. */
  readonly lfs?: boolean;
  /** SHA-256 hex of the content; computed from the bytes when absent (never for virtual files). */
  readonly sha256?: string;
}

export interface ServedRepo {
  /** "org/name" */
  readonly id: string;
  /** 40-hex commit sha the branches point to. */
  readonly sha: string;
  /** Branch and tag names → commit sha; "main" → sha when absent. */
  readonly refs?: Record<string, string>;
  /** Private repos answer 401 without a valid token. */
  readonly private?: boolean;
  /** Gated repos answer 403 "GatedRepo" without a valid token. */
  readonly gated?: boolean;
  readonly files: readonly ServedFile[];
}

export function memoryFile(path: string, bytes: Uint8Array | string, lfs?: boolean): ServedFile {
  const data = typeof bytes === "string" ? new TextEncoder().encode(bytes) : bytes;
  return {
    path,
    size: data.byteLength,
    read: (offset, length) => data.subarray(offset, offset + length),
    ...(lfs === undefined ? {} : { lfs }),
  };
}

/** A folder on disk (e.g. ../shared/data/models/x) as a served repo, every file in memory. */
export async function folderRepo(dir: string, id: string, sha: string): Promise<ServedRepo> {
  const { readdir, readFile } = await import("node:fs/promises");
  const files: ServedFile[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    const abs = `${entry.parentPath}/${entry.name}`;
    files.push(memoryFile(abs.slice(dir.length + 1), new Uint8Array(await readFile(abs))));
  }
  return { id, sha, files };
}
