import path from "node:path";
import { dbCheck, type DbCheckReport } from "../../engine/reference/index.js";
import { printJson, type CommandHandler } from "../context.js";

/** Exit 0 when every entry re-derives and nothing is malformed; 1 otherwise (the report says what). */
export const dbCheckCommand: CommandHandler = async ({ args, json, io }) => {
  const report = await dbCheck(path.resolve(io.cwd, args[0] as string));
  if (json) printJson(io, report);
  else io.stdout(renderDbCheck(report) + "\n");
  const clean =
    report.reproduced === report.total &&
    report.problems.length === 0 &&
    report.entries.every((e) => e.problems.length === 0);
  return clean ? 0 : 1;
};

export function renderDbCheck(r: DbCheckReport): string {
  const out = [
    `database     ${r.root}`,
    `reproduced   ${r.reproduced} of ${r.total} entries (arch_hash and param_bucket re-derived from the stored MFI)`,
    `family_hash  ${r.family_hash.float_rule} with the stored rope_theta, ${r.family_hash.int_form} only with its int form, of ${r.family_hash.total} (informational)`,
  ];
  for (const p of r.problems)
    out.push(`problem      ${p.file}${p.field ? ` [${p.field}]` : ""}: ${p.message}`);
  for (const e of r.entries) {
    const bad: string[] = [];
    // An unreadable bundle has nothing to re-derive: its problems say why.
    const readable = e.arch_hash.derived !== null;
    if (readable && !e.arch_hash.ok)
      bad.push(`arch_hash stored ${e.arch_hash.stored ?? "-"} derived ${e.arch_hash.derived ?? "-"}`);
    if (readable && !e.param_bucket.ok)
      bad.push(
        `param_bucket stored ${e.param_bucket.stored ?? "-"} derived ${e.param_bucket.derived ?? "-"}`,
      );
    for (const p of e.problems) bad.push(`${p.file}${p.field ? ` [${p.field}]` : ""}: ${p.message}`);
    if (bad.length > 0)
      out.push(`entry        ${e.family_id}/${e.asset_id}`, ...bad.map((b) => `               ${b}`));
  }
  return out.join("\n");
}
