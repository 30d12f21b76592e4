import { describe, expect, it } from "vitest";
import { readConfigJson } from "../../../../src/engine/features/metadata/config-json.js";
import { archHashText } from "../../../../src/engine/features/metadata/hashes.js";
import {
  MFI_FIELDS,
  extractMfi,
  extractMfiDetailed,
  type MfiFingerprint,
} from "../../../../src/engine/features/metadata/mfi.js";
import { PyNumber } from "../../../../src/engine/pycompat/py-json.js";
import * as real from "./real-configs.js";

const enc = (s: string): Uint8Array => new TextEncoder().encode(s);
const cfg = (text: string) => readConfigJson(enc(text), "m/config.json");
const tok = (tokenizerHash: string, bos: number | null, eos: number | null) => ({
  bosTokenId: bos,
  eosTokenId: eos,
  tokenizerHash,
});

/** The stored `mfi` of the reference database's bundle for gpt2. */
const GPT2_STORED: MfiFingerprint = {
  model_type: "gpt2",
  architectures: ["GPT2LMHeadModel"],
  hidden_size: 768,
  num_hidden_layers: 12,
  num_attention_heads: 12,
  num_key_value_heads: null,
  intermediate_size: 0,
  vocab_size: 50257,
  max_position_embeddings: 1024,
  hidden_act: null,
  rope_theta: null,
  rope_scaling: null,
  tie_word_embeddings: true,
  bos_token_id: 50256,
  eos_token_id: 50256,
  gqa_ratio: 1.0,
  attention_style: "MHA",
  norm_type: "LayerNorm",
  attention_bias: null,
  qk_norm: false,
  pos_encoding: "absolute",
  head_dim: null,
  tokenizer_hash: real.GPT2_TOKENIZER_HASH,
  token_id_signature: "bos=50256|eos=50256",
  arch_hash: "912dae4ea0797958c503a679d1dec973b6194fb80110be7e370d92c36f07bc10",
  family_hash: "fe0c324418805ce50ebe000eb517a3d915fa7532c3c836ca89897fdac6b025ce",
};

describe("extractMfi reproduces the reference database's fingerprints", () => {
  it("GPT-2: all 26 fields, in the stored order, through the n_embd/n_layer/n_head/n_positions aliases", () => {
    const fp = extractMfi(cfg(real.GPT2), tok(real.GPT2_TOKENIZER_HASH, 50256, 50256));
    expect(fp).toEqual(GPT2_STORED);
    expect(Object.keys(fp)).toEqual(MFI_FIELDS);
    expect(Object.keys(fp)).toHaveLength(26);
  });

  it("bloomz-560m: null num_key_value_heads, 0 for intermediate and positions (arch 5b5c2903…)", () => {
    const r = extractMfiDetailed(cfg(real.BLOOMZ_560M), tok(real.BLOOMZ_TOKENIZER_HASH, 1, 2));
    expect(archHashText(archInputs(r.fingerprint))).toBe(
      '["bloom", ["BloomForCausalLM"], 1024, 24, 16, null, 0, 250880, 0]',
    );
    expect(r.fingerprint.arch_hash).toBe("5b5c29032c8d537dc176b6bd8238c8112858137c3635b042ff0e740579d0be68");
    expect(r.fingerprint.family_hash).toBe(
      "c55cb7ae7c827ade244693aef85fb3a449ef024ee84e4c035dedc153f6ef0f51",
    );
    expect(r.fingerprint).toMatchObject({
      norm_type: "LayerNorm",
      attention_bias: null,
      tie_word_embeddings: true,
    });
    expect(r.warnings).toEqual([]);
  });

  it("Llama-3.1-8B: arch_hash 7aedb307…; rope_theta is read, so pos_encoding and family_hash differ (design §4.2)", () => {
    const fp = extractMfi(cfg(real.LLAMA_31_8B), tok(real.LLAMA_31_8B_TOKENIZER_HASH, 128000, 128001));
    expect(fp.arch_hash).toBe("7aedb307697a6552d03b8fd644fd0f1dc57e272887292754bd34b2bfea5d2ca0");
    expect(fp).toMatchObject({
      num_key_value_heads: 8,
      gqa_ratio: 4.0,
      attention_style: "GQA",
      norm_type: "RMSNorm",
      attention_bias: false,
      qk_norm: false,
      head_dim: 128,
      hidden_act: "silu",
      tie_word_embeddings: false,
      rope_theta: 500000,
      pos_encoding: "RoPE",
      token_id_signature: "bos=128000|eos=128001",
    });
    // The database says rope_theta None ("none" bucket) → 9047eb0a…; we hash "500000.0".
    expect(fp.family_hash).not.toBe("9047eb0a6742f7bc4e2ae3db6f46419286344e905592e52b3872846a8d19d18b");
  });

  it("gemma-3-1b-it: all fields incl. family aefe567f… with the int rope_theta form", () => {
    const fp = extractMfi(cfg(real.GEMMA_3_1B_IT), tok(real.GEMMA_TOKENIZER_HASH, 2, 1));
    expect(fp).toMatchObject({
      model_type: "gemma3_text",
      hidden_act: "gelu_pytorch_tanh",
      rope_theta: 1000000,
      attention_style: "MQA",
      gqa_ratio: 4.0,
      qk_norm: true,
      pos_encoding: "RoPE",
      head_dim: 256,
      tie_word_embeddings: true,
      arch_hash: "2c27c1a5d8fa4d13e4aa3fdb76d5a4c53d9a2a0bc2d4f45485e53237fb1b2bf6",
      family_hash: "aefe567f728bc98ea488de5b14e3670c7388e43e1f9fa1d43634fdad136c9a72",
    });
  });

  it("gemma-3-4b-it: a sparse text_config filled from the gemma3_text class defaults", () => {
    const r = extractMfiDetailed(cfg(real.GEMMA_3_4B_IT), tok(real.GEMMA_TOKENIZER_HASH, 2, 1));
    expect(r.backbone).toBe("text_config");
    expect(r.fingerprint).toMatchObject({
      model_type: "gemma3",
      architectures: ["Gemma3ForConditionalGeneration"],
      hidden_size: 2560,
      num_hidden_layers: 34,
      num_attention_heads: 8,
      num_key_value_heads: 4,
      vocab_size: 262208,
      max_position_embeddings: 131072,
      rope_theta: 1000000,
      rope_scaling: { factor: 8, rope_type: "linear" },
      qk_norm: true,
      head_dim: 256,
      arch_hash: "0aac6711f344dacdf697b4234eeef24d0080b621a3620725e4e31d491f39aaba",
      family_hash: "28207042c39d8107ad52de79437ae1850618b4273249387d14ad249fa29e1aef",
    });
  });
});

const n = (x: number) => PyNumber.int(x);
function archInputs(fp: MfiFingerprint) {
  return {
    model_type: fp.model_type,
    architectures: fp.architectures,
    hidden_size: n(fp.hidden_size),
    num_hidden_layers: n(fp.num_hidden_layers),
    num_attention_heads: n(fp.num_attention_heads),
    num_key_value_heads: fp.num_key_value_heads === null ? null : n(fp.num_key_value_heads),
    intermediate_size: n(fp.intermediate_size),
    vocab_size: n(fp.vocab_size),
    max_position_embeddings: n(fp.max_position_embeddings),
  };
}
