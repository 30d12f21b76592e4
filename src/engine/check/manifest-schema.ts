// The manifest's JSON Schema (design §6). It ships as schemas/model-provenance.schema.json for
// editors (generated from this object by scripts/gen-manifest-schema.ts and checked by a test), and
// validates every manifest before any work starts. Each property's `description` doubles as the
// "expected" half of an error message, so it is written for the user who got it wrong.

import { RULE_KEYS } from "./rules.js";

export const MANIFEST_SCHEMA_ID =
  "https://github.com/provenance-gate/provenance-gate/schemas/model-provenance.schema.json";

const ruleKey = {
  type: "string",
  enum: RULE_KEYS,
  description: "a rule id (PG001…PG007) or name (claimed-base-mismatch, undeclared-lineage, …)",
} as const;

const date = {
  type: "string",
  pattern: "^\\d{4}-\\d{2}-\\d{2}$",
  description: "a date written YYYY-MM-DD, e.g. 2027-01-31",
} as const;

const nonEmpty = (description: string): { type: "string"; minLength: 1; description: string } => ({
  type: "string",
  minLength: 1,
  description,
});

export const MANIFEST_SCHEMA = {
  $schema: "http://json-schema.org/draft-07/schema#",
  $id: MANIFEST_SCHEMA_ID,
  title: "provenance-gate manifest",
  description: "The models a repository depends on and the provenance policy they must meet.",
  type: "object",
  additionalProperties: false,
  required: ["version", "models"],
  properties: {
    version: { const: 1, description: "the manifest format version: 1" },
    models: {
      type: "array",
      minItems: 1,
      description: "a list of models, each with at least an `id`",
      items: {
        type: "object",
        additionalProperties: false,
        required: ["id"],
        description: "a model entry: `id`, optional `revision` and `base`",
        properties: {
          id: nonEmpty("a Hub repo id (org/name), hf://org/name, or a local folder (./path)"),
          revision: nonEmpty(
            "the commit sha the model was reviewed at, 40 hex characters (quote it when it is all digits, or YAML reads a number)",
          ),
          base: nonEmpty(
            'the claimed base model (Hub repo id, hf://…, or ./folder), or "none" for a model trained from scratch',
          ),
        },
      },
    },
    policy: {
      type: "object",
      additionalProperties: false,
      description: "a mapping with optional `fail-on` and `deny`",
      properties: {
        "fail-on": {
          type: "array",
          items: ruleKey,
          uniqueItems: true,
          description: "a list of rules that fail the check (default: PG001, PG002, PG003)",
        },
        deny: {
          type: "array",
          description: "a list of denied bases or families, each with a `reason`",
          items: {
            type: "object",
            additionalProperties: false,
            required: ["reason"],
            oneOf: [{ required: ["base"] }, { required: ["family"] }],
            description:
              "exactly one of `base` (a model) or `family` (a reference family id), and a `reason`",
            properties: {
              base: nonEmpty("a Hub repo id (org/name) whose derivatives are denied"),
              family: nonEmpty("a reference database family id, e.g. meta--llama"),
              reason: nonEmpty("why this lineage is denied (shown in every finding)"),
            },
          },
        },
      },
    },
    exceptions: {
      type: "array",
      description: "a list of exceptions, each with `model`, `reason` and `expires`",
      items: {
        type: "object",
        additionalProperties: false,
        required: ["model", "reason", "expires"],
        description: "an exception: `model`, optional `revision` and `rule`, `reason`, `expires`",
        properties: {
          model: nonEmpty("the `id` of a model in `models`"),
          revision: nonEmpty("the revision the exception is limited to"),
          rule: ruleKey,
          reason: nonEmpty("why the exception was granted (a review, a ticket)"),
          expires: date,
        },
      },
    },
    reference: {
      type: "array",
      description: 'a list of reference databases: "provenancekit" or {path: ./folder}',
      items: {
        anyOf: [
          { const: "provenancekit" },
          {
            type: "object",
            additionalProperties: false,
            required: ["path"],
            properties: { path: nonEmpty("a folder holding a reference database, e.g. ./provenance-db") },
          },
        ],
        description: 'a reference database: "provenancekit" (the published one) or {path: ./folder}',
      },
    },
  },
} as const;
