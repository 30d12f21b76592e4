// What a read cost. Every byte source and the HTTP transport add to one of these, so a command
// can report (and a test can assert) how many requests and bytes it took.

export interface IoStats {
  /** Requests sent (HTTP) or reads issued (local files), retries included. */
  requests: number;
  /** Payload bytes received. */
  bytes: number;
  /** Requests that were sent again after a retryable failure. */
  retries: number;
}

export function newIoStats(): IoStats {
  return { requests: 0, bytes: 0, retries: 0 };
}

export function addIoStats(into: IoStats, from: IoStats): void {
  into.requests += from.requests;
  into.bytes += from.bytes;
  into.retries += from.retries;
}
