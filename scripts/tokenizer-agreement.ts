// Prints the tokenizer agreement table of docs/tokenizer-agreement.md (needs ../shared/data).
//   npx tsx scripts/tokenizer-agreement.ts
import { agreementRows, CASES } from "../__tests__/compat/tokenizer-agreement.js";

const show = (v: unknown): string => {
  const s = JSON.stringify(v) ?? "absent";
  return s.length > 60 ? `${s.slice(0, 57)}…` : s;
};
for (const c of CASES) {
  console.log(`\n### ${c.name} vs \`${c.bundle}\`\n\n| field | ours | stored | agrees |\n|---|---|---|---|`);
  for (const r of await agreementRows(c)) {
    console.log(
      `| ${r.field} | ${show(r.ours).replace(/\|/g, "\\|")} | ${show(r.stored).replace(/\|/g, "\\|")} | ${r.agrees ? "yes" : "**no**"} |`,
    );
  }
}
