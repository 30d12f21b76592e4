import { afterEach, describe, expect, it } from "vitest";
import { ConfigError, NetworkError } from "../../../src/engine/errors.js";
import {
  createTransport,
  MAX_REDIRECTS,
  retryAfterMs,
  type FetchLike,
  type TransportOptions,
} from "../../../src/engine/io/http-transport.js";
import { newIoStats, type IoStats } from "../../../src/engine/io/stats.js";
import { patternFile, startLoopbackHub, type LoopbackHub } from "../../helpers/loopback-hub.js";

const HUB = "https://hub.test";
const TOKEN = "hf_secret_token_value";

interface Call {
  readonly url: string;
  readonly method: string;
  readonly headers: Headers;
  readonly redirect: RequestInit["redirect"];
}

/** A fetch that records each call and answers from `answer` (index = call number). */
function fakeFetch(answer: (call: Call, n: number) => Response | Promise<Response>): {
  fetch: FetchLike;
  calls: Call[];
} {
  const calls: Call[] = [];
  const fetch: FetchLike = async (input, init) => {
    const call = {
      url: input.toString(),
      method: init?.method ?? "GET",
      headers: new Headers(init?.headers),
      redirect: init?.redirect,
    };
    calls.push(call);
    return answer(call, calls.length - 1);
  };
  return { fetch, calls };
}

function setup(fetch: FetchLike, extra: Partial<TransportOptions> = {}) {
  const stats: IoStats = newIoStats();
  const sleeps: number[] = [];
  const transport = createTransport({
    fetch,
    hubOrigin: HUB,
    stats,
    backoff: { baseMs: 100, maxMs: 1000 },
    random: () => 0.5,
    sleep: async (ms) => {
      sleeps.push(ms);
    },
    ...extra,
  });
  return { transport, stats, sleeps };
}

const ok = (body = "ok"): Response => new Response(body, { status: 200 });
const status = (code: number, headers: Record<string, string> = {}): Response =>
  new Response("{}", { status: code, headers });
const redirect = (code: number, location: string): Response =>
  new Response(null, { status: code, headers: { location } });

async function rejection(p: Promise<unknown>): Promise<NetworkError> {
  const err: unknown = await p.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(NetworkError);
  return err as NetworkError;
}

