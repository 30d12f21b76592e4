import { readdirSync, readFileSync, existsSync } from "node:fs";
import path from "node:path";
import { parse } from "lossless-json";
import { describe, expect, it } from "vitest";
import { MalformedInputError } from "../../../../src/engine/errors.js";
import { defaultTfv } from "../../../../src/engine/features/tokenizer/tfv.js";
import { tfvFromBundle, tfvToPyValue } from "../../../../src/engine/features/tokenizer/tfv-bundle.js";
import { tfvSimilarity } from "../../../../src/engine/features/tokenizer/tfv-similarity.js";
import { PyNumber, pyJsonDumps, type PyValue } from "../../../../src/engine/pycompat/py-json.js";

const FILE = "db/features/x_features.json";
const lossless = (text: string): unknown => parse(text, undefined, (n) => PyNumber.fromLiteral(n));

function rejects(dict: unknown, field: string, message: RegExp): void {
  let caught: unknown;
  try {
    tfvFromBundle(dict, FILE);
  } catch (err) {
    caught = err;
  }
  expect(caught).toBeInstanceOf(MalformedInputError);
  const e = caught as MalformedInputError;
  expect(e.file).toBe(FILE);
  expect(e.field).toBe(field);
  expect(e.message).toMatch(message);
}

describe("tfvFromBundle", () => {
  it("applies pydantic's defaults to absent fields (§2.2)", () => {
    expect(tfvFromBundle({ vocab_size: 5, tokenizer_class: "T" }, FILE)).toEqual(defaultTfv(5, "T"));
  });

  it("reads every field and ignores unknown keys", () => {
    const dict = {
      vocab_size: 10,
      tokenizer_class: "GPT2Tokenizer",
      bos_token_id: 1,
      eos_token_id: null,
      pad_token_id: 3,
      num_added_tokens: 4,
      num_special_tokens: 5,
      num_merges: 6,
      first_5_merges: ["a b"],
      merge_rule_hash: "h",
      all_merges_str: "a b",
      special_token_ids: { pad: 3, unk: null, error: 1 },
      pct_single_char: 0.5,
      avg_token_length: 2,
      max_token_length: 7,
      pct_whitespace_prefix: 0.25,
      pct_byte_tokens: 0,
      script_distribution: { Latin: 1 },
      something_new: [1, 2],
    };
    const { something_new: _, ...expected } = dict;
    expect(tfvFromBundle(dict, FILE)).toEqual(expected);
  });

  it("accepts lossless-json PyNumber leaves and pydantic's lax coercions", () => {
    const dict = lossless(
      '{"vocab_size": 7.0, "tokenizer_class": "T", "bos_token_id": true, "eos_token_id": "12", ' +
        '"avg_token_length": 3, "pct_byte_tokens": "0.5", "script_distribution": {"Latin": 1}}',
    );
    expect(tfvFromBundle(dict, FILE)).toMatchObject({
      vocab_size: 7,
      bos_token_id: 1,
      eos_token_id: 12,
      avg_token_length: 3,
      pct_byte_tokens: 0.5,
      script_distribution: { Latin: 1 },
    });
  });

  it("keeps keys such as __proto__ as plain data", () => {
    const dict = JSON.parse(
      '{"vocab_size": 1, "tokenizer_class": "T", "script_distribution": {"__proto__": 1}}',
    );
    const f = tfvFromBundle(dict, FILE);
    expect(Object.keys(f.script_distribution)).toEqual(["__proto__"]);
    expect(Object.getPrototypeOf(f.script_distribution)).toBe(Object.prototype);
  });

  it("throws MalformedInputError naming the file and field for missing or mistyped fields", () => {
    rejects({ tokenizer_class: "T" }, "tfv.vocab_size", /required field is missing/);
    rejects({ vocab_size: 1 }, "tfv.tokenizer_class", /required field is missing/);
    rejects(
      { vocab_size: 1.5, tokenizer_class: "T" },
      "tfv.vocab_size",
      /expected an integer, got number 1.5/,
    );
    rejects({ vocab_size: 1, tokenizer_class: 5 }, "tfv.tokenizer_class", /expected a string, got number 5/);
    rejects(
      { vocab_size: 1, tokenizer_class: "T", bos_token_id: "x" },
      "tfv.bos_token_id",
      /expected an integer/,
    );
    rejects({ vocab_size: 1, tokenizer_class: "T", num_merges: null }, "tfv.num_merges", /got null/);
    rejects(
      { vocab_size: 1, tokenizer_class: "T", first_5_merges: ["a", 1] },
      "tfv.first_5_merges",
      /item 1/,
    );
    rejects(
      { vocab_size: 1, tokenizer_class: "T", special_token_ids: { pad: "x" } },
      "tfv.special_token_ids",
      /key "pad": expected an integer/,
    );
    rejects(
      { vocab_size: 1, tokenizer_class: "T", script_distribution: [] },
      "tfv.script_distribution",
      /a list/,
    );
    rejects(lossless('{"vocab_size": 2.5, "tokenizer_class": "T"}'), "tfv.vocab_size", /number 2.5/);
    rejects([], "tfv", /expected an object, got a list/);
    rejects(null, "tfv", /got null/);
  });
});

describe("tfvToPyValue", () => {
  it("writes float fields as Python floats and drops all_merges_str on request", () => {
    const f = { ...defaultTfv(3, "T"), avg_token_length: 2, script_distribution: { Latin: 1 } };
    expect(pyJsonDumps(tfvToPyValue(f, false))).toBe(
      '{"vocab_size": 3, "tokenizer_class": "T", "bos_token_id": null, "eos_token_id": null, ' +
        '"pad_token_id": null, "num_added_tokens": null, "num_special_tokens": null, "num_merges": 0, ' +
        '"first_5_merges": [], "merge_rule_hash": "", "special_token_ids": {}, "pct_single_char": null, ' +
        '"avg_token_length": 2.0, "max_token_length": null, "pct_whitespace_prefix": 0.0, ' +
        '"pct_byte_tokens": 0.0, "script_distribution": {"Latin": 1.0}}',
    );
    expect(Object.keys(tfvToPyValue(f))).toContain("all_merges_str");
  });
});

// The reference's shipped database (../shared, beside the repository): 152 real tfv dicts.
const DB = path.resolve(
  import.meta.dirname,
  "../../../../../shared/data/provenancekit-db/features/base/by-family",
);
const dbPresent = existsSync(DB);
if (!dbPresent) console.warn(`skipping database bundle tests: ${DB} is absent`);

describe.skipIf(!dbPresent)("the reference database's tfv dicts", () => {
  const files = dbPresent
    ? readdirSync(DB, { recursive: true, encoding: "utf8" }).filter((f) => f.endsWith("_features.json"))
    : [];

  it("all 152 parse, dump back to Python's exact JSON and are self-similar at 0.925", () => {
    expect(files).toHaveLength(152);
    for (const file of files) {
      const raw = (lossless(readFileSync(path.join(DB, file), "utf8")) as { tfv: PyValue }).tfv;
      const f = tfvFromBundle(raw, file);
      expect(pyJsonDumps(tfvToPyValue(f, false)), file).toBe(pyJsonDumps(raw));
      // No all_merges_str on either side: merge identity gives 0.075 of 0.15.
      expect(tfvSimilarity(f, f), file).toBe(0.925);
    }
  });
});
