// Verdicts on the real small models of ../shared/data/models, in both extraction profiles.
import { existsSync, readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { compareFingerprints } from "../../src/engine/compare.js";
import { fingerprintModel, type FingerprintResult, type Profile } from "../../src/engine/fingerprint.js";
import { openModel } from "../../src/engine/model/open-model.js";

const MODELS = path.resolve(import.meta.dirname, "../../../shared/data/models");
const present = existsSync(MODELS);
if (!present) console.warn(`skipping shared-model verdict tests: ${MODELS} is absent`);
const names = present ? readdirSync(MODELS).sort() : [];

async function fp(name: string, profile: Profile): Promise<FingerprintResult> {
  const model = await openModel(path.join(MODELS, name), { cwd: "/" });
  try {
    return await fingerprintModel(model, profile);
  } finally {
    await model.close();
  }
}

const PAIRS: [string, string, "high-confidence-match" | "not-matched"][] = [
  ["stories260K", "stories260K-q80", "high-confidence-match"],
  ["stories260K", "llama2xs-scratch", "not-matched"],
  ["tiny-gpt2-random-a", "tiny-gpt2-medical", "not-matched"],
  ["tiny-gpt2-random-small", "tiny-gpt2-medical", "not-matched"],
];

describe.skipIf(!present).each(["full", "sampled"] as const)("shared models, %s profile", (profile) => {
  it.each(PAIRS)("%s vs %s → %s", async (a, b, label) => {
    const r = compareFingerprints(await fp(a, profile), await fp(b, profile));
    expect(r.verdict.label, `identity ${r.identity_score}`).toBe(label);
  });

  it.each(names)("%s vs itself → high-confidence-match", async (name) => {
    const f = await fp(name, profile);
    const r = compareFingerprints(f, f);
    expect([r.verdict.label, r.identity_score]).toEqual(["high-confidence-match", 1]);
  });
});
