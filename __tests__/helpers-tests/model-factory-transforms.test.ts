// deriveModel / castModel, dtype rounding, and the ways a generated model leaves memory.

import { mkdtemp, readFile, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { F8_E4M3_VALUES, encodeTensor } from "../helpers/dtype-encoders.js";
import { castModel, deriveModel, makeModel, type GeneratedModel } from "../helpers/model-factory.js";
import { encodeInto } from "../helpers/model-factory/dtypes.js";
import { decodeBf16, sameBits } from "./safetensors-header.js";

const BASE = { arch: "llama", seed: 3, hidden: 32, layers: 2, heads: 4, vocab: 300 } as const;
const text = (m: GeneratedModel, path: string): string => new TextDecoder().decode(m.files.get(path));
/** Every file's bytes, copied, as one comparable string per file (fast to compare, unlike deep equality). */
const snapshot = (m: GeneratedModel): string[] =>
  [...m.files].map(([p, b]) => `${p}:${Buffer.from(b).toString("base64")}`);

describe("deriveModel", () => {
  it("adds independent noise of the given std and keeps layout, dtype, shards and tokenizer", () => {
    const base = makeModel({ ...BASE, dtype: "BF16", shards: 2 });
    const before = snapshot(base);
    const derived = deriveModel(base, { std: 0.004, seed: 1 });
    expect([...derived.files.keys()]).toEqual([...base.files.keys()]);
    for (const path of ["config.json", "model.safetensors.index.json", "tokenizer.json"]) {
      expect(text(derived, path)).toBe(text(base, path));
    }
    expect(derived.tensors.map((t) => [t.name, t.shape, t.dtype, t.file])).toEqual(
      base.tensors.map((t) => [t.name, t.shape, t.dtype, t.file]),
    );
    const embed = (m: GeneratedModel): Float32Array => m.tensors[0]?.values ?? new Float32Array();
    const diff = embed(derived).map((v, i) => v - (embed(base)[i] as number));
    const std = Math.sqrt(diff.reduce((a, d) => a + d * d, 0) / diff.length);
    expect(std).toBeGreaterThan(0.0036); // 0.004 plus BF16 rounding of both sides
    expect(std).toBeLessThan(0.0045);
    expect(snapshot(base)).toEqual(before); // the base is untouched
  });

  it("is deterministic in its seed", () => {
    const base = makeModel(BASE);
    expect(snapshot(deriveModel(base, { std: 0.01, seed: 5 }))).toEqual(
      snapshot(deriveModel(base, { std: 0.01, seed: 5 })),
    );
    const a = deriveModel(base, { std: 0.01, seed: 6 }).tensors[1]?.values;
    expect(sameBits(a, deriveModel(base, { std: 0.01, seed: 5 }).tensors[1]?.values)).toBe(false);
  });
});

describe("castModel", () => {
  it("rounds F32 weights to BF16 (nearest even) and updates torch_dtype", () => {
    const base = makeModel(BASE);
    const bf16 = castModel(base, "BF16");
    expect(JSON.parse(text(bf16, "config.json"))).toMatchObject({ torch_dtype: "bfloat16" });
    for (const [i, t] of bf16.tensors.entries()) {
      const expected = decodeBf16(encodeTensor("BF16", base.tensors[i]?.values ?? []));
      expect(t.dtype).toBe("BF16");
      expect(sameBits(t.values, expected)).toBe(true);
    }
    // Widening back to F32 is exact.
    const widened = castModel(bf16, "F32");
    expect(widened.tensors.every((t, i) => sameBits(t.values, bf16.tensors[i]?.values))).toBe(true);
  });

  it("writes every float dtype, with values read back from what was written", () => {
    const base = makeModel({ ...BASE, arch: "gpt2", vocab: 260, positions: 8 });
    for (const dtype of ["F64", "F16", "F8_E4M3", "F8_E5M2"] as const) {
      const cast = castModel(base, dtype);
      for (const [i, t] of cast.tensors.entries()) {
        const source = base.tensors[i]?.values ?? new Float32Array();
        const bytes = new Uint8Array(encodeTensor(dtype, source)); // the reference encoder
        const scratch = new Uint8Array(bytes.byteLength);
        expect(sameBits(encodeInto(dtype, source.slice(), scratch), t.values)).toBe(true);
        expect(Buffer.from(scratch).equals(Buffer.from(bytes))).toBe(true);
      }
    }
    const codes = new Set(F8_E4M3_VALUES);
    const f8 = castModel(base, "F8_E4M3").tensors[0]?.values ?? [];
    expect(Array.from(f8).every((v) => codes.has(v))).toBe(true);
  });
});

describe("encodeInto", () => {
  const edges = [0, -0, 1, -1, 1.00390625, 1.01171875, 3.4e38, -3.4e38, 1e-40, -1e-45, 65504, 65520, 6e-8];
  const special = [Infinity, -Infinity, NaN];

  it.each(["BF16", "F16"] as const)("encodes %s exactly as dtype-encoders does, edges included", (dtype) => {
    const values = Float32Array.from([...edges, ...special]);
    const dest = new Uint8Array(values.length * 2);
    const written = encodeInto(dtype, values.slice(), dest);
    expect(Buffer.from(dest).equals(Buffer.from(encodeTensor(dtype, values)))).toBe(true);
    expect(written.slice(0, 4)).toEqual(Float32Array.from([0, -0, 1, -1]));
    expect(Object.is(written[1], -0)).toBe(true);
    expect([written.at(-3), written.at(-2), written.at(-1)]).toEqual([Infinity, -Infinity, NaN]);
  });

  it("returns a view of the destination for F32 instead of a copy", () => {
    const dest = new Uint8Array(16);
    const view = encodeInto("F32", Float32Array.from([1, 2, 3, 4]), dest);
    expect(view.buffer).toBe(dest.buffer);
    expect(Array.from(new Float32Array(dest.buffer))).toEqual([1, 2, 3, 4]);
  });
});

describe("leaving memory", () => {
  it("serves its files as a loopback repository with a stable content sha", () => {
    const m = makeModel({ ...BASE, shards: 2 });
    const repo = m.servedRepo("org/tiny-llama");
    expect(repo.id).toBe("org/tiny-llama");
    expect(repo.sha).toMatch(/^[0-9a-f]{40}$/);
    expect(makeModel({ ...BASE, shards: 2 }).servedRepo("x").sha).toBe(repo.sha);
    expect(makeModel({ ...BASE, seed: 4, shards: 2 }).servedRepo("x").sha).not.toBe(repo.sha);
    expect(m.servedRepo("x", "a".repeat(40)).sha).toBe("a".repeat(40));
    expect(repo.files.map((f) => [f.path, f.size])).toEqual([...m.files].map(([p, b]) => [p, b.byteLength]));
    const shard = repo.files.find((f) => f.path === "model-00002-of-00002.safetensors");
    expect(shard?.read(100, 50)).toEqual(m.files.get("model-00002-of-00002.safetensors")?.subarray(100, 150));
  });

  it("writes its files into a directory", async () => {
    const dir = await mkdtemp(join(tmpdir(), "model-factory-"));
    try {
      const m = makeModel({ ...BASE, arch: "bert", vocab: 100 });
      await m.writeTo(join(dir, "bert"));
      expect((await readdir(join(dir, "bert"))).sort()).toEqual([...m.files.keys()].sort());
      for (const [path, bytes] of m.files) {
        expect((await readFile(join(dir, "bert", path))).equals(Buffer.from(bytes))).toBe(true);
      }
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
