// A Hub model pinned to one commit: the revision the user named is resolved to its sha once, the
// file list (sizes, sha256) is read at that sha, and every read goes to a resolve URL at that sha,
// so a branch that moves mid-run cannot mix two versions of a model.

import { HubApiError, listFiles, modelInfo } from "@huggingface/hub";
import {
  AccessDeniedError,
  ConfigError,
  MalformedInputError,
  NetworkError,
  NotFoundError,
  ProvenanceError,
} from "../errors.js";
import type { ByteSource } from "../io/byte-source.js";
import { HttpRangeSource } from "../io/http-source.js";
import { createTransport, type FetchLike, type Transport } from "../io/http-transport.js";
import { newIoStats, type IoStats } from "../io/stats.js";
import type { ModelFile, ModelSource } from "../model/model-source.js";
import { MAX_HUB_FILES, checkedListing, toModelFile } from "./hub-listing.js";
import { isCommitSha, validateRepoId, validateRevision } from "./hub-ref.js";
import type { SnapshotCache } from "./snapshot-cache.js";

export interface HubOpenOptions {
  /** "org/name" */
  readonly repo: string;
  /** Branch, tag or 40-hex commit sha. */
  readonly revision: string;
  /** The Hub endpoint, e.g. "https://huggingface.co" or a mirror. */
  readonly hubUrl: string;
  readonly token?: string;
  readonly fetch?: FetchLike;
  readonly stats?: IoStats;
  readonly timeoutMs?: number;
  readonly retries?: number;
  readonly sleep?: (ms: number) => Promise<void>;
  /** Keeps the file list and small files of commits named by full sha (see snapshot-cache.ts). */
  readonly snapshots?: SnapshotCache;
}

export { MAX_HUB_FILES } from "./hub-listing.js";

/** What a failed Hub request was about, for messages the user can act on. */
interface HubContext {
  readonly repo: string;
  readonly revision: string;
  readonly hubUrl: string;
  readonly tokenGiven: boolean;
  readonly path?: string;
}

/** The one place resolve URLs are built: each path segment encoded, the revision pinned. */
export function resolveUrl(hubUrl: string, repo: string, revision: string, path: string): string {
  const encoded = path.split("/").map(encodeURIComponent).join("/");
  return `${hubUrl}/${repo}/resolve/${encodeURIComponent(revision)}/${encoded}`;
}

export async function openHubModel(options: HubOpenOptions): Promise<ModelSource> {
  validateRepoId(options.repo);
  validateRevision(options.revision);
  const hubUrl = normaliseHubUrl(options.hubUrl);
  const stats = options.stats ?? newIoStats();
  const transport = createTransport({
    hubOrigin: new URL(hubUrl).origin,
    stats,
    ...(options.token === undefined ? {} : { token: options.token }),
    ...(options.fetch === undefined ? {} : { fetch: options.fetch }),
    ...(options.timeoutMs === undefined ? {} : { timeoutMs: options.timeoutMs }),
    ...(options.retries === undefined ? {} : { retries: options.retries }),
    ...(options.sleep === undefined ? {} : { sleep: options.sleep }),
  });
  const base = {
    repo: options.repo,
    hubUrl,
    tokenGiven: options.token !== undefined && options.token !== "",
  };
  const snapshots = options.snapshots;
  const pinned = isCommitSha(options.revision) ? options.revision.toLowerCase() : null;
  const stored = pinned && snapshots ? await snapshots.listing(hubUrl, options.repo, pinned) : null;
  const where = `${options.repo}@${pinned ?? options.revision}`;
  let files: ModelFile[] | null = null;
  if (stored !== null) {
    try {
      files = checkedListing(stored, where);
    } catch {
      files = null; // a damaged entry: ask the Hub again
    }
  }
  const sha =
    pinned !== null && files !== null
      ? pinned
      : await resolveSha(transport, { ...base, revision: options.revision });
  if (files === null) {
    files = await listModelFiles(transport, { ...base, revision: sha });
    if (snapshots) await snapshots.putListing(hubUrl, options.repo, sha, files).catch(() => undefined);
  }
  return new HubModelSource({
    ...base,
    requestedRevision: options.revision,
    sha,
    files,
    stats,
    transport,
    snapshots,
  });
}

