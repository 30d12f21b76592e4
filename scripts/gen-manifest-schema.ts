// Writes schemas/model-provenance.schema.json from src/engine/check/manifest-schema.ts.
// Run: node --import tsx scripts/gen-manifest-schema.ts (a test fails when the file is stale).
import { writeFile } from "node:fs/promises";
import { MANIFEST_SCHEMA } from "../src/engine/check/manifest-schema.js";

export const SCHEMA_FILE = "schemas/model-provenance.schema.json";

export function schemaText(): string {
  return `${JSON.stringify(MANIFEST_SCHEMA, null, 2)}\n`;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  await writeFile(SCHEMA_FILE, schemaText());
  console.log(`wrote ${SCHEMA_FILE}`);
}
