// Full-profile weight signals on hand-built safetensors files whose expected values are worked out
// by hand in the comments (provenancekit §4.2–§4.7, design §4 item 4).
import { describe, expect, it } from "vitest";
import { extractWeightSignalsFull } from "../../../../src/engine/features/weights/extract-full.js";
import { openWeights } from "../../../../src/engine/formats/safetensors/weights.js";
import { endHistogram } from "../../../../src/engine/scoring/end-histogram.js";
import { encodeTensor, f16Bits } from "../../../helpers/dtype-encoders.js";
import { MemoryModelSource } from "../../../helpers/memory-model-source.js";
import { writeSafetensors, type TensorSpec } from "../../../helpers/safetensors-writer.js";

function tensor(name: string, shape: number[], values: ArrayLike<number>, dtype = "F32"): TensorSpec {
  return { name, dtype, shape, data: encodeTensor(dtype, values) };
}

const fill = (n: number, v: number): number[] => new Array<number>(n).fill(v);

/** up_proj: 512 × 1, 256 × −1, 256 × 0 → Σx² = 768, 512 positive, 256 near zero. */
const UP = [...fill(512, 1), ...fill(256, -1), ...fill(256, 0)];

/** Row v = (v + 1)·e_(v mod 4), row 19 = 0: unit rows are exact, norms are 1…19 and 0. */
function embeddingValues(): number[] {
  const out = fill(20 * 4, 0);
  for (let v = 0; v < 19; v++) out[v * 4 + (v % 4)] = v + 1;
  return out;
}

/** Written in this (offset) order on purpose: neither name order nor layer order. */
const MODEL_A: TensorSpec[] = [
  tensor("model.norm.weight", [64], fill(64, 3)),
  tensor("model.layers.1.input_layernorm.weight", [64], fill(64, 2)),
  tensor("model.layers.0.input_layernorm.weight", [64], fill(64, 1)),
  tensor("model.layers.0.self_attn.q_norm.weight", [32], fill(32, 9)), // < 64 values: not NLF
  tensor("model.layers.0.mlp.up_proj.weight", [32, 32], UP),
  tensor("model.layers.0.self_attn.q_proj.weight", [2, 2], [3, 4, 0, 0]),
  tensor("model.layers.0.scale", [], [7]), // rank 0: skipped everywhere
  tensor("model.layers.1.post_attention_layernorm.weight", [2, 64], fill(128, 0.5)), // 2-D norm
  tensor("model.layers.1.mlp.extra.bias", [1024], fill(1024, -2)), // 1-D ≥ 1024: WSP only
  tensor("model.layers.3.self_attn.v_proj.weight", [2, 2], [1, 0, 0, 0]),
  tensor("model.layers.3.mlp.c_fc.weight", [2, 2], [0, 0, 0, 2]), // role "other": LEP, no WVC
  tensor("model.embed_tokens.weight", [20, 4], embeddingValues()),
];

/** Anchor 0 is the zero row (normalised by 1e-8 → zero), anchors 1…15 are rows 0…14. */
const ANCHORS = [19, ...Array.from({ length: 15 }, (_, i) => i)];

async function extract(
  files: Record<string, Uint8Array>,
  anchorIds: number[] | null = ANCHORS,
  extra: { wvcSubsample?: number; blockElements?: number } = {},
) {
  const set = await openWeights(new MemoryModelSource(files));
  return extractWeightSignalsFull(set, { anchorIds, hiddenSize: 4, numLayers: 4, ...extra });
}

const modelA = (): Record<string, Uint8Array> => ({ "model.safetensors": writeSafetensors(MODEL_A) });

