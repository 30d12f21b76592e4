// Builds zip archives byte by byte for tests, so each malicious case is exact: any name (raw bytes
// too), stored or deflated data, and every header field (CRC, sizes, attributes, flags) can be set
// to a lie.

import { crc32, deflateRawSync } from "node:zlib";

export interface ZipEntrySpec {
  readonly name: string | Uint8Array;
  readonly data?: Uint8Array | string;
  /** 0 stored (default), 8 deflated, anything else written as is. */
  readonly method?: number;
  /** Header CRC-32; the true CRC by default. */
  readonly crc?: number;
  /** Header uncompressed size; the true size by default. */
  readonly uncompressedSize?: number;
  /** Central-directory external attributes (Unix mode in the top 16 bits). */
  readonly externalAttributes?: number;
  readonly flags?: number;
  /** Write the central record's local-header offset as this (to make entries overlap). */
  readonly localHeaderOffset?: number;
}

const te = new TextEncoder();

export const UNIX_FILE = (0o100644 << 16) >>> 0;
export const UNIX_DIR = ((0o040755 << 16) | 0x10) >>> 0;
export const UNIX_SYMLINK = (0o120777 << 16) >>> 0;

function bytesOf(v: Uint8Array | string | undefined): Uint8Array {
  return v === undefined ? new Uint8Array(0) : typeof v === "string" ? te.encode(v) : v;
}

export function buildZip(entries: readonly ZipEntrySpec[]): Uint8Array {
  const locals: Uint8Array[] = [];
  const centrals: Uint8Array[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = bytesOf(e.name);
    const data = bytesOf(e.data);
    const method = e.method ?? 0;
    const stored = method === 8 ? new Uint8Array(deflateRawSync(data)) : data;
    const crc = e.crc ?? crc32(data);
    const size = e.uncompressedSize ?? data.length;
    const flags = e.flags ?? 0x800;
    const local = new Uint8Array(30 + name.length + stored.length);
    const lv = new DataView(local.buffer);
    lv.setUint32(0, 0x04034b50, true);
    lv.setUint16(4, 20, true);
    lv.setUint16(6, flags, true);
    lv.setUint16(8, method, true);
    lv.setUint32(14, crc >>> 0, true);
    lv.setUint32(18, stored.length, true);
    lv.setUint32(22, size, true);
    lv.setUint16(26, name.length, true);
    local.set(name, 30);
    local.set(stored, 30 + name.length);
    const central = new Uint8Array(46 + name.length);
    const cv = new DataView(central.buffer);
    cv.setUint32(0, 0x02014b50, true);
    cv.setUint16(4, (3 << 8) | 20, true); // made by Unix
    cv.setUint16(6, 20, true);
    cv.setUint16(8, flags, true);
    cv.setUint16(10, method, true);
    cv.setUint32(16, crc >>> 0, true);
    cv.setUint32(20, stored.length, true);
    cv.setUint32(24, size, true);
    cv.setUint16(28, name.length, true);
    cv.setUint32(38, e.externalAttributes ?? UNIX_FILE, true);
    cv.setUint32(42, e.localHeaderOffset ?? offset, true);
    central.set(name, 46);
    locals.push(local);
    centrals.push(central);
    offset += local.length;
  }
  const cdSize = centrals.reduce((s, c) => s + c.length, 0);
  const eocd = new Uint8Array(22);
  const ev = new DataView(eocd.buffer);
  ev.setUint32(0, 0x06054b50, true);
  ev.setUint16(8, entries.length, true);
  ev.setUint16(10, entries.length, true);
  ev.setUint32(12, cdSize, true);
  ev.setUint32(16, offset, true);
  const out = new Uint8Array(offset + cdSize + 22);
  let at = 0;
  for (const part of [...locals, ...centrals, eocd]) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}
