/**
 * JSON of one small file (a hosted registry's manifest, or one DPG's files) with the browser's
 * `fetch` alone: the same time limit, retries, abort, size limit and typed errors as
 * `fetchJson`, without its HTTP library, so that a card or a badge on a partner's registry asks
 * for its DPG in the first round and downloads no library to do it.
 *
 * What it leaves to `fetchJson`: ETag revalidation and the in-memory cache, which pay off for
 * the large index read again by a long-lived page, not for a file of a few hundred bytes that
 * the client reads once (and shares between the callers who ask at the same time).
 *
 * Reading a body with a size limit and parsing it live here, and `fetchJson` imports them: the
 * small files then need this one module, in one request.
 */
import { DpgError, isDpgError } from '../errors.js';
import type { FetchJsonOptions } from './fetch-json.js';

/** The defaults both readers apply to `FetchJsonOptions` (documented there). */
export const DEFAULT_TIMEOUT = 15_000;
export const DEFAULT_RETRIES = 2;
export const DEFAULT_MAX_BYTES = 20 * 1024 * 1024;
export const defaultRetryDelay = (attempt: number): number => Math.min(3000, 300 * 2 ** (attempt - 1));
/** Statuses worth another attempt. */
export const RETRY_STATUSES = [408, 429, 500, 502, 503, 504];

/**
 * GETs `url` and parses its JSON body. Rejects only with `DpgError`: `network`, `timeout`,
 * `http`, `parse`, `too-large` or `aborted`.
 */
export async function fetchSmallJson(url: string, options: FetchJsonOptions = {}): Promise<unknown> {
  const timeout = options.timeout ?? DEFAULT_TIMEOUT;
  const retries = options.retries ?? DEFAULT_RETRIES;
  const retryDelay = options.retryDelay ?? defaultRetryDelay;
  const deadline = AbortSignal.timeout(timeout);
  const signal = options.signal ? AbortSignal.any([options.signal, deadline]) : deadline;
  const request = options.fetch ?? globalThis.fetch;
  const state = () => ({ aborted: options.signal?.aborted === true, timedOut: deadline.aborted, timeout });
  for (let attempt = 0; ; attempt++) {
    let response: Response;
    try {
      response = await request(url, { signal, credentials: 'omit', headers: { accept: 'application/json', ...options.headers } });
    } catch (cause) {
      if (signal.aborted || attempt >= retries) throw failure(cause, url, state());
      await pause(retryDelay(attempt + 1), signal, url, state);
      continue;
    }
    if (!response.ok) {
      await response.body?.cancel().catch(() => undefined);
      if (!RETRY_STATUSES.includes(response.status) || attempt >= retries) throw httpError(url, response.status, response.statusText);
      await pause(Math.max(retryDelay(attempt + 1), retryAfter(response)), signal, url, state);
      continue;
    }
    try {
      return parseJson(await readBody(response, url, options.maxBytes ?? DEFAULT_MAX_BYTES, signal), url, response.headers.get('content-type'));
    } catch (error) {
      throw failure(error, url, state());
    }
  }
}

/** Waits `ms` before another attempt, unless the caller aborts or the time limit ends first. */
function pause(ms: number, signal: AbortSignal, url: string, state: () => Parameters<typeof failure>[2]): Promise<void> {
  return new Promise((resolve, reject) => {
    const stop = () => {
      clearTimeout(timer);
      reject(failure(signal.reason, url, state()));
    };
    const timer = setTimeout(() => {
      signal.removeEventListener('abort', stop);
      resolve();
    }, ms);
    if (signal.aborted) stop();
    else signal.addEventListener('abort', stop, { once: true });
  });
}

/** A server's `Retry-After` in seconds, as milliseconds (0 when it gives none or a date). */
function retryAfter(response: Response): number {
  const seconds = Number(response.headers.get('retry-after'));
  return Number.isFinite(seconds) && seconds > 0 ? seconds * 1000 : 0;
}

/** The errors both readers give, worded once. */
export function httpError(url: string, status: number, statusText: string, cause?: unknown): DpgError {
  const advice = status === 404 ? 'Check the URL.' : 'Try again later.';
  return new DpgError('http', `${url} answered ${status}${statusText ? ` ${statusText}` : ''}. ${advice}`, { url, status, ...(cause === undefined ? {} : { cause }) });
}

export function abortedError(url: string, cause: unknown): DpgError {
  return new DpgError('aborted', `The request for ${url} was aborted.`, { url, cause });
}

export function timeoutError(url: string, timeout: number, cause: unknown): DpgError {
  return new DpgError('timeout', `${url} did not answer in full within ${timeout} ms. Try again, or raise the timeout.`, { url, cause });
}

export function networkError(url: string, cause: unknown): DpgError {
  const detail = cause instanceof Error && cause.cause instanceof Error ? `: ${cause.cause.message}` : '';
  return new DpgError('network', `Could not reach ${url}${detail}. Check the network connection and the URL.`, { url, cause });
}

function failure(error: unknown, url: string, state: { aborted: boolean; timedOut: boolean; timeout: number }): DpgError {
  if (state.aborted) return abortedError(url, error);
  if (state.timedOut) return timeoutError(url, state.timeout, error);
  if (isDpgError(error)) return error;
  return networkError(url, error);
}

/** The body as text, refused once it grows over `maxBytes`. */
export async function readBody(response: Response, url: string, maxBytes: number, signal: AbortSignal): Promise<string> {
  const declared = Number(response.headers.get('content-length'));
  if (declared > maxBytes) throw tooLarge(url, maxBytes);
  if (!response.body) return response.text();
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  let received = 0;
  let text = '';
  for (;;) {
    let chunk: ReadableStreamReadResult<Uint8Array>;
    try {
      chunk = await reader.read();
    } catch (cause) {
      // An abort or the time limit is told apart by the caller; anything else is a broken connection.
      if (signal.aborted) throw cause;
      throw new DpgError('network', `The connection to ${url} broke after ${received} bytes of the data. Try again.`, { url, cause });
    }
    const { done, value } = chunk;
    if (done) break;
    received += value.byteLength;
    if (received > maxBytes) {
      await reader.cancel();
      throw tooLarge(url, maxBytes);
    }
    text += decoder.decode(value, { stream: true });
  }
  return text + decoder.decode();
}

function tooLarge(url: string, maxBytes: number): DpgError {
  const mb = (maxBytes / 1024 / 1024).toFixed(1);
  return new DpgError('too-large', `${url} sent more than ${mb} MB; the limit protects the page. Raise maxBytes if the file is meant to be that big.`, { url });
}

/** The body parsed, or a parse error that says what came instead of JSON. */
export function parseJson(text: string, url: string, contentType: string | null): unknown {
  const start = text.trimStart().slice(0, 1);
  if (/html/i.test(contentType ?? '') || start === '<') {
    throw new DpgError('parse', `${url} answered with an HTML page, not JSON. Check that the URL points at the data file.`, { url });
  }
  try {
    return JSON.parse(text);
  } catch (cause) {
    throw new DpgError('parse', `${url} did not send valid JSON (${text.length} characters received; the body may be cut off).`, { url, cause });
  }
}