describe("extractWeightSignalsFull on a hand-built model", () => {
  it("LEP: per-layer Σ Frobenius norms over dim ≥ 2 tensors, gaps 0, divided by the maximum", async () => {
    const s = await extract(modelA(), ANCHORS, { wvcSubsample: 100 });
    const e0 = Math.sqrt(768) + 5; // up_proj + q_proj
    const e1 = Math.sqrt(32); // the 2-D norm counts; the 1-D bias does not
    const e3 = 1 + 2; // v_proj + c_fc
    expect(s.lep_profile).toEqual(Float64Array.from([1, e1 / e0, 0, e3 / e0]));
    expect(s.hidden_size).toBe(4);
    expect(s.num_layers).toBe(4);
  });

  it("WSP: positive and near-zero shares of layer tensors with ≥ 1024 values", async () => {
    const s = await extract(modelA());
    // layer 0: up_proj (512 + , 256 ~0 of 1024); layer 1: the bias (all −2); layer 3 too small
    expect(s.wsp_signature).toEqual(Float64Array.from([0.5, 0.25, 0, 0]));
  });

  it("WVC: strided samples of non-excluded 2-D layer tensors, concatenated in offset order", async () => {
    const s = await extract(modelA(), ANCHORS, { wvcSubsample: 100 });
    // up_proj: stride ⌊1024/100⌋ = 10, indices 0…990: 52 × 1 (≤ 510), 25 × −1 (520…760), 23 × 0
    const up = [...fill(52, 1), ...fill(25, -1), ...fill(23, 0)];
    expect(s.wvc_layer_sigs).toEqual(
      new Map([
        [0, Float32Array.from([...up, 3, 4, 0, 0])],
        [3, Float32Array.from([1, 0, 0, 0])],
      ]),
    );
  });

  it("WVC keeps whole tensors at the default subsample of 4096", async () => {
    const s = await extract(modelA());
    expect(s.wvc_layer_sigs?.get(0)).toEqual(Float32Array.from([...UP, 3, 4, 0, 0]));
    expect([...(s.wvc_layer_sigs?.keys() ?? [])]).toEqual([0, 3]);
  });

  it("NLF: 1-D norm vectors of ≥ 64 values in sorted-name order, direct when equal lengths", async () => {
    const s = await extract(modelA());
    expect(s.nlf_mode).toBe("direct");
    expect(s.nlf_num_layers).toBe(3);
    expect(s.nlf_vector).toEqual(Float32Array.from([...fill(64, 1), ...fill(64, 2), ...fill(64, 3)]));
  });

  it("EAS: normalised anchor rows, S = N·Nᵀ; a zero row stays zero", async () => {
    const s = await extract(modelA());
    const k = 16;
    const expected = new Float32Array(k * k);
    for (let i = 1; i < k; i++) {
      for (let j = 1; j < k; j++) expected[i * k + j] = (i - 1) % 4 === (j - 1) % 4 ? 1 : 0;
    }
    expect(s.eas_anchor_count).toBe(16);
    expect(s.eas_self_sim).toEqual({ k, data: expected });
  });

  it("END: histogram of every row norm (1…19 and 0)", async () => {
    const s = await extract(modelA());
    const norms = Float32Array.from([...Array.from({ length: 19 }, (_, v) => v + 1), 0]);
    expect(s.end_histogram).toEqual(endHistogram(norms));
    expect(s.end_histogram?.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 9);
  });

  it("gives identical results when every tensor is read in tiny row blocks", async () => {
    const whole = await extract(modelA(), ANCHORS, { wvcSubsample: 100 });
    const blocks = await extract(modelA(), ANCHORS, { wvcSubsample: 100, blockElements: 3 });
    expect(blocks).toEqual(whole);
  });

  it("has no EAS and no END with fewer than 16 anchors or none", async () => {
    for (const ids of [ANCHORS.slice(0, 15), null]) {
      const s = await extract(modelA(), ids);
      expect([s.eas_self_sim, s.end_histogram, s.eas_anchor_count]).toEqual([null, null, 0]);
      expect(s.lep_profile).not.toBeNull();
    }
  });

  it("rejects an anchor id that is not a row of the embedding", async () => {
    await expect(extract(modelA(), [...ANCHORS.slice(0, 15), 20])).rejects.toThrow(/anchor id 20/);
  });

  it("has no EAS and no END for an embedding of more than 1,000,000 rows", async () => {
    const big = tensor("model.embed_tokens.weight", [1_000_001, 1], new Uint8Array(1_000_001), "U8");
    const s = await extract({ "model.safetensors": writeSafetensors([big]) });
    expect([s.eas_self_sim, s.end_histogram, s.eas_anchor_count]).toEqual([null, null, 0]);
  });
});

