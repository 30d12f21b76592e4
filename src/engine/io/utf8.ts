// Strict UTF-8 decoding that is fast on large files: buffer.isUtf8 validates natively, then
// Buffer#toString decodes; TextDecoder with fatal: true is several times slower on a 33 MB
// tokenizer.json.

import { Buffer, isUtf8 } from "node:buffer";

/** The text of `bytes`, or null when they are not valid UTF-8. A leading BOM is dropped unless kept. */
export function decodeUtf8Strict(bytes: Uint8Array, keepBom = false): string | null {
  if (!isUtf8(bytes)) return null;
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("utf8");
  return !keepBom && text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
