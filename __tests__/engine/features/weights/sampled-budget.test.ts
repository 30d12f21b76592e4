// Design §11 budget of the sampled profile on a 7B-shaped model: the virtual Llama-2-7B (13.5 GB
// BF16, two shards) served by the loopback Hub. Counts every request the Hub saw, metadata
// included: requests ≤ 2,000 and bytes ≤ 2 % of the weight bytes, no response over 1 MiB.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { extractWeightSignalsSampled } from "../../../../src/engine/features/weights/extract-sampled.js";
import { openWeights } from "../../../../src/engine/formats/safetensors/weights.js";
import { openModel } from "../../../../src/engine/model/open-model.js";
import { startLoopbackHub, type LoopbackHub } from "../../../helpers/loopback-hub.js";
import { virtualLlama } from "../../../helpers/virtual-model.js";

const llama = virtualLlama();
const REPO = "meta-llama/Llama-2-7b-virtual";
/** 64 anchors spread over the vocabulary, none adjacent: the worst case for coalescing. */
const ANCHORS = Array.from({ length: 64 }, (_, i) => (i * 499 + 17) % 32000);
const MAX_RESPONSE_BYTES = 1024 * 1024;

describe("sampled profile on a virtual Llama-2-7B over the loopback Hub", () => {
  let hub: LoopbackHub;
  beforeAll(async () => {
    hub = await startLoopbackHub({ repos: [llama.servedRepo(REPO)] });
  });
  afterAll(async () => hub.close());

  it("stays within design §11: ≤ 2,000 requests, ≤ 2 % of weight bytes", async () => {
    const model = await openModel(REPO, { hubUrl: hub.url, cwd: "/nonexistent-cwd" });
    const set = await openWeights(model);
    const s = await extractWeightSignalsSampled(set, {
      anchorIds: ANCHORS,
      hiddenSize: 4096,
      numLayers: 32,
      vocabSize: 32000,
      numHeads: 32,
    });
    const bytes = hub.requests.reduce((n, r) => n + r.bytes, 0);
    const largest = Math.max(...hub.requests.map((r) => r.bytes));
    console.log(
      `virtual 7B sampled: ${hub.requests.length} requests, ${bytes} bytes ` +
        `(${((100 * bytes) / llama.weightBytes).toFixed(3)} % of ${llama.weightBytes}), largest ${largest}`,
    );
    expect(hub.requests.length).toBeLessThanOrEqual(2000);
    expect(bytes).toBeLessThanOrEqual(0.02 * llama.weightBytes);
    expect(largest).toBeLessThanOrEqual(MAX_RESPONSE_BYTES);
    expect(hub.requests.every((r) => r.status === 200 || r.status === 206)).toBe(true);
    expect(s.eas_anchor_count).toBe(64);
    expect(s.nlf_num_layers).toBe(65);
    expect(s.lep_profile?.length).toBe(32);
    expect(s.wvc_layer_sigs?.get(31)?.length).toBe(7 * 4096);
    expect(s.end_histogram?.length).toBe(20);
  }, 60_000);
});
