import { mkdtemp, mkdir, rm, symlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { openLocalModel } from "../../../src/engine/model/local-source.js";
import { classifyRef } from "../../../src/engine/model/open-model.js";

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), "pg-local-"));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe("openLocalModel", () => {
  it("lists files recursively, sorted, skipping .git, and reads them with counted I/O", async () => {
    await writeFile(path.join(dir, "config.json"), '{"a":1}');
    await mkdir(path.join(dir, "original"));
    await writeFile(path.join(dir, "original", "params.json"), "{}");
    await mkdir(path.join(dir, ".git"));
    await writeFile(path.join(dir, ".git", "HEAD"), "ref");
    await writeFile(path.join(dir, "a.txt"), "hello world");
    const m = await openLocalModel(dir);
    expect(m.files).toEqual([
      { path: "a.txt", size: 11 },
      { path: "config.json", size: 7 },
      { path: "original/params.json", size: 2 },
    ]);
    expect(m.kind).toBe("local");
    expect(m.revision).toBeUndefined();
    expect(new TextDecoder().decode(await m.open("a.txt").read(6, 5))).toBe("world");
    expect(new TextDecoder().decode(await m.readFile("config.json", 100))).toBe('{"a":1}');
    expect(m.stats).toEqual({ requests: 2, bytes: 12, retries: 0 });
    await m.close();
  });

  it("refuses a whole-file read over the cap, naming the file, size and limit", async () => {
    await writeFile(path.join(dir, "config.json"), "x".repeat(50));
    const m = await openLocalModel(dir);
    await expect(m.readFile("config.json", 10)).rejects.toThrow(
      `${path.join(dir, "config.json")}: file is 50 bytes, over the 10-byte limit for this kind of file`,
    );
  });

  it("refuses a read past the end of a file", async () => {
    await writeFile(path.join(dir, "w.bin"), new Uint8Array(10));
    const m = await openLocalModel(dir);
    await expect(m.open("w.bin").read(8, 4)).rejects.toThrow(
      `${path.join(dir, "w.bin")}: read of 4 bytes at offset 8 runs past the end of the file (10 bytes)`,
    );
    await m.close();
  });

  it("refuses a symbolic link that leaves the folder", async () => {
    const outside = path.join(dir, "secret.txt");
    await writeFile(outside, "token");
    const model = path.join(dir, "model");
    await mkdir(model);
    await symlink(outside, path.join(model, "config.json"));
    await expect(openLocalModel(model)).rejects.toThrow(
      `${path.join(model, "config.json")}: symbolic link points outside the model folder (to ${outside}); copy the file in instead`,
    );
  });

  it("follows links of a Hugging Face cache snapshot into the repo's blobs/", async () => {
    const repo = path.join(dir, "models--org--name");
    await mkdir(path.join(repo, "blobs"), { recursive: true });
    await mkdir(path.join(repo, "snapshots", "abc"), { recursive: true });
    await writeFile(path.join(repo, "blobs", "h1"), "{}");
    await symlink("../../blobs/h1", path.join(repo, "snapshots", "abc", "config.json"));
    const m = await openLocalModel(path.join(repo, "snapshots", "abc"));
    expect(m.files).toEqual([{ path: "config.json", size: 2 }]);
  });

  it("says what to do when the folder does not exist", async () => {
    await expect(openLocalModel(path.join(dir, "nope"))).rejects.toThrow(
      `model folder ${path.join(dir, "nope")} does not exist or is not a folder: give a folder that holds config.json and the weights`,
    );
  });
});

describe("classifyRef", () => {
  it("tells local folders from Hub ids", async () => {
    await mkdir(path.join(dir, "org", "local"), { recursive: true });
    expect(await classifyRef("hf://org/name@v1", dir)).toEqual({ kind: "hub", ref: "hf://org/name@v1" });
    expect(await classifyRef("org/name", dir)).toEqual({ kind: "hub", ref: "org/name" });
    expect(await classifyRef("org/local", dir)).toEqual({
      kind: "local",
      folder: path.join(dir, "org", "local"),
    });
    expect(await classifyRef("./org/name", dir)).toEqual({
      kind: "local",
      folder: path.join(dir, "org", "name"),
    });
    expect(await classifyRef("/abs/m", dir)).toEqual({ kind: "local", folder: "/abs/m" });
    expect(await classifyRef("~/m", dir, "/home/u")).toEqual({ kind: "local", folder: "/home/u/m" });
    await expect(classifyRef("  ", dir)).rejects.toThrow(
      "empty model reference: give a Hub repo id (org/name[@rev]) or a folder",
    );
  });
});
