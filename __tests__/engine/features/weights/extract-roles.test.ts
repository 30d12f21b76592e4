// Roles in extraction (design §4 item 3): a checkpoint renamed to invented names (layer number kept
// as a path segment) and one with its embedding stored transposed yield the original's signals in
// both profiles. Also: the comparability rule and the row plan.
import { describe, expect, it } from "vitest";
import { comparableSignals } from "../../../../src/engine/features/weights/extract-full.js";
import { samplingDescriptor } from "../../../../src/engine/features/weights/extract-sampled.js";
import { DEFAULT_SAMPLING, sampleBlocks } from "../../../../src/engine/features/weights/sample-plan.js";
import { makeModel, type GeneratedTensor } from "../../../helpers/model-factory.js";
import { layerOf, rewriteWeights, signalsOf, type ProfileName } from "./weights-fixtures.js";

const base = makeModel({ arch: "llama", seed: 3, hidden: 128, layers: 3, heads: 4, vocab: 1024 });
const original = rewriteWeights(base, (ts) => ts.map((t) => ({ ...t })));

/**
 * Invented names that no reference rule recognises and that sort as the originals do (a renamed
 * file is re-written in its new names' order): layer tensors become `b.<layer>.p<k>` with k the
 * rank of the original suffix; the embedding `a.tok`, the final norm `c.fin`, the head `d.out`.
 */
function inventedNames(tensors: readonly GeneratedTensor[]): Map<string, string> {
  const suffixes = [
    ...new Set(tensors.flatMap((t) => (layerOf(t.name) === null ? [] : [suffix(t.name)]))),
  ].sort();
  const fixed: Record<string, string> = {
    "model.embed_tokens.weight": "a.tok",
    "model.norm.weight": "c.fin",
    "lm_head.weight": "d.out",
  };
  return new Map(
    tensors.map((t) => {
      const layer = layerOf(t.name);
      const name = layer === null ? fixed[t.name] : `b.${layer}.p${suffixes.indexOf(suffix(t.name))}`;
      if (name === undefined) throw new Error(`no invented name for ${t.name}`);
      return [t.name, name];
    }),
  );
}
const suffix = (name: string): string => name.replace(/^model\.layers\.\d+\./, "");

function transpose(t: GeneratedTensor): Float32Array {
  const [rows = 0, cols = 0] = t.shape;
  const out = new Float32Array(rows * cols);
  for (let r = 0; r < rows; r++)
    for (let c = 0; c < cols; c++) out[c * rows + r] = t.values[r * cols + c] as number;
  return out;
}

describe.each(["full", "sampled"] as ProfileName[])("%s profile: roles by shape", (profile) => {
  it("gives a renamed checkpoint exactly the original's signals", async () => {
    const names = inventedNames(base.tensors);
    const renamed = rewriteWeights(base, (ts) =>
      ts.map((t) => ({ ...t, name: names.get(t.name) ?? t.name })),
    );
    const a = await signalsOf(original, profile);
    const b = await signalsOf(renamed, profile);
    expect(a.eas_anchor_count).toBe(64);
    expect(a.wvc_layer_sigs?.size).toBe(3);
    expect(a.nlf_num_layers).toBe(7);
    expect(b).toEqual(a);
  });

  it("reads a transposed ([D, V]) embedding's columns: same EAS and END as the [V, D] layout", async () => {
    const transposed = rewriteWeights(base, (ts) =>
      ts.map((t) =>
        t.name === "model.embed_tokens.weight"
          ? { name: t.name, shape: [t.shape[1] ?? 0, t.shape[0] ?? 0], values: transpose(t) }
          : { ...t },
      ),
    );
    const a = await signalsOf(original, "full");
    const b = await signalsOf(transposed, profile);
    expect(b.eas_anchor_count).toBe(64);
    expect(b.eas_self_sim).toEqual(a.eas_self_sim);
    expect(b.end_histogram).toEqual(a.end_histogram); // read whole: exact even when sampled
  });
});

describe("comparableSignals", () => {
  const sampled = samplingDescriptor(DEFAULT_SAMPLING);
  const all = { eas: true, nlf: true, lep: true, end: true };
  it("keeps EAS, NLF, LEP and END across profiles; WVC only for equal sampling", () => {
    expect(comparableSignals({ profile: "full" }, { profile: "full" })).toEqual({ ...all, wvc: true });
    expect(comparableSignals(sampled, { ...sampled })).toEqual({ ...all, wvc: true });
    expect(comparableSignals(sampled, { profile: "full" })).toEqual({ ...all, wvc: false });
    expect(comparableSignals(undefined, sampled)).toEqual({ ...all, wvc: false });
    expect(comparableSignals(undefined, { profile: "full" })).toEqual({ ...all, wvc: true });
    for (const change of [{ seed: 1 }, { rows_per_block: 16 }, { version: 1 }, { end_blocks: 8 }]) {
      expect(comparableSignals(sampled, { ...sampled, ...change }).wvc).toBe(false);
    }
  });
});

describe("sampleBlocks", () => {
  const { blocks, rowsPerBlock, seed } = DEFAULT_SAMPLING;
  it("takes one run per segment, inside the tensor, from shape and role position only", () => {
    const plan = sampleBlocks(11008, blocks, rowsPerBlock, seed, [11008, 4096, 5]);
    expect(plan).toHaveLength(4);
    plan.forEach((b, i) => {
      expect(b.count).toBe(4);
      expect(b.start).toBeGreaterThanOrEqual(i * 2752);
      expect(b.start + b.count).toBeLessThanOrEqual((i + 1) * 2752);
    });
    expect(sampleBlocks(11008, blocks, rowsPerBlock, seed, [11008, 4096, 5])).toEqual(plan);
    expect(sampleBlocks(11008, blocks, rowsPerBlock, seed, [11008, 4096, 6])).not.toEqual(plan);
  });

  it("reads every row of a small tensor and nothing of an empty one", () => {
    expect(sampleBlocks(32, 4, 8, seed, [32, 4])).toEqual([{ start: 0, count: 32 }]);
    expect(sampleBlocks(0, 4, 8, seed, [0, 4])).toEqual([]);
    expect(sampleBlocks(33, 4, 8, seed, [33, 4])).toEqual([
      { start: 0, count: 8 },
      { start: 8, count: 8 },
      { start: 16, count: 8 },
      { start: 24, count: 8 },
    ]);
  });
});
