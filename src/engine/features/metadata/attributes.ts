// getattr/hasattr over a config.json object, the way the reference's MFI asks its questions
// (spec §1.1): aliases first, then the config.json key, then a class default. A key present
// with the value null is an attribute whose value is None; an absent key without a class
// default is no attribute at all. Both distinctions matter (hidden_act, attention_bias).

import { ownValue, type ConfigObject, type ConfigValue } from "./config-json.js";
import { BASE_CLASS_DEFAULTS, rulesFor, type ModelTypeRules } from "./model-types.js";

export interface Attribute {
  readonly value: ConfigValue;
  /** Path of the config.json key ("text_config.n_embd"), or null for a class default. */
  readonly key: string | null;
}

export class ConfigAttributes {
  readonly rules: ModelTypeRules;

  constructor(
    readonly obj: ConfigObject,
    /** The model type whose rules apply (the sub-config's own type for a text_config). */
    readonly modelType: string | undefined,
    /** "" for the top level, else "text_config" / "decoder": prefixes keys in messages. */
    readonly prefix: string,
  ) {
    this.rules = rulesFor(modelType);
  }

  /** The attribute as written in config.json (through aliases), ignoring class defaults. */
  fromConfig(name: string): Attribute | undefined {
    for (const key of this.rules.aliases?.[name] ?? [name]) {
      const value = ownValue(this.obj, key);
      if (value !== undefined) return { value, key: this.path(key) };
    }
    return undefined;
  }

  /** The class default of a field the config.json does not set. */
  fromDefaults(name: string): Attribute | undefined {
    const defaults = this.rules.classDefaults;
    if (defaults !== undefined && Object.prototype.hasOwnProperty.call(defaults, name)) {
      return { value: defaults[name] as ConfigValue, key: null };
    }
    if (Object.prototype.hasOwnProperty.call(BASE_CLASS_DEFAULTS, name)) {
      return { value: BASE_CLASS_DEFAULTS[name] as ConfigValue, key: null };
    }
    return undefined;
  }

  /** getattr(cfg, name) with "no attribute" as undefined. */
  get(name: string): Attribute | undefined {
    return this.fromConfig(name) ?? this.fromDefaults(name);
  }

  /** hasattr(cfg, name). */
  has(name: string): boolean {
    return this.get(name) !== undefined;
  }

  /** The field path for messages: the alias actually found, else the reference name. */
  field(name: string): string {
    return this.fromConfig(name)?.key ?? this.path(name);
  }

  path(key: string): string {
    return this.prefix === "" ? key : `${this.prefix}.${key}`;
  }
}
