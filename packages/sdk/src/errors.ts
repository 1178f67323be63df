/**
 * Typed errors of the SDK. Every error thrown past the public API is a `DpgError` with a
 * stable `code`; the message says what failed and what to do about it.
 */

/** Every stable error code, safe to switch on. */
export const DPG_ERROR_CODES = [
  'network',
  'timeout',
  'http',
  'parse',
  'too-large',
  'aborted',
  'not-found',
  'invalid-query',
  'invalid-data',
] as const;

/** Stable error codes, safe to switch on. */
export type DpgErrorCode = (typeof DPG_ERROR_CODES)[number];

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

/**
 * True when `error` is a DpgError, optionally with the given code.
 *
 * It checks what a DpgError says it is (`name` is `"DpgError"` and `code` is one of the
 * stable codes), not its class: a page can hold two copies of the SDK (an npm build and the
 * CDN bundle, or two versions), and an error thrown by one copy is not an `instanceof` the
 * other's class, yet it is just as much a DpgError to a caller switching on `code`.
 */
export function isDpgError(error: unknown, code?: DpgErrorCode): error is DpgError {
  if (typeof error !== 'object' || error === null) return false;
  const { name, code: actual } = error as { name?: unknown; code?: unknown };
  return name === 'DpgError' && (DPG_ERROR_CODES as readonly unknown[]).includes(actual) && (code === undefined || actual === code);
}
