import { compareFingerprints, type CompareResult } from "../../engine/compare.js";
import { fingerprintWithCache } from "../../engine/cache/index.js";
import { openModel } from "../../engine/model/open-model.js";
import { printJson, warnTo, type CommandHandler } from "../context.js";
import { formatBytes, table } from "../format.js";

export const compareCommand: CommandHandler = async ({
  args,
  json,
  plain,
  profile,
  io,
  modelOptions,
  cache,
}) => {
  const a = await openModel(args[0] as string, modelOptions);
  try {
    const b = await openModel(args[1] as string, modelOptions);
    try {
      const fa = await fingerprintWithCache(a, profile, cache, warnTo(io));
      const fb = await fingerprintWithCache(b, profile, cache, warnTo(io));
      const result = compareFingerprints(fa, fb);
      if (json) printJson(io, { ...result, cached: { a: fa.cached, b: fb.cached } });
      else io.stdout((plain ? renderComparePlain(result) : renderCompare(result)) + "\n");
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
    ["lineage T", r.lineage ? `${r.lineage.t.toFixed(3)} (p ${pValue(r.lineage)})` : "N/A"],
  ];
  const l = r.lineage;
  return [
    `a  ${r.a.ref}`,
    `b  ${r.b.ref}`,
    "",
    table(["signal", "value"], rows),
    "",
    ...(l
      ? [
          `lineage  ${l.agreeing} of ${l.units_compared} units agree (chance ${l.chance.toFixed(1)}), alignment ${l.alignment}, probe of ${l.probe_of}; layers ${l.layers.map((x) => `b${x.b}→a${x.a}`).join(" ")}`,
        ]
      : []),
    "signals  EAS…WVC and the identity score are similarity readouts; the verdict rests on the lineage test",
    `verdict  ${r.verdict.label} (${r.verdict.basis})`,
    ...r.warnings.map((w) => `warning  ${w}`),
    `read     a: ${r.requests.a} request(s), ${formatBytes(r.bytes_read.a)}, ${r.seconds.a.toFixed(2)} s; b: ${r.requests.b} request(s), ${formatBytes(r.bytes_read.b)}, ${r.seconds.b.toFixed(2)} s`,
  ].join("\n");
}

/** One "key: value" per line (reference §9.3 layout, our fields), for scripts that grep. */
export function renderComparePlain(r: CompareResult): string {
  const line = (k: string, v: string | number): string => `${`${k}:`.padEnd(17)}${v}`;
  const s = r.signals;
  return [
    line("model_a", r.a.ref),
    line("model_b", r.b.ref),
    line("revision_a", r.a.revision ?? "local"),
    line("revision_b", r.b.revision ?? "local"),
    line("verdict", r.verdict.label),
    line("related", String(r.verdict.related)),
    line("lineage_t", plainNum(r.lineage?.t ?? null)),
    line("lineage_p", r.lineage ? pValue(r.lineage) : "N/A"),
    line("lineage_units", r.lineage?.units_compared ?? "N/A"),
    line("alignment", r.lineage?.alignment ?? "N/A"),
    line("identity_score", plainNum(r.identity_score)),
    line("mfi_score", plainNum(r.mfi.score)),
    line("mfi_tier", r.mfi.tier),
    line("mfi_match", r.mfi.match_type),
    line("tokenizer_score", plainNum(r.tokenizer_score)),
    ...(["eas", "nlf", "lep", "end", "wvc", "tfv", "voa"] as const).map((k) => line(k, plainNum(s[k]))),
    line("bytes_read_a", r.bytes_read.a),
    line("bytes_read_b", r.bytes_read.b),
    line("seconds_a", r.seconds.a.toFixed(3)),
    line("seconds_b", r.seconds.b.toFixed(3)),
  ].join("\n");
}

const plainNum = (v: number | null): string => (v === null ? "N/A" : v.toFixed(4));

/** A p-value; one below the smallest double is written from its log10. */
function pValue(l: { p_value: number; log10_p: number }): string {
  return l.p_value > 0 ? l.p_value.toPrecision(2) : `1e${Math.round(l.log10_p)}`;
}
