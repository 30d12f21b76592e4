// Private and gated repositories, and where the token goes: to the Hub origin, never to the
// storage host a download is redirected to.

import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { AccessDeniedError } from "../../../src/engine/errors.js";
import { openHubModel, type HubOpenOptions } from "../../../src/engine/hub/hub-source.js";
import type { FetchLike } from "../../../src/engine/io/http-transport.js";
import { newIoStats } from "../../../src/engine/io/stats.js";
import { patternFile, startLoopbackHub, type LoopbackHub } from "../../helpers/loopback-hub.js";
import { memoryFile } from "../../helpers/served-repo.js";

const SHA = "1111111111111111111111111111111111111111";
const TOKEN = "hf_valid_token";
const WEIGHTS = 1 << 20;
const config = memoryFile("config.json", '{"model_type":"llama"}');
const weights = patternFile("model.safetensors", WEIGHTS);

let hub: LoopbackHub;

beforeAll(async () => {
  hub = await startLoopbackHub({
    repos: [
      { id: "org/private", sha: SHA, private: true, files: [config, weights] },
      { id: "org/gated", sha: SHA, gated: true, files: [config] },
    ],
    tokens: [TOKEN],
  });
});
afterAll(() => hub.close());
beforeEach(() => {
  hub.requests.length = 0;
});

const open = (repo: string, revision = "main", extra: Partial<HubOpenOptions> = {}) =>
  openHubModel({ repo, revision, hubUrl: hub.url, ...extra });

async function failure(p: Promise<unknown>): Promise<Error> {
  const err: unknown = await p.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(Error);
  return err as Error;
}

describe("private and gated repositories", () => {
  it("refuses a private repo without a token, naming the fix", async () => {
    const err = await failure(open("org/private"));
    expect(err).toBeInstanceOf(AccessDeniedError);
    expect(err.message).toBe(
      "org/private@main is private or gated, or does not exist: pass a token with --token or HF_TOKEN (a token with read access)",
    );
    expect(err).toMatchObject({ status: 401, retryable: false });
  });

  it("says a given token was refused", async () => {
    const err = await failure(open("org/private", "main", { token: "hf_wrong" }));
    expect(err.message).toBe(
      "org/private@main is private or gated, or does not exist: the token given was refused: pass a token with read access to it",
    );
    expect(err.message).not.toContain("hf_wrong");
  });

  it("opens a private repo with a token", async () => {
    const model = await open("org/private", "main", { token: TOKEN });
    expect(await model.open("model.safetensors").read(WEIGHTS - 3, 3)).toEqual(weights.read(WEIGHTS - 3, 3));
    expect(hub.requests.every((r) => r.authorization === `Bearer ${TOKEN}`)).toBe(true);
  });

  it("asks for the conditions of a gated repo to be accepted", async () => {
    const err = await failure(open("org/gated"));
    expect(err).toBeInstanceOf(AccessDeniedError);
    expect(err.message).toBe(
      `org/gated is gated: accept the model's conditions on ${hub.url}/org/gated and pass a token with --token or HF_TOKEN`,
    );
    expect((err as AccessDeniedError).status).toBe(403);
    expect((await open("org/gated", "main", { token: TOKEN })).files).toHaveLength(1);
  });
});

describe("downloads redirected to storage", () => {
  it("sends the token to the Hub but never to the storage host", async () => {
    const stored = await startLoopbackHub({
      repos: [{ id: "org/private", sha: SHA, private: true, files: [config, weights] }],
      tokens: [TOKEN],
      storage: true,
    });
    try {
      const stats = newIoStats();
      const model = await openHubModel({
        repo: "org/private",
        revision: "main",
        hubUrl: stored.url,
        token: TOKEN,
        stats,
      });
      stored.requests.length = 0;
      expect(await model.open("model.safetensors").read(1000, 100)).toEqual(weights.read(1000, 100));
      expect(await model.readFile("config.json", 4096)).toEqual(config.read(0, config.size));
      expect(stored.requests.map((r) => [r.server, r.status, r.range, r.authorization])).toEqual([
        ["hub", 302, "bytes=1000-1099", `Bearer ${TOKEN}`],
        ["storage", 206, "bytes=1000-1099", undefined],
        ["hub", 200, undefined, `Bearer ${TOKEN}`],
      ]);
      expect(stats).toMatchObject({ requests: 5, retries: 0 }); // info, tree, hub + storage, config
    } finally {
      await stored.close();
    }
  });
});

describe("errors from the storage host", () => {
  it("name the storage URL without its signed query", async () => {
    const fetch: FetchLike = async (input) => {
      const url = input.toString();
      if (url.includes("/revision/")) return Response.json({ _id: "x", id: "org/m", sha: SHA });
      if (url.includes("/tree/")) return Response.json([{ type: "file", path: "w.bin", size: 10, oid: "x" }]);
      if (url.includes("/resolve/")) {
        return new Response(null, {
          status: 302,
          headers: { location: "https://cdn.test/w?X-Amz-Signature=secret" },
        });
      }
      return new Response("gone", { status: 404 });
    };
    const model = await openHubModel({ repo: "org/m", revision: "main", hubUrl: "https://hub.test", fetch });
    const err = await failure(model.open("w.bin").read(0, 1));
    expect(err.message).toBe(`org/m@${SHA}:w.bin not found (HTTP 404 from https://cdn.test/w?…)`);
    expect(err).toMatchObject({ url: "https://cdn.test/w?…", status: 404 });
  });
});
