// Line and column of a value in a YAML document, for error messages and PR annotations. The
// `yaml` library keeps each node's source range; a JSON-pointer path from the schema validator is
// walked through the document's nodes to the one it names.

import { isMap, isScalar, isSeq, type Document, type LineCounter, type Node } from "yaml";

export interface Position {
  /** 1-based. */
  readonly line: number;
  /** 1-based. */
  readonly column: number;
}

/** Segments of a JSON pointer ("/models/0/id" → ["models", 0, "id"]). */
export function pointerSegments(pointer: string): (string | number)[] {
  if (pointer === "") return [];
  return pointer
    .slice(1)
    .split("/")
    .map((s) => s.replace(/~1/g, "/").replace(/~0/g, "~"))
    .map((s) => (/^\d+$/.test(s) ? Number(s) : s));
}

/** The node at `path`, or the deepest node on the way there. */
export function nodeAt(doc: Document, path: readonly (string | number)[]): Node | null {
  let node: unknown = doc.contents;
  for (const key of path) {
    let next: unknown = undefined;
    if (isMap(node)) {
      const pair = node.items.find((p) => isScalar(p.key) && String(p.key.value) === String(key));
      next = pair?.value ?? pair?.key;
    } else if (isSeq(node) && typeof key === "number") {
      next = node.items[key];
    }
    if (next === undefined || next === null) break;
    node = next;
  }
  return (node as Node | null) ?? null;
}

/** The key node of `key` in the mapping at `path` (for "unknown key" errors). */
export function keyNodeAt(doc: Document, path: readonly (string | number)[], key: string): Node | null {
  const map = nodeAt(doc, path);
  if (!isMap(map)) return map;
  const pair = map.items.find((p) => isScalar(p.key) && String(p.key.value) === key);
  return (pair?.key as Node | undefined) ?? map;
}

export function positionOf(node: Node | null, lines: LineCounter): Position {
  const offset = node?.range?.[0] ?? 0;
  const { line, col } = lines.linePos(offset);
  return { line, column: col };
}
