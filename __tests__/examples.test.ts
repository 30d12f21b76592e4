// The committed example models are exactly what scripts/make-examples.ts generates.
import { readFileSync, readdirSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { EXAMPLE_MODELS } from "../examples/example-models.js";
import { makeModel } from "./helpers/model-factory.js";

const root = new URL("../examples/models/", import.meta.url).pathname;

describe("examples/models", () => {
  it.each(Object.entries(EXAMPLE_MODELS))("%s matches its generator byte for byte", (name, spec) => {
    const generated = makeModel(spec).files;
    expect(readdirSync(`${root}${name}`).sort()).toEqual([...generated.keys()].sort());
    for (const [file, bytes] of generated) {
      expect(Buffer.compare(readFileSync(`${root}${name}/${file}`), bytes), file).toBe(0);
    }
  });
});
