// Regenerates examples/models and examples/provenance-db with the project's own model factory and
// database writer. Deterministic: running it again reproduces the committed bytes exactly (a test
// checks that).
//   npx tsx scripts/make-examples.ts

import { rm } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { EXAMPLE_DB_TIME, EXAMPLE_FAMILY, exampleModels } from "../examples/example-models.js";
import { fingerprintModel } from "../src/engine/fingerprint.js";
import { openModel } from "../src/engine/model/open-model.js";
import { writeReferenceEntry } from "../src/engine/reference/write-entry.js";

/** Writes the example models and the reference database under `root` (an examples/ folder). */
export async function writeExamples(root: string): Promise<void> {
  for (const [name, model] of exampleModels()) {
    const dir = path.join(root, "models", name);
    await rm(dir, { recursive: true, force: true });
    await model.writeTo(dir);
  }
  const db = path.join(root, "provenance-db");
  await rm(db, { recursive: true, force: true });
  const base = await openModel(path.join(root, "models", "tiny-llama"), { cwd: root });
  try {
    const result = await fingerprintModel(base, "full");
    let n = 0;
    await writeReferenceEntry(
      db,
      { fingerprint: result.fingerprint, weights: result.weights, source: { kind: "local" } },
      {
        familyId: EXAMPLE_FAMILY,
        now: () => EXAMPLE_DB_TIME,
        uuid: () => `00000000-0000-4000-8000-${String(++n).padStart(12, "0")}`,
      },
    );
  } finally {
    await base.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const root = fileURLToPath(new URL("../examples/", import.meta.url));
  await writeExamples(root);
  console.log(`wrote ${root}models and ${root}provenance-db`);
}
