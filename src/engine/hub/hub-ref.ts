// Hugging Face model references: "org/name", "org/name@rev", "hf://org/name[@rev]". The repo id
// ends up in URL paths, so it is checked against the Hub's own rules before any request is made.

import { ConfigError, type ConfigDetails } from "../errors.js";

export interface HubRef {
  /** "org/name" */
  readonly repo: string;
  /** Branch, tag or commit sha; "main" when the reference names none. */
  readonly revision: string;
}

export const DEFAULT_REVISION = "main";
export const HF_SCHEME = "hf://";
/** The Hub's limit for each part of a repo id (huggingface_hub's validate_repo_id). */
export const MAX_REPO_PART_LENGTH = 96;
/** Git allows longer ref names, but no real branch or tag comes near this; it bounds URL size. */
export const MAX_REVISION_LENGTH = 256;

const EXAMPLE = "write it as org/name or org/name@revision, e.g. openai-community/gpt2@main";
/** Letters, digits, "_", "-", "."; starts and ends with a letter, digit or "_". */
const REPO_PART = /^[A-Za-z0-9_](?:[A-Za-z0-9_.-]*[A-Za-z0-9_])?$/;
const COMMIT_SHA = /^[0-9a-f]{40}$/i;

export function isCommitSha(revision: string): boolean {
  return COMMIT_SHA.test(revision);
}

/** Parses a Hub model reference; throws ConfigError naming the value and the fix. */
export function parseHubRef(text: string, where: ConfigDetails = {}): HubRef {
  const trimmed = text.trim();
  const body = trimmed.startsWith(HF_SCHEME) ? trimmed.slice(HF_SCHEME.length) : trimmed;
  const at = body.indexOf("@");
  const repo = at === -1 ? body : body.slice(0, at);
  const revision = at === -1 ? DEFAULT_REVISION : body.slice(at + 1);
  validateRepoId(repo, text, where);
  validateRevision(revision, text, where);
  return { repo, revision };
}

/** Throws unless `repo` is a valid "org/name" model id. `ref` is the user's text, for the message. */
export function validateRepoId(repo: string, ref: string = repo, where: ConfigDetails = {}): void {
  const fail = (why: string): never => {
    throw new ConfigError(where, `model reference "${ref}": ${why}; ${EXAMPLE}`);
  };
  if (repo === "") fail("the repo id is empty");
  const parts = repo.split("/");
  const [first] = parts;
  if (parts.length === 3 && (first === "datasets" || first === "spaces")) {
    fail(`"${repo}" is not a model repository (only models can be checked)`);
  }
  if (parts.length !== 2) {
    fail(
      `"${repo}" is not of the form org/name (a model id without its organisation needs it, e.g. openai-community/gpt2)`,
    );
  }
  for (const part of parts) {
    if (part.length > MAX_REPO_PART_LENGTH) {
      fail(`"${part}" is ${part.length} characters long, more than the Hub's ${MAX_REPO_PART_LENGTH}`);
    }
    if (!REPO_PART.test(part)) {
      fail(
        `"${part}" may hold only letters, digits, "_", "-" and ".", and must start and end with a letter, digit or "_"`,
      );
    }
    if (part.includes("--") || part.includes("..")) fail(`"${part}" must not contain "--" or ".."`);
  }
  if (repo.endsWith(".git")) fail(`"${repo}" must not end with ".git"`);
}

/** Git ref-name rules, enough to keep a revision from reshaping the URLs it goes into. */
export function validateRevision(revision: string, ref: string = revision, where: ConfigDetails = {}): void {
  const fail = (why: string): never => {
    throw new ConfigError(where, `model reference "${ref}": revision ${why}; ${EXAMPLE}`);
  };
  if (revision === "") fail('is empty after "@" (give a branch, tag or commit sha, or drop the "@")');
  if (revision.length > MAX_REVISION_LENGTH) {
    fail(`is ${revision.length} characters long, more than ${MAX_REVISION_LENGTH}`);
  }
  // eslint-disable-next-line no-control-regex -- control characters are exactly what is refused
  if (/[\u0000-\u0020\u007f~^:?*[\\]/.test(revision)) {
    fail(`"${revision}" contains a space, a control character or one of ~ ^ : ? * [ \\`);
  }
  if (revision.includes("..") || revision.includes("@{") || revision.includes("//")) {
    fail(`"${revision}" contains "..", "@{" or "//"`);
  }
  if (/^[/.-]|[/.]$|\.lock$/.test(revision)) {
    fail(`"${revision}" must not start with "/", "." or "-", nor end with "/", "." or ".lock"`);
  }
}
