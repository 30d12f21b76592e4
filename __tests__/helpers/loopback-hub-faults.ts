// Fault injection for the loopback Hub: rules pick requests by path and misbehave the way real
// servers, proxies and CDNs do, a set number of times, so tests can check retries and checks.

import type { IncomingMessage, ServerResponse } from "node:http";
import type { RequestLogEntry } from "./loopback-hub-body.js";

export type FaultKind = "429" | "500" | "reset" | "short" | "ignore-range" | "wrong-content-range";

export interface FaultRequest {
  readonly server: "hub" | "storage";
  readonly method: string;
  /** Path and query as sent, e.g. "/org/name/resolve/main/model.safetensors". */
  readonly path: string;
  readonly range: string | undefined;
}

export interface FaultRule {
  /** A regex tested against the path (with query), or a predicate over the request. */
  readonly match: RegExp | ((req: FaultRequest) => boolean);
  readonly kind: FaultKind;
  /** How many matching requests it hits; default 1. */
  readonly times?: number;
  /** Only requests to this server; default both. */
  readonly server?: "hub" | "storage";
  /** "429": the Retry-After value; default "1". */
  readonly retryAfter?: string;
  /** "500": the status to answer (502, 503 and 504 work too); default 500. */
  readonly status?: number;
  /**
   * "reset": body bytes sent before the socket is reset; undefined resets before the headers.
   * "short": body bytes sent before the connection ends cleanly; default half the body.
   */
  readonly afterBytes?: number;
}

/** Rules with their remaining counts; the first live rule that matches takes the request. */
export class FaultBook {
  private rules: { rule: FaultRule; left: number }[] = [];

  constructor(rules: readonly FaultRule[] = []) {
    this.set(rules);
  }

  set(rules: readonly FaultRule[]): void {
    this.rules = rules.map((rule) => ({ rule, left: rule.times ?? 1 }));
  }

  take(req: FaultRequest): FaultRule | undefined {
    for (const r of this.rules) {
      if (r.left <= 0 || (r.rule.server !== undefined && r.rule.server !== req.server)) continue;
      const hit = r.rule.match instanceof RegExp ? r.rule.match.test(req.path) : r.rule.match(req);
      if (!hit) continue;
      r.left -= 1;
      return r.rule;
    }
    return undefined;
  }
}

/** Faults that replace the answer before any routing. True when the request is handled. */
export function applyEarlyFault(
  fault: FaultRule,
  req: IncomingMessage,
  res: ServerResponse,
  entry: RequestLogEntry,
): boolean {
  if (fault.kind === "reset" && fault.afterBytes === undefined) {
    req.socket.resetAndDestroy();
    return true;
  }
  if (fault.kind !== "429" && fault.kind !== "500") return false;
  const status = fault.kind === "429" ? 429 : (fault.status ?? 500);
  const body = JSON.stringify({ error: fault.kind === "429" ? "Too many requests" : "Internal Error" });
  const headers: Record<string, string> = {
    "content-type": "application/json",
    "content-length": String(body.length),
  };
  if (fault.kind === "429") headers["retry-after"] = fault.retryAfter ?? "1";
  res.writeHead(status, headers);
  entry.status = status;
  entry.bytes += body.length;
  res.end(body);
  return true;
}
