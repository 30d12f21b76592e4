// Python's json.dumps with default options (spec §0.4), for every hash input the reference
// computes: ", " and ": " separators, ensure_ascii escapes with lowercase hex, floats as repr,
// NaN/Infinity literals. Numbers read from config.json keep their int/float lexical form through
// PyNumber, since 4096 and 4096.0 hash differently.

import { pyFloatRepr } from "./py-float.js";

/** A number as Python would hold it after json.loads: an int (arbitrary size) or a float. */
export class PyNumber {
  private constructor(
    readonly kind: "int" | "float",
    /** int: decimal digits with optional "-"; float: the double. */
    readonly int: bigint | undefined,
    readonly float: number | undefined,
  ) {}
  static int(v: bigint | number): PyNumber {
    return new PyNumber("int", BigInt(v), undefined);
  }
  static float(v: number): PyNumber {
    return new PyNumber("float", undefined, v);
  }
  /** From a JSON number literal exactly as written: "4096" is an int, "4096.0" and "1e6" floats. */
  static fromLiteral(text: string): PyNumber {
    return /^-?\d+$/.test(text) ? PyNumber.int(BigInt(text)) : PyNumber.float(Number(text));
  }
  toNumber(): number {
    return this.kind === "int" ? Number(this.int) : (this.float as number);
  }
  /** Python str(): "4096" for ints, repr for floats. */
  toString(): string {
    return this.kind === "int" ? (this.int as bigint).toString() : pyFloatRepr(this.float as number);
  }
}

/** JSON-like values a Python json.dumps sees. JS numbers are floats unless integral and marked. */
export type PyValue =
  null | boolean | string | number | PyNumber | readonly PyValue[] | { readonly [k: string]: PyValue };

export interface PyJsonOptions {
  readonly sortKeys?: boolean;
  /** Plain JS numbers that are integral are written as ints (Python ints) when true (default). */
  readonly integralAsInt?: boolean;
}

export function pyJsonDumps(value: PyValue, options: PyJsonOptions = {}): string {
  const integralAsInt = options.integralAsInt ?? true;
  const enc = (v: PyValue): string => {
    if (v === null) return "null";
    if (v === true) return "true";
    if (v === false) return "false";
    if (typeof v === "string") return pyJsonString(v);
    if (typeof v === "number") {
      return integralAsInt && Number.isInteger(v) && !Object.is(v, -0)
        ? BigInt(v).toString()
        : floatLiteral(v);
    }
    if (v instanceof PyNumber) {
      return v.kind === "float" ? floatLiteral(v.float as number) : (v.int as bigint).toString();
    }
    if (Array.isArray(v)) return `[${(v as readonly PyValue[]).map(enc).join(", ")}]`;
    const obj = v as { readonly [k: string]: PyValue };
    let keys = Object.keys(obj);
    if (options.sortKeys) keys = keys.sort(compareCodePoints);
    return `{${keys.map((k) => `${pyJsonString(k)}: ${enc(obj[k] as PyValue)}`).join(", ")}}`;
  };
  return enc(value);
}

function floatLiteral(x: number): string {
  if (Number.isNaN(x)) return "NaN";
  if (x === Infinity) return "Infinity";
  if (x === -Infinity) return "-Infinity";
  return pyFloatRepr(x);
}

/** Python string order: by code point (JS's default sort compares UTF-16 units). */
export function compareCodePoints(a: string, b: string): number {
  const ia = a[Symbol.iterator]();
  const ib = b[Symbol.iterator]();
  for (;;) {
    const x = ia.next();
    const y = ib.next();
    if (x.done || y.done) return x.done && y.done ? 0 : x.done ? -1 : 1;
    const cx = x.value.codePointAt(0) as number;
    const cy = y.value.codePointAt(0) as number;
    if (cx !== cy) return cx - cy;
  }
}

const SHORT_ESCAPES: Record<string, string> = {
  '"': '\\"',
  "\\": "\\\\",
  "\n": "\\n",
  "\r": "\\r",
  "\t": "\\t",
  "\b": "\\b",
  "\f": "\\f",
};

/** ensure_ascii: every UTF-16 unit above 0x7e or below 0x20 as \uXXXX (lowercase hex). */
export function pyJsonString(s: string): string {
  let out = '"';
  for (let i = 0; i < s.length; i++) {
    const ch = s[i] as string;
    const c = s.charCodeAt(i);
    const short = SHORT_ESCAPES[ch];
    if (short) out += short;
    else if (c < 0x20 || c > 0x7e) out += `\\u${c.toString(16).padStart(4, "0")}`;
    else out += ch;
  }
  return out + '"';
}
