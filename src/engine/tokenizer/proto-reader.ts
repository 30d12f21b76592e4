// A strict reader of the protobuf wire format, enough for SentencePiece's ModelProto. Nothing is
// generated or executed: fields are read one by one, every length is checked against the end of
// its message, and any deviation is a MalformedInputError naming the file, the field and the byte
// offset, so a truncated or hostile tokenizer.model fails with a clear message, never a crash.

import { MalformedInputError } from "../errors.js";

export const WIRE_VARINT = 0;
export const WIRE_FIXED64 = 1;
export const WIRE_LEN = 2;
export const WIRE_FIXED32 = 5;

const WIRE_NAMES: Record<number, string> = {
  0: "varint",
  1: "64-bit",
  2: "length-delimited",
  3: "start-group",
  4: "end-group",
  5: "32-bit",
};

// ignoreBOM: a piece may be U+FEFF itself (Mistral has one); the default decoder would drop it.
const UTF8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });

/** A varint is at most 10 bytes (64 bits in 7-bit groups). */
const MAX_VARINT_BYTES = 10;

export interface FieldKey {
  readonly field: number;
  readonly wire: number;
  /** File offset of the key's first byte. */
  readonly offset: number;
}

export class ProtoReader {
  private pos: number;

  /**
   * Reads bytes[start, end) of the file, a message named `message` in errors (e.g. "TrainerSpec").
   */
  constructor(
    private readonly bytes: Uint8Array,
    readonly file: string,
    readonly message: string,
    start = 0,
    private readonly end = bytes.length,
  ) {
    this.pos = start;
  }

  done(): boolean {
    return this.pos >= this.end;
  }

  key(): FieldKey {
    const offset = this.pos;
    const { lo, hi } = this.varint64(`${this.message} field key`);
    const field = hi * 2 ** 29 + (lo >>> 3);
    const wire = lo & 7;
    if (field === 0 || field > 0x1fff_ffff)
      this.fail(`${this.message} field key`, offset, `invalid field number ${field}`);
    if (wire > 5) this.fail(`${this.message} field ${field}`, offset, `invalid wire type ${wire}`);
    return { field, wire, offset };
  }

  /** The low 32 bits of a varint as a signed int32 (protobuf's int32 and enum decoding). */
  int32(key: FieldKey): number {
    this.expectWire(key, WIRE_VARINT);
    return this.varint64(this.where(key)).lo | 0;
  }

  bool(key: FieldKey): boolean {
    this.expectWire(key, WIRE_VARINT);
    const { lo, hi } = this.varint64(this.where(key));
    return lo !== 0 || hi !== 0;
  }

  float(key: FieldKey): number {
    this.expectWire(key, WIRE_FIXED32);
    const at = this.pos;
    this.need(key, 4);
    this.pos += 4;
    return new DataView(this.bytes.buffer, this.bytes.byteOffset + at, 4).getFloat32(0, true);
  }

  /** A length-delimited field: [start, end) of its payload in the file, after checking the length. */
  span(key: FieldKey): { start: number; end: number } {
    this.expectWire(key, WIRE_LEN);
    const lengthAt = this.pos;
    const { lo, hi } = this.varint64(this.where(key));
    const length = hi * 2 ** 32 + lo;
    if (length > this.end - this.pos) {
      this.fail(
        this.where(key),
        lengthAt,
        `length ${length} runs past the end of ${this.message} (${this.end - this.pos} bytes left)`,
      );
    }
    const start = this.pos;
    this.pos += length;
    return { start, end: this.pos };
  }

  bytesOf(key: FieldKey): Uint8Array {
    const { start, end } = this.span(key);
    return this.bytes.subarray(start, end);
  }

  /** A string field: UTF-8 (checked), at most `maxBytes` long. */
  string(key: FieldKey, maxBytes: number): string {
    const { start, end } = this.span(key);
    if (end - start > maxBytes) {
      this.fail(this.where(key), start, `string of ${end - start} bytes is over the ${maxBytes}-byte limit`);
    }
    try {
      return UTF8.decode(this.bytes.subarray(start, end));
    } catch {
      return this.fail(this.where(key), start, "string is not valid UTF-8");
    }
  }

  /** Skips a field this reader does not interpret; groups (wire types 3, 4) are refused. */
  skip(key: FieldKey): void {
    switch (key.wire) {
      case WIRE_VARINT:
        this.varint64(this.where(key));
        return;
      case WIRE_FIXED64:
        this.need(key, 8);
        this.pos += 8;
        return;
      case WIRE_LEN:
        this.span(key);
        return;
      case WIRE_FIXED32:
        this.need(key, 4);
        this.pos += 4;
        return;
      default:
        this.fail(this.where(key), key.offset, `unsupported wire type ${key.wire} (${WIRE_NAMES[key.wire]})`);
    }
  }

  fail(field: string, offset: number, message: string): never {
    throw new MalformedInputError({ file: this.file, field }, `${message} at byte offset ${offset}`);
  }

  where(key: FieldKey): string {
    return `${this.message} field ${key.field}`;
  }

  private expectWire(key: FieldKey, wire: number): void {
    if (key.wire !== wire) {
      this.fail(
        this.where(key),
        key.offset,
        `wire type ${key.wire} (${WIRE_NAMES[key.wire]}), expected ${wire} (${WIRE_NAMES[wire]})`,
      );
    }
  }

  private need(key: FieldKey, n: number): void {
    if (this.end - this.pos < n) {
      this.fail(this.where(key), this.pos, `${n}-byte value runs past the end of ${this.message}`);
    }
  }

  /** A varint as two 32-bit halves; more than 10 bytes or more than 64 bits is malformed. */
  private varint64(field: string): { lo: number; hi: number } {
    const start = this.pos;
    let lo = 0;
    let hi = 0;
    for (let i = 0; i < MAX_VARINT_BYTES; i++) {
      if (this.pos >= this.end) this.fail(field, start, `varint runs past the end of ${this.message}`);
      const b = this.bytes[this.pos++] as number;
      const bits = b & 0x7f;
      if (i < 4) lo |= bits << (7 * i);
      else if (i === 4) {
        lo |= (bits & 0x0f) << 28;
        hi = bits >>> 4;
      } else if (i < 9) hi |= bits << (7 * i - 32);
      else if (bits > 1) this.fail(field, start, "varint overflows 64 bits");
      else hi |= bits << 31;
      if ((b & 0x80) === 0) return { lo: lo >>> 0, hi: hi >>> 0 };
    }
    return this.fail(field, start, `varint longer than ${MAX_VARINT_BYTES} bytes`);
  }
}
