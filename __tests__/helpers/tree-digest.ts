// A folder as a sorted list of "path kind size sha256" lines, to assert that a failed operation
// left it byte for byte as it was.

import { createHash } from "node:crypto";
import { lstat, readdir, readFile, readlink } from "node:fs/promises";
import path from "node:path";

export async function treeDigest(root: string): Promise<string[]> {
  const st = await lstat(root).catch(() => null);
  if (st === null) return ["<absent>"];
  const names = await readdir(root, { recursive: true });
  const lines: string[] = [];
  for (const rel of names.sort()) {
    const p = path.join(root, rel);
    const s = await lstat(p);
    if (s.isSymbolicLink()) lines.push(`${rel} link ${await readlink(p)}`);
    else if (s.isDirectory()) lines.push(`${rel} dir`);
    else {
      const sha = createHash("sha256")
        .update(await readFile(p))
        .digest("hex");
      lines.push(`${rel} file ${s.size} ${sha}`);
    }
  }
  return lines;
}
