// What a zip entry must look like before a byte of it is written: a plain relative name, a regular
// file or a folder, a known compression method, sizes that agree. The whole archive is refused on
// the first entry that breaks a rule (the reference skips such entries; a gate refuses the archive).

/** The reference's cap (50,000 entries); the published archive holds a few hundred. */
export const MAX_ZIP_ENTRIES = 50_000;
/** The reference's cap on the total uncompressed size (10 GiB). */
export const MAX_ZIP_UNCOMPRESSED_BYTES = 10 * 1024 ** 3;
/** Longer names are no file we want (the published ones are < 120 characters). */
export const MAX_ZIP_NAME_LENGTH = 1024;

const S_IFMT = 0o170000;
const S_IFREG = 0o100000;
const S_IFDIR = 0o040000;
const S_IFLNK = 0o120000;

/** The fields of a central-directory record the rules look at. */
export interface ZipEntryInfo {
  /** Decoded name, backslashes kept (they are refused, never turned into "/"). */
  readonly name: string;
  readonly method: number;
  readonly flags: number;
  readonly externalAttributes: number;
  readonly compressedSize: number;
  readonly uncompressedSize: number;
  readonly localHeaderOffset: number;
}

/** macOS resource-fork noise, skipped like the reference does (its names are still checked). */
export function isSkippedEntry(name: string): boolean {
  const segments = name.split("/").filter((s) => s !== "");
  return segments[0] === "__MACOSX" || (segments.at(-1) ?? "").startsWith("._");
}

export function isDirectoryEntry(info: ZipEntryInfo): boolean {
  return info.name.endsWith("/");
}

/** Why the entry's name is refused, or null. */
export function nameProblem(name: string): string | null {
  if (name === "" || name === "/") return "is empty";
  if (name.length > MAX_ZIP_NAME_LENGTH)
    return `is ${name.length} characters long, over MAX_ZIP_NAME_LENGTH (${MAX_ZIP_NAME_LENGTH})`;
  // eslint-disable-next-line no-control-regex -- control characters are exactly what is refused
  if (/[\u0000-\u001f\u007f]/.test(name)) return "contains a control character";
  if (name.includes("\\")) return "contains a backslash (a Windows path separator)";
  if (name.startsWith("/")) return "is an absolute path";
  if (name.includes(":")) return "contains a colon (a drive letter or a Windows stream name)";
  const segments = name.split("/");
  if (segments.at(-1) === "") segments.pop(); // a folder's trailing slash
  for (const seg of segments) {
    if (seg === "..") return 'has a ".." segment (path traversal)';
    if (seg === "." || seg === "") return `has an empty or "." segment`;
  }
  return null;
}

/** Why the entry is refused (name, type, method, sizes), or null. */
export function entryProblem(info: ZipEntryInfo): string | null {
  const bad = nameProblem(info.name);
  if (bad !== null) return `the name ${bad}`;
  const mode = (info.externalAttributes >>> 16) & 0xffff;
  const type = mode & S_IFMT;
  if (type === S_IFLNK) return "is a symbolic link";
  if (type !== 0 && type !== S_IFREG && type !== S_IFDIR)
    return `is not a regular file or a folder (Unix mode 0o${mode.toString(8)})`;
  const dir = isDirectoryEntry(info);
  if (type === S_IFDIR && !dir) return "is marked as a folder but its name does not end with /";
  if ((info.flags & 0x1) !== 0) return "is encrypted";
  if (info.method !== 0 && info.method !== 8)
    return `uses compression method ${info.method}; only stored (0) and deflated (8) are read`;
  if (dir && (info.uncompressedSize !== 0 || info.compressedSize !== 0))
    return `is a folder with ${info.uncompressedSize} bytes of content`;
  if (info.method === 0 && info.compressedSize !== info.uncompressedSize)
    return `is stored uncompressed but declares ${info.compressedSize} stored and ${info.uncompressedSize} uncompressed bytes`;
  return null;
}

export interface PlanLimits {
  readonly maxEntries: number;
  readonly maxUncompressedBytes: number;
}

export const DEFAULT_ZIP_LIMITS: PlanLimits = {
  maxEntries: MAX_ZIP_ENTRIES,
  maxUncompressedBytes: MAX_ZIP_UNCOMPRESSED_BYTES,
};

/** A refusal: which entry (when one is to blame) and why. */
export interface PlanProblem {
  readonly entry: string | undefined;
  readonly message: string;
}

/**
 * Checks the whole central directory at once: every entry's own rules, no two entries landing on
 * the same path (compared case-insensitively, for case-insensitive file systems), no file where
 * another entry needs a folder, no two entries sharing local data (overlapping entries are a
 * zip-bomb technique), and the declared total under the cap.
 */
export function planProblem(entries: readonly ZipEntryInfo[], limits: PlanLimits): PlanProblem | null {
  if (entries.length > limits.maxEntries)
    return { entry: undefined, message: `holds more than ${limits.maxEntries} entries (MAX_ZIP_ENTRIES)` };
  const files = new Map<string, string>();
  const folders = new Map<string, string>();
  const offsets = new Map<number, string>();
  let total = 0;
  for (const info of entries) {
    const bad = entryProblem(info);
    if (bad !== null) return { entry: info.name, message: bad };
    const key = info.name.replace(/\/$/, "").normalize("NFC").toLowerCase();
    const clash = files.get(key) ?? (isDirectoryEntry(info) ? undefined : folders.get(key));
    if (clash !== undefined)
      return { entry: info.name, message: `lands on the same path as the entry "${clash}"` };
    if (isDirectoryEntry(info)) folders.set(key, info.name);
    else files.set(key, info.name);
    const parts = key.split("/");
    for (let i = 1; i < parts.length; i++) {
      const parent = parts.slice(0, i).join("/");
      const asFile = files.get(parent);
      if (asFile !== undefined)
        return { entry: info.name, message: `needs a folder where the entry "${asFile}" is a file` };
      if (!folders.has(parent)) folders.set(parent, info.name);
    }
    const sharing = offsets.get(info.localHeaderOffset);
    if (sharing !== undefined)
      return {
        entry: info.name,
        message: `shares its data with the entry "${sharing}" (overlapping entries)`,
      };
    offsets.set(info.localHeaderOffset, info.name);
    total += info.uncompressedSize;
    if (total > limits.maxUncompressedBytes)
      return {
        entry: info.name,
        message: `brings the declared uncompressed total to ${total} bytes, over ${limits.maxUncompressedBytes} (MAX_ZIP_UNCOMPRESSED_BYTES)`,
      };
  }
  return null;
}
