// What the action needs to know about the event: the pull request (for the comment and for
// `scope: changed`) and the base branch's copy of the manifest, read through the REST API so the
// checkout does not need the base branch's history.

import type { context as Context, getOctokit } from "@actions/github";
import type { PullRequestRef } from "./comment.js";

type Octokit = ReturnType<typeof getOctokit>;

export interface PullRequestInfo extends PullRequestRef {
  readonly baseSha: string;
  /** Forks get read-only tokens: the comment is expected to be skipped. */
  readonly fromFork: boolean;
}

export function pullRequestOf(ctx: typeof Context): PullRequestInfo | null {
  const pr = ctx.payload.pull_request as
    | {
        number: number;
        base?: { sha?: string; repo?: { full_name?: string } };
        head?: { repo?: { full_name?: string } };
      }
    | undefined;
  if (!pr || !ctx.repo.owner) return null;
  return {
    owner: ctx.repo.owner,
    repo: ctx.repo.repo,
    number: pr.number,
    baseSha: pr.base?.sha ?? "",
    fromFork: (pr.head?.repo?.full_name ?? "") !== (pr.base?.repo?.full_name ?? ""),
  };
}

/** The manifest at the base commit; null when the base has no such file. Other errors propagate. */
export async function baseManifestText(
  octokit: Octokit,
  pr: PullRequestInfo,
  manifestPath: string,
): Promise<string | null> {
  try {
    const { data } = await octokit.rest.repos.getContent({
      owner: pr.owner,
      repo: pr.repo,
      path: manifestPath,
      ref: pr.baseSha,
    });
    if (Array.isArray(data) || data.type !== "file" || !("content" in data)) return null;
    return Buffer.from(data.content, "base64").toString("utf8");
  } catch (err) {
    if ((err as { status?: number }).status === 404) return null;
    throw err;
  }
}
