import { createHash } from "node:crypto";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { ConfigError, MalformedInputError, NetworkError, NotFoundError } from "../../../src/engine/errors.js";
import {
  MAX_HUB_FILES,
  openHubModel,
  resolveUrl,
  type HubOpenOptions,
} from "../../../src/engine/hub/hub-source.js";
import type { FetchLike } from "../../../src/engine/io/http-transport.js";
import { patternFile, startLoopbackHub, type LoopbackHub } from "../../helpers/loopback-hub.js";
import { memoryFile, type ServedFile } from "../../helpers/served-repo.js";

const SHA = "1111111111111111111111111111111111111111";
const TAG_SHA = "2222222222222222222222222222222222222222";
const WEIGHTS = 1 << 20;

const config = memoryFile("config.json", '{"model_type":"llama","hidden_size":64}');
const weights = patternFile("model.safetensors", WEIGHTS);
const odd = memoryFile("sub dir/ünï #1.json", "[1,2,3]");
const tokenizer = memoryFile("tokenizer/tokenizer.json", '{"model":{}}');
// Mutable so a test can remove a file after the listing was read.
const files: ServedFile[] = [weights, tokenizer, config, odd];

let hub: LoopbackHub;
const sleeps: number[] = [];

beforeAll(async () => {
  hub = await startLoopbackHub({
    repos: [{ id: "org/model", sha: SHA, refs: { "v1.0": TAG_SHA }, files }],
  });
});
afterAll(() => hub.close());
beforeEach(() => {
  hub.requests.length = 0;
  hub.setFaults([]);
  sleeps.length = 0;
});

function open(repo: string, revision = "main", extra: Partial<HubOpenOptions> = {}) {
  return openHubModel({
    repo,
    revision,
    hubUrl: hub.url,
    sleep: async (ms) => {
      sleeps.push(ms);
    },
    ...extra,
  });
}

async function failure(p: Promise<unknown>): Promise<Error> {
  const err: unknown = await p.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(Error);
  return err as Error;
}

const sha256 = (f: ServedFile): string => createHash("sha256").update(f.read(0, f.size)).digest("hex");

