// Every HTTP request goes through one transport: library calls (@huggingface/hub) and our range
// reads. It counts requests and bytes, retries transient failures with backoff, follows redirects
// itself so it can refuse plain-HTTP targets and keep the Hub token away from other origins
// (design §12), and keeps the token out of every message it writes.

import { ConfigError, NetworkError } from "../errors.js";
import {
  countedResponse,
  discard,
  IncompleteBodyError,
  RequestTimeout,
  watchdog,
  withUrl,
} from "./http-body.js";
import type { IoStats } from "./stats.js";

export { IncompleteBodyError } from "./http-body.js";

export type FetchLike = (input: string | URL | Request, init?: RequestInit) => Promise<Response>;

/** A fetch-compatible function plus the retry loop for failures found while reading a body. */
export interface Transport extends FetchLike {
  /** Runs `read` again (with the transport's backoff) while it throws IncompleteBodyError. */
  retryBody<T>(url: string, read: () => Promise<T>): Promise<T>;
}

export interface BackoffOptions {
  readonly baseMs: number;
  readonly maxMs: number;
}

export interface TransportOptions {
  readonly fetch?: FetchLike;
  /** The Hub endpoint's origin: the only origin that receives the token. */
  readonly hubOrigin: string;
  readonly token?: string;
  readonly stats: IoStats;
  /** Longest wait for response headers, and longest silence between body chunks. */
  readonly timeoutMs?: number;
  /** Extra attempts after the first one. */
  readonly retries?: number;
  readonly backoff?: BackoffOptions;
  readonly sleep?: (ms: number) => Promise<void>;
  /** Jitter source in [0, 1). */
  readonly random?: () => number;
  /** Clock for Retry-After dates. */
  readonly now?: () => number;
}

/** Hops per request: the Hub → storage is one, a renamed repo adds one; more smells like a loop. */
export const MAX_REDIRECTS = 5;
/** Longest Retry-After we honour: a CI job should rather fail and say so than sleep for minutes. */
export const MAX_RETRY_AFTER_MS = 60_000;
export const DEFAULT_TIMEOUT_MS = 30_000;
export const DEFAULT_RETRIES = 4;
/** 4 retries wait about 0.5 + 1 + 2 + 4 s: long enough for a rate limit window or a deploy. */
export const DEFAULT_BACKOFF: BackoffOptions = { baseMs: 500, maxMs: 16_000 };

const RETRY_STATUSES = new Set([429, 500, 502, 503, 504]);
const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);
/** Failures that another attempt cannot fix (bad host name, bad certificate). */
const PERMANENT_CODES = new Set([
  "ENOTFOUND",
  "ERR_INVALID_URL",
  "CERT_HAS_EXPIRED",
  "ERR_TLS_CERT_ALTNAME_INVALID",
]);

interface OutgoingRequest {
  readonly url: URL;
  readonly method: "GET" | "HEAD";
  readonly headers: Headers;
  readonly signal: AbortSignal | undefined;
}

export function isLoopbackHost(hostname: string): boolean {
  return (
    hostname === "localhost" || hostname === "[::1]" || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(hostname)
  );
}

/** HTTPS, or plain HTTP to this machine (test servers). */
export function isSecureUrl(url: URL): boolean {
  return url.protocol === "https:" || (url.protocol === "http:" && isLoopbackHost(url.hostname));
}

