// The Hub routes @huggingface/hub and our reader use, answered the way huggingface.co answers
// them: model info, the tree listing (paginated by Link header), resolve with ranges, the Hub's
// X-Error-Code headers, private and gated repos, and an optional redirect to a storage origin.

import { createHash } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";
import {
  sendBody,
  sendJson,
  serveFile,
  type RequestLogEntry,
  type ServeOptions,
} from "./loopback-hub-body.js";
import type { FaultRule } from "./loopback-hub-faults.js";
import type { ServedFile, ServedRepo } from "./served-repo.js";

export interface HubState {
  readonly repos: ReadonlyMap<string, ServedRepo>;
  readonly tokens: ReadonlySet<string>;
  readonly pageSize: number | undefined;
  readonly hashes: Map<ServedFile, string>;
  origin: string;
  storageOrigin: string | undefined;
}

/** Hashing a file for the listing reads it whole; above this a test must give ServedFile.sha256. */
export const HASH_LIMIT_BYTES = 64 * 1024 * 1024;
const WEIGHT_FILE = /\.(safetensors|bin|gguf|pt|pth|ckpt|h5|onnx|msgpack)$/;
const LFS_MIN_BYTES = 10 * 1024 * 1024;

export function isLfs(file: ServedFile): boolean {
  return file.lfs ?? (file.size >= LFS_MIN_BYTES || WEIGHT_FILE.test(file.path));
}

export function sha256Of(state: HubState, file: ServedFile): string {
  if (file.sha256 !== undefined) return file.sha256;
  const known = state.hashes.get(file);
  if (known !== undefined) return known;
  if (file.size > HASH_LIMIT_BYTES) throw new Error(`${file.path}: ${file.size} bytes and no sha256 given`);
  const hash = createHash("sha256");
  for (let off = 0; off < file.size; off += 1 << 20)
    hash.update(file.read(off, Math.min(1 << 20, file.size - off)));
  const hex = hash.digest("hex");
  state.hashes.set(file, hex);
  return hex;
}

interface Ctx {
  readonly state: HubState;
  readonly req: IncomingMessage;
  readonly res: ServerResponse;
  readonly url: URL;
  readonly opts: ServeOptions;
}

export async function routeHub(
  state: HubState,
  req: IncomingMessage,
  res: ServerResponse,
  fault: FaultRule | undefined,
  entry: RequestLogEntry,
): Promise<void> {
  const url = new URL(req.url ?? "/", state.origin);
  const seg = url.pathname.split("/").slice(1).map(decodeURIComponent);
  const ctx: Ctx = { state, req, res, url, opts: { headers: {}, fault, entry } };
  if (seg[0] === "api" && seg[1] === "models" && seg[4] === "revision" && seg.length === 6) {
    return withRepo(ctx, `${seg[2]}/${seg[3]}`, seg[5] ?? "", (repo, sha) =>
      sendJson(res, 200, modelInfoJson(repo, sha), ctx.opts),
    );
  }
  if (seg[0] === "api" && seg[1] === "models" && seg[4] === "tree" && seg.length >= 6) {
    return withRepo(ctx, `${seg[2]}/${seg[3]}`, seg[5] ?? "", (repo, sha) =>
      sendTree(ctx, repo, sha, seg.slice(6).join("/")),
    );
  }
  if (seg[2] === "resolve" && seg.length >= 5) {
    return withRepo(ctx, `${seg[0]}/${seg[1]}`, seg[3] ?? "", (repo, sha) =>
      resolve(ctx, repo, sha, seg.slice(4).join("/")),
    );
  }
  return hubError(ctx, 404, undefined, "Not Found");
}

/** Storage serves signed URLs: no Authorization needed, ranges like the Hub. */
export async function routeStorage(
  state: HubState,
  req: IncomingMessage,
  res: ServerResponse,
  fault: FaultRule | undefined,
  entry: RequestLogEntry,
): Promise<void> {
  const url = new URL(req.url ?? "/", state.storageOrigin);
  const seg = url.pathname.split("/").slice(1).map(decodeURIComponent);
  const ctx: Ctx = { state, req, res, url, opts: { headers: {}, fault, entry } };
  const repo = state.repos.get(`${seg[1]}/${seg[2]}`);
  const file = repo?.files.find((f) => f.path === seg.slice(4).join("/"));
  if (seg[0] !== "storage" || file === undefined || !url.searchParams.has("X-Amz-Signature")) {
    return hubError(ctx, 403, undefined, "AccessDenied");
  }
  return serveFile(req, res, file, ctx.opts);
}

/** Finds the repo, checks access, resolves the revision, then calls `then`. */
async function withRepo(
  ctx: Ctx,
  repoId: string,
  revision: string,
  then: (repo: ServedRepo, sha: string) => Promise<void>,
): Promise<void> {
  const repo = ctx.state.repos.get(repoId);
  if (repo === undefined) return hubError(ctx, 404, "RepoNotFound", "Repository not found");
  const auth = ctx.req.headers.authorization;
  const authorised = auth !== undefined && auth.startsWith("Bearer ") && ctx.state.tokens.has(auth.slice(7));
  if (repo.private === true && !authorised)
    return hubError(ctx, 401, "RepoNotFound", "Invalid credentials in Authorization header");
  if (repo.gated === true && !authorised) {
    return hubError(
      ctx,
      403,
      "GatedRepo",
      `Access to model ${repo.id} is restricted. You must have access to it and be authenticated to access it.`,
    );
  }
  const sha = resolveRevision(repo, revision);
  if (sha === undefined) return hubError(ctx, 404, "RevisionNotFound", `Invalid rev id: ${revision}`);
  return then(repo, sha);
}

