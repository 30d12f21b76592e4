// Typed reads of database JSON fields with the reference's pydantic defaults (spec §7): a missing
// field takes its default silently, a field of the wrong type is a problem and takes the default.

import { PyNumber } from "../pycompat/py-json.js";
import {
  describe,
  isConfigObject,
  ownValue,
  type ConfigObject,
  type ConfigValue,
} from "../features/metadata/config-json.js";
import type { ProblemList } from "./problems.js";

export class FieldReader {
  constructor(
    private readonly obj: ConfigObject,
    private readonly file: string,
    /** JSON path of `obj` inside the file ("assets[2]"), "" at the top level. */
    private readonly at: string,
    private readonly problems: ProblemList,
  ) {}

  field(key: string): string {
    return this.at === "" ? key : `${this.at}.${key}`;
  }

  private bad(key: string, want: string, v: ConfigValue): void {
    this.problems.add(this.file, this.field(key), `expected ${want}, found ${describe(v)}`);
  }

  /** A string with a default; null and other types are problems. */
  string(key: string, fallback = ""): string {
    const v = ownValue(this.obj, key);
    if (v === undefined) return fallback;
    if (typeof v === "string") return v;
    this.bad(key, "a string", v);
    return fallback;
  }

  /** A string that must be there and non-empty (ids); null when it is not. */
  id(key: string): string | null {
    const v = ownValue(this.obj, key);
    if (typeof v === "string" && v.length > 0) return v;
    if (v === undefined) this.problems.add(this.file, this.field(key), "missing");
    else this.bad(key, "a non-empty string", v);
    return null;
  }

  stringList(key: string): string[] {
    const v = ownValue(this.obj, key);
    if (v === undefined) return [];
    if (Array.isArray(v) && v.every((s) => typeof s === "string")) return [...(v as string[])];
    this.bad(key, "a list of strings", v);
    return [];
  }

  /** A non-negative integer, or null when absent or wrong. */
  count(key: string): number | null {
    const v = ownValue(this.obj, key);
    if (v === undefined) return null;
    if (
      v instanceof PyNumber &&
      v.kind === "int" &&
      Number.isSafeInteger(v.toNumber()) &&
      v.toNumber() >= 0
    ) {
      return v.toNumber();
    }
    this.bad(key, "a non-negative integer", v);
    return null;
  }

  object(key: string): ConfigObject {
    const v = ownValue(this.obj, key);
    if (v === undefined) return {};
    if (isConfigObject(v)) return v;
    this.bad(key, "an object", v);
    return {};
  }

  list(key: string): readonly ConfigValue[] {
    const v = ownValue(this.obj, key);
    if (v === undefined) return [];
    if (Array.isArray(v)) return v as readonly ConfigValue[];
    this.bad(key, "a list", v);
    return [];
  }

  /** An object of string values (checksums). */
  stringMap(key: string): Record<string, string> {
    const obj = this.object(key);
    const out: Record<string, string> = {};
    for (const k of Object.keys(obj)) {
      const v = obj[k];
      if (typeof v === "string") Object.defineProperty(out, k, { value: v, enumerable: true });
      else this.problems.add(this.file, `${this.field(key)}.${k}`, `expected a string, found ${describe(v)}`);
    }
    return out;
  }
}
