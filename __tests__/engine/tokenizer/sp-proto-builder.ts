// Writes SentencePiece ModelProto files (sentencepiece_model.proto) by hand, for tests: no real
// tokenizer.model is available offline, so the parser is checked against bytes we encode here,
// field by field, with the same wire format protobuf writes.

export interface PieceSpec {
  readonly piece: string;
  readonly score?: number;
  /** NORMAL 1 (default, omitted as protobuf omits defaults), UNKNOWN 2, CONTROL 3, USER_DEFINED 4, UNUSED 5, BYTE 6. */
  readonly type?: number;
}

export interface TrainerSpecInput {
  readonly modelType?: number;
  readonly byteFallback?: boolean;
  readonly unkId?: number;
  readonly bosId?: number;
  readonly eosId?: number;
  readonly padId?: number;
  readonly unkPiece?: string;
}

export interface NormalizerSpecInput {
  readonly name?: string;
  readonly precompiledCharsmap?: Uint8Array;
  readonly addDummyPrefix?: boolean;
  readonly removeExtraWhitespaces?: boolean;
}

/** Base-128 varint of a non-negative integer or (two's complement, 10 bytes) a negative one. */
export function varint(value: number | bigint): number[] {
  let v = BigInt.asUintN(64, BigInt(value));
  const out: number[] = [];
  do {
    const low = Number(v & 0x7fn);
    v >>= 7n;
    out.push(v === 0n ? low : low | 0x80);
  } while (v !== 0n);
  return out;
}

export const key = (field: number, wire: number): number[] => varint(field * 8 + wire);

export function lenField(field: number, payload: Uint8Array | readonly number[]): number[] {
  return [...key(field, 2), ...varint(payload.length), ...payload];
}

export const stringField = (field: number, s: string): number[] =>
  lenField(field, new TextEncoder().encode(s));

export const varintField = (field: number, v: number | bigint | boolean): number[] => [
  ...key(field, 0),
  ...varint(typeof v === "boolean" ? (v ? 1 : 0) : v),
];

export function floatField(field: number, f: number): number[] {
  const b = new Uint8Array(4);
  new DataView(b.buffer).setFloat32(0, f, true);
  return [...key(field, 5), ...b];
}

export function pieceMessage(p: PieceSpec): number[] {
  return [
    ...stringField(1, p.piece),
    ...floatField(2, p.score ?? 0),
    ...(p.type === undefined || p.type === 1 ? [] : varintField(3, p.type)),
  ];
}

export function trainerMessage(t: TrainerSpecInput): number[] {
  return [
    ...stringField(1, "corpus.txt"), // an unread field, skipped by the parser
    ...(t.modelType === undefined ? [] : varintField(3, t.modelType)),
    ...varintField(4, 8000),
    ...(t.byteFallback === undefined ? [] : varintField(35, t.byteFallback)),
    ...(t.unkId === undefined ? [] : varintField(40, t.unkId)),
    ...(t.bosId === undefined ? [] : varintField(41, t.bosId)),
    ...(t.eosId === undefined ? [] : varintField(42, t.eosId)),
    ...(t.padId === undefined ? [] : varintField(43, t.padId)),
    ...(t.unkPiece === undefined ? [] : stringField(45, t.unkPiece)),
  ];
}

export function normalizerMessage(n: NormalizerSpecInput): number[] {
  return [
    ...stringField(1, n.name ?? "identity"),
    ...(n.precompiledCharsmap === undefined ? [] : lenField(2, n.precompiledCharsmap)),
    ...(n.addDummyPrefix === undefined ? [] : varintField(3, n.addDummyPrefix)),
    ...(n.removeExtraWhitespaces === undefined ? [] : varintField(4, n.removeExtraWhitespaces)),
  ];
}

export function buildModelProto(m: {
  readonly pieces: readonly PieceSpec[];
  readonly trainer?: TrainerSpecInput;
  readonly normalizer?: NormalizerSpecInput;
}): Uint8Array {
  const out: number[] = [];
  for (const p of m.pieces) out.push(...lenField(1, pieceMessage(p)));
  if (m.trainer) out.push(...lenField(2, trainerMessage(m.trainer)));
  if (m.normalizer) out.push(...lenField(3, normalizerMessage(m.normalizer)));
  return Uint8Array.from(out);
}
