// A database entry's lineage probe (issue 7): the model's probe without its sample
// (lineage/probe-codec.ts), written by `fingerprint --db` beside the entry's other files as
//
//   features/lineage-probe/by-family/<family_id>/<asset_id>_lineage-probe.bin
//
// and named in the bundle's `artifact_refs` as an artifact of type "lineage_probe" (path and
// sha256 checksum), so a reader knows it exists without listing folders. The reference's tools
// pick artifacts by type and ignore this one. A database without probe files (the published one)
// loads as before: its entries have no probe, and scan can only call them unverified.
//
//   readLineageProbe(db: DbLocation, bundle: FeatureBundle, artifact?: ArtifactRef): Promise<LineageProbe | null>
//
//   - null: the bundle names no probe, or its file is not there.
//   - throws MalformedInputError (naming the file and field) when the path leads outside the
//     database root, the file is over MAX_LINEAGE_PROBE_FILE_BYTES, its SHA-256 is not the
//     bundle's checksum, or the bytes are not a valid probe.

import { createHash } from "node:crypto";
import path from "node:path";
import { MalformedInputError } from "../errors.js";
import { decodeProbe } from "../lineage/probe-codec.js";
import type { LineageProbe } from "../lineage/probe.js";
import type { ArtifactRef, FeatureBundle } from "./bundle.js";
import { resolveInside } from "./db-fs.js";
import type { DbLocation } from "./problems.js";
import type { DeepSignalRequest } from "./scan-index.js";

export const LINEAGE_PROBE_ARTIFACT_TYPE = "lineage_probe";

/**
 * The virtual Llama-2-7B's entry is 8,391,616 bytes (k and v projected, 4 MiB; embedding and head
 * token rows, 4 MiB); a 405B-shaped one ~21 MB (token rows of width 16,384). 64 MiB bounds what a
 * hostile file makes us read.
 */
export const MAX_LINEAGE_PROBE_FILE_BYTES = 64 * 1024 * 1024;

/** Database-relative path of an entry's probe (ids are checked file names). */
export function lineageProbePath(familyId: string, assetId: string): string {
  return `features/lineage-probe/by-family/${familyId}/${assetId}_lineage-probe.bin`;
}

/** The bundle's probe artifact (the first of its type), or null. */
export function probeArtifact(bundle: FeatureBundle): ArtifactRef | null {
  return bundle.artifact_refs.find((a) => a.type === LINEAGE_PROBE_ARTIFACT_TYPE) ?? null;
}

export async function readLineageProbe(
  db: DbLocation,
  bundle: FeatureBundle,
  artifact?: ArtifactRef,
): Promise<LineageProbe | null> {
  const ref = artifact ?? probeArtifact(bundle);
  if (ref === null) return null;
  const bundleFile = path.join(db.realRoot, bundle.file);
  const resolved = await resolveInside(db.fs, db.realRoot, ref.path);
  if (!resolved.ok) {
    if (resolved.missing) return null;
    throw new MalformedInputError(
      { file: bundleFile, field: "artifact_refs[].path" },
      `artifact "${ref.artifact_id}": ${resolved.reason}; fix the path in the bundle or re-create the entry with fingerprint --db`,
    );
  }
  const file = resolved.path;
  const size = await db.fs.fileSize(file);
  if (size === null) return null;
  const over = (n: number) =>
    new MalformedInputError(
      { file },
      `${n} bytes, over the ${MAX_LINEAGE_PROBE_FILE_BYTES}-byte limit (MAX_LINEAGE_PROBE_FILE_BYTES); re-create the entry with fingerprint --db`,
    );
  if (size > MAX_LINEAGE_PROBE_FILE_BYTES) throw over(size);
  const bytes = await db.fs.readFile(file, MAX_LINEAGE_PROBE_FILE_BYTES);
  if (bytes.length > MAX_LINEAGE_PROBE_FILE_BYTES) throw over(bytes.length);
  if (ref.checksum.startsWith("sha256:")) {
    const digest = createHash("sha256").update(bytes).digest("hex");
    if (`sha256:${digest}` !== ref.checksum)
      throw new MalformedInputError(
        { file },
        `its SHA-256 is ${digest}, the bundle's checksum says ${ref.checksum.slice(7)}; the file was changed or damaged: re-create the entry with fingerprint --db`,
      );
  }
  return decodeProbe(bytes, file);
}

/**
 * Reads an entry's probe, or null when it has none. A MalformedInputError or NotFoundError leaves
 * that entry without a probe, with a problem; any other error aborts the scan.
 */
export type LineageProbeLoader = (request: DeepSignalRequest) => Promise<LineageProbe | null>;

/** The scan index's default: each entry's probe file on disk. */
export const fileLineageProbes: LineageProbeLoader = (r) => readLineageProbe(r.db, r.bundle, r.artifact);
