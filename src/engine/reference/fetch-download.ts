// Downloads for `db fetch`: a large archive streamed to a file while its SHA-256 and size are
// counted (never whole in memory), and small pinned files read to their exact size. Both go through
// the project's transport (retries, Retry-After, HTTPS-only redirects), and a body that breaks off
// is downloaded again from the start.

import { createHash } from "node:crypto";
import { open } from "node:fs/promises";
import { AccessDeniedError, ConfigError, NetworkError, NotFoundError } from "../errors.js";
import { readExact } from "../io/http-body.js";
import { IncompleteBodyError, isSecureUrl, type Transport } from "../io/http-transport.js";

export interface Downloaded {
  readonly bytes: number;
  readonly sha256: string;
}

/** Refuses a URL we would download over plain HTTP (loopback test servers aside). */
export function checkDownloadUrl(url: string, flag: string): URL {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new ConfigError({}, `${flag} "${url}" is not a URL: give an https:// URL`);
  }
  if (!isSecureUrl(parsed))
    throw new ConfigError(
      {},
      `${flag} "${url}" is not HTTPS: downloads are refused over plain HTTP (loopback test servers aside); give an https:// URL`,
    );
  return parsed;
}

/** A 200 answer, or the typed error for the status. */
async function get(transport: Transport, url: string, what: string): Promise<Response> {
  const res = await transport(url, { headers: { "user-agent": "provenance-gate" } });
  if (res.status === 200) return res;
  await res.body?.cancel().catch(() => undefined);
  const details = { url, status: res.status };
  if (res.status === 404)
    throw new NotFoundError(details, `${what}: ${url} answered 404; check the URL (or its override flag)`);
  if (res.status === 401 || res.status === 403)
    throw new AccessDeniedError(
      details,
      `${what}: ${url} answered ${res.status}; the file must be public (no token is sent)`,
    );
  throw new NetworkError(
    { ...details, retryable: false },
    `${what}: ${url} answered HTTP ${res.status}; expected 200`,
  );
}

export interface ArchiveDownload {
  readonly url: string;
  readonly file: string;
  /** Refuse (and stop reading) past this many bytes. */
  readonly maxBytes: number;
  readonly maxBytesName: string;
  readonly onBytes?: (bytes: number, total: number | undefined) => void;
}

/** Streams the body of `url` into `file` (created or truncated), counting bytes and SHA-256. */
export async function downloadToFile(transport: Transport, d: ArchiveDownload): Promise<Downloaded> {
  return transport.retryBody(d.url, async () => {
    const res = await get(transport, d.url, "deep-signal archive");
    // A Content-Length counts encoded bytes; fetch hands us decoded ones.
    const length = res.headers.get("content-length");
    const encoding = res.headers.get("content-encoding") ?? "identity";
    const total =
      length !== null && /^\d+$/.test(length) && encoding === "identity" ? Number(length) : undefined;
    const tooBig = (n: number) =>
      new NetworkError(
        { url: d.url, status: 200, retryable: false },
        `deep-signal archive: ${d.url} is ${n} bytes or more, over ${d.maxBytes} (${d.maxBytesName}); check --deep-signals-url`,
      );
    if (total !== undefined && total > d.maxBytes) {
      await res.body?.cancel().catch(() => undefined);
      throw tooBig(total);
    }
    const hash = createHash("sha256");
    const fh = await open(d.file, "w");
    let got = 0;
    try {
      if (res.body === null) throw new IncompleteBodyError(d.url, `${d.url}: answer has no body`);
      const reader = res.body.getReader();
      for (;;) {
        let chunk: Awaited<ReturnType<typeof reader.read>>;
        try {
          chunk = await reader.read();
        } catch (err) {
          throw new IncompleteBodyError(d.url, `${d.url}: download broke off after ${got} bytes`, err);
        }
        if (chunk.done) break;
        got += chunk.value.byteLength;
        if (got > d.maxBytes || (total !== undefined && got > total)) {
          await reader.cancel().catch(() => undefined);
          throw got > d.maxBytes
            ? tooBig(got)
            : new NetworkError(
                { url: d.url, status: 200, retryable: false },
                `${d.url}: body is longer than its Content-Length ${total}`,
              );
        }
        hash.update(chunk.value);
        await fh.write(chunk.value);
        d.onBytes?.(got, total);
      }
    } finally {
      await fh.close();
    }
    if (total !== undefined && got < total)
      throw new IncompleteBodyError(d.url, `${d.url}: download ended after ${got} of ${total} bytes`);
    return { bytes: got, sha256: hash.digest("hex") };
  });
}

/** A pinned file read to its exact size; its SHA-256 is checked by the caller. */
export async function downloadExact(transport: Transport, url: string, size: number): Promise<Uint8Array> {
  return transport.retryBody(url, async () => {
    const res = await get(transport, url, "database file");
    return readExact(res, size, url);
  });
}

export function sha256Hex(bytes: Uint8Array): string {
  return createHash("sha256").update(bytes).digest("hex");
}
