// Safe zip extraction over yauzl: whole-archive checks first, then size and CRC-32 per entry.

export {
  DEFAULT_ZIP_LIMITS,
  MAX_ZIP_ENTRIES,
  MAX_ZIP_NAME_LENGTH,
  MAX_ZIP_UNCOMPRESSED_BYTES,
  entryProblem,
  isSkippedEntry,
  nameProblem,
  planProblem,
  type PlanLimits,
  type PlanProblem,
  type ZipEntryInfo,
} from "./entry-rules.js";
export { extractZipSafely, type ExtractOptions, type ExtractResult } from "./safe-extract.js";
