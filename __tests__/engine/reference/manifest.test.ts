// A reference database without a readable manifest is not a database: the only fatal faults.

import { mkdir, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { ConfigError, MalformedInputError } from "../../../src/engine/errors.js";
import { loadReferenceDatabase } from "../../../src/engine/reference/index.js";
import { put } from "./db-builder.js";

let dir: string;
let root: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), "pg-refdb-"));
  root = path.join(dir, "db");
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe("fatal: the manifest", () => {
  it("missing → ConfigError naming the file and the fix", async () => {
    await mkdir(root);
    const file = path.join(root, "catalog", "manifest.json");
    await expect(loadReferenceDatabase(root)).rejects.toThrow(ConfigError);
    await expect(loadReferenceDatabase(root)).rejects.toThrow(
      `${file}: not a reference database: catalog/manifest.json is missing; point at the folder that holds catalog/ and features/`,
    );
    await expect(loadReferenceDatabase(path.join(dir, "nowhere"))).rejects.toThrow(ConfigError);
  });

  it("broken JSON or wrong types → MalformedInputError", async () => {
    const file = path.join(root, "catalog", "manifest.json");
    await put(root, "catalog/manifest.json", "{");
    const err = await loadReferenceDatabase(root).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(MalformedInputError);
    expect((err as Error).message).toBe(
      `${file}: not valid JSON (Quoted object key or end of object '}' expected but reached end of input at position 1)`,
    );
    await put(root, "catalog/manifest.json", '{"shards": {}}');
    await expect(loadReferenceDatabase(root)).rejects.toThrow(
      `${file} [shards]: expected a list, found an object`,
    );
    await put(root, "catalog/manifest.json", "[]");
    await expect(loadReferenceDatabase(root)).rejects.toThrow(
      `${file}: expected a JSON object, found a list`,
    );
  });
});
