import { getOctokit } from "@actions/github";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { upsertStickyComment } from "../../src/action/comment.js";
import { startFakeGitHub, type FakeGitHub } from "../helpers/fake-github.js";

const MARKER = "<!-- provenance-gate:sticky -->";
const pr = { owner: "acme", repo: "models", number: 7 };
const render = (label: string) => (resolved: boolean) => `${MARKER}\n${resolved ? "RESOLVED " : ""}${label}`;

describe("upsertStickyComment against a fake GitHub API", () => {
  let gh: FakeGitHub;
  beforeAll(async () => {
    gh = await startFakeGitHub();
  });
  afterAll(async () => gh.close());
  const octokit = () => getOctokit("ghs_test", { baseUrl: gh.url });

  it("creates nothing while there are no findings and no comment", async () => {
    expect(await upsertStickyComment(octokit(), pr, MARKER, false, render("clean"))).toEqual({
      action: "none",
      reason: "no findings and no earlier comment",
    });
    expect(gh.comments.size).toBe(0);
  });

  it("creates, then updates in place, then marks resolved", async () => {
    // Someone else's comment on the PR, with the marker text not on its first line.
    gh.comments.set("acme/models#7", [
      { id: 1, body: `quoting:\n${MARKER}`, user: { login: "dev", type: "User" } },
    ]);
    const first = await upsertStickyComment(octokit(), pr, MARKER, true, render("one finding"));
    expect(first.action).toBe("created");
    const second = await upsertStickyComment(octokit(), pr, MARKER, true, render("two findings"));
    expect(second).toEqual({ action: "updated", id: (first as { id: number }).id });
    const third = await upsertStickyComment(octokit(), pr, MARKER, false, render("clean"));
    expect(third).toEqual(second);
    expect(gh.comments.get("acme/models#7")!.map((c) => c.body)).toEqual([
      `quoting:\n${MARKER}`,
      `${MARKER}\nRESOLVED clean`,
    ]);
  });

  it("finds its comment beyond the first page", async () => {
    const many = Array.from({ length: 150 }, (_, i) => ({
      id: 2000 + i,
      body: `c${i}`,
      user: { login: "u", type: "User" },
    }));
    gh.comments.set("acme/models#8", [
      ...many,
      { id: 9000, body: `${MARKER}\nold`, user: { login: "b", type: "Bot" } },
    ]);
    expect(await upsertStickyComment(octokit(), { ...pr, number: 8 }, MARKER, true, render("new"))).toEqual({
      action: "updated",
      id: 9000,
    });
  });

  it("a read-only token skips with a reason instead of failing", async () => {
    gh.readOnly = true;
    const out = await upsertStickyComment(octokit(), { ...pr, number: 9 }, MARKER, true, render("x"));
    gh.readOnly = false;
    expect(out).toEqual({
      action: "skipped",
      reason:
        "the token cannot write pull-request comments (HTTP 403; fork pull requests get a read-only token): results are in the job summary",
    });
  });
});
