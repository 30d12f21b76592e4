// fingerprint and compare on the real small models and on factory models behind the loopback Hub.
import { cp, mkdtemp, rm } from "node:fs/promises";
import { existsSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { compareFingerprints } from "../../src/engine/compare.js";
import { archHash } from "../../src/engine/features/metadata/index.js";
import { PyNumber } from "../../src/engine/pycompat/py-json.js";
import { fingerprintModel, type FingerprintResult } from "../../src/engine/fingerprint.js";
import { openModel } from "../../src/engine/model/open-model.js";
import { makeModel } from "../helpers/model-factory.js";
import { startLoopbackHub, type LoopbackHub } from "../helpers/loopback-hub.js";

const MODELS = path.resolve(import.meta.dirname, "../../../shared/data/models");
const shared = existsSync(MODELS);
if (!shared) console.warn(`skipping shared-model compare tests: ${MODELS} is absent`);
async function fp(ref: string, hubUrl?: string): Promise<FingerprintResult> {
  const model = await openModel(ref, { cwd: "/", ...(hubUrl ? { hubUrl } : {}) });
  try {
    return await fingerprintModel(model);
  } finally {
    await model.close();
  }
}

describe.skipIf(!shared)("compare on the shared real models", () => {
  it("a quantised copy: tier 1 metadata, identical tokenizers, a weight match", async () => {
    const r = compareFingerprints(await fp(`${MODELS}/stories260K`), await fp(`${MODELS}/stories260K-q80`));
    expect(r.mfi).toEqual({ tier: 1, score: 1, match_type: "exact" });
    expect(r.signals).toEqual({ eas: 1, nlf: 1, lep: 1, end: 0.9999, wvc: 1, tfv: 1, voa: 1 });
    expect([r.tokenizer_score, r.identity_score]).toEqual([1, 1]);
    expect(r.verdict.label).toBe("high-confidence-match");
    expect(r.verdict.related).toBe(true);
  });

  it("the same metadata without the weights' lineage: tier 1 yet not matched", async () => {
    const r = compareFingerprints(await fp(`${MODELS}/stories260K`), await fp(`${MODELS}/llama2xs-scratch`));
    expect(r.mfi).toEqual({ tier: 2, score: 0.9, match_type: "family" });
    expect(r.identity_score).toBe(0.5847);
    expect(r.verdict.label).toBe("not-matched");
  });

  it("a Llama against a GPT-2: soft metadata score, little vocabulary overlap", async () => {
    const a = await fp(`${MODELS}/stories260K`);
    const b = await fp(`${MODELS}/tiny-gpt2-medical`);
    const r = compareFingerprints(a, b);
    expect(r.mfi.tier).toBe(3);
    expect(r.mfi.match_type).toBe("soft_match");
    expect(r.signals.voa).toBeLessThan(0.01);
    expect(r.verdict.label).toBe("not-matched");
    // Residual widths 64 and 2: the lineage test cannot share a weight, so it is not run.
    expect(r.lineage).toBeNull();
    expect(r.verdict.basis).toBe("residual widths differ (64 and 2): no layer weight can be shared as it is");
    expect(Object.keys(r).sort()).toEqual(
      [
        "a",
        "b",
        "bytes_read",
        "identity_score",
        "lineage",
        "mfi",
        "requests",
        "seconds",
        "signals",
        "tokenizer_score",
        "verdict",
        "warnings",
      ].sort(),
    );
  });

  it("a model without tokenizer files has no TFV and says so", async () => {
    const { fingerprint, tokenizer } = await fp(`${MODELS}/capp-gpt`);
    expect([fingerprint.tfv, tokenizer, fingerprint.mfi.token_id_signature]).toEqual([
      null,
      null,
      "bos=None|eos=None",
    ]);
    expect(fingerprint.warnings).toEqual([
      "no tokenizer files: TFV and VOA are unavailable and the MFI token ids are null",
    ]);
  });

  it("GPT-2 vocab.json + merges.txt and tokenizer.json give the same features", async () => {
    const dir = await mkdtemp(path.join(tmpdir(), "pg-tok-"));
    try {
      const src = `${MODELS}/tiny-gpt2-random-a`;
      for (const [sub, files] of [
        ["json", ["config.json", "tokenizer.json", "tokenizer_config.json", "special_tokens_map.json"]],
        [
          "bpe",
          ["config.json", "vocab.json", "merges.txt", "tokenizer_config.json", "special_tokens_map.json"],
        ],
      ] as const) {
        for (const f of files) await cp(`${src}/${f}`, `${dir}/${sub}/${f}`);
      }
      const viaJson = await fp(`${dir}/json`);
      const viaBpe = await fp(`${dir}/bpe`);
      expect(viaJson.tokenizer?.format).toBe("tokenizer.json");
      expect(viaBpe.tokenizer?.format).toBe("vocab.json+merges.txt");
      expect(viaBpe.fingerprint.tfv).toEqual(viaJson.fingerprint.tfv);
      expect(viaBpe.fingerprint.mfi).toEqual(viaJson.fingerprint.mfi);
      for (const s of ["Hello world", " provenance of weights", "naïve café 123"])
        expect(viaBpe.tokenizer?.encode(s)).toEqual(viaJson.tokenizer?.encode(s));
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe("fingerprint through the loopback Hub", () => {
  const SHA = "ab".repeat(20);
  const model = makeModel({
    arch: "llama",
    seed: 11,
    hidden: 64,
    layers: 2,
    heads: 4,
    kvHeads: 2,
    vocab: 400,
  });
  let hub: LoopbackHub;
  beforeAll(async () => {
    hub = await startLoopbackHub({ repos: [model.servedRepo("org/llama", SHA)] });
  });
  afterAll(async () => {
    await hub.close();
  });

  it("has the reference's arch_hash of the config's raw values and the tokenizer's features", async () => {
    const { fingerprint: f } = await fp("org/llama", hub.url);
    const c = model.config as Record<string, number | string | string[]>;
    const int = (k: string) => PyNumber.int(c[k] as number);
    expect(f.mfi.arch_hash).toBe(
      archHash({
        model_type: "llama",
        architectures: ["LlamaForCausalLM"],
        hidden_size: int("hidden_size"),
        num_hidden_layers: int("num_hidden_layers"),
        num_attention_heads: int("num_attention_heads"),
        num_key_value_heads: int("num_key_value_heads"),
        intermediate_size: int("intermediate_size"),
        vocab_size: int("vocab_size"),
        max_position_embeddings: int("max_position_embeddings"),
      }),
    );
    expect([
      f.revision,
      f.mfi.attention_style,
      f.mfi.norm_type,
      f.tfv?.vocab_size,
      f.weights?.eas_anchor_count,
      f.profile,
    ]).toEqual([SHA, "GQA", "RMSNorm", 400, 64, "sampled"]);
    // Every request the loopback Hub answered is counted, weight reads included.
    expect(f.requests).toBe(hub.requests.length);
    expect(f.bytes_read).toBe(hub.requests.reduce((n, q) => n + q.bytes, 0));
  });

  it("gets the same weight signals through a 429 and a connection dropped mid-read", async () => {
    const clean = await fp("org/llama", hub.url);
    let seen = 0;
    const nth = (k: number) => (q: { path: string }) => q.path.endsWith("model.safetensors") && ++seen === k;
    hub.setFaults([
      { match: nth(3), kind: "429", retryAfter: "0" },
      { match: nth(7), kind: "reset", afterBytes: 16 },
    ]);
    const faulty = await openModel("org/llama", { cwd: "/", hubUrl: hub.url });
    const r = await fingerprintModel(faulty);
    expect(r.fingerprint.weights).toEqual(clean.fingerprint.weights);
    expect(compareFingerprints(clean, r).identity_score).toBe(1);
    expect(faulty.stats.retries).toBe(2);
    await faulty.close();
  });
});
