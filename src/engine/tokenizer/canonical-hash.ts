// Our tokenizer_hash (design §4 item 2): SHA-256 of a canonical form of the tokenizer model, the
// same for the same tokenizer whichever files carry it (tokenizer.json, vocab.json + merges.txt,
// vocab.txt, tokenizer.model). The form is the UTF-8 of
//
//   {"form":"tokenizer/1","type":T,"vocab":[[id,"token"],…],"merges":["left right",…],
//    "added":[[id,"content",special],…]}
//
// exactly as JSON.stringify writes it: no whitespace; strings escape only `"`, `\`, control
// characters (\n \t … or \u00XX) and lone surrogates (\udXXX), everything else raw UTF-8.
// vocab = get_vocab() (model vocabulary with added tokens) ordered by id, then token (UTF-16 order);
// merges in rank order ("left right", empty unless BPE); added = the added vocabulary ordered the
// same way, special as true/false. Pipeline settings (normalizer, pre-tokenizer, byte fallback …)
// are deliberately not part of it: they differ between formats of one tokenizer.

import { createHash, type Hash } from "node:crypto";
import type { TokenizerModelType } from "./loaded-tokenizer.js";
import type { AddedTokenInfo } from "./model-data.js";

export const CANONICAL_FORM = "tokenizer/1";

export interface CanonicalInput {
  readonly modelType: TokenizerModelType;
  /** In id order (then token), as LoadedTokenizer.vocab is. */
  readonly vocab: ReadonlyMap<string, number>;
  readonly merges: readonly string[];
  readonly added: readonly AddedTokenInfo[];
}

/** Feeds a hash in large chunks: one update per item would dominate for 500k merges. */
class ChunkedWriter {
  private parts: string[] = [];
  private chars = 0;
  constructor(private readonly hash: Hash) {}
  write(s: string): void {
    this.parts.push(s);
    this.chars += s.length;
    if (this.chars >= 1 << 16) this.flush();
  }
  flush(): void {
    if (this.parts.length > 0) this.hash.update(this.parts.join(""), "utf8");
    this.parts = [];
    this.chars = 0;
  }
}

/** Characters JSON.stringify escapes; most tokens have none and skip the call. */
// eslint-disable-next-line no-control-regex -- control characters are exactly what JSON escapes
const NEEDS_ESCAPE = /["\\\u0000-\u001f\ud800-\udfff]/;

function jsonString(s: string): string {
  return NEEDS_ESCAPE.test(s) ? JSON.stringify(s) : `"${s}"`;
}

export function canonicalTokenizerHash(t: CanonicalInput): string {
  const hash = createHash("sha256");
  const w = new ChunkedWriter(hash);
  w.write(`{"form":${JSON.stringify(CANONICAL_FORM)},"type":${JSON.stringify(t.modelType)},"vocab":[`);
  let first = true;
  for (const [token, id] of t.vocab) {
    w.write(`${first ? "" : ","}[${id},${jsonString(token)}]`);
    first = false;
  }
  w.write(`],"merges":[`);
  t.merges.forEach((m, i) => w.write(`${i === 0 ? "" : ","}${jsonString(m)}`));
  w.write(`],"added":[`);
  const added = [...t.added].sort(
    (a, b) => a.id - b.id || (a.content < b.content ? -1 : a.content > b.content ? 1 : 0),
  );
  added.forEach((a, i) =>
    w.write(`${i === 0 ? "" : ","}[${a.id},${JSON.stringify(a.content)},${a.special}]`),
  );
  w.write("]}");
  w.flush();
  return hash.digest("hex");
}
