// rope_theta and rope_scaling read directly from config.json (design §4.2). transformers 5 moves
// a top-level rope_theta into rope_parameters and then reports rope_theta as None (spec §1.1
// item 4); we do not hide it. Sources, first found wins:
//   1. the top-level key (or its alias, e.g. GPT-NeoX's rotary_emb_base);
//   2. rope_parameters.rope_theta (configs saved by transformers 5);
//   3. rope_parameters.full_attention.rope_theta (per-layer-type parameters, Gemma 3 under v5);
//   4. rope_scaling.rope_theta (same, for configs that kept the legacy name);
//   5. the class default of the model type (docs/mfi.md).

import { PyNumber } from "../../pycompat/py-json.js";
import type { Attribute, ConfigAttributes } from "./attributes.js";
import { describe, isConfigObject, ownValue, type ConfigObject, type ConfigValue } from "./config-json.js";
import type { FieldContext } from "./fields.js";

export function readRopeTheta(attrs: ConfigAttributes, ctx: FieldContext): PyNumber | null {
  const candidates: Array<Attribute | undefined> = [
    attrs.fromConfig("rope_theta"),
    nested(attrs, "rope_parameters", ["rope_theta"]),
    nested(attrs, "rope_parameters", ["full_attention", "rope_theta"]),
    nested(attrs, "rope_scaling", ["rope_theta"]),
    attrs.fromDefaults("rope_theta"),
  ];
  for (const c of candidates) {
    if (c === undefined || c.value === null) continue;
    if (c.value instanceof PyNumber) return c.value;
    ctx.warnings.push({
      field: c.key ?? attrs.path("rope_theta"),
      message: `expected a number, found ${describe(c.value)}; ignored`,
    });
  }
  return null;
}

function nested(attrs: ConfigAttributes, top: string, path: readonly string[]): Attribute | undefined {
  let cur: ConfigValue | undefined = attrs.fromConfig(top)?.value;
  for (const key of path) {
    if (!isConfigObject(cur)) return undefined;
    cur = ownValue(cur, key);
  }
  return cur === undefined ? undefined : { value: cur, key: attrs.path([top, ...path].join(".")) };
}

/**
 * The stored rope_scaling dict: config.json's rope_scaling when the key exists (null included),
 * else rope_parameters (transformers 5 writes that name and serves it as rope_scaling).
 */
export function readRopeScaling(attrs: ConfigAttributes, ctx: FieldContext): ConfigObject | null {
  const attr = attrs.fromConfig("rope_scaling") ?? attrs.fromConfig("rope_parameters");
  if (attr === undefined || attr.value === null) return null;
  if (isConfigObject(attr.value)) return attr.value;
  ctx.warnings.push({
    field: attr.key ?? attrs.path("rope_scaling"),
    message: `expected an object, found ${describe(attr.value)}; ignored`,
  });
  return null;
}
