// Reading many spans of one source: adjacent or nearby spans are merged into one request, merged
// requests run with bounded parallelism, and each caller gets exactly the bytes it asked for.

import type { ByteSource } from "./byte-source.js";
import { mapLimit } from "./concurrency.js";

export interface Span {
  readonly offset: number;
  readonly length: number;
}

export interface RangeReadOptions {
  /** Spans whose gap is at most this many bytes are read as one request (the gap is discarded). */
  readonly maxGap?: number;
  /** A merged request never grows past this size, so one read never holds a whole shard. */
  readonly maxRequestBytes?: number;
  /** Requests in flight at once. */
  readonly concurrency?: number;
}

/** Default: merge only touching spans; 16 MiB per request; 8 in flight (design §11 allows 16). */
export const DEFAULT_RANGE_OPTIONS = {
  maxGap: 0,
  maxRequestBytes: 16 * 1024 * 1024,
  concurrency: 8,
} as const;

interface Group {
  offset: number;
  end: number;
  members: number[];
}

/** Groups spans (any order) into requests; returns the groups in offset order. */
export function coalesceSpans(spans: readonly Span[], maxGap: number, maxRequestBytes: number): Group[] {
  const order = spans.map((_, i) => i).sort((a, b) => (spans[a] as Span).offset - (spans[b] as Span).offset);
  const groups: Group[] = [];
  let cur: Group | undefined;
  for (const i of order) {
    const s = spans[i] as Span;
    const end = s.offset + s.length;
    if (cur && s.offset - cur.end <= maxGap && Math.max(cur.end, end) - cur.offset <= maxRequestBytes) {
      cur.end = Math.max(cur.end, end);
      cur.members.push(i);
    } else {
      cur = { offset: s.offset, end, members: [i] };
      groups.push(cur);
    }
  }
  return groups;
}

/** Reads every span; result[i] holds the bytes of spans[i]. */
export async function readSpans(
  source: ByteSource,
  spans: readonly Span[],
  options: RangeReadOptions = {},
): Promise<Uint8Array[]> {
  const maxGap = options.maxGap ?? DEFAULT_RANGE_OPTIONS.maxGap;
  const maxRequestBytes = options.maxRequestBytes ?? DEFAULT_RANGE_OPTIONS.maxRequestBytes;
  const concurrency = options.concurrency ?? DEFAULT_RANGE_OPTIONS.concurrency;
  const groups = coalesceSpans(spans, maxGap, maxRequestBytes);
  const out = new Array<Uint8Array>(spans.length);
  await mapLimit(groups, concurrency, async (g) => {
    const bytes = await source.read(g.offset, g.end - g.offset);
    for (const i of g.members) {
      const s = spans[i] as Span;
      out[i] = bytes.subarray(s.offset - g.offset, s.offset - g.offset + s.length);
    }
  });
  return out;
}
