// The sticky pull-request comment (design §7): one comment per shard, found again by its hidden
// marker and edited in place. A comment is created only when there are findings (a green PR gets
// no noise); an existing one is updated on every run and marked resolved once findings clear.
// A token that cannot write (fork pull requests get read-only tokens) skips the comment with a
// notice: the job summary still carries the results.

import type { getOctokit } from "@actions/github";

type Octokit = ReturnType<typeof getOctokit>;

/** Pages of 100 comments searched for the marker; a PR with more than 3,000 comments gets a new one. */
export const MAX_COMMENT_PAGES = 30;

export interface PullRequestRef {
  readonly owner: string;
  readonly repo: string;
  readonly number: number;
}

export type CommentOutcome =
  | { readonly action: "created" | "updated"; readonly id: number }
  | { readonly action: "none"; readonly reason: string }
  | { readonly action: "skipped"; readonly reason: string };

export async function findMarkedComment(
  octokit: Octokit,
  pr: PullRequestRef,
  marker: string,
): Promise<{ id: number; body: string } | null> {
  for (let page = 1; page <= MAX_COMMENT_PAGES; page++) {
    const { data } = await octokit.rest.issues.listComments({
      owner: pr.owner,
      repo: pr.repo,
      issue_number: pr.number,
      per_page: 100,
      page,
    });
    const hit = data.find((c) => (c.body ?? "").split("\n", 1)[0] === marker);
    if (hit) return { id: hit.id, body: hit.body ?? "" };
    if (data.length < 100) return null;
  }
  return null;
}

/**
 * `render(resolved)` gives the body; `hasFindings` decides whether a missing comment is created.
 * Write failures with 401/403/404 (read-only token) become "skipped"; others propagate.
 */
export async function upsertStickyComment(
  octokit: Octokit,
  pr: PullRequestRef,
  marker: string,
  hasFindings: boolean,
  render: (resolved: boolean) => string,
): Promise<CommentOutcome> {
  try {
    const existing = await findMarkedComment(octokit, pr, marker);
    if (existing === null) {
      if (!hasFindings) return { action: "none", reason: "no findings and no earlier comment" };
      const { data } = await octokit.rest.issues.createComment({
        owner: pr.owner,
        repo: pr.repo,
        issue_number: pr.number,
        body: render(false),
      });
      return { action: "created", id: data.id };
    }
    await octokit.rest.issues.updateComment({
      owner: pr.owner,
      repo: pr.repo,
      comment_id: existing.id,
      body: render(!hasFindings),
    });
    return { action: "updated", id: existing.id };
  } catch (err) {
    const status = (err as { status?: number }).status;
    if (status === 401 || status === 403 || status === 404) {
      return {
        action: "skipped",
        reason: `the token cannot write pull-request comments (HTTP ${status}; fork pull requests get a read-only token): results are in the job summary`,
      };
    }
    throw err;
  }
}
