/**
 * JSON over HTTP, on the fetch API alone, with the guarantees a widget on someone else's page needs: a total time limit,
 * retries with backoff on network errors and 5xx only, abort, a size limit, ETag revalidation,
 * a short in-memory cache, identical concurrent requests shared, and no cookies sent.
 */
import { DpgError, isDpgError } from '../errors.js';
import { SharedLoad } from '../util/shared-load.js';

export interface FetchJsonOptions {
  signal?: AbortSignal;
  /** Milliseconds for the whole request, retries and body included. Default 15,000. */
  timeout?: number;
  /** Retries after the first attempt, on network errors, 408, 429 and 5xx only. Default 2. */
  retries?: number;
  /** Delay before retry `attempt` (1-based), in ms. Default 300 ms doubling, at most 3 s. */
  retryDelay?: (attempt: number) => number;
  /** Largest body accepted, in bytes. Default 20 MB. */
  maxBytes?: number;
  /** How long a response is served from memory without asking the server again, in ms. Default 60 s. */
  cacheTtl?: number;
  /** Extra request headers. */
  headers?: Record<string, string>;
  /** The fetch to use; default `globalThis.fetch`. */
  fetch?: typeof fetch;
}

/** A parsed response and how it was obtained. */
export interface JsonResponse {
  data: unknown;
  /** True when the server answered 304 and the cached body was reused. */
  revalidated: boolean;
  /** True when the body came from the in-memory cache without a request. */
  cached: boolean;
}

interface CacheEntry {
  data: unknown;
  etag: string | null;
  storedAt: number;
}

const DEFAULT_MAX_BYTES = 20 * 1024 * 1024;
const cache = new Map<string, CacheEntry>();
const inFlight = new Map<string, SharedLoad<JsonResponse>>();

/** Forgets every cached response (mainly for tests and long-lived pages that want fresh data). */
export function clearHttpCache(): void {
  cache.clear();
}


/**
 * GETs `url` and parses its JSON body. Rejects only with `DpgError`: `network`, `timeout`,
 * `http`, `parse`, `too-large` or `aborted`.
 */
export function fetchJson(url: string, options: FetchJsonOptions = {}): Promise<JsonResponse> {
  const { signal } = options;
  const entry = cache.get(url);
  if (entry && Date.now() - entry.storedAt < (options.cacheTtl ?? 60_000)) {
    return Promise.resolve({ data: entry.data, revalidated: false, cached: true });
  }
  let shared = inFlight.get(url);
  if (!shared) {
    const load: SharedLoad<JsonResponse> = new SharedLoad(
      (inner) =>
        request(url, options, inner).finally(() => {
          if (inFlight.get(url) === load) inFlight.delete(url);
        }),
      { keep: false },
    );
    inFlight.set(url, load);
    shared = load;
  }
  return shared.get(signal, url);
}

/** Statuses worth another attempt: the server or a proxy may answer the next one. */
const RETRY_STATUSES = new Set([408, 429, 500, 502, 503, 504]);

/** A response that is not 2xx or 304, turned into a DpgError by `toDpgError`. */
class StatusError extends Error {
  constructor(readonly status: number, readonly statusText: string) {
    super(`HTTP ${status}`);
  }
}

/** Resolves after `ms`, or rejects with the signal's reason when it aborts first. */
function wait(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      signal.removeEventListener('abort', stop);
      resolve();
    }, ms);
    const stop = () => {
      clearTimeout(timer);
      reject(signal.reason);
    };
    signal.addEventListener('abort', stop, { once: true });
  });
}

/** The delay a 429 or 503 asks for in `Retry-After` (seconds or a date), in ms; undefined when none. */
function retryAfter(response: Response): number | undefined {
  const header = response.headers.get('retry-after');
  if (!header || (response.status !== 429 && response.status !== 503)) return undefined;
  const seconds = Number(header);
  const ms = Number.isFinite(seconds) ? seconds * 1000 : Date.parse(header) - Date.now();
  return Number.isFinite(ms) ? Math.max(0, ms) : undefined;
}

/**
 * One GET with retries on network errors and on 408, 429 and 5xx (the fetch API itself, so a
 * page showing one card downloads no HTTP library). `Retry-After` is honoured; the caller's
 * deadline bounds every wait.
 */
async function fetchWithRetries(url: string, options: FetchJsonOptions, headers: Record<string, string>, signal: AbortSignal): Promise<Response> {
  const limit = options.retries ?? 2;
  const backoff = options.retryDelay ?? ((attempt: number) => Math.min(3000, 300 * 2 ** (attempt - 1)));
  const fetcher = options.fetch ?? globalThis.fetch;
  for (let attempt = 1; ; attempt++) {
    let response: Response | undefined;
    try {
      response = await fetcher(url, { method: 'GET', headers, signal, credentials: 'omit' });
    } catch (error) {
      if (signal.aborted || attempt > limit) throw error;
    }
    if (response && (response.ok || response.status === 304)) return response;
    if (response && (!RETRY_STATUSES.has(response.status) || attempt > limit)) {
      await response.body?.cancel();
      throw new StatusError(response.status, response.statusText);
    }
    const delay = (response && retryAfter(response)) ?? backoff(attempt);
    await response?.body?.cancel();
    await wait(delay, signal);
  }
}

async function request(url: string, options: FetchJsonOptions, signal: AbortSignal): Promise<JsonResponse> {
  const timeout = options.timeout ?? 15_000;
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const previous = cache.get(url);
  const headers: Record<string, string> = { accept: 'application/json', ...options.headers };
  if (previous?.etag) headers['if-none-match'] = previous.etag;
  // One deadline for everything: retries, waits between them and the body.
  const deadline = AbortSignal.timeout(timeout);
  const both = AbortSignal.any([signal, deadline]);
  try {
    const response = await fetchWithRetries(url, options, headers, both);
    if (response.status === 304 && previous) {
      previous.storedAt = Date.now();
      return { data: previous.data, revalidated: true, cached: false };
    }
    const text = await readBody(response, url, maxBytes, both);
    const data = parseJson(text, url, response.headers.get('content-type'));
    cache.set(url, { data, etag: response.headers.get('etag'), storedAt: Date.now() });
    return { data, revalidated: false, cached: false };
  } catch (error) {
    throw toDpgError(error, url, { aborted: signal.aborted, timedOut: deadline.aborted, timeout });
  }
}

async function readBody(response: Response, url: string, maxBytes: number, signal: AbortSignal): Promise<string> {
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

function parseJson(text: string, url: string, contentType: string | null): unknown {
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

function toDpgError(error: unknown, url: string, state: { aborted: boolean; timedOut: boolean; timeout: number }): DpgError {
  if (isDpgError(error)) return error;
  if (state.timedOut) {
    return new DpgError('timeout', `${url} did not answer in full within ${state.timeout} ms. Try again, or raise the timeout.`, { url, cause: error });
  }
  if (state.aborted) return new DpgError('aborted', `The request for ${url} was aborted.`, { url, cause: error });
  if (error instanceof StatusError) {
    const { status, statusText } = error;
    return new DpgError('http', `${url} answered ${status}${statusText ? ` ${statusText}` : ''}. ${status === 404 ? 'Check the URL.' : 'Try again later.'}`, { url, status, cause: error });
  }
  const detail = error instanceof Error && error.cause instanceof Error ? `: ${error.cause.message}` : '';
  return new DpgError('network', `Could not reach ${url}${detail}. Check the network connection and the URL.`, { url, cause: error });
}
