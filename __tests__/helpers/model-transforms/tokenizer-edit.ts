// Added tokens written into generated tokenizer files the way transformers saves them after
// `tokenizer.add_tokens([...])`: the base vocabulary stays as it is, the new tokens are listed as
// added tokens with ids after it.

import { orderedMapJson, pythonJson } from "../model-factory/json.js";
import { utf8 } from "./rebuild.js";

/** `<extra_0>`, `<extra_1>`, … */
export function extraTokenNames(count: number): string[] {
  return Array.from({ length: count }, (_, i) => `<extra_${i}>`);
}

/** add_tokens' defaults for a non-special token. */
const addedToken = (content: string) => ({
  content,
  lstrip: false,
  normalized: true,
  rstrip: false,
  single_word: false,
  special: false,
});

/**
 * The tokenizer files with `tokens` added at ids `firstId`, `firstId + 1`, …: every
 * tokenizer_config.json's added_tokens_decoder, tokenizer.json's added_tokens (when there is a
 * tokenizer.json), else an added_tokens.json as slow tokenizers save it.
 */
export function addTokens(
  files: ReadonlyMap<string, Uint8Array>,
  firstId: number,
  tokens: readonly string[],
): Map<string, Uint8Array> {
  const out = new Map(files);
  const ids = tokens.map((content, i) => [content, firstId + i] as const);
  const configBytes = files.get("tokenizer_config.json");
  if (configBytes) {
    const config = JSON.parse(new TextDecoder().decode(configBytes)) as Record<string, unknown>;
    const decoder = { ...(config.added_tokens_decoder as Record<string, unknown> | undefined) };
    for (const [content, id] of ids) decoder[String(id)] = addedToken(content);
    out.set("tokenizer_config.json", utf8(pythonJson({ ...config, added_tokens_decoder: decoder })));
  }
  const tokenizerJson = files.get("tokenizer.json");
  if (tokenizerJson) {
    out.set("tokenizer.json", utf8(spliceAddedTokens(new TextDecoder().decode(tokenizerJson), ids)));
  } else {
    const sorted = [...ids].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    out.set("added_tokens.json", utf8(orderedMapJson(sorted, 0) + "\n"));
  }
  return out;
}

/**
 * Appends entries to tokenizer.json's top-level `added_tokens` array by editing the text: parsing
 * and re-printing would reorder the vocabulary (JS objects list integer-like keys such as "7" first).
 */
function spliceAddedTokens(text: string, ids: readonly (readonly [string, number])[]): string {
  const entries = ids.map(([content, id]) =>
    JSON.stringify({ id, ...addedToken(content) }, null, 2).replace(/^/gm, "    "),
  );
  const emptyKey = '\n  "added_tokens": []';
  if (text.includes(emptyKey)) {
    return text.replace(emptyKey, `\n  "added_tokens": [\n${entries.join(",\n")}\n  ]`);
  }
  const open = text.indexOf('\n  "added_tokens": [');
  const close = text.indexOf("\n  ]", open);
  if (open < 0 || close < 0) throw new Error("tokenizer.json: no top-level added_tokens array");
  return text.slice(0, close) + ",\n" + entries.join(",\n") + text.slice(close);
}
