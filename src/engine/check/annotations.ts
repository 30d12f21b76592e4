// Annotations on the manifest line of each finding (design §7). GitHub shows at most 10 error,
// 10 warning and 10 notice annotations per step and drops the rest silently, so we choose which
// ones are shown (those that fail the check first) and say how many were left out.

import type { Finding } from "./findings.js";

/** GitHub's per-step cap for each annotation kind. */
export const MAX_ANNOTATIONS_PER_KIND = 10;

export type AnnotationKind = "error" | "warning" | "notice";

export interface Annotation {
  readonly kind: AnnotationKind;
  readonly file: string;
  readonly line: number;
  readonly column: number;
  readonly title: string;
  readonly message: string;
}

export interface AnnotationPlan {
  readonly annotations: readonly Annotation[];
  readonly omitted: Readonly<Record<AnnotationKind, number>>;
}

const KIND: Record<Finding["level"], AnnotationKind> = { error: "error", warning: "warning", note: "notice" };

export function planAnnotations(findings: readonly Finding[], manifestPath: string): AnnotationPlan {
  // Stable order: failing findings first, then excepted ones last, then manifest order.
  const ranked = [...findings].sort(
    (a, b) =>
      Number(b.fails) - Number(a.fails) || Number(a.exception !== null) - Number(b.exception !== null),
  );
  const shown: Annotation[] = [];
  const count: Record<AnnotationKind, number> = { error: 0, warning: 0, notice: 0 };
  const omitted: Record<AnnotationKind, number> = { error: 0, warning: 0, notice: 0 };
  for (const f of ranked) {
    const kind = KIND[f.level];
    if (count[kind] >= MAX_ANNOTATIONS_PER_KIND) {
      omitted[kind] += 1;
      continue;
    }
    count[kind] += 1;
    shown.push({
      kind,
      file: manifestPath,
      line: f.position.line,
      column: f.position.column,
      title: `${f.rule} ${f.name}${f.exception ? ` (excepted until ${f.exception.expires})` : ""}`,
      message: f.message,
    });
  }
  return { annotations: shown, omitted };
}

/** One line naming what the caps left out; null when nothing was. */
export function omittedNotice(plan: AnnotationPlan): string | null {
  const parts = (["error", "warning", "notice"] as const)
    .filter((k) => plan.omitted[k] > 0)
    .map((k) => `${plan.omitted[k]} more ${k}${plan.omitted[k] === 1 ? "" : "s"}`);
  return parts.length === 0
    ? null
    : `GitHub shows ${MAX_ANNOTATIONS_PER_KIND} annotations of each kind per step; ${parts.join(", ")} are in the job summary and the reports`;
}
