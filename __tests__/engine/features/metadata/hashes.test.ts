import { describe, expect, it } from "vitest";
import {
  archHash,
  archHashText,
  familyHash,
  familyHashText,
  ropeScalingType,
  ropeThetaBucket,
} from "../../../../src/engine/features/metadata/hashes.js";
import { readConfigJson } from "../../../../src/engine/features/metadata/config-json.js";
import { PyNumber } from "../../../../src/engine/pycompat/py-json.js";

const int = (n: number | bigint) => PyNumber.int(n);
const lit = (s: string) => PyNumber.fromLiteral(s);
const LLAMA_TOKENIZER = "b47fcb7017102fb3594326d69acc6b74872032ed15def90890d49d61ea94d220";
const GEMMA_TOKENIZER = "74e591656c2e3a33f841d0bbf7845019f1bc9d7c31c0efc0cfd5858f4939408c";

const llamaArch = {
  model_type: "llama",
  architectures: ["LlamaForCausalLM"],
  hidden_size: int(4096),
  num_hidden_layers: int(32),
  num_attention_heads: int(32),
  num_key_value_heads: int(8),
  intermediate_size: int(14336),
  vocab_size: int(128256),
  max_position_embeddings: int(131072),
};

describe("arch_hash (spec §1.4)", () => {
  it("Llama-3.1-8B → 7aedb307…", () => {
    expect(archHashText(llamaArch)).toBe(
      '["llama", ["LlamaForCausalLM"], 4096, 32, 32, 8, 14336, 128256, 131072]',
    );
    expect(archHash(llamaArch)).toBe("7aedb307697a6552d03b8fd644fd0f1dc57e272887292754bd34b2bfea5d2ca0");
  });

  it("bloomz-560m with null num_key_value_heads → 5b5c2903…", () => {
    const f = {
      model_type: "bloom",
      architectures: ["BloomForCausalLM"],
      hidden_size: int(1024),
      num_hidden_layers: int(24),
      num_attention_heads: int(16),
      num_key_value_heads: null,
      intermediate_size: int(0),
      vocab_size: int(250880),
      max_position_embeddings: int(0),
    };
    expect(archHash(f)).toBe("5b5c29032c8d537dc176b6bd8238c8112858137c3635b042ff0e740579d0be68");
  });

  it("a float dimension hashes as written (4096.0), so the hash changes", () => {
    const f = { ...llamaArch, hidden_size: lit("4096.0") };
    expect(archHashText(f)).toBe('["llama", ["LlamaForCausalLM"], 4096.0, 32, 32, 8, 14336, 128256, 131072]');
    expect(archHash(f)).not.toBe(archHash(llamaArch));
  });

  it("escapes non-ASCII like Python's ensure_ascii", () => {
    const f = { ...llamaArch, architectures: ["Modèle"] };
    expect(archHashText(f)).toContain('["Mod\\u00e8le"]');
  });
});

describe("family_hash (spec §1.4)", () => {
  const base = {
    model_type: "llama",
    attention_style: "GQA",
    hidden_act: "silu",
    norm_type: "RMSNorm",
    tokenizer_hash: LLAMA_TOKENIZER,
    rope_theta: null,
    rope_scaling: undefined,
  };

  it("Llama-3.1-8B with the database's tokenizer hash and no rope_theta → 9047eb0a…", () => {
    expect(familyHashText(base)).toBe(
      `["llama", "GQA", "silu", "RMSNorm", "${LLAMA_TOKENIZER}", "none", "none"]`,
    );
    expect(familyHash(base)).toBe("9047eb0a6742f7bc4e2ae3db6f46419286344e905592e52b3872846a8d19d18b");
  });

  it("gemma-3-1b-it with the int rope_theta form → aefe567f…; the float form does not reproduce it", () => {
    const gemma = {
      model_type: "gemma3_text",
      attention_style: "MQA",
      hidden_act: "gelu_pytorch_tanh",
      norm_type: "RMSNorm",
      tokenizer_hash: GEMMA_TOKENIZER,
      rope_scaling: null,
    };
    expect(familyHash({ ...gemma, rope_theta: int(1000000) })).toBe(
      "aefe567f728bc98ea488de5b14e3670c7388e43e1f9fa1d43634fdad136c9a72",
    );
    expect(familyHash({ ...gemma, rope_theta: lit("1000000.0") })).not.toBe(
      "aefe567f728bc98ea488de5b14e3670c7388e43e1f9fa1d43634fdad136c9a72",
    );
  });
});

describe("rope_theta bucket: Py-str(Py-round(raw, -2))", () => {
  it.each([
    ["1000000", "1000000"],
    ["1000000.0", "1000000.0"],
    ["999999.4420358813", "1000000.0"],
    ["1e16", "1e+16"],
    ["10050", "10000"],
    ["10150", "10200"],
    ["10050.0", "10000.0"],
    ["500042.0", "500000.0"],
    ["1000042", "1000000"],
    ["-10050", "-10000"],
    ["123456789012345678901234567890", "123456789012345678901234567900"],
  ])("%s → %s", (raw, bucket) => {
    expect(ropeThetaBucket(lit(raw))).toBe(bucket);
  });

  it("None → none", () => {
    expect(ropeThetaBucket(null)).toBe("none");
  });
});

describe("rope_scaling type: the legacy type key only", () => {
  const obj = (text: string) => readConfigJson(new TextEncoder().encode(text), "x");
  it.each([
    ['{"type": "linear", "factor": 4.0}', "linear"],
    ['{"rope_type": "llama3", "factor": 8.0}', "none"],
    ['{"type": null}', "None"],
    ['{"type": 2}', "2"],
    ['{"type": 2.0}', "2.0"],
    ['{"type": true}', "True"],
    ["{}", "none"],
  ])("%s → %s", (text, type) => {
    expect(ropeScalingType(obj(text))).toBe(type);
  });

  it("null and non-objects → none", () => {
    expect(ropeScalingType(null)).toBe("none");
    expect(ropeScalingType(undefined)).toBe("none");
    expect(ropeScalingType("linear")).toBe("none");
  });
});
