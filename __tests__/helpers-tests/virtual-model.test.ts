import { describe, expect, it } from "vitest";
import { Rng } from "../helpers/rng.js";
import type { ServedFile } from "../helpers/served-repo.js";
import { PATTERN_BYTES, virtualLlama, type VirtualModel } from "../helpers/virtual-model.js";
import { decodeBf16, parseHeader } from "./safetensors-header.js";

const SHARD_1 = "model-00001-of-00002.safetensors";
const SHARD_2 = "model-00002-of-00002.safetensors";
const llama7b = virtualLlama();

const file = (m: VirtualModel, path: string): ServedFile => {
  const f = m.files.find((x) => x.path === path);
  if (!f) throw new Error(`no ${path}`);
  return f;
};
const json = (m: VirtualModel, path: string): Record<string, unknown> => {
  const f = file(m, path);
  return JSON.parse(new TextDecoder().decode(f.read(0, f.size))) as Record<string, unknown>;
};
const reader = (f: ServedFile) => (offset: number, length: number) => f.read(offset, length);

describe("virtualLlama() — Llama-2-7B", () => {
  it("has the 7B parameter count, bytes and repository files", () => {
    expect(llama7b.parameterCount).toBe(6_738_415_616);
    expect(llama7b.weightBytes).toBe(13_476_831_232);
    // Sizes as safetensors writes them (checked with Python's json and the same rules): 8-byte
    // length + space-padded header + data. The real repo's files are 5 632 and 1 880 bytes larger,
    // holding the legacy rotary_emb.inv_freq buffers this layout leaves out.
    expect(llama7b.files.map((f) => [f.path, f.size])).toEqual([
      ["config.json", expect.any(Number)],
      ["model.safetensors.index.json", expect.any(Number)],
      [SHARD_1, 9_976_570_520],
      [SHARD_2, 3_500_294_544],
      ["tokenizer.json", expect.any(Number)],
      ["tokenizer_config.json", expect.any(Number)],
      ["special_tokens_map.json", expect.any(Number)],
    ]);
    expect(json(llama7b, "config.json")).toMatchObject({
      architectures: ["LlamaForCausalLM"],
      hidden_size: 4096,
      intermediate_size: 11008,
      num_hidden_layers: 32,
      num_attention_heads: 32,
      num_key_value_heads: 32,
      vocab_size: 32000,
      max_position_embeddings: 4096,
      torch_dtype: "bfloat16",
      tie_word_embeddings: false,
    });
    const tokenizer = json(llama7b, "tokenizer.json") as { model: { vocab: object } };
    expect(Object.keys(tokenizer.model.vocab)).toHaveLength(32000);
  });

  it("splits the shards where Llama-2-7b-hf does and indexes every tensor once", () => {
    const index = json(llama7b, "model.safetensors.index.json") as {
      metadata: { total_size: number };
      weight_map: Record<string, string>;
    };
    expect(index.metadata.total_size).toBe(13_476_831_232);
    expect(Object.keys(index.weight_map).sort()).toEqual(llama7b.tensors.map((t) => t.name).sort());
    expect(Object.keys(index.weight_map)).toHaveLength(2 + 32 * 9 + 1);
    for (const [name, shard] of Object.entries(index.weight_map)) {
      const layer = /^model\.layers\.(\d+)\./.exec(name)?.[1];
      const first = name === "model.embed_tokens.weight" || (layer !== undefined && Number(layer) < 24);
      expect([name, shard]).toEqual([name, first ? SHARD_1 : SHARD_2]);
    }
  });

  it.each([SHARD_1, SHARD_2])(
    "writes a real header for %s whose data spans cover the file exactly",
    (path) => {
      const f = file(llama7b, path);
      const header = parseHeader(reader(f));
      expect(header.metadata).toEqual({ format: "pt" });
      expect(header.dataStart % 8).toBe(0);
      // Byte for byte what safetensors writes: compact JSON, tensors by name, then spaces to 8 bytes.
      const listed = llama7b.tensors
        .filter((t) => t.file === path)
        .sort((a, b) => (a.name < b.name ? -1 : 1));
      const entries = listed.map((t) => {
        const begin = t.fileOffset - header.dataStart;
        return [
          t.name,
          { dtype: t.dtype, shape: t.shape, data_offsets: [begin, begin + t.byteLength] },
        ] as const;
      });
      const compact = JSON.stringify(Object.fromEntries([["__metadata__", { format: "pt" }], ...entries]));
      expect(header.json).toBe(compact.padEnd(Math.ceil(compact.length / 8) * 8, " "));
      const names = [...header.tensors.keys()];
      expect(names).toEqual([...names].sort());
      let end = 0;
      for (const name of names) {
        const entry = header.tensors.get(name);
        const t = llama7b.tensors.find((x) => x.name === name);
        expect(entry?.data_offsets[0]).toBe(end);
        end = entry?.data_offsets[1] ?? NaN;
        const elements = (entry?.shape ?? []).reduce((a, b) => a * b, 1);
        expect(end - (entry?.data_offsets[0] ?? 0)).toBe(2 * elements);
        expect([entry?.dtype, entry?.shape, t?.file, t?.fileOffset]).toEqual([
          "BF16",
          t?.shape,
          path,
          header.dataStart + (entry?.data_offsets[0] ?? NaN),
        ]);
      }
      expect(header.dataStart + end).toBe(f.size);
    },
  );
});

