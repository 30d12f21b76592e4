// Human rendering of an InspectReport.

import type { InspectReport } from "../engine/inspect.js";
import { formatBytes, formatCount, table } from "./format.js";

export function renderInspect(r: InspectReport): string {
  const out: string[] = [];
  const totalFileBytes = r.files.reduce((a, f) => a + f.size, 0);
  out.push(`model     ${r.ref}`);
  if (r.source === "hub") out.push(`revision  ${r.revision} (requested ${r.requested_revision})`);
  out.push(`files     ${r.files.length} files, ${formatBytes(totalFileBytes)}`);
  for (const f of r.files) {
    out.push(
      `  ${f.path.padEnd(40)} ${formatBytes(f.size).padStart(10)}${f.sha256 ? `  sha256:${f.sha256.slice(0, 12)}…` : ""}`,
    );
  }
  const c = r.config;
  if (c) {
    const arch = c.architectures.length > 0 ? ` (${c.architectures.join(", ")})` : "";
    const heads =
      c.num_key_value_heads === null
        ? `${c.num_attention_heads ?? "?"}`
        : `${c.num_attention_heads ?? "?"}/${c.num_key_value_heads} kv`;
    out.push(
      `config    ${c.model_type ?? "unknown type"}${arch}${c.backbone ? ` [${c.backbone}]` : ""}`,
      `          hidden ${c.hidden_size ?? "?"}, layers ${c.num_hidden_layers ?? "?"}, heads ${heads}, intermediate ${c.intermediate_size ?? "?"}, vocab ${c.vocab_size ?? "?"}, dtype ${c.torch_dtype ?? "?"}`,
    );
  }
  const w = r.weights;
  if (w) {
    const dtypes = Object.entries(w.dtypes)
      .map(([d, n]) => `${d} ${formatCount(n)}`)
      .join(", ");
    out.push(
      `weights   ${w.format}, ${w.shards.length} file(s), ${w.total_tensors} tensors, ${formatCount(w.total_parameters)} parameters (${dtypes}), ${formatBytes(w.total_bytes)}`,
      "",
      table(
        ["tensor", "dtype", "shape", "bytes", "shard"],
        w.tensors.map((t) => [t.name, t.dtype, `[${t.shape.join(", ")}]`, formatBytes(t.bytes), t.shard]),
        [3],
      ),
      "",
    );
  }
  for (const n of r.notes) out.push(`note      ${n}`);
  out.push(`read      ${r.requests} request(s), ${formatBytes(r.bytes_read)}`);
  return out.join("\n");
}
