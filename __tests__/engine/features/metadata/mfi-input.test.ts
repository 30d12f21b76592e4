import { describe, expect, it } from "vitest";
import { MalformedInputError } from "../../../../src/engine/errors.js";
import { readConfigJson } from "../../../../src/engine/features/metadata/config-json.js";
import { extractMfi, extractMfiDetailed } from "../../../../src/engine/features/metadata/mfi.js";

const enc = (s: string): Uint8Array => new TextEncoder().encode(s);
const FILE = "org/m@abc:config.json";
const TOK = { bosTokenId: 1, eosTokenId: null, tokenizerHash: "t" };
const extract = (obj: Record<string, unknown>) =>
  extractMfiDetailed(readConfigJson(enc(JSON.stringify(obj)), FILE), TOK, FILE);
const llama = {
  model_type: "llama",
  architectures: ["LlamaForCausalLM"],
  hidden_size: 64,
  num_hidden_layers: 2,
  num_attention_heads: 4,
  intermediate_size: 128,
  vocab_size: 1000,
  max_position_embeddings: 512,
};

function thrown(fn: () => unknown): MalformedInputError {
  try {
    fn();
  } catch (err) {
    if (err instanceof MalformedInputError) return err;
    throw err;
  }
  throw new Error("expected a MalformedInputError");
}

describe("bad configs", () => {
  it("no architectures: a typed error naming config.json, the field and the fix", () => {
    const { architectures: _, ...rest } = llama;
    const err = thrown(() => extract(rest));
    expect(err.field).toBe("architectures");
    expect(err.message).toBe(
      `${FILE} [architectures]: missing; add the model class as save_pretrained writes it, e.g. "architectures": ["LlamaForCausalLM"]`,
    );
    expect(() => extract({ ...llama, architectures: null })).toThrow(MalformedInputError);
    expect(thrown(() => extract({ ...llama, architectures: "LlamaForCausalLM" })).message).toContain(
      "expected a list of strings, found a string",
    );
  });

  it("a non-numeric dimension is a typed error", () => {
    const err = thrown(() => extract({ ...llama, hidden_size: "4096" }));
    expect(err.message).toBe(
      `${FILE} [hidden_size]: expected an integer, found a string ("4096"); write it as a JSON integer, as save_pretrained does`,
    );
    expect(thrown(() => extract({ ...llama, vocab_size: null })).message).toBe(
      `${FILE} [vocab_size]: vocab_size is null; write it as a JSON integer, as save_pretrained does`,
    );
    expect(thrown(() => extract({ ...llama, num_hidden_layers: 2.5 })).message).toBe(
      `${FILE} [num_hidden_layers]: 2.5 is not a whole number; write it as a JSON integer, as save_pretrained does`,
    );
    expect(thrown(() => extract({ ...llama, num_attention_heads: true })).field).toBe("num_attention_heads");
    expect(thrown(() => extract({ ...llama, intermediate_size: [128, 256] })).field).toBe(
      "intermediate_size",
    );
    expect(thrown(() => extract({ ...llama, model_type: 3 })).field).toBe("model_type");
  });

  it("a float dimension is kept as written for arch_hash and reported", () => {
    const text = JSON.stringify(llama).replace('"hidden_size":64', '"hidden_size":64.0');
    const r = extractMfiDetailed(readConfigJson(enc(text), FILE), TOK, FILE);
    const asInt = extract(llama);
    expect(r.fingerprint.hidden_size).toBe(64);
    expect(r.fingerprint.arch_hash).not.toBe(asInt.fingerprint.arch_hash);
    expect(r.warnings).toEqual([
      {
        field: "hidden_size",
        message:
          "written as the float 64.0: the fingerprint uses 64, but arch_hash hashes 64.0 as the reference does, so it differs from a config that writes 64",
      },
    ]);
  });

  it("a missing model_type becomes unknown with a warning", () => {
    const { model_type: _, ...rest } = llama;
    const r = extract(rest);
    expect(r.fingerprint.model_type).toBe("unknown");
    expect(r.warnings).toEqual([
      { field: "model_type", message: 'missing; using "unknown" as the reference default' },
    ]);
  });

  it("non-string hidden_act and non-boolean attention_bias are reported and dropped", () => {
    const r = extract({ ...llama, hidden_act: 3, attention_bias: "yes" });
    expect(r.fingerprint.hidden_act).toBeNull();
    expect(r.fingerprint.attention_bias).toBeNull();
    expect(r.warnings.map((w) => w.field)).toEqual(["hidden_act", "attention_bias"]);
  });
});

