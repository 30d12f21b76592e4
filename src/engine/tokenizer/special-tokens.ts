// The named special tokens (bos, eos, unk, sep, pad, cls, mask), the extra special tokens and the
// declared added tokens, as tokenizer_config.json, special_tokens_map.json and added_tokens.json
// state them. Precedence for a named token: tokenizer_config.json when it has the key (null
// included), else special_tokens_map.json, else the format's default (the class defaults of
// GPT2Tokenizer/BertTokenizer, a SentencePiece trainer spec, tokenizer.json's padding).

import { MalformedInputError } from "../errors.js";
import {
  describe,
  expectRecord,
  expectToken,
  isRecord,
  optionalBool,
  type JsonRecord,
} from "./json-values.js";
import { MAX_VOCAB_ENTRIES } from "./limits.js";
import {
  NAMED_SPECIALS,
  plainSpecial,
  type ModelData,
  type NamedSpecial,
  type TokenSpec,
} from "./model-data.js";

export interface TokenizerConfigs {
  /** tokenizer_config.json, special_tokens_map.json, added_tokens.json; null when absent. */
  readonly config: JsonRecord | null;
  readonly specialMap: JsonRecord | null;
  readonly addedJson: JsonRecord | null;
  /** Their names in messages. */
  readonly labels: { readonly config: string; readonly specialMap: string; readonly addedJson: string };
}

export interface SpecialTokenPlan {
  readonly named: Readonly<Partial<Record<NamedSpecial, TokenSpec>>>;
  /** additional_special_tokens / extra_special_tokens, distinct contents, in file order. */
  readonly extras: readonly TokenSpec[];
  /** added_tokens_decoder (or legacy added_tokens.json) entries, by declared id. */
  readonly declared: readonly TokenSpec[];
}

export function planSpecialTokens(c: TokenizerConfigs, data: ModelData): SpecialTokenPlan {
  const named: Partial<Record<NamedSpecial, TokenSpec>> = {};
  for (const name of NAMED_SPECIALS) {
    const key = `${name}_token`;
    let value: TokenSpec | null | undefined;
    if (c.config && key in c.config) value = tokenSpec(c.config[key], c.labels.config, key);
    else if (c.specialMap && key in c.specialMap)
      value = tokenSpec(c.specialMap[key], c.labels.specialMap, key);
    else if (data.defaults[name] !== undefined) value = plainSpecial(data.defaults[name]);
    if (value) named[name] = value;
  }
  const extras = new Map<string, TokenSpec>();
  const addExtras = (list: readonly TokenSpec[]): void => {
    for (const t of list) if (!extras.has(t.content)) extras.set(t.content, t);
  };
  if (c.config && ("additional_special_tokens" in c.config || "extra_special_tokens" in c.config)) {
    addExtras(extraList(c.config.additional_special_tokens, c.labels.config, "additional_special_tokens"));
    addExtras(extraList(c.config.extra_special_tokens, c.labels.config, "extra_special_tokens"));
  } else if (c.specialMap) {
    addExtras(
      extraList(c.specialMap.additional_special_tokens, c.labels.specialMap, "additional_special_tokens"),
    );
  }
  addExtras(data.extraSpecials);
  const specials = new Set([...Object.values(named).map((t) => t.content), ...extras.keys()]);
  const declared =
    c.config && c.config.added_tokens_decoder !== undefined
      ? addedTokensDecoder(c.config.added_tokens_decoder, c.labels.config)
      : legacyAddedTokens(c.addedJson, c.labels.addedJson, specials);
  return { named, extras: [...extras.values()], declared };
}

