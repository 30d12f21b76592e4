import { describe, expect, it } from "vitest";
import { MalformedInputError } from "../../../../src/engine/errors.js";
import { readConfigJson } from "../../../../src/engine/features/metadata/config-json.js";
import { PyNumber } from "../../../../src/engine/pycompat/py-json.js";

const enc = (s: string): Uint8Array => new TextEncoder().encode(s);
const FILE = "org/m@abc:config.json";

function thrown(fn: () => unknown): MalformedInputError {
  try {
    fn();
  } catch (err) {
    if (err instanceof MalformedInputError) return err;
    throw err;
  }
  throw new Error("expected a MalformedInputError");
}

describe("readConfigJson", () => {
  it("keeps the int/float form of every number", () => {
    const c = readConfigJson(
      enc('{"a": 4096, "b": 4096.0, "c": 1e6, "d": [1, 2.5], "e": 123456789012345678901}'),
      FILE,
    );
    const form = (v: unknown) => (v instanceof PyNumber ? `${v.kind}:${v.toString()}` : v);
    expect(form(c.a)).toBe("int:4096");
    expect(form(c.b)).toBe("float:4096.0");
    expect(form(c.c)).toBe("float:1000000.0");
    expect((c.d as unknown[]).map(form)).toEqual(["int:1", "float:2.5"]);
    expect(form(c.e)).toBe("int:123456789012345678901");
  });

  it.each([
    [enc("{not json"), `${FILE}: not valid JSON (Quoted object key expected but got 'n' at position 1)`],
    [new Uint8Array([0x7b, 0xff, 0x7d]), `${FILE}: not valid UTF-8; save the file as UTF-8 JSON`],
    [enc("[1, 2]"), `${FILE}: expected a JSON object at the top level, found a list`],
    [enc("null"), `${FILE}: expected a JSON object at the top level, found null`],
    [enc('{"a": 1, "a": 2}'), `${FILE}: not valid JSON (Duplicate key 'a' encountered at position 10)`],
  ])("refuses %#", (bytes, message) => {
    const err = thrown(() => readConfigJson(bytes, FILE));
    expect(err.message).toBe(message);
    expect(err.file).toBe(FILE);
  });

  it("refuses a file over the size limit before parsing it", () => {
    const err = thrown(() => readConfigJson(new Uint8Array(4 * 1024 * 1024 + 1), FILE));
    expect(err.message).toBe(`${FILE}: file is 4194305 bytes, over the 4194304-byte limit for config.json`);
  });

  it("treats __proto__ as an ordinary key", () => {
    const c = readConfigJson(enc('{"__proto__": {"hidden_size": 1}}'), FILE);
    expect(Object.getPrototypeOf(c)).toBe(Object.prototype);
    expect(Object.keys(c)).toEqual(["__proto__"]);
  });
});
