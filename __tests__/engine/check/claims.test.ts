import { describe, expect, it } from "vitest";
import { frontMatter, resolveClaim, sameBases } from "../../../src/engine/check/claims.js";
import type { ManifestModel } from "../../../src/engine/check/manifest.js";
import { MemoryModelSource } from "../../helpers/memory-model-source.js";

const entry = (base: ManifestModel["base"]): ManifestModel => ({
  id: "acme/m",
  revision: null,
  base,
  position: { line: 3, column: 9 },
});
const card = (yaml: string): string => `---\n${yaml}\n---\n# Model\n\nTrained from scratch (so it says).\n`;

describe("resolveClaim: first found wins, every source read", () => {
  const model = new MemoryModelSource({
    "README.md": card(
      "license: mit\nbase_model:\n  - org/base-a\n  - org/base-b\nbase_model_relation: merge",
    ),
    "adapter_config.json": JSON.stringify({ base_model_name_or_path: "org/adapter-base" }),
  });

  it("the manifest's base first, the card's claim kept beside it", async () => {
    const r = await resolveClaim(entry({ kind: "model", ref: "org/base-a" }), model);
    expect(r).toEqual({
      claim: { kind: "bases", refs: ["org/base-a"], source: "manifest", relation: "merge" },
      card: ["org/base-a", "org/base-b"],
      adapter: "org/adapter-base",
      warnings: [],
    });
  });

  it("base: none claims training from scratch", async () => {
    expect((await resolveClaim(entry({ kind: "scratch" }), model)).claim).toEqual({
      kind: "scratch",
      source: "manifest",
    });
  });

  it("then the model card (list or string), then adapter_config.json, then unknown", async () => {
    expect((await resolveClaim(entry(null), model)).claim).toEqual({
      kind: "bases",
      refs: ["org/base-a", "org/base-b"],
      source: "model-card",
      relation: "merge",
    });
    const single = new MemoryModelSource({ "README.md": card("base_model: org/one") });
    expect((await resolveClaim(entry(null), single)).claim).toEqual({
      kind: "bases",
      refs: ["org/one"],
      source: "model-card",
      relation: null,
    });
    const adapter = new MemoryModelSource({
      "README.md": "# no front matter\nbase_model: not/this\n",
      "adapter_config.json": JSON.stringify({ base_model_name_or_path: " org/adapter-base " }),
    });
    expect(await resolveClaim(entry(null), adapter)).toEqual({
      claim: { kind: "bases", refs: ["org/adapter-base"], source: "adapter-config", relation: "adapter" },
      card: null,
      adapter: "org/adapter-base",
      warnings: [],
    });
    expect((await resolveClaim(entry(null), new MemoryModelSource({ "config.json": "{}" }))).claim).toEqual({
      kind: "unknown",
      source: "none",
    });
    expect((await resolveClaim(entry(null), null)).claim).toEqual({ kind: "unknown", source: "none" });
  });

  it("bad front matter, bad base_model values and bad adapter JSON are warnings, not claims", async () => {
    const bad = new MemoryModelSource({
      "README.md": card("base_model: [org/x, 7, {a: 1}]"),
      "adapter_config.json": "{not json",
    });
    const r = await resolveClaim(entry(null), bad);
    expect(r.claim).toEqual({ kind: "bases", refs: ["org/x"], source: "model-card", relation: null });
    expect(r.warnings).toEqual([
      "/models/memory/README.md base_model: found 7, expected a model id string; ignored",
      '/models/memory/README.md base_model: found {"a":1}, expected a model id string; ignored',
      expect.stringMatching(
        /^\/models\/memory\/adapter_config\.json: not valid JSON \(.+\); its claim is not read$/,
      ) as unknown as string,
    ]);
    const broken = new MemoryModelSource({ "README.md": card("base_model: [unclosed") });
    const b = await resolveClaim(entry(null), broken);
    expect(b.claim).toEqual({ kind: "unknown", source: "none" });
    expect(b.warnings).toHaveLength(1);
    expect(b.warnings[0]).toMatch(/^\/models\/memory\/README\.md: the front matter is not valid YAML/);
  });
});

describe("frontMatter", () => {
  it("only a block that opens the file", () => {
    expect(frontMatter("---\na: 1\n---\ntext")).toBe("a: 1");
    expect(frontMatter("\uFEFF---\r\na: 1\r\n---\r\n")).toBe("a: 1");
    expect(frontMatter("text\n---\na: 1\n---\n")).toBeNull();
    expect(frontMatter("---\na: 1\n")).toBeNull();
  });
});

describe("sameBases", () => {
  it("ignores order, duplicates, case and the hf:// scheme", () => {
    expect(sameBases(["Org/A", "org/b"], ["hf://org/b", "org/a", "org/a"])).toBe(true);
    expect(sameBases(["org/a"], ["org/a", "org/b"])).toBe(false);
  });
});
