// A static file server on 127.0.0.1 for download tests: each path serves bytes, or misbehaves on
// purpose (an HTTP error, a body that stops early, a redirect). Every request is logged.

import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

export type Misbehaviour =
  | { readonly kind: "status"; readonly status: number }
  /** Announces the full length, sends `after` bytes, then drops the connection. */
  | { readonly kind: "truncate"; readonly after: number }
  | { readonly kind: "redirect"; readonly location: string; readonly status?: number };

export interface ServedPath {
  readonly body?: Uint8Array;
  /** Misbehave on the first `times` requests (all of them by default). */
  readonly fault?: Misbehaviour;
  readonly times?: number;
}

export interface LoopbackFiles {
  readonly url: string;
  /** Paths requested, in order. */
  readonly requests: string[];
  /** The Authorization header of each request (undefined when absent), in the same order. */
  readonly authorizations: (string | undefined)[];
  set(path: string, served: ServedPath): void;
  close(): Promise<void>;
}

export async function startLoopbackFiles(files: Record<string, ServedPath> = {}): Promise<LoopbackFiles> {
  const routes = new Map(Object.entries(files));
  const seen = new Map<string, number>();
  const requests: string[] = [];
  const authorizations: (string | undefined)[] = [];
  const handle = (req: IncomingMessage, res: ServerResponse): void => {
    const p = decodeURIComponent(new URL(req.url ?? "/", "http://x").pathname);
    requests.push(p);
    authorizations.push(req.headers.authorization);
    const n = (seen.get(p) ?? 0) + 1;
    seen.set(p, n);
    const route = routes.get(p);
    if (route === undefined) {
      res.writeHead(404, { "content-type": "text/plain" }).end("not found");
      return;
    }
    const body = route.body ?? new Uint8Array(0);
    const fault = route.fault !== undefined && n <= (route.times ?? Infinity) ? route.fault : undefined;
    if (fault?.kind === "status") {
      res.writeHead(fault.status, { "content-type": "text/plain" }).end(`status ${fault.status}`);
    } else if (fault?.kind === "redirect") {
      res.writeHead(fault.status ?? 302, { location: fault.location }).end();
    } else if (fault?.kind === "truncate") {
      res.writeHead(200, { "content-length": String(body.length) });
      // A pause between the bytes and the reset: a reset in the same read could reach the client
      // before the bytes are delivered, and the test asserts how many arrived.
      res.write(body.subarray(0, fault.after), () => setTimeout(() => res.destroy(), 50));
    } else {
      res.writeHead(200, { "content-length": String(body.length) }).end(body);
    }
  };
  const server = createServer(handle);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    authorizations,
    set: (p, served) => {
      routes.set(p, served);
      seen.delete(p);
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((err) => (err ? reject(err) : resolve()));
      }),
  };
}
