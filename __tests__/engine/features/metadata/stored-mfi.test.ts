import { describe, expect, it } from "vitest";
import { readConfigJson } from "../../../../src/engine/features/metadata/config-json.js";
import { archHash, familyHash } from "../../../../src/engine/features/metadata/hashes.js";
import { extractMfi } from "../../../../src/engine/features/metadata/mfi.js";
import {
  mfiToPyValue,
  parseStoredMfi,
  storedArchFields,
  storedFamilyFields,
} from "../../../../src/engine/features/metadata/stored-mfi.js";
import { pyJsonDumps } from "../../../../src/engine/pycompat/py-json.js";
import * as real from "./real-configs.js";

const obj = (text: string) => readConfigJson(new TextEncoder().encode(text), "bundle.json");

describe("stored MFI", () => {
  it("round-trips: our fingerprint in the Python form parses back to itself", () => {
    const fp = extractMfi(obj(real.GEMMA_3_1B_IT), {
      bosTokenId: 2,
      eosTokenId: 1,
      tokenizerHash: real.GEMMA_TOKENIZER_HASH,
    });
    const text = pyJsonDumps(mfiToPyValue(fp));
    expect(text).toContain('"rope_theta": 1000000.0, "rope_scaling": null');
    expect(text).toContain('"gqa_ratio": 4.0');
    expect(
      text.startsWith(
        '{"model_type": "gemma3_text", "architectures": ["Gemma3ForCausalLM"], "hidden_size": 1152',
      ),
    ).toBe(true);
    const back = parseStoredMfi(obj(text));
    expect(back.problems).toEqual([]);
    expect(back.fingerprint).toEqual(fp);
    // The stored form has lost the int rope_theta: re-deriving uses the float and differs.
    const fam = storedFamilyFields(obj(text));
    if (Array.isArray(fam)) throw new Error("family fields expected");
    expect(familyHash(fam)).not.toBe(fp.family_hash);
    const arch = storedArchFields(obj(text));
    if (Array.isArray(arch)) throw new Error("arch fields expected");
    expect(archHash(arch)).toBe(fp.arch_hash);
  });

  it("missing fields take the pydantic defaults; wrong types are problems", () => {
    const r = parseStoredMfi(
      obj('{"hidden_size": 4096.0, "vocab_size": "x", "qk_norm": 1, "rope_theta": 10000}'),
    );
    expect(r.fingerprint).toMatchObject({
      model_type: "unknown",
      architectures: ["unknown"],
      hidden_size: 4096,
      vocab_size: 0,
      qk_norm: false,
      rope_theta: 10000,
      num_key_value_heads: null,
      gqa_ratio: 1.0,
      arch_hash: "",
    });
    expect(r.problems).toEqual([
      { field: "mfi.vocab_size", message: 'expected an integer, found a string ("x")' },
      { field: "mfi.qk_norm", message: "expected true or false, found an integer (1)" },
    ]);
    expect(storedArchFields(obj("{}"))).toHaveLength(9);
  });
});