describe("retries", () => {
  it("honours Retry-After in seconds on 429", async () => {
    const { fetch, calls } = fakeFetch((_, n) => (n === 0 ? status(429, { "retry-after": "2" }) : ok()));
    const { transport, stats, sleeps } = setup(fetch);
    const res = await transport(`${HUB}/api/x`);
    expect(await res.text()).toBe("ok");
    expect(sleeps).toEqual([2000]);
    expect(calls).toHaveLength(2);
    expect(stats).toEqual({ requests: 2, bytes: 2, retries: 1 });
  });

  it("honours Retry-After as an HTTP date", async () => {
    const at = Date.parse("Wed, 21 Oct 2015 07:28:00 GMT");
    const { fetch } = fakeFetch((_, n) =>
      n === 0 ? status(503, { "retry-after": "Wed, 21 Oct 2015 07:28:00 GMT" }) : ok(),
    );
    const { transport, sleeps } = setup(fetch, { now: () => at - 5000 });
    await transport(`${HUB}/api/x`);
    expect(sleeps).toEqual([5000]);
    expect(retryAfterMs("Wed, 21 Oct 2015 07:28:00 GMT", at + 1000)).toBe(0);
    expect(retryAfterMs("soon", at)).toBeUndefined();
  });

  it("fails at once, retryable, when Retry-After exceeds the cap", async () => {
    const { fetch, calls } = fakeFetch(() => status(429, { "retry-after": "120" }));
    const { transport, sleeps } = setup(fetch);
    const err = await rejection(transport(`${HUB}/api/x`));
    expect(err.message).toBe(
      "GET https://hub.test/api/x answered HTTP 429 asking to retry after 120 s, longer than the 60 s we wait: try again later",
    );
    expect(err.retryable).toBe(true);
    expect(err.status).toBe(429);
    expect(sleeps).toEqual([]);
    expect(calls).toHaveLength(1);
  });

  it("retries 500 with exponential backoff and jitter", async () => {
    const { fetch } = fakeFetch((_, n) => (n < 2 ? status(n === 0 ? 500 : 502) : ok()));
    const { transport, stats, sleeps } = setup(fetch);
    expect((await transport(`${HUB}/x`)).status).toBe(200);
    // caps 100, 200 ms; jitter 0.5 → cap/2 + 0.5·cap/2
    expect(sleeps).toEqual([75, 150]);
    expect(stats.requests).toBe(3);
    expect(stats.retries).toBe(2);
  });

  it("gives up after the retries with a NetworkError naming url, status and attempts", async () => {
    const { fetch, calls } = fakeFetch(() => status(503));
    const { transport, stats, sleeps } = setup(fetch, { retries: 5 });
    const err = await rejection(transport(`${HUB}/api/models/a/b`));
    expect(err.message).toBe(
      "GET https://hub.test/api/models/a/b answered HTTP 503 6 times (5 retries); giving up",
    );
    expect(err).toMatchObject({ url: `${HUB}/api/models/a/b`, status: 503, retryable: true });
    expect(calls).toHaveLength(6);
    expect(sleeps).toEqual([75, 150, 300, 600, 750]); // the last one capped at maxMs 1000
    expect(stats).toEqual({ requests: 6, bytes: 0, retries: 5 });
  });

  it("does not retry other statuses", async () => {
    const { fetch, calls } = fakeFetch(() => status(404));
    const { transport } = setup(fetch);
    expect((await transport(`${HUB}/x`)).status).toBe(404);
    expect(calls).toHaveLength(1);
  });

  it("retries a timeout, then reports it after the last attempt", async () => {
    const hang: FetchLike = (_input, init) =>
      new Promise((_, reject) => init?.signal?.addEventListener("abort", () => reject(init.signal?.reason)));
    let n = 0;
    const { transport, sleeps } = setup(
      (input, init) => (n++ === 0 ? hang(input, init) : Promise.resolve(ok())),
      {
        timeoutMs: 20,
      },
    );
    expect((await transport(`${HUB}/x`)).status).toBe(200);
    expect(sleeps).toEqual([75]);

    const again = setup(hang, { timeoutMs: 20, retries: 2 });
    const err = await rejection(again.transport(`${HUB}/x`));
    expect(err.message).toBe("GET https://hub.test/x failed after 3 attempts: no response within 20 ms");
    expect(err.retryable).toBe(true);
    expect(again.stats.requests).toBe(3);
  });

  it("times out a body that stalls", async () => {
    const stalled = new ReadableStream<Uint8Array>({ pull: () => new Promise(() => undefined) });
    const { transport } = setup(async () => new Response(stalled, { status: 200 }), { timeoutMs: 20 });
    const res = await transport(`${HUB}/x`);
    await expect(res.arrayBuffer()).rejects.toThrow("no response within 20 ms");
  });

  it("does not retry a host that does not resolve", async () => {
    const cause = Object.assign(new Error("getaddrinfo ENOTFOUND hub.test"), { code: "ENOTFOUND" });
    const { transport, sleeps } = setup(() => Promise.reject(new TypeError("fetch failed", { cause })));
    const err = await rejection(transport(`${HUB}/x`));
    expect(err.message).toBe("GET https://hub.test/x failed: fetch failed: getaddrinfo ENOTFOUND hub.test");
    expect(err.retryable).toBe(false);
    expect(sleeps).toEqual([]);
  });
});

