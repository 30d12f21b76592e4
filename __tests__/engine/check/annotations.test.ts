import { describe, expect, it } from "vitest";
import { omittedNotice, planAnnotations } from "../../../src/engine/check/annotations.js";
import type { Finding } from "../../../src/engine/check/findings.js";

const f = (i: number, level: Finding["level"], fails: boolean, excepted = false): Finding => ({
  rule: level === "error" ? "PG001" : level === "warning" ? "PG005" : "PG007",
  name:
    level === "error" ? "claimed-base-mismatch" : level === "warning" ? "unpinned-revision" : "weak-evidence",
  level,
  message: `m${i}`,
  model: `org/m${i}`,
  revision: null,
  position: { line: i + 3, column: 9 },
  exception: excepted ? { reason: "r", expires: "2027-01-01", position: { line: 1, column: 1 } } : null,
  expiredException: null,
  fails,
});

describe("planAnnotations", () => {
  it("keeps 10 of each kind, failing ones first, and counts the rest", () => {
    const findings = [
      ...Array.from({ length: 5 }, (_, i) => f(i, "error", false, true)),
      ...Array.from({ length: 12 }, (_, i) => f(10 + i, "error", true)),
      ...Array.from({ length: 3 }, (_, i) => f(30 + i, "warning", false)),
      f(40, "note", false),
    ];
    const plan = planAnnotations(findings, ".github/model-provenance.yml");
    expect(plan.annotations.filter((a) => a.kind === "error").map((a) => a.message)).toEqual(
      Array.from({ length: 10 }, (_, i) => `m${10 + i}`),
    );
    expect(plan.annotations.filter((a) => a.kind !== "error").map((a) => `${a.kind} ${a.message}`)).toEqual([
      "warning m30",
      "warning m31",
      "warning m32",
      "notice m40",
    ]);
    expect(plan.omitted).toEqual({ error: 7, warning: 0, notice: 0 });
    expect(plan.annotations[0]).toEqual({
      kind: "error",
      file: ".github/model-provenance.yml",
      line: 13,
      column: 9,
      title: "PG001 claimed-base-mismatch",
      message: "m10",
    });
    expect(omittedNotice(plan)).toBe(
      "GitHub shows 10 annotations of each kind per step; 7 more errors are in the job summary and the reports",
    );
  });

  it("marks excepted findings in the title; nothing omitted → no notice", () => {
    const plan = planAnnotations([f(0, "error", false, true)], "m.yml");
    expect(plan.annotations[0]!.title).toBe("PG001 claimed-base-mismatch (excepted until 2027-01-01)");
    expect(omittedNotice(plan)).toBeNull();
  });
});
