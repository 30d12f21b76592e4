// The official SARIF 2.1.0 schema (rtm.5, as shipped with Microsoft's SARIF tooling in
// @microsoft/jest-sarif), compiled for tests that validate our SARIF output. A failed validation
// prints the schema errors, so a failing test says what is wrong.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import Ajv04Module from "ajv-draft-04";

export function sarifValidator(): (data: unknown) => boolean {
  const require = createRequire(import.meta.url);
  const file = require.resolve("@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json");
  // unicodeRegExp off: the published schema's `language` pattern has a stray "]", invalid with the u flag.
  const ajv = new Ajv04Module.default({
    allErrors: true,
    strict: false,
    validateFormats: false,
    unicodeRegExp: false,
  });
  const validate = ajv.compile(JSON.parse(readFileSync(file, "utf8")) as object);
  return (data) => {
    const ok = validate(data);
    if (!ok) console.error(JSON.stringify(validate.errors, null, 2));
    return ok;
  };
}
