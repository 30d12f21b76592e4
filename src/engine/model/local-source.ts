// A model in a local folder. Files are listed once, recursively; links that leave the folder
// are refused, since a manifest under review could point a link at any file on the runner.

import { lstat, readdir, realpath, stat } from "node:fs/promises";
import path from "node:path";
import { ConfigError, MalformedInputError } from "../errors.js";
import { FileSource } from "../io/file-source.js";
import { newIoStats } from "../io/stats.js";
import type { ModelFile, ModelSource } from "./model-source.js";

/** A model folder with more files than this is not a model folder (a home directory, say). */
export const MAX_LOCAL_FILES = 10_000;
/** Folders are walked this deep at most; HF snapshots nest a few levels (e.g. onnx/, original/). */
export const MAX_LOCAL_DEPTH = 8;
const SKIPPED_DIRS = new Set([".git", ".cache", "node_modules"]);

export async function openLocalModel(folder: string): Promise<ModelSource> {
  const root = path.resolve(folder);
  const st = await stat(root).catch(() => undefined);
  if (!st?.isDirectory()) {
    throw new ConfigError(
      {},
      `model folder ${root} does not exist or is not a folder: give a folder that holds config.json and the weights`,
    );
  }
  const realRoot = await realpath(root);
  const files = await listFiles(realRoot);
  return new LocalSource(root, files);
}

async function listFiles(root: string): Promise<ModelFile[]> {
  const out: ModelFile[] = [];
  const walk = async (dir: string, depth: number): Promise<void> => {
    for (const entry of await readdir(dir, { withFileTypes: true })) {
      const abs = path.join(dir, entry.name);
      const rel = path.relative(root, abs).split(path.sep).join("/");
      if (entry.isDirectory()) {
        if (!SKIPPED_DIRS.has(entry.name) && depth < MAX_LOCAL_DEPTH) await walk(abs, depth + 1);
        continue;
      }
      let size: number;
      if (entry.isSymbolicLink()) {
        const target = await realpath(abs).catch(() => undefined);
        if (!target || !linkAllowed(root, target)) {
          throw new MalformedInputError(
            { file: abs },
            `symbolic link points outside the model folder (to ${target ?? "nothing"}); copy the file in instead`,
          );
        }
        const tst = await stat(target);
        if (!tst.isFile()) continue;
        size = tst.size;
      } else if (entry.isFile()) {
        size = (await lstat(abs)).size;
      } else {
        continue;
      }
      out.push({ path: rel, size });
      if (out.length > MAX_LOCAL_FILES) {
        throw new ConfigError(
          {},
          `${root} holds more than ${MAX_LOCAL_FILES} files; point at the model's own folder`,
        );
      }
    }
  };
  await walk(root, 0);
  return out.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

/**
 * A link may point inside the folder; in a Hugging Face cache snapshot
 * (models--org--name/snapshots/<sha>/) it may also point into that repo's blobs/.
 */
function linkAllowed(root: string, target: string): boolean {
  if (target.startsWith(root + path.sep)) return true;
  const snapshots = path.dirname(root);
  if (path.basename(snapshots) !== "snapshots") return false;
  return target.startsWith(path.join(path.dirname(snapshots), "blobs") + path.sep);
}

class LocalSource implements ModelSource {
  readonly kind = "local";
  readonly stats = newIoStats();
  private readonly byPath: Map<string, ModelFile>;
  private readonly open_ = new Map<string, FileSource>();

  constructor(
    readonly ref: string,
    readonly files: readonly ModelFile[],
  ) {
    this.byPath = new Map(files.map((f) => [f.path, f]));
  }

  file(p: string): ModelFile | undefined {
    return this.byPath.get(p);
  }

  async readFile(p: string, maxBytes: number): Promise<Uint8Array> {
    const f = this.require(p);
    if (f.size > maxBytes) {
      throw new MalformedInputError(
        { file: this.name(p) },
        `file is ${f.size} bytes, over the ${maxBytes}-byte limit for this kind of file`,
      );
    }
    return this.open(p).read(0, f.size);
  }

  open(p: string): FileSource {
    let src = this.open_.get(p);
    if (!src) {
      const f = this.require(p);
      src = new FileSource(this.name(p), path.join(this.ref, ...p.split("/")), f.size, this.stats);
      this.open_.set(p, src);
    }
    return src;
  }

  async close(): Promise<void> {
    await Promise.all([...this.open_.values()].map((s) => s.close()));
    this.open_.clear();
  }

  private name(p: string): string {
    return path.join(this.ref, p);
  }

  private require(p: string): ModelFile {
    const f = this.byPath.get(p);
    if (!f) throw new MalformedInputError({ file: this.name(p) }, "no such file in the model folder");
    return f;
  }
}
