import { fingerprintWithCache } from "../../engine/cache/index.js";
import type { ModelFingerprint } from "../../engine/fingerprint.js";
import { openModel } from "../../engine/model/open-model.js";
import { printJson, warnTo, type CommandHandler } from "../context.js";
import { formatBytes } from "../format.js";
import { addToDatabase, dbTarget, renderEntry } from "./fingerprint-db.js";

export const fingerprintCommand: CommandHandler = async ({
  args,
  json,
  profile,
  io,
  modelOptions,
  cache,
  options,
}) => {
  const target = dbTarget(options, io.cwd);
  const model = await openModel(args[0] as string, modelOptions);
  try {
    const outcome = await fingerprintWithCache(model, profile, cache, warnTo(io));
    const { fingerprint, cached } = outcome;
    const entry = target === null ? null : await addToDatabase(target, model, outcome);
    if (json) printJson(io, { ...fingerprint, cached, ...(entry === null ? {} : { db_entry: entry }) });
    else
      io.stdout(
        renderFingerprint(fingerprint, cached) + "\n" + (entry === null ? "" : renderEntry(entry) + "\n"),
      );
    return 0;
  } finally {
    await model.close();
  }
};

export function renderFingerprint(f: ModelFingerprint, cached = false): string {
  const m = f.mfi;
  const out = [
    `model        ${f.ref}`,
    `mfi          ${m.model_type} (${m.architectures.join(", ")}), hidden ${m.hidden_size}, layers ${m.num_hidden_layers}, heads ${m.num_attention_heads}/${m.num_key_value_heads ?? "-"} (${m.attention_style}), vocab ${m.vocab_size}`,
    `             ${m.norm_type}, act ${m.hidden_act ?? "-"}, pos ${m.pos_encoding}, rope_theta ${m.rope_theta ?? "-"}, ${m.token_id_signature}`,
    `arch_hash    ${m.arch_hash}`,
    `family_hash  ${m.family_hash}`,
  ];
  const t = f.tfv;
  if (t && f.tokenizer) {
    const scripts = Object.entries(t.script_distribution)
      .map(([s, p]) => `${s} ${p}`)
      .join(", ");
    out.push(
      `tokenizer    ${f.tokenizer.format} (${f.tokenizer.model_type}, ${t.tokenizer_class}), ${t.vocab_size} tokens, ${t.num_merges} merges`,
      `             avg length ${t.avg_token_length}, whitespace-prefixed ${t.pct_whitespace_prefix}, byte tokens ${t.pct_byte_tokens}`,
      `             scripts ${scripts || "-"}`,
      `             hash ${f.tokenizer.canonical_hash}`,
    );
  }
  const w = f.weights;
  if (w) {
    const wvcLayers = w.wvc_layer_sigs ? Object.keys(w.wvc_layer_sigs).length : 0;
    out.push(
      `weights      ${w.profile} profile: EAS ${w.eas_anchor_count} anchors, NLF ${w.nlf_mode ?? "-"} (${w.nlf_num_layers} vectors), LEP ${w.lep_profile?.length ?? 0} layers, END ${w.end_histogram ? 20 : 0} bins, WVC ${wvcLayers} layers`,
    );
  } else {
    out.push("weights      none");
  }
  for (const w of f.warnings) out.push(`warning      ${w}`);
  out.push(
    `read         ${f.requests} request(s), ${formatBytes(f.bytes_read)}, ${f.seconds.toFixed(2)} s${cached ? " (features from the cache)" : ""}`,
  );
  return out.join("\n");
}
