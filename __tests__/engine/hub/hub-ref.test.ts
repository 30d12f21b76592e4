import { describe, expect, it } from "vitest";
import { ConfigError } from "../../../src/engine/errors.js";
import { isCommitSha, MAX_REPO_PART_LENGTH, parseHubRef } from "../../../src/engine/hub/hub-ref.js";

const SHA = "0123456789abcdef0123456789abcdef01234567";
const FIX = "write it as org/name or org/name@revision, e.g. openai-community/gpt2@main";

describe("parseHubRef", () => {
  it.each([
    ["org/name", "org/name", "main"],
    ["org/name@v1.0", "org/name", "v1.0"],
    [`hf://org/name@${SHA}`, "org/name", SHA],
    ["hf://org/name", "org/name", "main"],
    ["  meta-llama/Llama-3.1-8B@refs/pr/12 ", "meta-llama/Llama-3.1-8B", "refs/pr/12"],
    ["_org/model_v2.5", "_org/model_v2.5", "main"],
    [`a/${"x".repeat(MAX_REPO_PART_LENGTH)}`, `a/${"x".repeat(MAX_REPO_PART_LENGTH)}`, "main"],
    ["org/name@feature/branch-1", "org/name", "feature/branch-1"],
  ])("%s → %s @ %s", (text, repo, revision) => {
    expect(parseHubRef(text)).toEqual({ repo, revision });
  });

  it.each([
    [
      "gpt2",
      `model reference "gpt2": "gpt2" is not of the form org/name (a model id without its organisation needs it, e.g. openai-community/gpt2); ${FIX}`,
    ],
    ["@main", `model reference "@main": the repo id is empty; ${FIX}`],
    ["hf://", `model reference "hf://": the repo id is empty; ${FIX}`],
    ["org/na--me", `model reference "org/na--me": "na--me" must not contain "--" or ".."; ${FIX}`],
    ["org/na..me", `model reference "org/na..me": "na..me" must not contain "--" or ".."; ${FIX}`],
    [
      "org/-name",
      `model reference "org/-name": "-name" may hold only letters, digits, "_", "-" and ".", and must start and end with a letter, digit or "_"; ${FIX}`,
    ],
    [
      "org/name.",
      `model reference "org/name.": "name." may hold only letters, digits, "_", "-" and ".", and must start and end with a letter, digit or "_"; ${FIX}`,
    ],
    [
      "org/na me",
      `model reference "org/na me": "na me" may hold only letters, digits, "_", "-" and ".", and must start and end with a letter, digit or "_"; ${FIX}`,
    ],
    ["org/name.git", `model reference "org/name.git": "org/name.git" must not end with ".git"; ${FIX}`],
    [
      "a/b/c",
      `model reference "a/b/c": "a/b/c" is not of the form org/name (a model id without its organisation needs it, e.g. openai-community/gpt2); ${FIX}`,
    ],
    [
      "datasets/org/data",
      `model reference "datasets/org/data": "datasets/org/data" is not a model repository (only models can be checked); ${FIX}`,
    ],
    [
      `a/${"x".repeat(97)}`,
      `model reference "a/${"x".repeat(97)}": "${"x".repeat(97)}" is 97 characters long, more than the Hub's 96; ${FIX}`,
    ],
    [
      "org/name@",
      `model reference "org/name@": revision is empty after "@" (give a branch, tag or commit sha, or drop the "@"); ${FIX}`,
    ],
    ["org/name@a..b", `model reference "org/name@a..b": revision "a..b" contains "..", "@{" or "//"; ${FIX}`],
    [
      "org/name@a b",
      `model reference "org/name@a b": revision "a b" contains a space, a control character or one of ~ ^ : ? * [ \\; ${FIX}`,
    ],
    [
      "org/name@/main",
      `model reference "org/name@/main": revision "/main" must not start with "/", "." or "-", nor end with "/", "." or ".lock"; ${FIX}`,
    ],
    [
      "org/name@x.lock",
      `model reference "org/name@x.lock": revision "x.lock" must not start with "/", "." or "-", nor end with "/", "." or ".lock"; ${FIX}`,
    ],
  ])("rejects %j", (text, message) => {
    expect(() => parseHubRef(text)).toThrow(ConfigError);
    expect(() => parseHubRef(text)).toThrow(message);
  });

  it("names the manifest location when given one", () => {
    expect(() => parseHubRef("gpt2", { file: ".github/model-provenance.yml", line: 4 })).toThrow(
      /^\.github\/model-provenance\.yml:4: model reference "gpt2"/,
    );
  });
});

describe("isCommitSha", () => {
  it("accepts 40 hex digits only", () => {
    expect(isCommitSha(SHA)).toBe(true);
    expect(isCommitSha(SHA.toUpperCase())).toBe(true);
    expect(isCommitSha(SHA.slice(1))).toBe(false);
    expect(isCommitSha(`${SHA.slice(1)}g`)).toBe(false);
    expect(isCommitSha("main")).toBe(false);
  });
});