describe("retries against a loopback server", () => {
  let hub: LoopbackHub | undefined;
  afterEach(async () => {
    await hub?.close();
    hub = undefined;
  });

  it("retries a connection reset before the answer", async () => {
    const file = patternFile("a.bin", 1000);
    hub = await startLoopbackHub({
      repos: [{ id: "org/m", sha: "a".repeat(40), files: [file] }],
      faults: [{ match: /\/resolve\//, kind: "reset", times: 2 }],
    });
    const { transport, stats, sleeps } = setup(globalThis.fetch, { hubOrigin: hub.origin });
    const res = await transport(`${hub.url}/org/m/resolve/main/a.bin`);
    expect(new Uint8Array(await res.arrayBuffer())).toEqual(file.read(0, 1000));
    expect(sleeps).toEqual([75, 150]);
    expect(stats).toEqual({ requests: 3, bytes: 1000, retries: 2 });
    expect(hub.requests.map((r) => r.status)).toEqual([0, 0, 200]);
  });
});

describe("redirects and the token", () => {
  it("sends the token to the Hub origin only, never to the storage host", async () => {
    const { fetch, calls } = fakeFetch((_, n) =>
      n === 0 ? redirect(302, "https://cdn.test/blob?sig=1") : ok(),
    );
    const { transport, stats } = setup(fetch, { token: TOKEN });
    await transport(`${HUB}/org/m/resolve/main/w.bin`);
    expect(calls.map((c) => c.url)).toEqual([
      `${HUB}/org/m/resolve/main/w.bin`,
      "https://cdn.test/blob?sig=1",
    ]);
    expect(calls[0]?.headers.get("authorization")).toBe(`Bearer ${TOKEN}`);
    expect(calls[1]?.headers.get("authorization")).toBeNull();
    expect(calls.every((c) => c.redirect === "manual")).toBe(true);
    expect(stats.requests).toBe(2);
  });

  it("adds no token to requests for other origins", async () => {
    const { fetch, calls } = fakeFetch(() => ok());
    const { transport } = setup(fetch, { token: TOKEN });
    await transport("https://elsewhere.test/x");
    expect(calls[0]?.headers.get("authorization")).toBeNull();
  });

  it("keeps the token on a same-origin redirect and drops a caller's Authorization across origins", async () => {
    const hops = [redirect(307, "/org/renamed/resolve/main/f"), redirect(302, "https://cdn.test/f")];
    const { fetch, calls } = fakeFetch((_, n) => hops[n] ?? ok());
    const { transport } = setup(fetch, { token: TOKEN });
    await transport(`${HUB}/org/old/resolve/main/f`, { headers: { authorization: "Bearer caller" } });
    expect(calls.map((c) => c.headers.get("authorization"))).toEqual([
      `Bearer ${TOKEN}`,
      `Bearer ${TOKEN}`,
      null,
    ]);

    const other = fakeFetch((_, n) => (n === 0 ? redirect(302, "https://cdn.test/f") : ok()));
    await setup(other.fetch).transport("https://api.test/f", { headers: { authorization: "Bearer caller" } });
    expect(other.calls.map((c) => c.headers.get("authorization"))).toEqual(["Bearer caller", null]);
  });

  it("refuses a redirect to plain HTTP off this machine, hiding the signed query", async () => {
    const { fetch, calls } = fakeFetch(() => redirect(302, "http://cdn.example/f?X-Amz-Signature=abc"));
    const { transport, sleeps } = setup(fetch, { token: TOKEN });
    const err = await rejection(transport(`${HUB}/org/m/resolve/main/f`));
    expect(err.message).toBe(
      "GET https://hub.test/org/m/resolve/main/f redirected to http://cdn.example/f?…: refusing a non-HTTPS redirect",
    );
    expect(err.retryable).toBe(false);
    expect(calls).toHaveLength(1);
    expect(sleeps).toEqual([]);
  });

  it("follows a plain-HTTP redirect to loopback", async () => {
    const { fetch, calls } = fakeFetch((_, n) => (n === 0 ? redirect(302, "http://127.0.0.1:9/f") : ok()));
    await setup(fetch).transport(`${HUB}/f`);
    expect(calls[1]?.url).toBe("http://127.0.0.1:9/f");
  });

  it(`stops after ${MAX_REDIRECTS} redirects`, async () => {
    const { fetch, calls } = fakeFetch(() => redirect(302, "/loop"));
    const err = await rejection(setup(fetch).transport(`${HUB}/loop`));
    expect(err.message).toBe(
      `GET https://hub.test/loop: more than ${MAX_REDIRECTS} redirects (MAX_REDIRECTS)`,
    );
    expect(calls).toHaveLength(MAX_REDIRECTS + 1);
  });

  it("never puts the token in an error message", async () => {
    const cause = new Error(`socket hang up while sending Bearer ${TOKEN}`);
    const { transport } = setup(() => Promise.reject(new TypeError("fetch failed", { cause })), {
      token: TOKEN,
      retries: 0,
    });
    const err = await rejection(transport(`${HUB}/x`));
    expect(err.message).toBe(
      "GET https://hub.test/x failed: fetch failed: socket hang up while sending Bearer ***",
    );
  });

  it("refuses to send a token over plain HTTP to another machine", () => {
    expect(() => setup(async () => ok(), { hubOrigin: "http://mirror.test", token: TOKEN })).toThrow(
      ConfigError,
    );
    expect(() => setup(async () => ok(), { hubOrigin: "http://mirror.test", token: TOKEN })).toThrow(
      "refusing to send the Hub token over plain HTTP to http://mirror.test: use an https:// endpoint",
    );
  });

  it("refuses a token that cannot go in a header, without echoing it", () => {
    expect(() => setup(async () => ok(), { token: "hf_abc\n" })).toThrow(
      "the Hub token holds a space, a line break or a non-ASCII character: copy it again without them",
    );
  });

  it("treats an empty token as none", async () => {
    const { fetch, calls } = fakeFetch(() => ok());
    await setup(fetch, { hubOrigin: "http://mirror.test", token: "" }).transport("http://mirror.test/x");
    expect(calls[0]?.headers.has("authorization")).toBe(false);
  });

  it("sends only GET and HEAD", async () => {
    const { transport } = setup(async () => ok());
    await expect(transport(`${HUB}/x`, { method: "POST" })).rejects.toThrow(
      "the transport is read-only: it sends GET and HEAD, not POST",
    );
  });
});