/** A special-token value: a string, an AddedToken object ({"content": …}) or null. */
function tokenSpec(value: unknown, file: string, field: string): TokenSpec | null {
  if (value === null || value === undefined) return null;
  if (typeof value === "string") return plainSpecial(expectToken(value, file, field));
  if (isRecord(value) && typeof value.content === "string") {
    return {
      content: expectToken(value.content, file, `${field}.content`),
      special: optionalBool(value, "special", true, file, field),
      normalized: optionalBool(value, "normalized", false, file, field),
      lstrip: optionalBool(value, "lstrip", false, file, field),
      rstrip: optionalBool(value, "rstrip", false, file, field),
      singleWord: optionalBool(value, "single_word", false, file, field),
    };
  }
  throw new MalformedInputError(
    { file, field },
    `expected a token string, an object with "content" or null, found ${describe(value)}`,
  );
}

/** A list of tokens, or (transformers 5's extra_special_tokens) an object of name → token(s). */
function extraList(value: unknown, file: string, field: string): TokenSpec[] {
  if (value === undefined || value === null) return [];
  const entries: [string, unknown][] = Array.isArray(value)
    ? value.map((v, i) => [`${field}[${i}]`, v])
    : isRecord(value)
      ? Object.entries(value).map(([k, v]) => [`${field}.${k}`, v])
      : [];
  if (!Array.isArray(value) && !isRecord(value)) {
    throw new MalformedInputError(
      { file, field },
      `expected a list or an object of tokens, found ${describe(value)}`,
    );
  }
  if (entries.length > MAX_VOCAB_ENTRIES) {
    throw new MalformedInputError(
      { file, field },
      `holds ${entries.length} tokens, over the limit of ${MAX_VOCAB_ENTRIES}`,
    );
  }
  return entries.flatMap(([at, v]) =>
    Array.isArray(v) ? extraList(v, file, at) : (tokenSpec(v, file, at) ?? []),
  );
}

/** tokenizer_config.json's added_tokens_decoder: {"id": AddedToken}, applied in id order. */
function addedTokensDecoder(value: unknown, file: string): TokenSpec[] {
  const obj = expectRecord(value, file, "added_tokens_decoder");
  const out: TokenSpec[] = [];
  for (const [key, entry] of Object.entries(obj)) {
    const field = `added_tokens_decoder.${key}`;
    if (!/^(0|[1-9]\d{0,9})$/.test(key)) {
      throw new MalformedInputError({ file, field }, `key ${JSON.stringify(key)} is not a token id`);
    }
    const t = expectRecord(entry, file, field);
    const special = optionalBool(t, "special", false, file, field);
    out.push({
      content: expectToken(t.content, file, `${field}.content`),
      special,
      normalized: optionalBool(t, "normalized", !special, file, field),
      lstrip: optionalBool(t, "lstrip", false, file, field),
      rstrip: optionalBool(t, "rstrip", false, file, field),
      singleWord: optionalBool(t, "single_word", false, file, field),
      declaredId: Number(key),
    });
    if (out.length > MAX_VOCAB_ENTRIES) {
      throw new MalformedInputError(
        { file, field: "added_tokens_decoder" },
        `more than ${MAX_VOCAB_ENTRIES} tokens`,
      );
    }
  }
  return out.sort((a, b) => (a.declaredId ?? 0) - (b.declaredId ?? 0));
}

/** The legacy added_tokens.json ({"token": id}), read only when the config has no decoder. */
function legacyAddedTokens(obj: JsonRecord | null, file: string, specials: ReadonlySet<string>): TokenSpec[] {
  if (!obj) return [];
  const out: TokenSpec[] = [];
  for (const [content, id] of Object.entries(obj)) {
    if (typeof id !== "number" || !Number.isInteger(id) || id < 0) {
      throw new MalformedInputError(
        { file, field: JSON.stringify(content) },
        `expected a token id, found ${describe(id)}`,
      );
    }
    const special = specials.has(content);
    out.push({
      content,
      special,
      normalized: !special,
      lstrip: false,
      rstrip: false,
      singleWord: false,
      declaredId: id,
    });
    if (out.length > MAX_VOCAB_ENTRIES)
      throw new MalformedInputError({ file }, `more than ${MAX_VOCAB_ENTRIES} tokens`);
  }
  return out.sort((a, b) => (a.declaredId ?? 0) - (b.declaredId ?? 0));
}