describe("extractWeightSignalsFull edge cases", () => {
  it("NLF stats mode: f32 [mean, std, max, min] per vector when lengths differ; no layers → nulls", async () => {
    const ramp = Array.from({ length: 64 }, (_, i) => i);
    const file = writeSafetensors([
      tensor("b.norm.weight", [128], fill(128, 0.25)),
      tensor("a.norm.weight", [64], ramp),
    ]);
    const s = await extract({ "model.safetensors": file });
    expect(s.nlf_mode).toBe("stats");
    expect(s.nlf_num_layers).toBe(2);
    // a: mean 2016/64 = 31.5, variance (64² − 1)/12 = 341.25, std rounded to f32
    const std = Math.fround(Math.sqrt(341.25));
    expect(s.nlf_vector).toEqual(Float64Array.from([31.5, std, 63, 0, 0.25, 0, 0.25, 0.25]));
    expect([s.lep_profile, s.wsp_signature, s.wvc_layer_sigs]).toEqual([null, null, null]);
    expect([s.eas_self_sim, s.end_histogram]).toEqual([null, null]);
  });

  it("NLF stats reproduce numpy's float32 mean and std (golden from numpy 2.4.6)", async () => {
    // numpy: v = np.array([((i*7919) % 1000)/997 + 0.1 for i in range(300)], dtype=np.float32)
    const v = Array.from({ length: 300 }, (_, i) => ((i * 7919) % 1000) / 997 + 0.1);
    const file = writeSafetensors([
      tensor("a.norm.weight", [300], v),
      tensor("b.norm.weight", [64], fill(64, 1)),
    ]);
    const s = await extract({ "model.safetensors": file });
    // float(v.mean()), float(v.std()), max, min; in f64 the mean would be 0.6020060179879269
    const golden = [0.6020060181617737, 0.2911202311515808, 1.0989969968795776, 0.10000000149011612];
    expect([...(s.nlf_vector ?? []).slice(0, 4)]).toEqual(golden);
  });

  it("takes shards in file-name order for WVC pieces", async () => {
    const s = await extract({
      "b.safetensors": writeSafetensors([tensor("model.layers.0.mlp.down_proj.weight", [1, 2], [5, 6])]),
      "a.safetensors": writeSafetensors([tensor("model.layers.0.self_attn.q_proj.weight", [1, 2], [7, 8])]),
    });
    expect(s.wvc_layer_sigs).toEqual(new Map([[0, Float32Array.from([7, 8, 5, 6])]]));
  });

  it("WSP near-zero: |x| < 1e-4 counts the same as the native F16 comparison", async () => {
    expect(f16Bits(1e-4)).toBe(0x068e); // 1e-4 rounds up to 1.0001659e-4 in F16
    const values = [...fill(1020, 1), 1e-4, 9.99e-5, 0, -9.99e-5]; // > 0: 1022; near zero: the last three
    const file = writeSafetensors([tensor("h.0.mlp.c_proj.bias", [1024], values, "F16")]);
    const s = await extract({ "model.safetensors": file });
    expect(s.wsp_signature).toEqual(Float64Array.from([1022 / 1024, 3 / 1024]));
    expect(s.lep_profile).toBeNull(); // 1-D only: no energy
  });

  it("rejects a subsample or block size that is not a positive integer", async () => {
    await expect(extract(modelA(), ANCHORS, { wvcSubsample: 0 })).rejects.toThrow(/wvcSubsample/);
    await expect(extract(modelA(), ANCHORS, { blockElements: 1.5 })).rejects.toThrow(/blockElements/);
  });
});
