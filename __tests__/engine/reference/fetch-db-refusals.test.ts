// Every way `db fetch` can be fed bad bytes or a bad answer: each is refused with a typed error
// that names the archive (and entry) and the fix, the installed database stays byte for byte as it
// was, and no staging file is left next to it.

import { readdir } from "node:fs/promises";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import {
  MalformedInputError,
  NetworkError,
  NotFoundError,
  type ProvenanceError,
} from "../../../src/engine/errors.js";
import { fetchProvenancekitDatabase, type FetchDbOptions } from "../../../src/engine/reference/fetch-db.js";
import { treeDigest } from "../../helpers/tree-digest.js";
import { UNIX_SYMLINK, type ZipEntrySpec } from "../../helpers/zip-builder.js";
import { BASE_FILES, GOOD_ENTRIES, PARQUET_A1, PINNED, startFixture, type Fixture } from "./fetch-fixture.js";

let fx: Fixture;
let installed: string[];
beforeAll(async () => {
  fx = await startFixture();
  await fetchProvenancekitDatabase(fx.options());
  installed = await treeDigest(fx.target);
  expect(installed.length).toBeGreaterThan(10);
});
afterAll(async () => {
  await fx.close();
});
beforeEach(() => {
  fx.serveZip(GOOD_ENTRIES);
  for (const f of PINNED)
    fx.server.set(`/base/${f.repoPath}`, { body: new TextEncoder().encode(BASE_FILES[f.path] ?? "") });
});

/** Runs an update that must fail; returns the error after checking nothing changed. */
async function refused(extra: Partial<FetchDbOptions> = {}): Promise<ProvenanceError> {
  const err = await fetchProvenancekitDatabase(fx.options({ update: true, ...extra })).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(Error);
  expect(await treeDigest(fx.target)).toEqual(installed);
  expect(await readdir(fx.work)).toEqual(["db"]);
  return err as ProvenanceError;
}

async function zipRefused(entries: readonly ZipEntrySpec[], extra: Partial<FetchDbOptions> = {}) {
  fx.serveZip(entries);
  const err = await refused(extra);
  expect(err).toBeInstanceOf(MalformedInputError);
  const m = err as MalformedInputError;
  expect(m.file).toBe(`${fx.server.url}/ds.zip`);
  expect(m.message).toContain("the whole archive is refused, nothing was installed");
  expect(m.message).toContain("check that URL and --deep-signals-sha256");
  return m;
}

const ok = { name: PARQUET_A1, data: "PAR1 PAR1" };

describe("db fetch refuses hostile archives", () => {
  it("a traversal", async () => {
    const e = await zipRefused([ok, { name: "deep-signals/by-family/../../../x", data: "evil" }]);
    expect(e.field).toBe("deep-signals/by-family/../../../x");
    expect(e.message).toContain('".." segment (path traversal)');
  });

  it("an absolute path", async () => {
    const e = await zipRefused([ok, { name: "/tmp/by-family/x.parquet", data: "evil" }]);
    expect(e.field).toBe("/tmp/by-family/x.parquet");
    expect(e.message).toContain("is an absolute path");
  });

  it("a symbolic link", async () => {
    const e = await zipRefused([
      ok,
      { name: "deep-signals/by-family/f/l", data: "/etc", externalAttributes: UNIX_SYMLINK },
    ]);
    expect(e.field).toBe("deep-signals/by-family/f/l");
    expect(e.message).toContain("is a symbolic link");
  });

  it("too many entries", async () => {
    const e = await zipRefused(GOOD_ENTRIES, { zipLimits: { maxEntries: 3, maxUncompressedBytes: 1e6 } });
    expect(e.field).toBeUndefined();
    expect(e.message).toContain("declares 4 entries, over 3 (MAX_ZIP_ENTRIES)");
  });

  it("a declared size over the cap, and data past its declared size", async () => {
    const declared = await zipRefused([{ ...ok, data: "x".repeat(2000), method: 8 }], {
      zipLimits: { maxEntries: 10, maxUncompressedBytes: 1000 },
    });
    expect(declared.field).toBe(PARQUET_A1);
    expect(declared.message).toContain("declared uncompressed total to 2000 bytes, over 1000");
    const actual = await zipRefused([{ ...ok, data: "x".repeat(5000), method: 8, uncompressedSize: 10 }]);
    expect(actual.field).toBe(PARQUET_A1);
    expect(actual.message).toContain("holds more than the 10 bytes its header declares");
  });

  it("a bad CRC-32", async () => {
    const e = await zipRefused([{ ...ok, crc: 1 }]);
    expect(e.field).toBe(PARQUET_A1);
    expect(e.message).toContain("fails its CRC-32 check");
  });

  it("an archive without a by-family folder", async () => {
    const e = await zipRefused([{ name: "deep-signals/x.parquet", data: "x" }]);
    expect(e.message).toContain('holds no file inside a folder named "by-family"');
  });
});

