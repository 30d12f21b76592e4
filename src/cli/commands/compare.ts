import { compareFingerprints, type CompareResult } from "../../engine/compare.js";
import { fingerprintModel } from "../../engine/fingerprint.js";
import { openModel } from "../../engine/model/open-model.js";
import { printJson, type CommandHandler } from "../context.js";
import { formatBytes, table } from "../format.js";

export const compareCommand: CommandHandler = async ({ args, json, io, modelOptions }) => {
  const a = await openModel(args[0] as string, modelOptions);
  try {
    const b = await openModel(args[1] as string, modelOptions);
    try {
      const result = compareFingerprints(await fingerprintModel(a), await fingerprintModel(b));
      if (json) printJson(io, result);
      else io.stdout(renderCompare(result) + "\n");
      return 0;
    } finally {
      await b.close();
    }
  } finally {
    await a.close();
  }
};

const fmt = (v: number | null): string => (v === null ? "n/a" : v.toFixed(4));

export function renderCompare(r: CompareResult): string {
  const s = r.signals;
  const rows: [string, string][] = [
    ["MFI", `${fmt(r.mfi.score)} (tier ${r.mfi.tier}, ${r.mfi.match_type})`],
    ["TFV", fmt(s.tfv)],
    ["VOA", fmt(s.voa)],
    ["tokenizer score", fmt(r.tokenizer_score)],
    ["EAS", fmt(s.eas)],
    ["NLF", fmt(s.nlf)],
    ["LEP", fmt(s.lep)],
    ["END", fmt(s.end)],
    ["WVC", fmt(s.wvc)],
    ["identity score", fmt(r.identity_score)],
  ];
  return [
    `a  ${r.a.ref}`,
    `b  ${r.b.ref}`,
    "",
    table(["signal", "value"], rows),
    "",
    `verdict  ${r.verdict.label} (${r.verdict.basis})`,
    ...r.warnings.map((w) => `warning  ${w}`),
    `read     a: ${r.requests.a} request(s), ${formatBytes(r.bytes_read.a)}; b: ${r.requests.b} request(s), ${formatBytes(r.bytes_read.b)}`,
  ].join("\n");
}