function normaliseHubUrl(hubUrl: string): string {
  const protocol = URL.canParse(hubUrl) ? new URL(hubUrl).protocol : undefined;
  if (protocol !== "https:" && protocol !== "http:") {
    const msg = `Hub endpoint "${hubUrl}" is not an http(s) URL: give one like https://huggingface.co`;
    throw new ConfigError({}, msg);
  }
  return hubUrl.replace(/\/+$/, "");
}

async function resolveSha(transport: Transport, c: HubContext): Promise<string> {
  const info = await callHub(c, () =>
    modelInfo({
      name: c.repo,
      revision: c.revision,
      hubUrl: c.hubUrl,
      additionalFields: ["sha"],
      fetch: hubFetch(transport, c),
    }),
  );
  const sha: unknown = info.sha;
  const where = { file: `${c.hubUrl}/api/models/${c.repo}/revision/${c.revision}`, field: "sha" };
  if (typeof sha !== "string" || !isCommitSha(sha)) {
    throw new MalformedInputError(where, `the Hub answered ${JSON.stringify(sha)}, not a 40-hex commit sha`);
  }
  if (isCommitSha(c.revision) && sha.toLowerCase() !== c.revision.toLowerCase()) {
    throw new MalformedInputError(where, `asked for commit ${c.revision}, the Hub answered ${sha}`);
  }
  return sha.toLowerCase();
}

