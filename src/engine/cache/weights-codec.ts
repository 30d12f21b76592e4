// Weight evidence ⇄ its cached form. Float arrays are stored as the bytes of their typed array
// (little-endian, base64), not as JSON numbers: that is exact for NaN, ±Infinity and -0 (which JSON
// numbers cannot hold) and about four times smaller. The lineage probe is stored the same way, as
// the bytes of its binary form (lineage/probe-codec.ts, sample included, values in half
// precision): a cached probe is the fresh one rounded to half (roundProbeToF16), which changes no
// unit matching in practice and halves the probe (a Llama-2-7B's: 18 MB instead of 36). Decoding
// trusts nothing: every field's type, every array's length, every WVC layer index and every byte
// of the probe is checked.

import { MalformedInputError } from "../errors.js";
import type { SamplingDescriptor, WeightSignals } from "../features/weights/weight-signals.js";
import { isJsonObject } from "../json-object.js";
import { decodeProbe, encodeProbe } from "../lineage/probe-codec.js";
import type { LineageProbe } from "../lineage/probe.js";
import type { WeightEvidence } from "../weight-evidence.js";

type FloatArray = Float32Array | Float64Array;

export interface EncodedArray {
  /** numpy's type strings: little-endian float32 or float64. */
  readonly dtype: "<f4" | "<f8";
  readonly base64: string;
}

/** A lineage probe's binary form (probe-codec.ts), base64. */
export interface EncodedProbe {
  readonly format: "pglp";
  readonly base64: string;
}

export interface EncodedWeights {
  readonly profile: "sampled" | "full";
  readonly embedding_rows: number | null;
  readonly sampling: SamplingDescriptor;
  readonly hidden_size: number;
  readonly num_layers: number;
  readonly eas_k: number;
  readonly eas_self_sim: EncodedArray | null;
  readonly eas_anchor_count: number;
  readonly nlf_vector: EncodedArray | null;
  readonly nlf_mode: "direct" | "stats" | null;
  readonly nlf_num_layers: number;
  readonly lep_profile: EncodedArray | null;
  readonly end_histogram: EncodedArray | null;
  readonly wsp_signature: EncodedArray | null;
  /** [layer, signature] in ascending layer order. */
  readonly wvc_layer_sigs: (readonly [number, EncodedArray])[] | null;
  readonly lineage: EncodedProbe | null;
}

/** Thrown by the decoders; the cache turns it into "drop the entry" with the field named. */
export class CacheFormatError extends Error {
  constructor(
    readonly field: string,
    message: string,
  ) {
    super(`${field}: ${message}`);
    this.name = "CacheFormatError";
  }
}

function encodeArray(a: FloatArray): EncodedArray {
  const bytes = Buffer.from(a.buffer, a.byteOffset, a.byteLength);
  return { dtype: a instanceof Float32Array ? "<f4" : "<f8", base64: bytes.toString("base64") };
}

const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

function base64Bytes(text: string, field: string): Buffer {
  if (text.length % 4 !== 0 || !BASE64.test(text)) {
    throw new CacheFormatError(field, "is not canonical base64");
  }
  return Buffer.from(text, "base64");
}

function decodeArray(v: unknown, field: string): FloatArray {
  if (!isJsonObject(v) || (v.dtype !== "<f4" && v.dtype !== "<f8") || typeof v.base64 !== "string") {
    throw new CacheFormatError(field, 'expected {"dtype": "<f4" | "<f8", "base64": string}');
  }
  const bytes = base64Bytes(v.base64, field);
  const width = v.dtype === "<f4" ? 4 : 8;
  if (bytes.length % width !== 0) {
    throw new CacheFormatError(field, `${bytes.length} bytes is not a whole number of ${width}-byte values`);
  }
  // A fresh, aligned buffer: Buffer.from may hand back a slice of its pool at any offset.
  const out = width === 4 ? new Float32Array(bytes.length / 4) : new Float64Array(bytes.length / 8);
  new Uint8Array(out.buffer).set(bytes);
  return out;
}

/** Throws RangeError when a value has no finite half form; the cache then does not store the entry. */
function encodeLineage(p: LineageProbe): EncodedProbe {
  const bytes = encodeProbe(p);
  return {
    format: "pglp",
    base64: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("base64"),
  };
}

function decodeLineage(v: unknown): LineageProbe | null {
  const field = "weights.lineage";
  if (v === null) return null;
  if (!isJsonObject(v) || v.format !== "pglp" || typeof v.base64 !== "string") {
    throw new CacheFormatError(field, 'expected null or {"format": "pglp", "base64": string}');
  }
  try {
    return decodeProbe(base64Bytes(v.base64, field), field);
  } catch (err) {
    if (!(err instanceof MalformedInputError)) throw err;
    // "weights.lineage [header.hidden]: …" whether the codec named a field or not.
    const at = err.field === undefined ? field : `${field} [${err.field}]`;
    throw new CacheFormatError(at, err.message.slice(at.length + 2));
  }
}