describe("aliases and defaults", () => {
  it("Llama fills num_key_value_heads and head_dim, and its class fields count", () => {
    const fp = extract(llama).fingerprint;
    expect(fp).toMatchObject({
      num_key_value_heads: 4,
      attention_style: "MHA",
      head_dim: 16,
      norm_type: "RMSNorm",
      attention_bias: false,
      hidden_act: "silu",
      tie_word_embeddings: false,
      rope_theta: 10000,
      pos_encoding: "RoPE",
      token_id_signature: "bos=1|eos=None",
    });
    expect(extract({ ...llama, num_key_value_heads: null }).fingerprint.num_key_value_heads).toBe(4);
  });

  it("an unknown model type gets no defaults: null kv, unknown norm, absolute positions", () => {
    const fp = extract({ ...llama, model_type: "my_arch" }).fingerprint;
    expect(fp).toMatchObject({
      num_key_value_heads: null,
      head_dim: null,
      norm_type: "unknown",
      attention_bias: null,
      hidden_act: null,
      tie_word_embeddings: true,
      rope_theta: null,
      pos_encoding: "absolute",
      gqa_ratio: 1.0,
    });
  });

  it("T5 spellings: d_model, num_layers, num_heads, d_kv, d_ff", () => {
    const fp = extract({
      model_type: "t5",
      architectures: ["T5ForConditionalGeneration"],
      d_model: 512,
      num_layers: 6,
      num_heads: 8,
      d_kv: 64,
      d_ff: 2048,
      vocab_size: 32128,
      layer_norm_epsilon: 1e-6,
    }).fingerprint;
    expect(fp).toMatchObject({
      hidden_size: 512,
      num_hidden_layers: 6,
      num_attention_heads: 8,
      head_dim: 64,
      intermediate_size: 2048,
      max_position_embeddings: 0,
      norm_type: "LayerNorm",
    });
  });

  it("intermediate_size: first positive candidate, then hidden_dim unless it equals hidden_size", () => {
    const base = { ...llama, model_type: "x", intermediate_size: 0 };
    expect(extract({ ...base, ffn_dim: 300 }).fingerprint.intermediate_size).toBe(300);
    expect(extract({ ...base, hidden_dim: 256 }).fingerprint.intermediate_size).toBe(256);
    expect(extract({ ...base, hidden_dim: 64 }).fingerprint.intermediate_size).toBe(0);
    expect(extract({ ...base, d_ff: -5, encoder_ffn_dim: 7 }).fingerprint.intermediate_size).toBe(7);
  });

  it("GQA, MQA and the 0-kv quirk", () => {
    expect(extract({ ...llama, num_key_value_heads: 2 }).fingerprint).toMatchObject({
      attention_style: "GQA",
      gqa_ratio: 2,
    });
    expect(extract({ ...llama, num_key_value_heads: 1 }).fingerprint).toMatchObject({
      attention_style: "MQA",
      gqa_ratio: 4,
    });
    expect(extract({ ...llama, num_key_value_heads: 3 }).fingerprint.gqa_ratio).toBe(1.3);
    expect(extract({ ...llama, num_key_value_heads: 0 }).fingerprint).toMatchObject({
      attention_style: "GQA",
      gqa_ratio: 1,
    });
  });

  it("attention_bias falls back to bias; position_embedding_type is used without rope_theta", () => {
    const fp = extract({
      ...llama,
      model_type: "x",
      bias: true,
      position_embedding_type: "rope_gptj",
    }).fingerprint;
    expect(fp).toMatchObject({ attention_bias: true, pos_encoding: "rope_gptj" });
  });

  it("qk_norm from qk_layernorm, qk_norm or a query_pre_attn_scalar", () => {
    const x = { ...llama, model_type: "x" };
    expect(extract(x).fingerprint.qk_norm).toBe(false);
    expect(extract({ ...x, qk_layernorm: true }).fingerprint.qk_norm).toBe(true);
    expect(extract({ ...x, qk_norm: 1 }).fingerprint.qk_norm).toBe(true);
    expect(extract({ ...x, query_pre_attn_scalar: 0 }).fingerprint.qk_norm).toBe(true);
    expect(extract({ ...x, query_pre_attn_scalar: null }).fingerprint.qk_norm).toBe(false);
  });

  it("hidden_act present as null wins over hidden_activation", () => {
    const x = { ...llama, model_type: "x" };
    expect(extract({ ...x, hidden_act: null, hidden_activation: "gelu" }).fingerprint.hidden_act).toBeNull();
    expect(extract({ ...x, hidden_activation: "gelu" }).fingerprint.hidden_act).toBe("gelu");
  });
});

