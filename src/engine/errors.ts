// Typed errors. Each says what was wrong, where (file, field), the value and the limit, so the
// caller can act without reading our code. `kind` drives exit codes and caching:
// malformed input is permanent and never cached; network errors say whether a retry can help;
// configuration errors are the user's to fix.

export type ErrorKind = "malformed" | "network" | "config";

export abstract class ProvenanceError extends Error {
  abstract readonly kind: ErrorKind;
}

export interface MalformedDetails {
  /** The file the bytes came from (a path or "org/repo@rev:path"). */
  readonly file: string;
  /** The field, tensor or structure that is wrong, when there is one. */
  readonly field?: string;
}

/** The bytes of a model, tokenizer, database or archive break their format. Permanent. */
export class MalformedInputError extends ProvenanceError {
  readonly kind = "malformed";
  readonly file: string;
  readonly field: string | undefined;
  constructor(details: MalformedDetails, message: string) {
    super(`${details.file}${details.field === undefined ? "" : ` [${details.field}]`}: ${message}`);
    this.name = "MalformedInputError";
    this.file = details.file;
    this.field = details.field;
  }
}

export interface NetworkDetails {
  readonly url: string;
  /** HTTP status when the server answered; undefined for transport failures. */
  readonly status?: number;
  readonly retryable: boolean;
  readonly cause?: unknown;
}

/** A request failed: the server said no, broke the protocol, or could not be reached. */
export class NetworkError extends ProvenanceError {
  readonly kind = "network";
  readonly url: string;
  readonly status: number | undefined;
  readonly retryable: boolean;
  constructor(details: NetworkDetails, message: string) {
    super(message, details.cause === undefined ? undefined : { cause: details.cause });
    this.name = "NetworkError";
    this.url = details.url;
    this.status = details.status;
    this.retryable = details.retryable;
  }
}

/** 401/403: the repository is private or gated and the request carried no usable token. */
export class AccessDeniedError extends NetworkError {
  constructor(details: Omit<NetworkDetails, "retryable">, message: string) {
    super({ ...details, retryable: false }, message);
    this.name = "AccessDeniedError";
  }
}

/** 404: the repository, revision or file does not exist (or is hidden from this token). */
export class NotFoundError extends NetworkError {
  constructor(details: Omit<NetworkDetails, "retryable">, message: string) {
    super({ ...details, retryable: false }, message);
    this.name = "NotFoundError";
  }
}

export interface ConfigDetails {
  readonly file?: string;
  readonly line?: number;
  readonly column?: number;
}

/** The user's input (a flag, a manifest, a model reference) is wrong; the message says the fix. */
export class ConfigError extends ProvenanceError {
  readonly kind = "config";
  readonly file: string | undefined;
  readonly line: number | undefined;
  readonly column: number | undefined;
  constructor(details: ConfigDetails, message: string) {
    const where =
      details.file === undefined
        ? ""
        : `${details.file}${details.line === undefined ? "" : `:${details.line}`}${details.column === undefined ? "" : `:${details.column}`}: `;
    super(`${where}${message}`);
    this.name = "ConfigError";
    this.file = details.file;
    this.line = details.line;
    this.column = details.column;
  }
}