export function encodeWeights(e: WeightEvidence): EncodedWeights {
  const s = e.signals;
  const opt = (a: FloatArray | null): EncodedArray | null => (a === null ? null : encodeArray(a));
  return {
    profile: e.profile,
    embedding_rows: e.embeddingRows,
    sampling: s.sampling,
    hidden_size: s.hidden_size,
    num_layers: s.num_layers,
    eas_k: s.eas_self_sim?.k ?? 0,
    eas_self_sim: s.eas_self_sim ? encodeArray(s.eas_self_sim.data) : null,
    eas_anchor_count: s.eas_anchor_count,
    nlf_vector: opt(s.nlf_vector),
    nlf_mode: s.nlf_mode,
    nlf_num_layers: s.nlf_num_layers,
    lep_profile: opt(s.lep_profile),
    end_histogram: opt(s.end_histogram),
    wsp_signature: opt(s.wsp_signature),
    wvc_layer_sigs: s.wvc_layer_sigs
      ? [...s.wvc_layer_sigs].map(([l, v]) => [l, encodeArray(v)] as const)
      : null,
    lineage: e.lineage ? encodeLineage(e.lineage) : null,
  };
}

/** The inverse of encodeWeights; throws CacheFormatError naming the first field that is wrong. */
export function decodeWeights(v: unknown): WeightEvidence {
  if (!isJsonObject(v)) throw new CacheFormatError("weights", "expected an object");
  const profile = oneOf(v.profile, ["sampled", "full"] as const, "weights.profile");
  const count = (k: string): number => nonNegativeInt(v[k], `weights.${k}`);
  const arr = (k: string, type?: "<f4" | "<f8"): FloatArray | null => {
    if (v[k] === null) return null;
    const a = decodeArray(v[k], `weights.${k}`);
    if (type === "<f8" && !(a instanceof Float64Array)) throw new CacheFormatError(`weights.${k}`, "not <f8");
    return a;
  };
  const k = count("eas_k");
  const easData = arr("eas_self_sim");
  if (easData !== null && easData.length !== k * k) {
    throw new CacheFormatError("weights.eas_self_sim", `${easData.length} values for k = ${k} (k² expected)`);
  }
  const signals: WeightSignals = {
    hidden_size: count("hidden_size"),
    num_layers: count("num_layers"),
    eas_self_sim: easData === null ? null : { k, data: easData },
    eas_anchor_count: count("eas_anchor_count"),
    nlf_vector: arr("nlf_vector"),
    nlf_mode: oneOf(v.nlf_mode, ["direct", "stats", null] as const, "weights.nlf_mode"),
    nlf_num_layers: count("nlf_num_layers"),
    lep_profile: arr("lep_profile", "<f8") as Float64Array | null,
    end_histogram: arr("end_histogram", "<f8") as Float64Array | null,
    wsp_signature: arr("wsp_signature", "<f8") as Float64Array | null,
    wvc_layer_sigs: decodeWvc(v.wvc_layer_sigs),
    sampling: decodeSampling(v.sampling),
  };
  if (signals.sampling.profile !== profile) {
    throw new CacheFormatError(
      "weights.sampling.profile",
      `says ${signals.sampling.profile}, not ${profile}`,
    );
  }
  const rows = v.embedding_rows === null ? null : count("embedding_rows");
  return { profile, signals, embeddingRows: rows, lineage: decodeLineage(v.lineage) };
}

function decodeWvc(v: unknown): Map<number, Float32Array> | null {
  if (v === null) return null;
  if (!Array.isArray(v)) throw new CacheFormatError("weights.wvc_layer_sigs", "expected a list or null");
  const out = new Map<number, Float32Array>();
  let last = -1;
  for (const [i, pair] of v.entries()) {
    const field = `weights.wvc_layer_sigs[${i}]`;
    if (!Array.isArray(pair) || pair.length !== 2)
      throw new CacheFormatError(field, "expected [layer, array]");
    const layer = nonNegativeInt(pair[0], field);
    if (layer <= last) throw new CacheFormatError(field, `layer ${layer} is not above ${last}`);
    const sig = decodeArray(pair[1], field);
    if (!(sig instanceof Float32Array)) throw new CacheFormatError(field, "not <f4");
    out.set(layer, sig);
    last = layer;
  }
  return out;
}

function decodeSampling(v: unknown): SamplingDescriptor {
  if (!isJsonObject(v)) throw new CacheFormatError("weights.sampling", "expected an object");
  if (v.profile === "full") return { profile: "full" };
  if (v.profile !== "sampled") throw new CacheFormatError("weights.sampling.profile", "not sampled or full");
  const n = (k: string): number => nonNegativeInt(v[k], `weights.sampling.${k}`);
  return {
    profile: "sampled",
    blocks: n("blocks"),
    rows_per_block: n("rows_per_block"),
    end_blocks: n("end_blocks"),
    end_rows_per_block: n("end_rows_per_block"),
    seed: n("seed"),
    version: n("version"),
  };
}

function nonNegativeInt(v: unknown, field: string): number {
  if (typeof v !== "number" || !Number.isSafeInteger(v) || v < 0) {
    throw new CacheFormatError(field, `expected a non-negative integer, found ${JSON.stringify(v)}`);
  }
  return v;
}

function oneOf<T extends string | null>(v: unknown, allowed: readonly T[], field: string): T {
  if (!allowed.includes(v as T)) {
    throw new CacheFormatError(
      field,
      `expected one of ${JSON.stringify(allowed)}, found ${JSON.stringify(v)}`,
    );
  }
  return v as T;
}
