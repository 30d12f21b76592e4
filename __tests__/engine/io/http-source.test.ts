import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { MalformedInputError, NetworkError } from "../../../src/engine/errors.js";
import { HttpRangeSource } from "../../../src/engine/io/http-source.js";
import { createTransport, type FetchLike, type Transport } from "../../../src/engine/io/http-transport.js";
import { newIoStats, type IoStats } from "../../../src/engine/io/stats.js";
import {
  patternFile,
  startLoopbackHub,
  type FaultRule,
  type LoopbackHub,
} from "../../helpers/loopback-hub.js";
import { memoryFile } from "../../helpers/served-repo.js";

const SHA = "0123456789abcdef0123456789abcdef01234567";
const SIZE = 300_000; // several 64 KiB server chunks
const big = patternFile("model.safetensors", SIZE);
const small = memoryFile("config.json", '{"model_type":"llama"}');

let hub: LoopbackHub;
let stats: IoStats;
let sleeps: number[];
let transport: Transport;

beforeAll(async () => {
  hub = await startLoopbackHub({ repos: [{ id: "org/m", sha: SHA, files: [big, small] }] });
});
afterAll(() => hub.close());
beforeEach(() => {
  hub.setFaults([]);
  hub.requests.length = 0;
  stats = newIoStats();
  sleeps = [];
  transport = createTransport({
    hubOrigin: hub.origin,
    stats,
    random: () => 0.5,
    backoff: { baseMs: 100, maxMs: 1000 },
    sleep: async (ms) => {
      sleeps.push(ms);
    },
  });
});

const urlOf = (path: string): string => `${hub.url}/org/m/resolve/${SHA}/${path}`;
const source = (path = "model.safetensors", size = SIZE, t: Transport = transport): HttpRangeSource =>
  new HttpRangeSource({ name: `org/m@${SHA}:${path}`, url: urlOf(path), size, transport: t });
const faults = (...rules: FaultRule[]): void => hub.setFaults(rules);

async function failure(p: Promise<unknown>): Promise<Error> {
  const err: unknown = await p.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(Error);
  return err as Error;
}

