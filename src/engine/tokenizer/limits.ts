// Caps on the tokenizer files a model may ship. Every file is hostile until checked: these bound
// the memory a load can take and the work a parse can do, with room above the largest real files.

const MiB = 1024 * 1024;

/** tokenizer.json: Gemma 3's is 33 MB (262k tokens, 515k merges); twice that covers its successors. */
export const MAX_TOKENIZER_JSON_BYTES = 64 * MiB;

/** vocab.json, merges.txt, vocab.txt: GPT-2's are 1 MB and 0.5 MB, the largest real ones a few MB. */
export const MAX_VOCAB_FILE_BYTES = 32 * MiB;

/** tokenizer.model (SentencePiece protobuf): Gemma's 256k-piece model is 4.2 MB. */
export const MAX_SENTENCEPIECE_BYTES = 32 * MiB;

/**
 * tokenizer_config.json, special_tokens_map.json, added_tokens.json: Gemma 3's config is 1.1 MB
 * (6,415 added tokens); chat templates make others grow, never to this.
 */
export const MAX_TOKENIZER_CONFIG_BYTES = 16 * MiB;

/** Tokens in a vocabulary (model or added): the largest real ones hold ~260k; 15× headroom. */
export const MAX_VOCAB_ENTRIES = 4_000_000;

/** BPE merges: at most about one per token in real tokenizers (Gemma 3: 515k); generous cap. */
export const MAX_MERGES = 8_000_000;

/** Token ids are u32 in the `tokenizers` library; larger values cannot come from a real file. */
export const MAX_TOKEN_ID = 0xffff_ffff;

/** One token string, in UTF-16 units: real tokens are < 1 kB; a huge one is an attack, not a token. */
export const MAX_TOKEN_CHARS = 65_536;
