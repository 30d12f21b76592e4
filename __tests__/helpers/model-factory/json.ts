// JSON text as the Python side writes it. transformers saves configs with `indent=2, sort_keys=True`;
// tokenizers keep vocabularies in id order. A JS object cannot hold either order by itself (it lists
// integer-like keys such as "1" first), so ordered maps are written from entry lists.

/** Plain objects with their keys sorted, recursively (what Python's `sort_keys=True` prints). */
export function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value === null || typeof value !== "object") return value;
  const entries = Object.entries(value).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return Object.fromEntries(entries.map(([k, v]) => [k, sortKeys(v)]));
}

/** `json.dumps(value, indent=2, sort_keys=True) + "\n"` */
export function pythonJson(value: unknown): string {
  return JSON.stringify(sortKeys(value), null, 2) + "\n";
}

/** An object literal whose keys keep the given order, pretty-printed at nesting depth `depth`. */
export function orderedMapJson(entries: readonly (readonly [string, number])[], depth: number): string {
  if (entries.length === 0) return "{}";
  const pad = "  ".repeat(depth + 1);
  const body = entries.map(([k, v]) => `${pad}${JSON.stringify(k)}: ${v}`).join(",\n");
  return `{\n${body}\n${"  ".repeat(depth)}}`;
}

/**
 * JSON.stringify(value, null, 2) with the string value `placeholder` replaced by raw JSON text:
 * how an ordered vocabulary is spliced into an otherwise ordinary document.
 */
export function stringifyWithRaw(value: unknown, placeholder: string, raw: string): string {
  const text = JSON.stringify(value, null, 2);
  const quoted = JSON.stringify(placeholder);
  const at = text.indexOf(quoted);
  if (at < 0 || text.indexOf(quoted, at + 1) >= 0) throw new Error(`placeholder ${quoted} must occur once`);
  return text.slice(0, at) + raw + text.slice(at + quoted.length);
}