describe("resolving a revision", () => {
  it("pins main to its commit with one info and one tree request", async () => {
    const model = await open("org/model");
    expect(model).toMatchObject({ kind: "hub", repo: "org/model", requestedRevision: "main", revision: SHA });
    expect(model.ref).toBe(`org/model@${SHA}`);
    expect(hub.requests.map((r) => r.path)).toEqual([
      "/api/models/org/model/revision/main?expand=pipeline_tag&expand=private&expand=gated&expand=downloads&expand=likes&expand=lastModified&expand=sha",
      `/api/models/org/model/tree/${SHA}?recursive=true&expand=false`,
    ]);
    expect(model.stats.requests).toBe(2);
  });

  it("resolves a tag to its commit and lists the files there", async () => {
    const model = await open("org/model", "v1.0");
    expect(model.revision).toBe(TAG_SHA);
    expect(hub.requests[1]?.path).toBe(`/api/models/org/model/tree/${TAG_SHA}?recursive=true&expand=false`);
  });

  it("confirms a commit sha with the Hub", async () => {
    const model = await open("org/model", TAG_SHA);
    expect(model.revision).toBe(TAG_SHA);
    expect(hub.requests[0]?.path).toMatch(new RegExp(`^/api/models/org/model/revision/${TAG_SHA}\\?`));
  });

  it("names a missing repository", async () => {
    const err = await failure(open("org/missing"));
    expect(err).toBeInstanceOf(NotFoundError);
    expect(err.message).toBe(
      `model repository org/missing not found on ${hub.url} (check the id; a private repository also needs a token)`,
    );
  });

  it.each(["nope", "3333333333333333333333333333333333333333"])(
    "names a missing revision %s",
    async (rev) => {
      const err = await failure(open("org/model", rev));
      expect(err).toBeInstanceOf(NotFoundError);
      expect(err.message).toBe(
        `revision "${rev}" not found in org/model (check the branch, tag or commit sha)`,
      );
      expect((err as NotFoundError).status).toBe(404);
    },
  );

  it("retries a failed info request", async () => {
    hub.setFaults([{ match: /\/revision\//, kind: "500", status: 503 }]);
    const model = await open("org/model");
    expect(model.revision).toBe(SHA);
    expect(sleeps).toHaveLength(1);
    expect(model.stats).toMatchObject({ requests: 3, retries: 1 });
  });

  it("refuses an endpoint that is not an http(s) URL", async () => {
    await expect(openHubModel({ repo: "org/model", revision: "main", hubUrl: "ftp://hub" })).rejects.toThrow(
      new ConfigError(
        {},
        'Hub endpoint "ftp://hub" is not an http(s) URL: give one like https://huggingface.co',
      ),
    );
  });
});

describe("the file list", () => {
  it("lists files sorted by path with sizes and LFS sha256, without folders", async () => {
    const model = await open("org/model");
    expect(model.files).toEqual([
      { path: "config.json", size: config.size },
      { path: "model.safetensors", size: WEIGHTS, sha256: sha256(weights) },
      { path: "sub dir/ünï #1.json", size: odd.size },
      { path: "tokenizer/tokenizer.json", size: tokenizer.size },
    ]);
    expect(model.file("model.safetensors")?.size).toBe(WEIGHTS);
    expect(model.file("sub dir")).toBeUndefined();
  });

  it("follows the Link header through every page", async () => {
    const paged = await startLoopbackHub({ repos: [{ id: "org/model", sha: SHA, files }], pageSize: 2 });
    try {
      const model = await openHubModel({ repo: "org/model", revision: "main", hubUrl: paged.url });
      expect(model.files.map((f) => f.path)).toEqual([
        "config.json",
        "model.safetensors",
        "sub dir/ünï #1.json",
        "tokenizer/tokenizer.json",
      ]);
      // 4 files + 2 folders = 6 entries = 3 pages of 2
      const trees = paged.requests.filter((r) => r.path.includes("/tree/"));
      expect(trees.map((r) => new URL(r.path, paged.url).searchParams.get("cursor"))).toEqual([
        null,
        "2",
        "4",
      ]);
      expect(model.stats.requests).toBe(4);
    } finally {
      await paged.close();
    }
  });

  it(`stops at ${MAX_HUB_FILES} entries`, async () => {
    const many = Array.from({ length: MAX_HUB_FILES + 1 }, (_, i) => memoryFile(`f${i}.txt`, ""));
    const huge = await startLoopbackHub({ repos: [{ id: "org/many", sha: SHA, files: many }] });
    try {
      const err = await failure(openHubModel({ repo: "org/many", revision: "main", hubUrl: huge.url }));
      expect(err).toBeInstanceOf(MalformedInputError);
      expect(err.message).toBe(
        `org/many@${SHA}: the file list has more than ${MAX_HUB_FILES} entries (MAX_HUB_FILES)`,
      );
    } finally {
      await huge.close();
    }
  });

  it.each([
    [
      { type: "file", path: "../etc/passwd", size: 1, oid: "x" },
      'file list holds an unsafe path "../etc/passwd"',
    ],
    [{ type: "file", path: "/abs", size: 1, oid: "x" }, 'file list holds an unsafe path "/abs"'],
    [{ type: "file", path: "a", size: -1, oid: "x" }, "[a]: invalid size -1"],
    [{ type: "file", path: "a", size: 1, lfs: { oid: "zz", size: 1 } }, '[a]: lfs.oid "zz" is not a sha256'],
  ])("distrusts the listing: %j", async (entry, message) => {
    const fetch: FetchLike = async (input) =>
      input.toString().includes("/tree/")
        ? Response.json([entry])
        : Response.json({ _id: "x", id: "org/model", sha: SHA, lastModified: "2024-01-01T00:00:00Z" });
    const err = await failure(
      openHubModel({ repo: "org/model", revision: "main", hubUrl: "https://hub.test", fetch }),
    );
    expect(err).toBeInstanceOf(MalformedInputError);
    expect(err.message).toBe(`org/model@${SHA}${message.startsWith("[") ? " " : ": "}${message}`);
  });

  it("wraps other Hub API errors with the repo and revision", async () => {
    const fetch: FetchLike = async (input) =>
      input.toString().includes("/tree/")
        ? Response.json({ error: "Bad request: invalid cursor" }, { status: 400 })
        : Response.json({ _id: "x", id: "org/model", sha: SHA, lastModified: "2024-01-01T00:00:00Z" });
    const err = await failure(
      openHubModel({ repo: "org/model", revision: "main", hubUrl: "https://hub.test", fetch }),
    );
    expect(err).toBeInstanceOf(NetworkError);
    expect(err.message).toMatch(
      new RegExp(`^org/model@${SHA}: the Hub answered HTTP 400: Bad request: invalid cursor`),
    );
    expect(err).toMatchObject({ status: 400, retryable: false });
  });

  it("rejects an info answer without a commit sha", async () => {
    const fetch: FetchLike = async () => Response.json({ _id: "x", id: "org/model", sha: "main" });
    const err = await failure(
      openHubModel({ repo: "org/model", revision: "main", hubUrl: "https://hub.test", fetch }),
    );
    expect(err.message).toBe(
      'https://hub.test/api/models/org/model/revision/main [sha]: the Hub answered "main", not a 40-hex commit sha',
    );
  });
});

describe("reading files", () => {
  it("reads a small file whole in one request", async () => {
    const model = await open("org/model");
    const before = { ...model.stats };
    expect(new TextDecoder().decode(await model.readFile("config.json", 4096))).toBe(
      '{"model_type":"llama","hidden_size":64}',
    );
    expect(model.stats.requests - before.requests).toBe(1);
    expect(model.stats.bytes - before.bytes).toBe(config.size);
  });

  it("reads 100 bytes at an offset with exactly one request of 100 bytes", async () => {
    const model = await open("org/model");
    const before = { ...model.stats };
    hub.requests.length = 0;
    const bytes = await model.open("model.safetensors").read(654_321, 100);
    expect(bytes).toEqual(weights.read(654_321, 100));
    expect(model.stats.requests - before.requests).toBe(1);
    expect(model.stats.bytes - before.bytes).toBe(100);
    expect(hub.requests).toEqual([
      expect.objectContaining({
        path: `/org/model/resolve/${SHA}/model.safetensors`,
        range: "bytes=654321-654420",
        status: 206,
        bytes: 100,
      }),
    ]);
  });

  it("encodes each path segment in the resolve URL", async () => {
    const model = await open("org/model");
    hub.requests.length = 0;
    expect(await model.readFile("sub dir/ünï #1.json", 100)).toEqual(odd.read(0, odd.size));
    expect(hub.requests[0]?.path).toBe(`/org/model/resolve/${SHA}/sub%20dir/%C3%BCn%C3%AF%20%231.json`);
    expect(resolveUrl("https://h", "o/m", SHA, "a b/c")).toBe(`https://h/o/m/resolve/${SHA}/a%20b/c`);
  });

  it("refuses an unlisted file and an oversized one without a request", async () => {
    const model = await open("org/model");
    const before = model.stats.requests;
    const missing = await failure(model.readFile("nope.json", 100));
    expect(missing).toBeInstanceOf(NotFoundError);
    expect(missing.message).toBe(`file "nope.json" not found in org/model@${SHA}`);
    expect(() => model.open("nope.json")).toThrow(`file "nope.json" not found in org/model@${SHA}`);
    await expect(model.readFile("model.safetensors", 1000)).rejects.toThrow(
      `org/model@${SHA}:model.safetensors: is ${WEIGHTS} bytes, more than the 1000 bytes allowed for a file read whole`,
    );
    expect(model.stats.requests).toBe(before);
  });

  it("names a listed file that the Hub no longer has", async () => {
    const model = await open("org/model");
    const removed = files.splice(files.indexOf(tokenizer), 1);
    try {
      const err = await failure(model.readFile("tokenizer/tokenizer.json", 1000));
      expect(err).toBeInstanceOf(NotFoundError);
      expect(err.message).toBe(`file "tokenizer/tokenizer.json" not found in org/model@${SHA}`);
    } finally {
      files.push(...removed);
    }
  });
});
