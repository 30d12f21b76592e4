// Synthetic weight-signal records (reference §4.10 shapes) for scan tests and benchmarks: a
// "model" of a given size draws each signal from its own seeded stream; a "derived" record is its
// base plus small noise, so the two score as related, while records of other seeds do not.

import type { WeightSignals } from "../../src/engine/features/weights/weight-signals.js";
import { FULL_SAMPLING } from "../../src/engine/features/weights/weight-signals.js";
import { Rng, seedFrom } from "./rng.js";

export interface SignalShape {
  readonly seed: number;
  /** EAS anchors (64 in every reference entry). */
  readonly anchors?: number;
  readonly layers: number;
  readonly hidden: number;
  /** WVC values per layer (Llama-style: 7 tensors × 4096); 0 leaves WVC out. */
  readonly wvcPerLayer?: number;
  /** "direct" (default): 2 norms per layer + the final one; "stats": 4 values per vector. */
  readonly nlfMode?: "direct" | "stats";
}

/** Llama-3.2-1B-like lengths: 16 layers, hidden 2048, 7×4096 WVC values per layer. */
export const ONE_B_SHAPE = { anchors: 64, layers: 16, hidden: 2048, wvcPerLayer: 7 * 4096 } as const;

export function syntheticSignals(shape: SignalShape): WeightSignals {
  const k = shape.anchors ?? 64;
  const { layers, hidden, seed } = shape;
  const rng = (what: string) => new Rng(seedFrom(seed, what));
  const eas = new Float32Array(k * k);
  const r = rng("eas");
  for (let i = 0; i < k; i++) {
    eas[i * k + i] = 1;
    for (let j = i + 1; j < k; j++) {
      const v = 0.2 + 0.15 * r.gaussian();
      eas[i * k + j] = v;
      eas[j * k + i] = v;
    }
  }
  const mode = shape.nlfMode ?? "direct";
  const vectors = 2 * layers + 1;
  const nlf =
    mode === "direct"
      ? rng("nlf").fillGaussian(new Float32Array(vectors * hidden), 0.05, 1)
      : Float64Array.from(rng("nlf").fillGaussian(new Float32Array(vectors * 4), 0.3, 1));
  const r2 = rng("lep");
  const lep = Float64Array.from({ length: layers }, (_, i) => 0.6 + 0.3 * (i / layers) + 0.05 * r2.uniform());
  const r3 = rng("end");
  const endRaw = Array.from({ length: 20 }, (_, i) => Math.exp(-((i - 8 - 4 * r3.uniform()) ** 2) / 12));
  const total = endRaw.reduce((a, b) => a + b, 0);
  const per = shape.wvcPerLayer ?? 0;
  const wvc =
    per > 0
      ? new Map(
          Array.from({ length: layers }, (_, l) => [
            l,
            rng(`wvc${l}`).fillGaussian(new Float32Array(per), 0.02),
          ]),
        )
      : null;
  return {
    hidden_size: hidden,
    num_layers: layers,
    eas_self_sim: { k, data: eas },
    eas_anchor_count: k,
    nlf_vector: nlf,
    nlf_mode: mode,
    nlf_num_layers: vectors,
    lep_profile: lep,
    end_histogram: Float64Array.from(endRaw, (x) => x / total),
    wsp_signature: null,
    wvc_layer_sigs: wvc,
    sampling: FULL_SAMPLING,
  };
}

/** A fine-tune-like copy: every value plus N(0, (noise·scale)²), scale the signal's own spread. */
export function deriveSignals(base: WeightSignals, seed: number, noise = 0.05): WeightSignals {
  const r = new Rng(seedFrom(seed, "derive"));
  const jitter = <T extends Float32Array | Float64Array>(v: T, scale: number): T => {
    const out = v.slice() as T;
    for (let i = 0; i < out.length; i++) out[i] = (out[i] as number) + noise * scale * r.gaussian();
    return out;
  };
  const eas = base.eas_self_sim;
  let easData: Float32Array | Float64Array | null = null;
  if (eas) {
    const { k } = eas;
    easData = eas.data.slice();
    for (let i = 0; i < k; i++) {
      for (let j = i + 1; j < k; j++) {
        const v = (easData[i * k + j] as number) + noise * 0.15 * r.gaussian();
        easData[i * k + j] = v;
        easData[j * k + i] = v;
      }
    }
  }
  return {
    ...base,
    eas_self_sim: eas && easData ? { k: eas.k, data: easData } : null,
    nlf_vector: base.nlf_vector ? jitter(base.nlf_vector, 0.05) : null,
    lep_profile: base.lep_profile ? jitter(base.lep_profile, 0.05) : null,
    end_histogram: base.end_histogram ? jitter(base.end_histogram, 0.01) : null,
    wvc_layer_sigs: base.wvc_layer_sigs
      ? new Map([...base.wvc_layer_sigs].map(([l, v]) => [l, jitter(v, 0.02)]))
      : null,
  };
}