export function createTransport(options: TransportOptions): Transport {
  const hubOrigin = new URL(options.hubOrigin).origin;
  const token = options.token === "" ? undefined : options.token;
  if (token !== undefined) checkToken(token, hubOrigin);
  const cfg = {
    fetch: options.fetch ?? ((input, init) => globalThis.fetch(input, init)),
    hubOrigin,
    token,
    stats: options.stats,
    timeoutMs: options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
    retries: options.retries ?? DEFAULT_RETRIES,
    backoff: options.backoff ?? DEFAULT_BACKOFF,
    sleep: options.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms))),
    random: options.random ?? Math.random,
    now: options.now ?? Date.now,
  };
  const scrub = (text: string): string => (token === undefined ? text : text.split(token).join("***"));
  // Signed storage URLs carry a credential in their query: messages show it only for the Hub.
  const safeUrl = (url: URL): string =>
    url.origin === hubOrigin
      ? `${url.origin}${url.pathname}${url.search}`
      : `${url.origin}${url.pathname}${url.search === "" ? "" : "?…"}`;
  const delay = (attempt: number): number => {
    const cap = Math.min(cfg.backoff.maxMs, cfg.backoff.baseMs * 2 ** (attempt - 1));
    return Math.round(cap / 2 + (cfg.random() * cap) / 2);
  };
  const ctx: Ctx = { ...cfg, scrub, safeUrl, delay };
  const transport: FetchLike = async (input, init) => withRetries(ctx, outgoing(input, init ?? {}));
  return Object.assign(transport, {
    retryBody: <T>(url: string, read: () => Promise<T>) => retryBody(ctx, url, read),
  });
}

/** Refuses a token we would leak (plain HTTP) or that would fail inside a header (stray newline). */
function checkToken(token: string, hubOrigin: string): void {
  if (!isSecureUrl(new URL(hubOrigin))) {
    const msg = `refusing to send the Hub token over plain HTTP to ${hubOrigin}: use an https:// endpoint`;
    throw new ConfigError({}, msg);
  }
  if (!/^[\x21-\x7e]+$/.test(token)) {
    const msg =
      "the Hub token holds a space, a line break or a non-ASCII character: copy it again without them";
    throw new ConfigError({}, msg);
  }
}

type Ctx = Required<Omit<TransportOptions, "token" | "hubOrigin">> & {
  readonly hubOrigin: string;
  readonly token: string | undefined;
  scrub(text: string): string;
  safeUrl(url: URL): string;
  delay(attempt: number): number;
};

function outgoing(input: string | URL | Request, init: RequestInit): OutgoingRequest {
  const base = input instanceof Request ? input : undefined;
  const url = new URL(base ? base.url : input.toString());
  const method = (init.method ?? base?.method ?? "GET").toUpperCase();
  if (method !== "GET" && method !== "HEAD") {
    throw new TypeError(`the transport is read-only: it sends GET and HEAD, not ${method}`);
  }
  const headers = new Headers(base?.headers);
  new Headers(init.headers).forEach((value, key) => headers.set(key, value));
  return { url, method, headers, signal: init.signal ?? base?.signal ?? undefined };
}

async function withRetries(ctx: Ctx, req: OutgoingRequest): Promise<Response> {
  const attempts = ctx.retries + 1;
  const what = `${req.method} ${ctx.safeUrl(req.url)}`;
  for (let attempt = 1; ; attempt++) {
    let res: Response;
    try {
      res = await attemptOnce(ctx, req);
    } catch (err) {
      if (err instanceof NetworkError || req.signal?.aborted === true) throw err;
      const retryable = !PERMANENT_CODES.has(errorCode(err) ?? "");
      if (!retryable || attempt === attempts) {
        const tries = attempt === 1 ? "" : ` after ${attempt} attempts`;
        const msg = ctx.scrub(`${what} failed${tries}: ${describe(err)}`);
        throw new NetworkError({ url: ctx.safeUrl(req.url), retryable, cause: err }, msg);
      }
      ctx.stats.retries += 1;
      await ctx.sleep(ctx.delay(attempt));
      continue;
    }
    if (!RETRY_STATUSES.has(res.status)) return res;
    await discard(res);
    const details = { url: ctx.safeUrl(req.url), status: res.status, retryable: true };
    if (attempt === attempts) {
      const msg = `${what} answered HTTP ${res.status} ${attempts} times (${ctx.retries} retries); giving up`;
      throw new NetworkError(details, msg);
    }
    const asked = retryAfterMs(res.headers.get("retry-after"), ctx.now());
    if (asked !== undefined && asked > MAX_RETRY_AFTER_MS) {
      const msg = `${what} answered HTTP ${res.status} asking to retry after ${Math.ceil(asked / 1000)} s, longer than the ${MAX_RETRY_AFTER_MS / 1000} s we wait: try again later`;
      throw new NetworkError(details, msg);
    }
    ctx.stats.retries += 1;
    await ctx.sleep(asked ?? ctx.delay(attempt));
  }
}