describe("rope_theta sources", () => {
  const x = { ...llama, model_type: "x" };
  it.each([
    [{ rope_theta: 500000.5 }, 500000.5],
    [{ rope_parameters: { rope_type: "default", rope_theta: 1000000 } }, 1000000],
    [{ rope_parameters: { full_attention: { rope_theta: 7 }, sliding_attention: { rope_theta: 3 } } }, 7],
    [{ rope_scaling: { rope_type: "yarn", rope_theta: 20000 } }, 20000],
    [{ rope_theta: null, rope_parameters: { rope_theta: 5 } }, 5],
    [{}, null],
  ])("%j → %s", (extra, theta) => {
    const fp = extract({ ...x, ...extra }).fingerprint;
    expect(fp.rope_theta).toBe(theta);
    expect(fp.pos_encoding).toBe(theta === null ? "absolute" : "RoPE");
  });

  it("GPT-NeoX's rotary_emb_base; rope_parameters stored as rope_scaling", () => {
    const fp = extract({
      ...llama,
      model_type: "gpt_neox",
      rotary_emb_base: 10000,
      rope_parameters: { rope_type: "default", rope_theta: 10000 },
    }).fingerprint;
    expect(fp.rope_theta).toBe(10000);
    expect(fp.rope_scaling).toEqual({ rope_type: "default", rope_theta: 10000 });
  });

  it("a non-numeric rope_theta is reported and the next source used", () => {
    const r = extract({ ...x, rope_theta: "1e4", rope_scaling: { rope_theta: 3 } });
    expect(r.fingerprint.rope_theta).toBe(3);
    expect(r.warnings).toEqual([
      { field: "rope_theta", message: 'expected a number, found a string ("1e4"); ignored' },
    ]);
  });
});

describe("text backbone (spec §1.2)", () => {
  it("uses decoder when the top level has no hidden size; model_type and architectures stay top-level", () => {
    const r = extract({
      model_type: "encoder-decoder",
      architectures: ["EncoderDecoderModel"],
      encoder: { model_type: "bert", hidden_size: 768 },
      decoder: { ...llama, hidden_size: 96, num_attention_heads: 3, model_type: "llama" },
    });
    expect(r.backbone).toBe("decoder");
    expect(r.fingerprint).toMatchObject({
      model_type: "encoder-decoder",
      hidden_size: 96,
      num_key_value_heads: 3,
    });
  });

  it("names the sub-config in errors", () => {
    const err = thrown(() =>
      extract({ model_type: "llava", architectures: ["A"], text_config: { ...llama, vocab_size: "big" } }),
    );
    expect(err.field).toBe("text_config.vocab_size");
  });

  it("keeps the top level when no sub-config has a positive hidden size", () => {
    const r = extract({ ...llama, hidden_size: 0, text_config: { hidden_size: 0 } });
    expect(r.backbone).toBe("");
    expect(r.fingerprint.hidden_size).toBe(0);
    expect(extractMfi(readConfigJson(enc(JSON.stringify(llama)), FILE), TOK)).toEqual(
      extract(llama).fingerprint,
    );
  });
});
