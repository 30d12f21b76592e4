// The reference database as shipped upstream (../shared/data/provenancekit-db, outside the
// repository): every stored arch_hash and param_bucket must re-derive (spec §12.6).

import { existsSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { parseStoredMfi } from "../../../src/engine/features/metadata/stored-mfi.js";
import { dbCheck, loadReferenceDatabase, readBundle } from "../../../src/engine/reference/index.js";

const DB = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  "../../../../shared/data/provenancekit-db",
);
const present = existsSync(path.join(DB, "catalog", "manifest.json"));
if (!present) console.log(`skipping shipped-database tests: ${DB} is absent`);

describe.skipIf(!present)("shipped provenancekit database", () => {
  it("re-derives 152 of 152 arch hashes and parameter buckets; family hashes 148 + 4 int-form", async () => {
    const r = await dbCheck(DB);
    expect(r.problems).toEqual([]);
    expect(r.total).toBe(152);
    expect(r.reproduced).toBe(152);
    expect(r.entries.filter((e) => e.arch_hash.ok)).toHaveLength(152);
    expect(r.entries.filter((e) => e.param_bucket.ok)).toHaveLength(152);
    expect(r.entries.flatMap((e) => e.problems)).toEqual([]);
    expect(r.family_hash).toEqual({ float_rule: 148, int_form: 4, total: 152 });
    expect(r.entries.filter((e) => e.family_hash.rule === "int-form").map((e) => e.asset_id)).toEqual([
      "gemma-3-1b-it__hf-safetensors",
      "internlm2_5-1_8b-chat__hf-safetensors",
      "internlm2_5-7b-chat__hf-safetensors",
      "internlm2_5-20b-chat__hf-safetensors",
    ]);
  });

  it("loads 39 families and 152 assets in catalog order", async () => {
    const db = await loadReferenceDatabase(DB);
    expect(db.problems).toEqual([]);
    expect(db.manifest.shard_strategy).toBe("by_family");
    expect(db.families.size).toBe(39);
    expect([...db.families.keys()][0]).toBe("01ai--yi");
    expect(db.assets).toHaveLength(152);
    expect(db.assets[0]).toMatchObject({
      asset_id: "Yi-1.5-6B__hf-safetensors",
      family_id: "01ai--yi",
      param_bucket: "1-10B",
      format: "safetensors",
    });
    const llama = db.assets.find((a) => a.asset_id === "Llama-3.1-8B__hf-safetensors");
    if (!llama) throw new Error("Llama-3.1-8B missing from the catalog");
    const { bundle, problems } = await readBundle(db, llama);
    expect(problems).toEqual([]);
    expect(bundle?.artifact_refs[0]?.type).toBe("deep_signals");
    const fp = parseStoredMfi(bundle?.mfi ?? {});
    expect(fp.problems).toEqual([]);
    expect(fp.fingerprint.arch_hash).toBe("7aedb307697a6552d03b8fd644fd0f1dc57e272887292754bd34b2bfea5d2ca0");
    expect(fp.fingerprint.family_hash).toBe(
      "9047eb0a6742f7bc4e2ae3db6f46419286344e905592e52b3872846a8d19d18b",
    );
  });
});