describe("virtual reads", () => {
  const shard = file(llama7b, SHARD_1);
  const dataStart = parseHeader(reader(shard)).dataStart;

  it("returns the same bytes however a range is split", () => {
    const rng = new Rng(11);
    const starts = [0, dataStart - 5, dataStart + PATTERN_BYTES - 3, shard.size - 70_000];
    for (let i = 0; i < 20; i++) starts.push(rng.int(shard.size - 300_000));
    for (const start of starts) {
      const length = Math.min(200_000 + rng.int(100_000), shard.size - start);
      const whole = shard.read(start, length);
      const parts: Uint8Array[] = [];
      for (let at = start; at < start + length;) {
        const n = Math.min(1 + rng.int(40_000), start + length - at);
        parts.push(shard.read(at, n));
        at += n;
      }
      expect(Buffer.concat(parts).equals(Buffer.from(whole))).toBe(true);
      expect(Buffer.from(shard.read(start, length)).equals(Buffer.from(whole))).toBe(true);
    }
    expect(shard.read(shard.size, 0)).toHaveLength(0);
  });

  it("holds finite BF16 weights of realistic scale wherever it is read", () => {
    // Any whole 64 KiB block is the full value table, rotated: this covers every value a file holds.
    const table = decodeBf16(shard.read(dataStart + 3 * PATTERN_BYTES, PATTERN_BYTES));
    expect(table.every(Number.isFinite)).toBe(true);
    expect(new Set(table).size).toBeGreaterThan(1000);
    const rng = new Rng(12);
    for (const t of llama7b.tensors.filter((_, i) => i % 37 === 0)) {
      const f = file(llama7b, t.file);
      const at = t.fileOffset + 2 * rng.int((t.byteLength - 65_536) / 2);
      const values = decodeBf16(f.read(at, 65_536));
      expect(values.every(Number.isFinite)).toBe(true);
      const std = Math.sqrt(values.reduce((a, v) => a + v * v, 0) / values.length);
      expect([t.name, std > 0.018 && std < 0.022]).toEqual([t.name, true]);
      expect(Math.max(...Array.from(values, Math.abs))).toBeLessThan(0.15);
    }
  });

  it("depends on the file and the seed, and on nothing else", () => {
    const other = file(llama7b, SHARD_2);
    const at = dataStart + 10 * PATTERN_BYTES;
    expect(Buffer.from(shard.read(at, 4096)).equals(Buffer.from(other.read(at, 4096)))).toBe(false);
    const again = file(virtualLlama(), SHARD_1);
    expect(Buffer.from(again.read(at, 4096)).equals(Buffer.from(shard.read(at, 4096)))).toBe(true);
    const seeded = file(virtualLlama({ seed: 1 }), SHARD_1);
    expect(Buffer.from(seeded.read(at, 4096)).equals(Buffer.from(shard.read(at, 4096)))).toBe(false);
  });

  it("refuses reads outside the file", () => {
    expect(() => shard.read(shard.size - 1, 2)).toThrow(/read past/);
    expect(() => shard.read(-1, 2)).toThrow(/bad read/);
  });

  it("streams at hundreds of MB/s (table copies, no per-element work)", () => {
    const chunk = 4 << 20;
    const started = performance.now();
    for (let at = dataStart; at < dataStart + 64 * chunk; at += chunk) shard.read(at, chunk);
    const mbPerSecond = (64 * chunk) / 1e6 / ((performance.now() - started) / 1000);
    expect(mbPerSecond).toBeGreaterThan(100); // ~1 GB/s on a laptop; generous for loaded CI
  });
});

describe("virtualLlama(spec) — other shapes", () => {
  it("builds a small single-file model with Llama's MLP width rule", () => {
    const m = virtualLlama({ hidden: 256, layers: 2, heads: 4, kvHeads: 2, vocab: 1000 });
    expect(m.files.map((f) => f.path)).toEqual([
      "config.json",
      "model.safetensors",
      "tokenizer.json",
      "tokenizer_config.json",
      "special_tokens_map.json",
    ]);
    expect(m.spec.intermediate).toBe(704);
    const perLayer = 2 * 256 * 256 + 2 * 128 * 256 + 3 * 256 * 704 + 2 * 256;
    expect(m.parameterCount).toBe(2 * 1000 * 256 + 2 * perLayer + 256);
    const f = file(m, "model.safetensors");
    expect(parseHeader(reader(f)).dataStart + m.weightBytes).toBe(f.size);
  });

  it("splits into the requested number of shards and writes other float dtypes", () => {
    const m = virtualLlama({ hidden: 128, layers: 4, heads: 2, vocab: 512, shards: 3, dtype: "F32" });
    expect(m.files.filter((f) => f.path.endsWith(".safetensors")).map((f) => f.path)).toEqual([
      "model-00001-of-00003.safetensors",
      "model-00002-of-00003.safetensors",
      "model-00003-of-00003.safetensors",
    ]);
    const t = m.tensors[0];
    const bytes = file(m, t?.file ?? "").read(t?.fileOffset ?? 0, 4096);
    expect(new Float32Array(bytes.slice().buffer).every(Number.isFinite)).toBe(true);
  });

  it("serves as a loopback repository with LFS weight files", () => {
    const repo = llama7b.servedRepo("meta-llama/Llama-2-7b-hf");
    expect(repo.id).toBe("meta-llama/Llama-2-7b-hf");
    expect(repo.sha).toMatch(/^[0-9a-f]{40}$/);
    expect(repo.files).toBe(llama7b.files);
    expect(file(llama7b, SHARD_2).lfs).toBe(true);
    expect(llama7b.servedRepo("x", "b".repeat(40)).sha).toBe("b".repeat(40));
  });
});
