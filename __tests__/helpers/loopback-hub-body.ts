// Answer bodies for the loopback Hub: real single-range semantics (206, 416, 200 without Range),
// streamed in chunks with backpressure so multi-gigabyte virtual files never sit in memory, and
// the body-level faults (cut short, reset mid-body, wrong Content-Range, Range ignored).

import type { IncomingMessage, ServerResponse } from "node:http";
import type { FaultRule } from "./loopback-hub-faults.js";

export interface RequestLogEntry {
  readonly server: "hub" | "storage";
  readonly method: string;
  /** Path and query as sent. */
  readonly path: string;
  readonly range: string | undefined;
  readonly authorization: string | undefined;
  /** 0 until headers are sent (and for connections reset before them). */
  status: number;
  /** Body bytes written. */
  bytes: number;
}

export interface BodySource {
  readonly size: number;
  read(offset: number, length: number): Uint8Array;
}

/** Bytes per write: small enough to stream, large enough to be quick. */
const CHUNK_BYTES = 64 * 1024;

export type ParsedRange = { readonly start: number; readonly end: number } | "unsatisfiable" | undefined;

/** One range "bytes=a-b", "bytes=a-" or "bytes=-n"; end is exclusive. Invalid → undefined (ignored). */
export function parseRange(header: string | undefined, size: number): ParsedRange {
  const m = header === undefined ? null : /^bytes=(\d*)-(\d*)$/.exec(header.trim());
  if (m === null) return undefined;
  const [, a = "", b = ""] = m;
  if (a === "" && b === "") return undefined;
  if (a === "") {
    const n = Number(b);
    return n === 0 || size === 0 ? "unsatisfiable" : { start: Math.max(0, size - n), end: size };
  }
  const start = Number(a);
  if (b !== "" && Number(b) < start) return undefined;
  if (start >= size) return "unsatisfiable";
  return { start, end: b === "" ? size : Math.min(Number(b), size - 1) + 1 };
}

export interface ServeOptions {
  readonly headers: Record<string, string>;
  readonly fault: FaultRule | undefined;
  readonly entry: RequestLogEntry;
}

/** GET or HEAD of a file with Range semantics. */
export async function serveFile(
  req: IncomingMessage,
  res: ServerResponse,
  file: BodySource,
  options: ServeOptions,
): Promise<void> {
  const { fault, entry } = options;
  const headers = {
    ...options.headers,
    "accept-ranges": "bytes",
    "content-type": "application/octet-stream",
  };
  const range = parseRange(fault?.kind === "ignore-range" ? undefined : req.headers.range, file.size);
  if (range === "unsatisfiable") {
    res.writeHead(416, { ...headers, "content-range": `bytes */${file.size}`, "content-length": "0" });
    entry.status = 416;
    res.end();
    return;
  }
  const head = req.method === "HEAD";
  if (range === undefined)
    return sendBody(res, { status: 200, headers, body: file, start: 0, end: file.size, head }, options);
  const shift = fault?.kind === "wrong-content-range" ? 1 : 0;
  const contentRange = `bytes ${range.start + shift}-${range.end - 1 + shift}/${file.size}`;
  const answer = {
    status: 206,
    headers: { ...headers, "content-range": contentRange },
    body: file,
    head,
    ...range,
  };
  return sendBody(res, answer, options);
}

export interface Answer {
  readonly status: number;
  readonly headers: Record<string, string>;
  readonly body: BodySource;
  readonly start: number;
  /** Exclusive. */
  readonly end: number;
  readonly head: boolean;
}

/** Writes [start, end) of the body, applying "short" and "reset" faults that carry afterBytes. */
export async function sendBody(res: ServerResponse, answer: Answer, options: ServeOptions): Promise<void> {
  const { fault, entry } = options;
  res.writeHead(answer.status, { ...answer.headers, "content-length": String(answer.end - answer.start) });
  entry.status = answer.status;
  if (answer.head) {
    res.end();
    return;
  }
  const cuts = fault?.kind === "short" || (fault?.kind === "reset" && fault.afterBytes !== undefined);
  const total = answer.end - answer.start;
  const stop = answer.start + (cuts ? Math.min(total, fault.afterBytes ?? Math.floor(total / 2)) : total);
  for (let off = answer.start; off < stop && !res.destroyed;) {
    const n = Math.min(CHUNK_BYTES, stop - off);
    const chunk = answer.body.read(off, n);
    entry.bytes += n;
    off += n;
    if (!res.write(chunk)) await drained(res);
  }
  if (!cuts) {
    res.end();
    return;
  }
  // Let the bytes reach the client before the connection goes, so the cut lands mid-body.
  await new Promise<void>((resolve) => res.write(new Uint8Array(0), () => resolve()));
  await new Promise((resolve) => setTimeout(resolve, 20));
  if (fault?.kind === "reset") res.socket?.resetAndDestroy();
  else res.socket?.end();
}

/** A JSON answer (API routes). */
export function sendJson(
  res: ServerResponse,
  status: number,
  value: unknown,
  options: ServeOptions,
  head = false,
): Promise<void> {
  const bytes = new TextEncoder().encode(JSON.stringify(value));
  const body: BodySource = { size: bytes.byteLength, read: (o, n) => bytes.subarray(o, o + n) };
  const headers = { ...options.headers, "content-type": "application/json; charset=utf-8" };
  return sendBody(res, { status, headers, body, start: 0, end: bytes.byteLength, head }, options);
}

function drained(res: ServerResponse): Promise<void> {
  return new Promise((resolve) => {
    const done = (): void => {
      res.off("drain", done);
      res.off("close", done);
      resolve();
    };
    res.once("drain", done);
    res.once("close", done);
  });
}