describe("HttpRangeSource.read", () => {
  it("reads exactly the bytes asked for in one request", async () => {
    const offset = 123_457;
    expect(await source().read(offset, 100)).toEqual(big.read(offset, 100));
    expect(stats).toEqual({ requests: 1, bytes: 100, retries: 0 });
    expect(hub.requests).toHaveLength(1);
    expect(hub.requests[0]).toMatchObject({
      method: "GET",
      range: "bytes=123457-123556",
      status: 206,
      bytes: 100,
    });
  });

  it("reads the first byte, the last byte and a span across server chunks", async () => {
    const s = source();
    expect(await s.read(0, 1)).toEqual(big.read(0, 1));
    expect(await s.read(SIZE - 1, 1)).toEqual(big.read(SIZE - 1, 1));
    expectBytes(await s.read(60_000, 80_000), big.read(60_000, 80_000));
    expect(hub.requests.map((r) => r.range)).toEqual([
      "bytes=0-0",
      `bytes=${SIZE - 1}-${SIZE - 1}`,
      "bytes=60000-139999",
    ]);
    expect(stats).toEqual({ requests: 3, bytes: 80_002, retries: 0 });
  });

  it("returns nothing for a zero-length read, without a request", async () => {
    expect(await source().read(SIZE, 0)).toEqual(new Uint8Array(0));
    expect(stats.requests).toBe(0);
  });

  it("rejects a span past the end before any request", async () => {
    const err = await failure(source().read(SIZE - 10, 11));
    expect(err).toBeInstanceOf(MalformedInputError);
    expect(err.message).toBe(
      `org/m@${SHA}:model.safetensors: read of 11 bytes at offset ${SIZE - 10} runs past the end of the file (${SIZE} bytes)`,
    );
    expect(stats.requests).toBe(0);
  });

  it("rejects a 200 answer to a range request", async () => {
    faults({ match: /model\.safetensors/, kind: "ignore-range" });
    const err = await failure(source().read(10, 100));
    expect(err).toBeInstanceOf(NetworkError);
    expect(err.message).toBe(
      `server ignored the Range header (answered 200 to bytes=10-109 of ${urlOf("model.safetensors")})`,
    );
    expect(err).toMatchObject({ status: 200, retryable: false });
    expect(stats.requests).toBe(1);
    expect(stats.bytes).toBe(0); // the whole-file body is dropped unread
  });

  it("accepts a 200 answer when the range is the whole file", async () => {
    faults({ match: /config\.json/, kind: "ignore-range" });
    const s = source("config.json", small.size);
    expect(await s.read(0, small.size)).toEqual(small.read(0, small.size));
    expect(hub.requests[0]?.status).toBe(200);
  });

  it("rejects a Content-Range that does not match the request", async () => {
    faults({ match: /model\.safetensors/, kind: "wrong-content-range" });
    const err = await failure(source().read(10, 10));
    expect(err.message).toBe(
      `${urlOf("model.safetensors")} answered bytes=10-19 with Content-Range "bytes 11-20/${SIZE}", expected "bytes 10-19/${SIZE}"`,
    );
    expect(err).toMatchObject({ status: 206, retryable: false });
  });

  it("rejects a Content-Range whose size differs from the listed size", async () => {
    const err = await failure(source("model.safetensors", SIZE + 1).read(0, 10));
    expect(err.message).toBe(
      `${urlOf("model.safetensors")} answered bytes=0-9 with Content-Range "bytes 0-9/${SIZE}", expected "bytes 0-9/${SIZE + 1}"`,
    );
  });

  it("retries a body cut short, then succeeds", async () => {
    faults({ match: /model\.safetensors/, kind: "short", afterBytes: 1000 });
    expect(await source().read(5000, 4000)).toEqual(big.read(5000, 4000));
    expect(sleeps).toEqual([75]);
    expect(stats).toEqual({ requests: 2, bytes: 5000, retries: 1 });
    expect(hub.requests.map((r) => [r.status, r.bytes])).toEqual([
      [206, 1000],
      [206, 4000],
    ]);
  });

  it("retries a connection reset mid-body", async () => {
    faults({ match: /model\.safetensors/, kind: "reset", afterBytes: 70_000 });
    expectBytes(await source().read(0, 200_000), big.read(0, 200_000));
    expect(stats.requests).toBe(2);
    expect(stats.retries).toBe(1);
  });

  it("gives up when every body is cut short", async () => {
    faults({ match: /model\.safetensors/, kind: "short", afterBytes: 10, times: 99 });
    const err = await failure(source().read(0, 100));
    expect(err).toBeInstanceOf(NetworkError);
    expect(err.message).toMatch(
      new RegExp(
        `^${escape(urlOf("model.safetensors"))}: body broke off after 10 of 100 bytes; giving up after 5 attempts$`,
      ),
    );
    expect((err as NetworkError).retryable).toBe(true);
    expect(stats.requests).toBe(5);
    expect(sleeps).toEqual([75, 150, 300, 600]);
  });

  it("retries a body that ends cleanly but short", async () => {
    let n = 0;
    const fetch: FetchLike = async () =>
      new Response(n++ === 0 ? new Uint8Array(3) : new Uint8Array(4), {
        status: 206,
        headers: { "content-range": "bytes 0-3/10" },
      });
    const t = createTransport({ fetch, hubOrigin: "https://hub.test", stats, sleep: async () => undefined });
    const s = new HttpRangeSource({ name: "f", url: "https://hub.test/f", size: 10, transport: t });
    expect(await s.read(0, 4)).toEqual(new Uint8Array(4));
    expect(stats).toEqual({ requests: 2, bytes: 7, retries: 1 });
  });

  it("rejects a body longer than asked, without retrying", async () => {
    const fetch: FetchLike = async () =>
      new Response(new Uint8Array(5), { status: 206, headers: { "content-range": "bytes 0-3/10" } });
    const t = createTransport({ fetch, hubOrigin: "https://hub.test", stats });
    const s = new HttpRangeSource({ name: "f", url: "https://hub.test/f", size: 10, transport: t });
    const err = await failure(s.read(0, 4));
    expect(err.message).toBe("https://hub.test/f: body is longer than the 4 bytes asked for");
    expect(stats.requests).toBe(1);
  });

  it("reports 416 with the range and both sizes", async () => {
    const err = await failure(source("model.safetensors", SIZE + 1000).read(SIZE + 10, 10));
    expect(err.message).toBe(
      `${urlOf("model.safetensors")}: range bytes=${SIZE + 10}-${SIZE + 19} not satisfiable (server says bytes */${SIZE}); the file list gives its size as ${SIZE + 1000} bytes`,
    );
    expect(err).toMatchObject({ status: 416, retryable: false });
  });

  it("maps other statuses through the given mapper", async () => {
    const s = new HttpRangeSource({
      name: "gone",
      url: urlOf("gone.bin"),
      size: 10,
      transport,
      mapError: (res) => new Error(`mapped ${res.status} ${res.headers.get("x-error-code")}`),
    });
    await expect(s.read(0, 1)).rejects.toThrow("mapped 404 EntryNotFound");
    await expect(source("gone.bin", 10).read(0, 1)).rejects.toThrow(
      `GET ${urlOf("gone.bin")} answered HTTP 404`,
    );
  });
});

describe("HttpRangeSource.readAll", () => {
  it("reads a small file whole with one plain GET", async () => {
    expect(await source("config.json", small.size).readAll(1024)).toEqual(small.read(0, small.size));
    expect(hub.requests).toHaveLength(1);
    expect(hub.requests[0]).toMatchObject({ range: undefined, status: 200, bytes: small.size });
    expect(stats).toEqual({ requests: 1, bytes: small.size, retries: 0 });
  });

  it("refuses a file over the cap before any request", async () => {
    const err = await failure(source().readAll(1000));
    expect(err).toBeInstanceOf(MalformedInputError);
    expect(err.message).toBe(
      `org/m@${SHA}:model.safetensors: is ${SIZE} bytes, more than the 1000 bytes allowed for a file read whole`,
    );
    expect(stats.requests).toBe(0);
  });

  it("retries a short body and checks the exact size", async () => {
    faults({ match: /config\.json/, kind: "short", afterBytes: 5 });
    expect(await source("config.json", small.size).readAll(1024)).toEqual(small.read(0, small.size));
    expect(stats.requests).toBe(2);
    const err = await failure(source("config.json", small.size - 1).readAll(1024));
    expect(err.message).toBe(
      `${urlOf("config.json")}: body is longer than the ${small.size - 1} bytes asked for`,
    );
  });
});

/** Large arrays: vitest's deep equality is slow on them, Buffer.equals is not. */
function expectBytes(actual: Uint8Array, expected: Uint8Array): void {
  expect(actual.byteLength).toBe(expected.byteLength);
  expect(Buffer.from(actual).equals(expected)).toBe(true);
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
