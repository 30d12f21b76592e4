import { describe, expect, it } from "vitest";
import { parseManifest } from "../../../src/engine/check/manifest.js";
import { changedModels, inShard, parseShard, shardOfModel } from "../../../src/engine/check/selection.js";

const yaml = (models: string, extra = ""): string => `version: 1\nmodels:\n${models}${extra}`;
const ids = (ms: readonly { id: string }[]): string[] => ms.map((m) => m.id);

describe("parseShard", () => {
  it("accepts i/n and names the fix otherwise", () => {
    expect(parseShard("2/3")).toEqual({ index: 2, count: 3 });
    expect(parseShard(" 1 / 1 ")).toEqual({ index: 1, count: 1 });
    for (const bad of ["0/2", "3/2", "1/0", "1/257", "a/b", "1-2", ""])
      expect(() => parseShard(bad)).toThrow(`shard: found "${bad}", expected i/n with 1 ≤ i ≤ n ≤ 256`);
  });
});

describe("inShard", () => {
  const m = parseManifest(
    yaml(Array.from({ length: 40 }, (_, i) => `  - id: org/model-${i}\n`).join("")),
    "m.yml",
  );
  it("n shards together take every model exactly once", () => {
    for (const n of [1, 2, 3, 7]) {
      const parts = Array.from({ length: n }, (_, i) => ids(inShard(m.models, { index: i + 1, count: n })));
      expect(parts.flat().sort()).toEqual(ids(m.models).sort());
      expect(new Set(parts.flat()).size).toBe(40);
    }
    expect(inShard(m.models, null)).toEqual(m.models);
  });
  it("a model's shard depends on its id only", () => {
    expect(shardOfModel("org/model-0", 4)).toBe(shardOfModel("org/model-0", 4));
    const grown = parseManifest(
      yaml(`  - id: org/new\n` + m.models.map((x) => `  - id: ${x.id}\n`).join("")),
      "m.yml",
    );
    expect(ids(inShard(grown.models, { index: 1, count: 2 })).filter((x) => x !== "org/new")).toEqual(
      ids(inShard(m.models, { index: 1, count: 2 })),
    );
  });
});

describe("changedModels", () => {
  const base = yaml("  - id: a/a\n    revision: r1\n  - id: b/b\n  - id: c/c\n    base: none\n");
  it("keeps new and changed entries only", () => {
    const now = parseManifest(
      yaml("  - id: a/a\n    revision: r2\n  - id: b/b\n  - id: c/c\n    base: org/x\n  - id: d/d\n"),
      "m.yml",
    );
    expect(changedModels(now, base)).toMatchObject({ all: null });
    expect(ids(changedModels(now, base).models)).toEqual(["a/a", "c/c", "d/d"]);
    expect(ids(changedModels(parseManifest(base, "m.yml"), base).models)).toEqual([]);
  });
  it("checks everything when the policy changed or the base manifest is missing or invalid", () => {
    const now = parseManifest(base + "policy:\n  fail-on: [PG001]\n", "m.yml");
    expect(changedModels(now, base)).toMatchObject({
      all: "the policy, exceptions or reference list changed",
    });
    expect(ids(changedModels(now, base).models)).toEqual(["a/a", "b/b", "c/c"]);
    expect(changedModels(now, null).all).toBe("the base branch has no manifest");
    expect(changedModels(now, "version: [").all).toBe("the base branch's manifest is not valid");
  });
});