describe("db fetch refuses bad downloads", () => {
  it("a SHA-256 other than the expected one", async () => {
    const err = await refused({ deepSignalsSha256: "0".repeat(64) });
    expect(err).toBeInstanceOf(MalformedInputError);
    expect((err as MalformedInputError).file).toBe(`${fx.server.url}/ds.zip`);
    expect((err as MalformedInputError).field).toBe("sha256");
    expect(err.message).toContain(`is ${fx.zipSha}, expected ${"0".repeat(64)}`);
  });

  it("a pinned base file with other bytes of the same size", async () => {
    const license = PINNED.find((f) => f.path === "LICENSE");
    fx.server.set("/base/LICENSE", { body: new Uint8Array(license?.size ?? 0) });
    const err = await refused();
    expect(err).toBeInstanceOf(MalformedInputError);
    expect((err as MalformedInputError).file).toBe(`${fx.server.url}/base/LICENSE`);
    expect(err.message).toContain(`but ${license?.sha256} is pinned for LICENSE`);
    expect(err.message).toContain("check --bundles-url");
  });

  it("a download that breaks off, every time (retried once)", async () => {
    const zip = fx.serveZip(GOOD_ENTRIES);
    fx.server.set("/ds.zip", { body: zip, fault: { kind: "truncate", after: 100 } });
    const before = fx.server.requests.length;
    const err = await refused();
    expect(err).toBeInstanceOf(NetworkError);
    expect((err as NetworkError).retryable).toBe(true);
    expect(err.message).toMatch(
      /ds\.zip: download (broke off after|ended after) 100 (bytes|of \d+ bytes); giving up after 2 attempts/,
    );
    expect(fx.server.requests.slice(before).filter((p) => p === "/ds.zip")).toHaveLength(2);
  });

  it("a download that breaks off once succeeds on the retry", async () => {
    const zip = fx.serveZip(GOOD_ENTRIES);
    fx.server.set("/ds.zip", { body: zip, fault: { kind: "truncate", after: 100 }, times: 1 });
    const r = await fetchProvenancekitDatabase(fx.options({ update: true }));
    expect(r.status).toBe("installed");
    expect(await treeDigest(fx.target)).toEqual(installed);
  });

  it("an HTTP error after the base files", async () => {
    fx.server.set("/ds.zip", { fault: { kind: "status", status: 503 } });
    const err = await refused();
    expect(err).toBeInstanceOf(NetworkError);
    expect(err.message).toBe(`GET ${fx.server.url}/ds.zip answered HTTP 503 2 times (1 retries); giving up`);
  });

  it("a missing base file", async () => {
    fx.server.set("/base/up/db/catalog/manifest.json", { fault: { kind: "status", status: 404 } });
    const err = await refused();
    expect(err).toBeInstanceOf(NotFoundError);
    expect(err.message).toContain("/base/up/db/catalog/manifest.json answered 404; check the URL");
  });

  it("a redirect to plain HTTP off this machine", async () => {
    fx.server.set("/ds.zip", { fault: { kind: "redirect", location: "http://example.com/ds.zip" } });
    const err = await refused();
    expect(err).toBeInstanceOf(NetworkError);
    expect(err.message).toBe(
      `GET ${fx.server.url}/ds.zip redirected to http://example.com/ds.zip: refusing a non-HTTPS redirect`,
    );
  });
});
