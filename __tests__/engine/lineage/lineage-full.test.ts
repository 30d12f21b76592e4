// The full-read lineage test on the real small models of ../shared/data/models (issue 7's pairs,
// without disguises yet: residual alignment is the next slice).
import { existsSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { openWeights } from "../../../src/engine/formats/safetensors/weights.js";
import { lineageFull, type LineageResult } from "../../../src/engine/lineage/lineage-full.js";
import { openModel } from "../../../src/engine/model/open-model.js";

const MODELS = path.resolve(import.meta.dirname, "../../../../shared/data/models");
const present = existsSync(path.join(MODELS, "stories260K"));
if (!present) console.warn(`skipping full-read lineage tests: ${MODELS} is absent`);

async function lineage(a: string, b: string): Promise<LineageResult> {
  const ma = await openModel(path.join(MODELS, a), { cwd: "/" });
  const mb = await openModel(path.join(MODELS, b), { cwd: "/" });
  try {
    return await lineageFull(await openWeights(ma), await openWeights(mb));
  } finally {
    await ma.close();
    await mb.close();
  }
}

describe.skipIf(!present)("lineageFull on the shared models", () => {
  it("derivatives of stories260K share its units: T near 1, a tiny p, each layer on its own", async () => {
    for (const b of ["stories260K-ft-prose", "stories260K-q80"]) {
      const r = await lineage("stories260K", b);
      expect(r.t, b).toBeGreaterThan(0.9);
      expect(r.log10P, b).toBeLessThan(-50);
      expect(r.layers.map((l) => [l.b, l.a])).toEqual([0, 1, 2, 3, 4].map((i) => [i, i]));
    }
  });

  it("independent models agree only by chance, the same-data pair included", async () => {
    for (const [a, b] of [
      ["scratch-code-a", "scratch-code-b"],
      ["stories260K", "scratch-code-a"],
      ["stories260K", "scratch-code-b"],
      // Another width: only matrices whose shapes coincide (480 units) are compared.
      ["stories260K", "llama2xs-scratch"],
    ] as const) {
      const r = await lineage(a, b);
      expect(Math.abs(r.t), `${a} vs ${b}`).toBeLessThan(0.05);
      expect(r.pValue, `${a} vs ${b}`).toBeGreaterThan(1e-6);
    }
  });
});