function resolveRevision(repo: ServedRepo, revision: string): string | undefined {
  const refs: Record<string, string> = { main: repo.sha, HEAD: repo.sha, ...repo.refs };
  const fromRef = Object.hasOwn(refs, revision) ? refs[revision] : undefined;
  if (fromRef !== undefined) return fromRef;
  return revision === repo.sha || Object.values(refs).includes(revision) ? revision : undefined;
}

function hubError(ctx: Ctx, status: number, code: string | undefined, message: string): Promise<void> {
  const headers: Record<string, string> = { "x-error-message": message };
  if (code !== undefined) headers["x-error-code"] = code;
  return sendJson(ctx.res, status, { error: message }, { ...ctx.opts, headers }, ctx.req.method === "HEAD");
}

function modelInfoJson(repo: ServedRepo, sha: string): Record<string, unknown> {
  return {
    _id: createHash("sha1").update(repo.id).digest("hex").slice(0, 24),
    id: repo.id,
    modelId: repo.id,
    sha,
    private: repo.private === true,
    gated: repo.gated === true ? "manual" : false,
    disabled: false,
    downloads: 0,
    likes: 0,
    lastModified: "2024-01-01T00:00:00.000Z",
    pipeline_tag: "text-generation",
  };
}

/** Git-style entries: files and the folders they imply, "recursive" or one level of `prefix`. */
function treeEntries(
  state: HubState,
  repo: ServedRepo,
  sha: string,
  prefix: string,
  recursive: boolean,
): Record<string, unknown>[] {
  const folders = new Set<string>();
  for (const f of repo.files) {
    const parts = f.path.split("/");
    for (let i = 1; i < parts.length; i++) folders.add(parts.slice(0, i).join("/"));
  }
  const under = (p: string): boolean => prefix === "" || p.startsWith(`${prefix}/`);
  const depth = (p: string): number => p.split("/").length - (prefix === "" ? 0 : prefix.split("/").length);
  const wanted = (p: string): boolean => under(p) && (recursive || depth(p) === 1);
  const oid = (p: string): string => createHash("sha1").update(`${sha}:${p}`).digest("hex");
  const entries: Record<string, unknown>[] = [...folders]
    .filter(wanted)
    .map((p) => ({ type: "directory", oid: oid(p), size: 0, path: p }));
  for (const f of repo.files.filter((file) => wanted(file.path))) {
    const lfs = isLfs(f) ? { lfs: { oid: sha256Of(state, f), size: f.size, pointerSize: 134 } } : {};
    entries.push({ type: "file", oid: oid(f.path), size: f.size, path: f.path, ...lfs });
  }
  return entries.sort((a, b) => (String(a.path) < String(b.path) ? -1 : 1));
}

async function sendTree(ctx: Ctx, repo: ServedRepo, sha: string, prefix: string): Promise<void> {
  const { url, state } = ctx;
  const recursive = url.searchParams.get("recursive") === "true";
  const all = treeEntries(state, repo, sha, prefix, recursive);
  const cursor = Number(url.searchParams.get("cursor") ?? "0");
  const size = state.pageSize ?? all.length;
  const page = all.slice(cursor, cursor + size);
  const headers: Record<string, string> = {};
  if (cursor + size < all.length) {
    const next = new URL(url.pathname, state.origin);
    next.searchParams.set("recursive", String(recursive));
    next.searchParams.set("expand", url.searchParams.get("expand") ?? "false");
    next.searchParams.set("cursor", String(cursor + size));
    headers.link = `<${next.href}>; rel="next"`;
  }
  return sendJson(ctx.res, 200, page, { ...ctx.opts, headers });
}

async function resolve(ctx: Ctx, repo: ServedRepo, sha: string, path: string): Promise<void> {
  const { req, res, state } = ctx;
  const file = repo.files.find((f) => f.path === path);
  if (file === undefined) return hubError(ctx, 404, "EntryNotFound", `${path} does not exist on "${sha}"`);
  const etag = `"${file.sha256 ?? state.hashes.get(file) ?? createHash("sha1").update(`${sha}:${path}`).digest("hex")}"`;
  const headers = { etag, "x-repo-commit": sha };
  if (isLfs(file) && state.storageOrigin !== undefined) {
    const target = new URL(
      `/storage/${repo.id}/${sha}/${path.split("/").map(encodeURIComponent).join("/")}`,
      state.storageOrigin,
    );
    target.searchParams.set("X-Amz-Signature", "loopback-signature");
    const redirect = {
      ...headers,
      location: target.href,
      "x-linked-size": String(file.size),
      "x-linked-etag": etag,
    };
    const empty = { size: 0, read: () => new Uint8Array(0) };
    return sendBody(
      res,
      { status: 302, headers: redirect, body: empty, start: 0, end: 0, head: req.method === "HEAD" },
      ctx.opts,
    );
  }
  return serveFile(req, res, file, { ...ctx.opts, headers });
}
