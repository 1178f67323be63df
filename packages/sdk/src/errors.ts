/**
 * Typed errors of the SDK. Every error thrown past the public API is a `DpgError` with a
 * stable `code`; the message says what failed and what to do about it.
 */

/** Stable error codes, safe to switch on. */
export type DpgErrorCode =
  | 'network'
  | 'timeout'
  | 'http'
  | 'parse'
  | 'too-large'
  | 'aborted'
  | 'not-found'
  | 'invalid-query'
  | 'invalid-data';

export interface DpgErrorOptions {
  /** HTTP status, for `http` errors. */
  status?: number;
  /** The URL involved, for network errors. */
  url?: string;
  cause?: unknown;
}

/** The one error type the SDK throws. */
export class DpgError extends Error {
  override readonly name = 'DpgError';
  readonly code: DpgErrorCode;
  readonly status?: number;
  readonly url?: string;

  constructor(code: DpgErrorCode, message: string, options: DpgErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.code = code;
    if (options.status !== undefined) this.status = options.status;
    if (options.url !== undefined) this.url = options.url;
  }
}

/** True when `error` is a DpgError, optionally with the given code. */
export function isDpgError(error: unknown, code?: DpgErrorCode): error is DpgError {
  return error instanceof DpgError && (code === undefined || error.code === code);
}
