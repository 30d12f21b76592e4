import { describe, expect, it } from "vitest";
import { parseConfigJson, summarizeConfig } from "../../../src/engine/model/config-summary.js";

const enc = (s: string): Uint8Array => new TextEncoder().encode(s);

describe("config summary", () => {
  it("reads Llama names", () => {
    const c = parseConfigJson(
      enc(
        JSON.stringify({
          architectures: ["LlamaForCausalLM"],
          model_type: "llama",
          hidden_size: 4096,
          num_hidden_layers: 32,
          num_attention_heads: 32,
          num_key_value_heads: 8,
          intermediate_size: 14336,
          vocab_size: 128256,
          max_position_embeddings: 131072,
          torch_dtype: "bfloat16",
          tie_word_embeddings: false,
        }),
      ),
      "m/config.json",
    );
    expect(summarizeConfig(c)).toEqual({
      model_type: "llama",
      architectures: ["LlamaForCausalLM"],
      hidden_size: 4096,
      num_hidden_layers: 32,
      num_attention_heads: 32,
      num_key_value_heads: 8,
      intermediate_size: 14336,
      vocab_size: 128256,
      max_position_embeddings: 131072,
      torch_dtype: "bfloat16",
      tie_word_embeddings: false,
      backbone: "",
    });
  });

  it("reads GPT-2 aliases and a text_config backbone", () => {
    const gpt2 = summarizeConfig({
      model_type: "gpt2",
      n_embd: 768,
      n_layer: 12,
      n_head: 12,
      n_positions: 1024,
      vocab_size: 50257,
    });
    expect([
      gpt2.hidden_size,
      gpt2.num_hidden_layers,
      gpt2.num_attention_heads,
      gpt2.max_position_embeddings,
    ]).toEqual([768, 12, 12, 1024]);
    const mm = summarizeConfig({
      model_type: "gemma3",
      text_config: { model_type: "gemma3_text", hidden_size: 2560 },
      vocab_size: 262208,
    });
    expect([mm.model_type, mm.hidden_size, mm.vocab_size, mm.backbone]).toEqual([
      "gemma3_text",
      2560,
      262208,
      "text_config",
    ]);
  });

  it("rejects broken JSON and non-objects with the file name", () => {
    expect(() => parseConfigJson(enc("{"), "m/config.json")).toThrow(
      /^m\/config\.json: not valid UTF-8 JSON \(/,
    );
    expect(() => parseConfigJson(enc("[1]"), "m/config.json")).toThrow(
      "m/config.json: expected a JSON object, found an array",
    );
    expect(() => parseConfigJson(new Uint8Array([0x7b, 0xff, 0x7d]), "m/config.json")).toThrow(
      /^m\/config\.json: not valid UTF-8 JSON/,
    );
  });
});
