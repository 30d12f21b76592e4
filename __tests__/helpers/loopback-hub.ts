// A Hugging Face Hub on 127.0.0.1 for hermetic tests: the API and resolve routes the engine uses,
// private and gated repos, real Range semantics, an optional second origin ("storage") that
// resolve redirects LFS files to, a log of every request, and fault injection.

import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import type { RequestLogEntry } from "./loopback-hub-body.js";
import { applyEarlyFault, FaultBook, type FaultRule } from "./loopback-hub-faults.js";
import { HASH_LIMIT_BYTES, isLfs, routeHub, routeStorage, type HubState } from "./loopback-hub-routes.js";
import type { ServedFile, ServedRepo } from "./served-repo.js";

export type { RequestLogEntry } from "./loopback-hub-body.js";
export type { FaultKind, FaultRequest, FaultRule } from "./loopback-hub-faults.js";

export interface LoopbackHubOptions {
  readonly repos: readonly ServedRepo[];
  /** Bearer tokens that open private and gated repos. */
  readonly tokens?: readonly string[];
  /** Tree listing entries per page; unset lists everything in one page. */
  readonly pageSize?: number;
  readonly faults?: readonly FaultRule[];
  /** Redirect resolve of LFS files to a second loopback origin, as the Hub redirects to its CDN. */
  readonly storage?: boolean;
}

export interface LoopbackHub {
  /** The Hub endpoint, "http://127.0.0.1:<port>". */
  readonly url: string;
  readonly origin: string;
  /** The storage origin, when `storage` was set. */
  readonly storageOrigin: string | undefined;
  /** Every request to either server, in arrival order; entries fill in as answers are sent. */
  readonly requests: RequestLogEntry[];
  setFaults(rules: readonly FaultRule[]): void;
  close(): Promise<void>;
}

export async function startLoopbackHub(options: LoopbackHubOptions): Promise<LoopbackHub> {
  checkHashable(options.repos);
  const state: HubState = {
    repos: new Map(options.repos.map((r) => [r.id, r])),
    tokens: new Set(options.tokens ?? []),
    pageSize: options.pageSize,
    hashes: new Map(),
    origin: "",
    storageOrigin: undefined,
  };
  const requests: RequestLogEntry[] = [];
  const faults = new FaultBook(options.faults);
  const handler = (server: "hub" | "storage") => (req: IncomingMessage, res: ServerResponse) => {
    const entry: RequestLogEntry = {
      server,
      method: req.method ?? "GET",
      path: req.url ?? "/",
      range: req.headers.range,
      authorization: req.headers.authorization,
      status: 0,
      bytes: 0,
    };
    requests.push(entry);
    const fault = faults.take({ server, method: entry.method, path: entry.path, range: entry.range });
    if (fault !== undefined && applyEarlyFault(fault, req, res, entry)) return;
    const route = server === "hub" ? routeHub : routeStorage;
    route(state, req, res, fault, entry).catch((err: unknown) => {
      if (res.headersSent) res.destroy();
      else res.writeHead(500, { "content-type": "text/plain" }).end(String(err));
    });
  };
  const hub = await listen(createServer(handler("hub")));
  state.origin = hub.origin;
  const storage = options.storage === true ? await listen(createServer(handler("storage"))) : undefined;
  state.storageOrigin = storage?.origin;
  return {
    url: hub.origin,
    origin: hub.origin,
    storageOrigin: storage?.origin,
    requests,
    setFaults: (rules) => faults.set(rules),
    close: async () => {
      await hub.close();
      await storage?.close();
    },
  };
}

/** LFS files need a sha256 for the listing; virtual giants must bring their own. */
function checkHashable(repos: readonly ServedRepo[]): void {
  for (const repo of repos) {
    for (const f of repo.files) {
      if (isLfs(f) && f.sha256 === undefined && f.size > HASH_LIMIT_BYTES) {
        throw new Error(
          `loopback hub: ${repo.id}:${f.path} is ${f.size} bytes; give it a sha256 (too big to hash)`,
        );
      }
    }
  }
}

async function listen(server: Server): Promise<{ origin: string; close: () => Promise<void> }> {
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((err) => (err ? reject(err) : resolve()));
      }),
  };
}

/** Byte `offset` of every pattern file: varies with both low and high bits, so a shifted or
 * misplaced span never matches by accident. */
export function patternByte(offset: number): number {
  return (offset * 7 + Math.floor(offset / 256) * 13 + Math.floor(offset / 65536)) & 0xff;
}

/** A virtual file of any size whose bytes are generated from the offset, never stored. */
export function patternFile(
  path: string,
  size: number,
  extra: { lfs?: boolean; sha256?: string } = {},
): ServedFile {
  return {
    path,
    size,
    ...extra,
    read(offset: number, length: number): Uint8Array {
      const out = new Uint8Array(length);
      for (let i = 0; i < length; i++) out[i] = patternByte(offset + i);
      return out;
    },
  };
}