async function listModelFiles(transport: Transport, c: HubContext): Promise<ModelFile[]> {
  const where = `${c.repo}@${c.revision}`;
  const files = new Map<string, ModelFile>();
  let entries = 0;
  await callHub(c, async () => {
    const listing = listFiles({
      repo: { type: "model", name: c.repo },
      revision: c.revision,
      recursive: true,
      hubUrl: c.hubUrl,
      fetch: hubFetch(transport, c),
    });
    for await (const entry of listing) {
      if (++entries > MAX_HUB_FILES) {
        throw new MalformedInputError(
          { file: where },
          `the file list has more than ${MAX_HUB_FILES} entries (MAX_HUB_FILES)`,
        );
      }
      if (entry.type !== "file") continue;
      const file = toModelFile(entry, where);
      if (files.has(file.path)) {
        throw new MalformedInputError({ file: where, field: file.path }, "listed twice");
      }
      files.set(file.path, file);
    }
  });
  return [...files.values()].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

/** The transport, with the Hub's error answers turned into our errors before the library sees them
 * (the library's HubApiError drops the X-Error-Code header that tells them apart). */
function hubFetch(transport: Transport, c: HubContext): FetchLike {
  return async (input, init) => {
    const res = await transport(input, init);
    if (res.status === 401 || res.status === 403 || res.status === 404) {
      await res.body?.cancel().catch(() => undefined);
      throw hubError(res, c);
    }
    return res;
  };
}

/** Runs a library call, turning its HubApiError (other failed answers) into a NetworkError. */
async function callHub<T>(c: HubContext, call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (err) {
    if (err instanceof ProvenanceError || !(err instanceof HubApiError)) throw err;
    const retryable = err.statusCode >= 500 || err.statusCode === 429;
    const msg = `${c.repo}@${c.revision}: the Hub answered HTTP ${err.statusCode}: ${err.message}`;
    const url = shownUrl(err.url, c.hubUrl);
    throw new NetworkError({ url, status: err.statusCode, retryable, cause: err }, msg);
  }
}

/** A storage host's signed URL carries a credential in its query: show it without. */
function shownUrl(url: string, hubUrl: string): string {
  if (!URL.canParse(url) || new URL(url).origin === new URL(hubUrl).origin) return url;
  const u = new URL(url);
  return `${u.origin}${u.pathname}${u.search === "" ? "" : "?…"}`;
}

function hubError(res: Pick<Response, "status" | "url" | "headers">, c: HubContext): NetworkError {
  const at = `${c.repo}@${c.revision}`;
  const code = res.headers.get("x-error-code") ?? undefined;
  const url = shownUrl(res.url, c.hubUrl);
  const details = { url, status: res.status };
  if (code === "GatedRepo") {
    const who = c.tokenGiven
      ? "a token of the account that accepted them"
      : "a token with --token or HF_TOKEN";
    return new AccessDeniedError(
      details,
      `${c.repo} is gated: accept the model's conditions on ${c.hubUrl}/${c.repo} and pass ${who}`,
    );
  }
  if (res.status === 401) {
    const fix = c.tokenGiven
      ? "the token given was refused: pass a token with read access to it"
      : "pass a token with --token or HF_TOKEN (a token with read access)";
    return new AccessDeniedError(details, `${at} is private or gated, or does not exist: ${fix}`);
  }
  if (res.status === 403) {
    return new AccessDeniedError(
      details,
      `${at}: access denied (HTTP 403${code ? ` ${code}` : ""}): pass a token with read access to it`,
    );
  }
  if (res.status !== 404) {
    const retryable = res.status >= 500 || res.status === 429;
    return new NetworkError({ ...details, retryable }, `${at}: ${url} answered HTTP ${res.status}`);
  }
  if (code === "RepoNotFound") {
    return new NotFoundError(
      details,
      `model repository ${c.repo} not found on ${c.hubUrl} (check the id; a private repository also needs a token)`,
    );
  }
  if (code === "RevisionNotFound") {
    return new NotFoundError(
      details,
      `revision "${c.revision}" not found in ${c.repo} (check the branch, tag or commit sha)`,
    );
  }
  if (code === "EntryNotFound" && c.path !== undefined) {
    return new NotFoundError(details, `file "${c.path}" not found in ${at}`);
  }
  return new NotFoundError(
    details,
    `${at}${c.path === undefined ? "" : `:${c.path}`} not found (HTTP 404 from ${url})`,
  );
}

interface HubModelInit {
  readonly repo: string;
  readonly hubUrl: string;
  readonly tokenGiven: boolean;
  readonly requestedRevision: string;
  readonly sha: string;
  readonly files: readonly ModelFile[];
  readonly stats: IoStats;
  readonly transport: Transport;
  readonly snapshots: SnapshotCache | undefined;
}

class HubModelSource implements ModelSource {
  readonly kind = "hub";
  readonly ref: string;
  readonly repo: string;
  readonly endpoint: string;
  readonly requestedRevision: string;
  readonly revision: string;
  readonly files: readonly ModelFile[];
  readonly stats: IoStats;
  private readonly byPath: ReadonlyMap<string, ModelFile>;

  constructor(private readonly init: HubModelInit) {
    this.repo = init.repo;
    this.endpoint = init.hubUrl;
    this.requestedRevision = init.requestedRevision;
    this.revision = init.sha;
    this.ref = `${init.repo}@${init.sha}`;
    this.files = init.files;
    this.stats = init.stats;
    this.byPath = new Map(init.files.map((f) => [f.path, f]));
  }

  file(path: string): ModelFile | undefined {
    return this.byPath.get(path);
  }

  async readFile(path: string, maxBytes: number): Promise<Uint8Array> {
    const { snapshots, hubUrl, repo, sha } = this.init;
    const entry = this.byPath.get(path);
    if (snapshots && entry && entry.size <= maxBytes) {
      const stored = await snapshots.file(hubUrl, repo, sha, entry);
      if (stored) return stored;
    }
    const bytes = await this.source(path).readAll(maxBytes);
    if (snapshots && entry) await snapshots.putFile(hubUrl, repo, sha, entry, bytes).catch(() => undefined);
    return bytes;
  }

  open(path: string): ByteSource {
    return this.source(path);
  }

  close(): Promise<void> {
    return Promise.resolve();
  }

  private source(path: string): HttpRangeSource {
    const { repo, hubUrl, sha, transport, tokenGiven } = this.init;
    const url = resolveUrl(hubUrl, repo, sha, path);
    const entry = this.byPath.get(path);
    if (entry === undefined) throw new NotFoundError({ url }, `file "${path}" not found in ${this.ref}`);
    const c: HubContext = { repo, revision: sha, hubUrl, tokenGiven, path };
    const mapError = (res: Response): NetworkError => hubError(res, c);
    return new HttpRangeSource({ name: `${this.ref}:${path}`, url, size: entry.size, transport, mapError });
  }
}
