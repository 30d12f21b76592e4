// The deep-signal archive of the published database (spec §7.5): downloaded into the staging folder
// with its SHA-256 counted on the way, checked against the published checksum, extracted safely,
// and its `by-family` folder located for installation.

import { rm, stat } from "node:fs/promises";
import path from "node:path";
import { MalformedInputError } from "../errors.js";
import { extractZipSafely } from "../formats/zip/index.js";
import type { PlanLimits } from "../formats/zip/index.js";
import type { Transport } from "../io/http-transport.js";
import { downloadToFile } from "./fetch-download.js";

export const DEFAULT_DEEP_SIGNALS_URL =
  "https://huggingface.co/datasets/cisco-ai/model-provenance-kit/resolve/main/deep-signals.zip";
export const DEFAULT_DEEP_SIGNALS_SHA256 = "b94040b668bea03e44b95a69c8554046d68fe0325b54ce64141bbf40765e48e9";
/** The archive may not be larger than what it may extract to (MAX_ZIP_UNCOMPRESSED_BYTES). */
export const MAX_ARCHIVE_BYTES = 10 * 1024 ** 3;

export interface DeepSignalsOptions {
  readonly url: string;
  readonly sha256: string;
  readonly stagingDir: string;
  readonly maxArchiveBytes?: number;
  readonly zipLimits?: PlanLimits;
  readonly onBytes?: (bytes: number, total: number | undefined) => void;
  readonly onEntry?: (done: number, total: number) => void;
}

export interface DeepSignalsResult {
  /** The extracted `by-family` folder, inside the staging folder. */
  readonly byFamily: string;
  readonly archiveBytes: number;
  readonly files: number;
  readonly parquetFiles: number;
  readonly bytes: number;
}

const FIX =
  "Download it again later; if you gave --deep-signals-url, check that URL and --deep-signals-sha256";

export async function fetchDeepSignals(
  transport: Transport,
  o: DeepSignalsOptions,
): Promise<DeepSignalsResult> {
  const zipPath = path.join(o.stagingDir, "deep-signals.zip");
  const got = await downloadToFile(transport, {
    url: o.url,
    file: zipPath,
    maxBytes: o.maxArchiveBytes ?? MAX_ARCHIVE_BYTES,
    maxBytesName: "MAX_ARCHIVE_BYTES",
    ...(o.onBytes === undefined ? {} : { onBytes: o.onBytes }),
  });
  if (got.sha256 !== o.sha256)
    throw new MalformedInputError(
      { file: o.url, field: "sha256" },
      `SHA-256 of the ${got.bytes}-byte download is ${got.sha256}, expected ${o.sha256}; ` +
        `the archive is not the published one (nothing was installed). ${FIX}`,
    );
  const extracted = path.join(o.stagingDir, "extracted");
  const result = await extractZipSafely(zipPath, extracted, {
    archiveName: o.url,
    fix: FIX,
    ...(o.zipLimits === undefined ? {} : { limits: o.zipLimits }),
    ...(o.onEntry === undefined ? {} : { onEntry: o.onEntry }),
  });
  await rm(zipPath, { force: true });
  const rel = findByFamily(result.files);
  if (rel === undefined)
    throw new MalformedInputError(
      { file: o.url },
      `the archive holds no file inside a folder named "by-family"; the whole archive is refused, nothing was installed. ${FIX}`,
    );
  const byFamily = path.join(extracted, ...rel.split("/"));
  if (!(await stat(byFamily)).isDirectory())
    throw new MalformedInputError({ file: o.url, field: rel }, `"${rel}" is not a folder. ${FIX}`);
  const inside = result.files.filter((f) => f.startsWith(`${rel}/`));
  return {
    byFamily,
    archiveBytes: got.bytes,
    files: inside.length,
    parquetFiles: inside.filter((f) => f.endsWith(".parquet")).length,
    bytes: result.bytes,
  };
}

/**
 * The `by-family` folder to install: the shallowest folder of that exact name holding a file,
 * the first in archive order among equals (the reference takes the first its directory walk
 * meets, which depends on the file system).
 */
export function findByFamily(files: readonly string[]): string | undefined {
  let best: string[] | undefined;
  for (const f of files) {
    const segs = f.split("/");
    const i = segs.indexOf("by-family");
    if (i >= 0 && i < segs.length - 1 && (best === undefined || i + 1 < best.length))
      best = segs.slice(0, i + 1);
  }
  return best?.join("/");
}
