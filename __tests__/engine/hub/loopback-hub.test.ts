// The loopback Hub is what every Hub test trusts, so its HTTP semantics are pinned down here.

import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { parseRange } from "../../helpers/loopback-hub-body.js";
import { patternFile, startLoopbackHub, type LoopbackHub } from "../../helpers/loopback-hub.js";
import { memoryFile } from "../../helpers/served-repo.js";

const SHA = "abcdefabcdefabcdefabcdefabcdefabcdefabcd";
const file = patternFile("w.safetensors", 1000, { sha256: "f".repeat(64) });
let hub: LoopbackHub;

beforeAll(async () => {
  hub = await startLoopbackHub({
    repos: [
      { id: "org/m", sha: SHA, files: [file, memoryFile("a.txt", "hello")] },
      { id: "org/g", sha: SHA, gated: true, files: [] },
    ],
    storage: true,
  });
});
afterAll(() => hub.close());
beforeEach(() => {
  hub.setFaults([]);
  hub.requests.length = 0;
});

const get = (path: string, init?: RequestInit): Promise<Response> =>
  fetch(`${hub.url}${path}`, { redirect: "manual", ...init });

describe("parseRange", () => {
  it.each([
    ["bytes=0-9", { start: 0, end: 10 }],
    ["bytes=990-", { start: 990, end: 1000 }],
    ["bytes=-10", { start: 990, end: 1000 }],
    ["bytes=-5000", { start: 0, end: 1000 }],
    ["bytes=995-2000", { start: 995, end: 1000 }],
    ["bytes=1000-1001", "unsatisfiable"],
    ["bytes=-0", "unsatisfiable"],
    ["bytes=5-2", undefined],
    ["bytes=0-1,5-6", undefined],
    ["items=0-1", undefined],
    [undefined, undefined],
  ] as const)("%s", (header, expected) => {
    expect(parseRange(header, 1000)).toEqual(expected);
  });
});

describe("resolve", () => {
  it("answers a range with 206, Content-Range, Content-Length and the Hub's headers", async () => {
    const res = await get(`/org/m/resolve/main/a.txt`, { headers: { range: "bytes=1-3" } });
    expect(res.status).toBe(206);
    expect(res.headers.get("content-range")).toBe("bytes 1-3/5");
    expect(res.headers.get("content-length")).toBe("3");
    expect(res.headers.get("x-repo-commit")).toBe(SHA);
    expect(res.headers.get("etag")).toMatch(/^"[0-9a-f]{40}"$/);
    expect(await res.text()).toBe("ell");
  });

  it("answers 200 without Range, 416 past the end, and HEAD without a body", async () => {
    expect(await (await get(`/org/m/resolve/${SHA}/a.txt`)).text()).toBe("hello");
    const past = await get(`/org/m/resolve/main/a.txt`, { headers: { range: "bytes=5-9" } });
    expect([past.status, past.headers.get("content-range")]).toEqual([416, "bytes */5"]);
    const head = await get(`/org/m/resolve/main/a.txt`, { method: "HEAD" });
    expect([head.status, head.headers.get("content-length")]).toEqual([200, "5"]);
    expect(hub.requests.map((r) => r.bytes)).toEqual([5, 0, 0]);
  });

  it("redirects LFS files to storage with a signed URL", async () => {
    const res = await get(`/org/m/resolve/main/w.safetensors`);
    expect(res.status).toBe(302);
    expect(res.headers.get("x-linked-etag")).toBe(`"${"f".repeat(64)}"`);
    const location = res.headers.get("location") ?? "";
    expect(location.startsWith(`${hub.storageOrigin}/storage/org/m/${SHA}/w.safetensors?`)).toBe(true);
    const body = await fetch(location, { headers: { range: "bytes=-4" } });
    expect(new Uint8Array(await body.arrayBuffer())).toEqual(file.read(996, 4));
  });

  it.each([
    ["/org/nope/resolve/main/a.txt", 404, "RepoNotFound"],
    ["/org/m/resolve/nope/a.txt", 404, "RevisionNotFound"],
    ["/org/m/resolve/main/nope.txt", 404, "EntryNotFound"],
    ["/api/models/org/g/revision/main", 403, "GatedRepo"],
  ])("%s → %i %s", async (path, status, code) => {
    const res = await get(path);
    expect([res.status, res.headers.get("x-error-code")]).toEqual([status, code]);
  });
});

describe("faults", () => {
  it("answers 429 with Retry-After for the given number of times", async () => {
    hub.setFaults([{ match: /a\.txt/, kind: "429", retryAfter: "7", times: 2 }]);
    const statuses = [];
    for (let i = 0; i < 3; i++) statuses.push((await get(`/org/m/resolve/main/a.txt`)).status);
    expect(statuses).toEqual([429, 429, 200]);
    expect((await get(`/org/m/resolve/main/a.txt`)).headers.get("retry-after")).toBeNull();
  });

  it("cuts a declared body short", async () => {
    hub.setFaults([{ match: /a\.txt/, kind: "short", afterBytes: 2 }]);
    const res = await get(`/org/m/resolve/main/a.txt`);
    expect(res.headers.get("content-length")).toBe("5");
    await expect(res.arrayBuffer()).rejects.toThrow();
    expect(hub.requests[0]?.bytes).toBe(2);
  });
});
