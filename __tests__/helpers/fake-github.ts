// A loopback fake of the GitHub REST API routes the action uses for its sticky comment: list,
// create and update issue comments. `readOnly` answers writes with 403, as GitHub does for the
// read-only token of a fork pull request. Every request is logged.

import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

export interface FakeComment {
  id: number;
  body: string;
  user: { login: string; type: string };
}

export interface FakeGitHub {
  readonly url: string;
  readonly comments: Map<string, FakeComment[]>;
  /** Repository files served by the contents API, keyed "owner/repo@ref:path". */
  readonly files: Map<string, string>;
  readonly log: string[];
  readOnly: boolean;
  close(): Promise<void>;
}

async function bodyOf(req: IncomingMessage): Promise<Record<string, unknown>> {
  const chunks: Buffer[] = [];
  for await (const c of req) chunks.push(c as Buffer);
  return chunks.length === 0
    ? {}
    : (JSON.parse(Buffer.concat(chunks).toString("utf8")) as Record<string, unknown>);
}

export async function startFakeGitHub(): Promise<FakeGitHub> {
  const comments = new Map<string, FakeComment[]>();
  const files = new Map<string, string>();
  const log: string[] = [];
  let nextId = 1000;
  const state = { readOnly: false };
  const send = (res: ServerResponse, status: number, data: unknown): void => {
    res.writeHead(status, { "content-type": "application/json" });
    res.end(JSON.stringify(data));
  };
  const server = createServer((req, res) => {
    void (async () => {
      const url = new URL(req.url ?? "/", "http://x");
      log.push(`${req.method} ${url.pathname}${url.search}`);
      const list = /^\/repos\/([^/]+)\/([^/]+)\/issues\/(\d+)\/comments$/.exec(url.pathname);
      const edit = /^\/repos\/([^/]+)\/([^/]+)\/issues\/comments\/(\d+)$/.exec(url.pathname);
      const content = /^\/repos\/([^/]+)\/([^/]+)\/contents\/(.+)$/.exec(url.pathname);
      if (content && req.method === "GET") {
        const key = `${content[1]}/${content[2]}@${url.searchParams.get("ref") ?? ""}:${decodeURIComponent(content[3]!)}`;
        const text = files.get(key);
        if (text === undefined) return send(res, 404, { message: "Not Found" });
        return send(res, 200, {
          type: "file",
          encoding: "base64",
          path: decodeURIComponent(content[3]!),
          content: Buffer.from(text, "utf8").toString("base64"),
        });
      }
      if (list && req.method === "GET") {
        const all = comments.get(`${list[1]}/${list[2]}#${list[3]}`) ?? [];
        const per = Number(url.searchParams.get("per_page") ?? 30);
        const page = Number(url.searchParams.get("page") ?? 1);
        return send(res, 200, all.slice((page - 1) * per, page * per));
      }
      if ((list && req.method === "POST") || (edit && req.method === "PATCH")) {
        if (state.readOnly) return send(res, 403, { message: "Resource not accessible by integration" });
        const body = String((await bodyOf(req))["body"] ?? "");
        if (list) {
          const key = `${list[1]}/${list[2]}#${list[3]}`;
          const c: FakeComment = { id: nextId++, body, user: { login: "github-actions[bot]", type: "Bot" } };
          comments.set(key, [...(comments.get(key) ?? []), c]);
          return send(res, 201, c);
        }
        for (const cs of comments.values()) {
          const c = cs.find((x) => x.id === Number(edit![3]));
          if (c) {
            c.body = body;
            return send(res, 200, c);
          }
        }
        return send(res, 404, { message: "Not Found" });
      }
      send(res, 404, { message: "Not Found" });
    })();
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    comments,
    files,
    log,
    get readOnly() {
      return state.readOnly;
    },
    set readOnly(v: boolean) {
      state.readOnly = v;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
