// Safe zip extraction: good archives extract exactly; each hostile archive is refused as a whole,
// with the archive and the entry named, before (or instead of) anything being trusted.

import { mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { MalformedInputError } from "../../../src/engine/errors.js";
import { extractZipSafely, nameProblem, type ExtractOptions } from "../../../src/engine/formats/zip/index.js";
import { buildZip, UNIX_DIR, UNIX_SYMLINK, type ZipEntrySpec } from "../../helpers/zip-builder.js";

let work: string;
beforeEach(async () => {
  work = await mkdtemp(path.join(tmpdir(), "pg-zip-"));
});
afterEach(async () => {
  await rm(work, { recursive: true, force: true });
});

const OPTS: ExtractOptions = { archiveName: "test.zip", fix: "Get the archive again." };

async function extract(entries: readonly ZipEntrySpec[], opts: Partial<ExtractOptions> = {}) {
  const zipPath = path.join(work, "a.zip");
  await writeFile(zipPath, buildZip(entries));
  const dest = path.join(work, "out");
  return { dest, result: extractZipSafely(zipPath, dest, { ...OPTS, ...opts }) };
}

async function refusal(entries: readonly ZipEntrySpec[], opts: Partial<ExtractOptions> = {}) {
  const { dest, result } = await extract(entries, opts);
  const err = await result.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(MalformedInputError);
  const written = await readdir(dest, { recursive: true }).catch(() => []);
  return { err: err as MalformedInputError, written };
}

const GOOD = "by-family/a/x_deep-signals.parquet";

describe("extractZipSafely", () => {
  it("extracts stored and deflated files and folders, skipping macOS resource forks", async () => {
    const big = "0123456789".repeat(1000);
    const { dest, result } = await extract([
      { name: "top/", externalAttributes: UNIX_DIR },
      { name: "top/by-family/a/one.bin", data: "one" },
      { name: "top/by-family/b/two.txt", data: big, method: 8 },
      { name: "top/empty.txt", data: "" },
      { name: "__MACOSX/top/._one.bin", data: "fork" },
      { name: "top/._two.txt", data: "fork" },
    ]);
    const r = await result;
    expect(r).toEqual({
      files: ["top/by-family/a/one.bin", "top/by-family/b/two.txt", "top/empty.txt"],
      bytes: 3 + big.length,
      skipped: 2,
    });
    expect(await readFile(path.join(dest, "top/by-family/a/one.bin"), "utf8")).toBe("one");
    expect(await readFile(path.join(dest, "top/by-family/b/two.txt"), "utf8")).toBe(big);
    expect((await readdir(dest, { recursive: true })).sort()).toEqual([
      "top",
      "top/by-family",
      "top/by-family/a",
      "top/by-family/a/one.bin",
      "top/by-family/b",
      "top/by-family/b/two.txt",
      "top/empty.txt",
    ]);
  });

  it("refuses a traversal, naming the archive and the entry, before writing anything", async () => {
    const { err, written } = await refusal([
      { name: GOOD, data: "ok" },
      { name: "by-family/../../x", data: "evil" },
    ]);
    expect(err.file).toBe("test.zip");
    expect(err.field).toBe("by-family/../../x");
    expect(err.message).toContain('".." segment (path traversal)');
    expect(err.message).toContain("Get the archive again.");
    expect(written).toEqual([]);
  });

  const names: [string, string][] = [
    ["/etc/passwd", "is an absolute path"],
    ["C:/x", "contains a colon"],
    ["a\\..\\x", "contains a backslash"],
    ["a//b", 'empty or "." segment'],
    ["./a", 'empty or "." segment'],
    ["a\u0000b", "control character"],
  ];
  it.each(names)("refuses the name %j", async (name, why) => {
    const { err, written } = await refusal([{ name, data: "x" }]);
    expect(err.field).toBe(name);
    expect(err.message).toContain(why);
    expect(written).toEqual([]);
  });

  it("refuses symbolic links and other non-regular entries", async () => {
    const link = await refusal([
      { name: "by-family/l", data: "/etc/passwd", externalAttributes: UNIX_SYMLINK },
    ]);
    expect(link.err.field).toBe("by-family/l");
    expect(link.err.message).toContain("is a symbolic link");
    const fifo = await refusal([{ name: "p", externalAttributes: (0o010644 << 16) >>> 0 }]);
    expect(fifo.err.message).toContain("not a regular file or a folder (Unix mode 0o10644)");
  });

  it("refuses duplicates (also by case), and a file where a folder is needed", async () => {
    const dup = await refusal([
      { name: "a/X.bin", data: "1" },
      { name: "a/x.bin", data: "2" },
    ]);
    expect(dup.err.field).toBe("a/x.bin");
    expect(dup.err.message).toContain('lands on the same path as the entry "a/X.bin"');
    const clash = await refusal([
      { name: "a", data: "1" },
      { name: "a/b", data: "2" },
    ]);
    expect(clash.err.message).toContain('needs a folder where the entry "a" is a file');
  });

  it("refuses entries that share local data, encrypted entries and unknown methods", async () => {
    const overlap = await refusal([
      { name: "a", data: "1" },
      { name: "b", data: "1", localHeaderOffset: 0 },
    ]);
    expect(overlap.err.message).toContain('shares its data with the entry "a"');
    expect((await refusal([{ name: "e", data: "x", flags: 0x801 }])).err.message).toContain("is encrypted");
    expect((await refusal([{ name: "m", data: "x", method: 12 }])).err.message).toContain(
      "compression method 12",
    );
  });

  it("refuses more entries than the cap, counted from the central directory", async () => {
    const entries = Array.from({ length: 4 }, (_, i) => ({ name: `f${i}`, data: "x" }));
    const { err, written } = await refusal(entries, { limits: { maxEntries: 3, maxUncompressedBytes: 100 } });
    expect(err.field).toBeUndefined();
    expect(err.message).toContain("declares 4 entries, over 3 (MAX_ZIP_ENTRIES)");
    expect(written).toEqual([]);
  });

  it("refuses a declared uncompressed total over the cap", async () => {
    const { err, written } = await refusal(
      [
        { name: "a", data: "x".repeat(60) },
        { name: "b", data: "y".repeat(50), method: 8 },
      ],
      { limits: { maxEntries: 10, maxUncompressedBytes: 100 } },
    );
    expect(err.field).toBe("b");
    expect(err.message).toContain("declared uncompressed total to 110 bytes, over 100");
    expect(written).toEqual([]);
  });

  it("refuses a deflated entry that inflates past its declared size (a zip bomb)", async () => {
    const { err } = await refusal([
      { name: "bomb", data: "\0".repeat(100_000), method: 8, uncompressedSize: 1000 },
    ]);
    expect(err.field).toBe("bomb");
    expect(err.message).toContain("holds more than the 1000 bytes its header declares");
  });

  it("refuses an entry shorter than declared, and a stored entry whose sizes disagree", async () => {
    const short = await refusal([{ name: "s", data: "abc", method: 8, uncompressedSize: 10 }]);
    expect(short.err.message).toContain("holds 3 bytes but its header declares 10");
    const stored = await refusal([{ name: "t", data: "abc", uncompressedSize: 10 }]);
    expect(stored.err.message).toContain("declares 3 stored and 10 uncompressed bytes");
  });

  it("refuses a bad CRC-32, stored or deflated", async () => {
    for (const method of [0, 8]) {
      await rm(path.join(work, "out"), { recursive: true, force: true });
      const { err } = await refusal([
        { name: "ok", data: "fine" },
        { name: "bad", data: "hello", method, crc: 0x12345678 },
      ]);
      expect(err.field).toBe("bad");
      expect(err.message).toContain("fails its CRC-32 check (computed 3610a686, header says 12345678)");
    }
  });

  it("refuses bytes that are not a zip", async () => {
    const zipPath = path.join(work, "junk.zip");
    await writeFile(zipPath, "not a zip at all, just text that is long enough to scan");
    const err = await extractZipSafely(zipPath, path.join(work, "o"), OPTS).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(MalformedInputError);
    expect((err as Error).message).toMatch(/^test\.zip: is not a readable zip archive \(/);
  });
});

describe("nameProblem", () => {
  it("accepts plain relative names and folder names", () => {
    expect(nameProblem("by-family/qwen--qwen/Qwen2-1.5B__hf_deep-signals.parquet")).toBeNull();
    expect(nameProblem("deep-signals/by-family/")).toBeNull();
    expect(nameProblem("..a/b..")).toBeNull();
  });
});