async function attemptOnce(ctx: Ctx, req: OutgoingRequest): Promise<Response> {
  const dog = watchdog(ctx.timeoutMs, req.signal);
  dog.arm();
  try {
    const res = await followRedirects(ctx, req, dog.signal);
    dog.stop();
    return countedResponse(res, dog, (n) => (ctx.stats.bytes += n));
  } catch (err) {
    dog.stop();
    throw err;
  }
}

async function followRedirects(ctx: Ctx, req: OutgoingRequest, signal: AbortSignal): Promise<Response> {
  let url = req.url;
  for (let hop = 0; ; hop++) {
    ctx.stats.requests += 1;
    const res = await ctx.fetch(url.href, {
      method: req.method,
      headers: headersFor(ctx, req, url),
      redirect: "manual",
      signal,
    });
    if (!REDIRECT_STATUSES.has(res.status)) return withUrl(res, url.href);
    const location = res.headers.get("location");
    await discard(res);
    const from = `${req.method} ${ctx.safeUrl(url)}`;
    const details = { url: ctx.safeUrl(url), status: res.status, retryable: false };
    if (location === null) {
      throw new NetworkError(details, `${from} answered ${res.status} without a Location`);
    }
    if (hop === MAX_REDIRECTS) {
      throw new NetworkError(details, `${from}: more than ${MAX_REDIRECTS} redirects (MAX_REDIRECTS)`);
    }
    const next = new URL(location, url);
    if (!isSecureUrl(next)) {
      throw new NetworkError(
        details,
        `${from} redirected to ${ctx.safeUrl(next)}: refusing a non-HTTPS redirect`,
      );
    }
    url = next;
  }
}

/** The caller's credentials stay on the first origin; the token goes to the Hub origin only. */
function headersFor(ctx: Ctx, req: OutgoingRequest, url: URL): Headers {
  const headers = new Headers(req.headers);
  if (url.origin !== req.url.origin) {
    headers.delete("authorization");
    headers.delete("cookie");
  }
  if (ctx.token !== undefined && url.origin === ctx.hubOrigin) {
    headers.set("authorization", `Bearer ${ctx.token}`);
  }
  return headers;
}

async function retryBody<T>(ctx: Ctx, url: string, read: () => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await read();
    } catch (err) {
      if (!(err instanceof IncompleteBodyError)) throw err;
      if (attempt > ctx.retries) {
        const msg = `${err.message}; giving up after ${attempt} attempts`;
        throw new NetworkError({ url, retryable: true, cause: err }, ctx.scrub(msg));
      }
      ctx.stats.retries += 1;
      await ctx.sleep(ctx.delay(attempt));
    }
  }
}

/** Retry-After as milliseconds: delta-seconds or an HTTP date. */
export function retryAfterMs(value: string | null, now: number): number | undefined {
  const v = value?.trim();
  if (v === undefined || v === "") return undefined;
  if (/^\d+$/.test(v)) return Number(v) * 1000;
  const at = Date.parse(v);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}

function errorCode(err: unknown): string | undefined {
  const cause = err instanceof Error ? err.cause : undefined;
  const code = (cause ?? err) as { code?: unknown };
  return typeof code?.code === "string" ? code.code : undefined;
}

function describe(err: unknown): string {
  if (err instanceof RequestTimeout) return err.message;
  if (!(err instanceof Error)) return String(err);
  const cause = err.cause instanceof Error ? err.cause : undefined;
  const code = errorCode(err);
  const text = cause ? `${err.message}: ${cause.message}` : err.message;
  return code === undefined || text.includes(code) ? text : `${text} (${code})`;
}
