// Python's json.dumps(value, indent=n) (ensure_ascii on): "," and ": " separators, one item per
// line, "[]" and "{}" for empty containers. Database files written this way look like the ones
// the reference ships.

import { pyJsonDumps, type PyValue } from "./py-json.js";

export function pyJsonDumpsIndent(value: PyValue, indent = 2): string {
  const enc = (v: PyValue, depth: number): string => {
    if (v === null || typeof v !== "object" || !isContainer(v)) return pyJsonDumps(v);
    const pad = " ".repeat(indent * (depth + 1));
    const end = " ".repeat(indent * depth);
    if (Array.isArray(v)) {
      const items = v as readonly PyValue[];
      if (items.length === 0) return "[]";
      return `[\n${items.map((x) => pad + enc(x, depth + 1)).join(",\n")}\n${end}]`;
    }
    const obj = v as { readonly [k: string]: PyValue };
    const keys = Object.keys(obj);
    if (keys.length === 0) return "{}";
    return `{\n${keys.map((k) => `${pad}${pyJsonDumps(k)}: ${enc(obj[k] as PyValue, depth + 1)}`).join(",\n")}\n${end}}`;
  };
  return enc(value, 0);
}

/** Arrays and plain objects; PyNumber (a class instance) is a leaf. */
function isContainer(v: object): boolean {
  if (Array.isArray(v)) return true;
  const proto = Object.getPrototypeOf(v) as unknown;
  return proto === Object.prototype || proto === null;
}
