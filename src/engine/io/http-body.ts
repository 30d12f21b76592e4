// Response bodies: counted as the caller reads them, guarded against a server that goes silent,
// and read to an exact length. A body that ends early is retryable (IncompleteBodyError); one that
// runs long is a protocol violation.

import { NetworkError } from "../errors.js";

/** A body ended early or broke mid-way: re-requesting the same bytes may succeed. */
export class IncompleteBodyError extends NetworkError {
  constructor(url: string, message: string, cause?: unknown) {
    super({ url, retryable: true, cause }, message);
    this.name = "IncompleteBodyError";
  }
}

/** The abort reason when a server goes silent; its message is what the user sees. */
export class RequestTimeout extends Error {
  constructor(ms: number) {
    super(`no response within ${ms} ms`);
    this.name = "RequestTimeout";
  }
}

/** Aborts an attempt when the server is silent for `ms`: while we wait for headers, and while we
 * wait for each body chunk (never while the caller takes its time between chunks). */
export interface Watchdog {
  readonly signal: AbortSignal;
  arm(): void;
  stop(): void;
}

export function watchdog(ms: number, callerSignal: AbortSignal | undefined): Watchdog {
  const abort = new AbortController();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const stop = (): void => clearTimeout(timer);
  return {
    signal: callerSignal ? AbortSignal.any([callerSignal, abort.signal]) : abort.signal,
    stop,
    arm() {
      stop();
      timer = setTimeout(() => abort.abort(new RequestTimeout(ms)), ms);
      // An abandoned body must not keep a finished command alive for the whole timeout.
      timer.unref();
    },
  };
}

/** Re-wraps the body so the bytes the caller reads are counted and a stalled body times out. */
export function countedResponse(res: Response, dog: Watchdog, onBytes: (n: number) => void): Response {
  if (res.body === null) return res;
  const reader = res.body.getReader();
  let finished = false;
  const finish = (): void => {
    finished = true;
    dog.stop();
  };
  const body = new ReadableStream<Uint8Array>(
    {
      start(controller) {
        const onAbort = (): void => {
          if (finished) return;
          finish();
          controller.error(dog.signal.reason);
          reader.cancel(dog.signal.reason).catch(() => undefined);
        };
        dog.signal.addEventListener("abort", onAbort, { once: true });
      },
      async pull(controller) {
        dog.arm();
        let chunk: Awaited<ReturnType<typeof reader.read>>;
        try {
          chunk = await reader.read();
        } catch (err) {
          if (!finished) controller.error(err);
          finish();
          return;
        }
        dog.stop();
        if (finished) return;
        if (chunk.done) {
          finish();
          controller.close();
          return;
        }
        onBytes(chunk.value.byteLength);
        controller.enqueue(chunk.value);
      },
      cancel(reason) {
        finish();
        return reader.cancel(reason);
      },
    },
    // Pull only when the caller reads: bytes are counted as consumed, never read ahead.
    { highWaterMark: 0 },
  );
  const out = new Response(body, { status: res.status, statusText: res.statusText, headers: res.headers });
  return withUrl(out, res.url);
}

/** Response.url is read-only and empty on constructed responses; callers (and the Hub library's
 * errors) need the URL that answered. */
export function withUrl(res: Response, url: string): Response {
  if (res.url !== url) Object.defineProperty(res, "url", { value: url });
  return res;
}

export async function discard(res: Response): Promise<void> {
  await res.body?.cancel().catch(() => undefined);
}

/** Reads a body that must hold exactly `expected` bytes: fewer is retryable, more is not. */
export async function readExact(res: Response, expected: number, url: string): Promise<Uint8Array> {
  if (res.body === null) {
    throw new IncompleteBodyError(url, `${url}: answer has no body, expected ${expected} bytes`);
  }
  const out = new Uint8Array(expected);
  const reader = res.body.getReader();
  let got = 0;
  for (;;) {
    let chunk: Awaited<ReturnType<typeof reader.read>>;
    try {
      chunk = await reader.read();
    } catch (err) {
      const msg = `${url}: body broke off after ${got} of ${expected} bytes`;
      throw new IncompleteBodyError(url, msg, err);
    }
    if (chunk.done) break;
    if (got + chunk.value.byteLength > expected) {
      await reader.cancel().catch(() => undefined);
      const msg = `${url}: body is longer than the ${expected} bytes asked for`;
      throw new NetworkError({ url, status: res.status, retryable: false }, msg);
    }
    out.set(chunk.value, got);
    got += chunk.value.byteLength;
  }
  if (got < expected) {
    throw new IncompleteBodyError(url, `${url}: body ended after ${got} of ${expected} bytes`);
  }
  return out;
}
