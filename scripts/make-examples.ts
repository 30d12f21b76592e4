// Regenerates the example models under examples/models with the project's own model factory.
// Deterministic: running it again reproduces the committed bytes exactly (a test checks that).
//   npx tsx scripts/make-examples.ts

import { rm } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { EXAMPLE_MODELS } from "../examples/example-models.js";
import { makeModel } from "../__tests__/helpers/model-factory.js";

const root = fileURLToPath(new URL("../examples/models/", import.meta.url));
for (const [name, spec] of Object.entries(EXAMPLE_MODELS)) {
  const dir = `${root}${name}`;
  await rm(dir, { recursive: true, force: true });
  await makeModel(spec).writeTo(dir);
  console.log(`wrote ${dir}`);
}
