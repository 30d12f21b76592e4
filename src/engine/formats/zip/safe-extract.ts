// Extracts a zip archive from disk into an empty folder without trusting a byte of it. The central
// directory is checked as a whole first (entry-rules.ts), so a hostile name or a link refuses the
// archive before anything is written; then each entry is streamed to its file while its size and
// CRC-32 are counted (yauzl checks neither against the data), and a mismatch refuses the archive.
// The caller owns the destination and removes it on failure.

import { mkdir, open } from "node:fs/promises";
import path from "node:path";
import { crc32 } from "node:zlib";
import yauzl from "yauzl";
import { MalformedInputError } from "../../errors.js";
import {
  DEFAULT_ZIP_LIMITS,
  isDirectoryEntry,
  isSkippedEntry,
  planProblem,
  type PlanLimits,
  type ZipEntryInfo,
} from "./entry-rules.js";

export interface ExtractOptions {
  /** How messages name the archive (a URL or a file name). */
  readonly archiveName: string;
  /** Appended to every refusal: what the user can do about it. */
  readonly fix: string;
  readonly limits?: PlanLimits;
  /** Called after each extracted file. */
  readonly onEntry?: (done: number, total: number) => void;
}

export interface ExtractResult {
  /** Relative names of the files written, in archive order. */
  readonly files: readonly string[];
  readonly bytes: number;
  /** Entries skipped as macOS resource forks (`__MACOSX/`, `._*`). */
  readonly skipped: number;
}

interface Listed {
  readonly info: ZipEntryInfo;
  readonly entry: yauzl.Entry;
}

export async function extractZipSafely(
  zipPath: string,
  destDir: string,
  options: ExtractOptions,
): Promise<ExtractResult> {
  const limits = options.limits ?? DEFAULT_ZIP_LIMITS;
  const refuse = (entry: string | undefined, message: string, cause?: unknown): MalformedInputError => {
    const err = new MalformedInputError(
      { file: options.archiveName, ...(entry === undefined ? {} : { field: entry }) },
      `${message}; the whole archive is refused, nothing was installed. ${options.fix}`,
    );
    if (cause !== undefined) Object.defineProperty(err, "cause", { value: cause });
    return err;
  };
  let zip: yauzl.ZipFile;
  try {
    zip = await yauzl.openPromise(zipPath, {
      lazyEntries: true,
      autoClose: false,
      decodeStrings: false,
      validateEntrySizes: false,
    });
  } catch (err) {
    throw refuse(undefined, `is not a readable zip archive (${(err as Error).message})`, err);
  }
  try {
    if (zip.entryCount > limits.maxEntries)
      throw refuse(
        undefined,
        `declares ${zip.entryCount} entries, over ${limits.maxEntries} (MAX_ZIP_ENTRIES)`,
      );
    const listed = await listEntries(zip, (err) =>
      refuse(undefined, `has a broken central directory (${err.message})`, err),
    );
    const bad = planProblem(
      listed.map((l) => l.info),
      limits,
    );
    if (bad !== null) throw refuse(bad.entry, `entry ${bad.message}`);
    const wanted = listed.filter((l) => !isSkippedEntry(l.info.name));
    const files: string[] = [];
    let bytes = 0;
    const total = wanted.filter((l) => !isDirectoryEntry(l.info)).length;
    for (const { info, entry } of wanted) {
      const target = path.join(destDir, ...info.name.split("/").filter((s) => s !== ""));
      if (isDirectoryEntry(info)) {
        await mkdir(target, { recursive: true });
        continue;
      }
      await mkdir(path.dirname(target), { recursive: true });
      bytes += await extractEntry(zip, entry, info, target, refuse);
      files.push(info.name);
      options.onEntry?.(files.length, total);
    }
    return { files, bytes, skipped: listed.length - wanted.length };
  } finally {
    zip.close();
  }
}

async function listEntries(zip: yauzl.ZipFile, broken: (err: Error) => Error): Promise<Listed[]> {
  const out: Listed[] = [];
  try {
    for await (const entry of zip.eachEntry()) {
      const name = yauzl.getFileNameLowLevel(
        entry.generalPurposeBitFlag,
        entry.fileNameRaw,
        entry.extraFields,
        true,
      );
      out.push({
        entry,
        info: {
          name,
          method: entry.compressionMethod,
          flags: entry.generalPurposeBitFlag,
          externalAttributes: entry.externalFileAttributes,
          compressedSize: entry.compressedSize,
          uncompressedSize: entry.uncompressedSize,
          localHeaderOffset: entry.relativeOffsetOfLocalHeader,
        },
      });
    }
  } catch (err) {
    throw broken(err instanceof Error ? err : new Error(String(err)));
  }
  return out;
}

type Refuse = (entry: string | undefined, message: string, cause?: unknown) => MalformedInputError;

/** Streams one entry to `target` (a new file: "wx" never follows or overwrites anything). */
async function extractEntry(
  zip: yauzl.ZipFile,
  entry: yauzl.Entry,
  info: ZipEntryInfo,
  target: string,
  refuse: Refuse,
): Promise<number> {
  const declared = info.uncompressedSize;
  let stream;
  try {
    stream = await zip.openReadStreamPromise(entry);
  } catch (err) {
    throw refuse(info.name, `entry cannot be read (${(err as Error).message})`, err);
  }
  const fh = await open(target, "wx");
  let got = 0;
  let crc = 0;
  try {
    try {
      for await (const chunk of stream as AsyncIterable<Buffer>) {
        got += chunk.length;
        if (got > declared)
          throw refuse(info.name, `entry holds more than the ${declared} bytes its header declares`);
        crc = crc32(chunk, crc);
        await fh.write(chunk);
      }
    } catch (err) {
      if (err instanceof MalformedInputError) throw err;
      throw refuse(info.name, `entry data is corrupt (${(err as Error).message})`, err);
    }
  } finally {
    stream.destroy();
    await fh.close();
  }
  if (got !== declared)
    throw refuse(info.name, `entry holds ${got} bytes but its header declares ${declared}`);
  if (crc >>> 0 !== entry.crc32 >>> 0)
    throw refuse(
      info.name,
      `entry fails its CRC-32 check (computed ${hex8(crc)}, header says ${hex8(entry.crc32)})`,
    );
  return got;
}

function hex8(n: number): string {
  return (n >>> 0).toString(16).padStart(8, "0");
}
