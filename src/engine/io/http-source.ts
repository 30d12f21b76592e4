// A file on an HTTP server read by byte ranges. Servers and CDNs get ranges wrong in quiet ways
// (ignore the header, answer a different span, cut the body short), so every answer is checked
// against exactly what was asked before a byte reaches a parser.

import { MalformedInputError, NetworkError } from "../errors.js";
import { checkSpan, type ByteSource } from "./byte-source.js";
import { discard, readExact } from "./http-body.js";
import type { Transport } from "./http-transport.js";

/** Turns an answer we cannot use (401, 404, …) into the error the caller should see. */
export type HttpErrorMapper = (res: Response, url: string) => Promise<Error> | Error;

export interface HttpRangeSourceOptions {
  /** Shown in errors: "org/repo@sha:path". */
  readonly name: string;
  readonly url: string;
  /** Known before any read (from the Hub's file list); every answer must agree with it. */
  readonly size: number;
  readonly transport: Transport;
  readonly mapError?: HttpErrorMapper;
}

const CONTENT_RANGE = /^bytes (\d+)-(\d+)\/(\d+)$/;

export class HttpRangeSource implements ByteSource {
  readonly name: string;
  readonly size: number;
  readonly url: string;
  private readonly transport: Transport;
  private readonly mapError: HttpErrorMapper;

  constructor(options: HttpRangeSourceOptions) {
    if (!Number.isSafeInteger(options.size) || options.size < 0) {
      throw new RangeError(`${options.name}: invalid size ${options.size}`);
    }
    this.name = options.name;
    this.size = options.size;
    this.url = options.url;
    this.transport = options.transport;
    this.mapError = options.mapError ?? unexpectedStatus;
  }

  async read(offset: number, length: number): Promise<Uint8Array> {
    checkSpan(this, offset, length);
    if (length === 0) return new Uint8Array(0);
    const range = `bytes=${offset}-${offset + length - 1}`;
    return this.transport.retryBody(this.url, async () => {
      const res = await this.transport(this.url, {
        // Identity encoding: a compressed answer would not match the byte range we asked for.
        headers: { range, "accept-encoding": "identity" },
      });
      if (res.status === 206) {
        this.checkContentRange(res, range, offset, length);
        return readExact(res, length, this.url);
      }
      if (res.status === 200 && offset === 0 && length === this.size) return readExact(res, length, this.url);
      await discard(res);
      if (res.status === 200) {
        const msg = `server ignored the Range header (answered 200 to ${range} of ${this.url})`;
        throw new NetworkError({ url: this.url, status: 200, retryable: false }, msg);
      }
      if (res.status === 416) throw this.unsatisfiable(res, range);
      throw await this.mapError(res, this.url);
    });
  }

  /** The whole file in one plain GET, for small files (configs, tokenizers, indexes). */
  async readAll(maxBytes: number): Promise<Uint8Array> {
    if (this.size > maxBytes) {
      const msg = `is ${this.size} bytes, more than the ${maxBytes} bytes allowed for a file read whole`;
      throw new MalformedInputError({ file: this.name }, msg);
    }
    if (this.size === 0) return new Uint8Array(0);
    return this.transport.retryBody(this.url, async () => {
      const res = await this.transport(this.url, { headers: { "accept-encoding": "identity" } });
      if (res.status === 200) return readExact(res, this.size, this.url);
      await discard(res);
      if (res.status === 206) {
        const msg = `${this.url} answered 206 (partial content) to a request for the whole file`;
        throw new NetworkError({ url: this.url, status: 206, retryable: false }, msg);
      }
      throw await this.mapError(res, this.url);
    });
  }

  private checkContentRange(res: Response, range: string, offset: number, length: number): void {
    const value = res.headers.get("content-range");
    const m = value === null ? null : CONTENT_RANGE.exec(value);
    const expected = `bytes ${offset}-${offset + length - 1}/${this.size}`;
    if (m !== null && `bytes ${m[1]}-${m[2]}/${m[3]}` === expected) return;
    void discard(res);
    const got = value === null ? "no Content-Range" : `Content-Range "${value}"`;
    const msg = `${this.url} answered ${range} with ${got}, expected "${expected}"`;
    throw new NetworkError({ url: this.url, status: 206, retryable: false }, msg);
  }

  private unsatisfiable(res: Response, range: string): NetworkError {
    const said = res.headers.get("content-range");
    const theirs = said === null ? "" : ` (server says ${said})`;
    const msg = `${this.url}: range ${range} not satisfiable${theirs}; the file list gives its size as ${this.size} bytes`;
    return new NetworkError({ url: this.url, status: 416, retryable: false }, msg);
  }
}

function unexpectedStatus(res: Response, url: string): NetworkError {
  const retryable = res.status >= 500 || res.status === 429;
  return new NetworkError({ url, status: res.status, retryable }, `GET ${url} answered HTTP ${res.status}`);
}
