/**
 * JSON over HTTP with the guarantees a widget on someone else's page needs: a total time limit,
 * retries with backoff on network errors and 5xx only, abort, a size limit, ETag revalidation,
 * a short in-memory cache, identical concurrent requests shared, and no cookies sent.
 */
import ky, { HTTPError, TimeoutError } from 'ky';
import { isDpgError, type DpgError } from '../errors.js';
import { SharedLoad } from '../util/shared-load.js';
import {
  abortedError,
  DEFAULT_MAX_BYTES,
  DEFAULT_RETRIES,
  DEFAULT_TIMEOUT,
  defaultRetryDelay,
  httpError,
  networkError,
  parseJson,
  readBody,
  RETRY_STATUSES,
  timeoutError,
} from './fetch-small.js';

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

async function request(url: string, options: FetchJsonOptions, signal: AbortSignal): Promise<JsonResponse> {
  const timeout = options.timeout ?? DEFAULT_TIMEOUT;
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const previous = cache.get(url);
  const headers: Record<string, string> = { accept: 'application/json', ...options.headers };
  if (previous?.etag) headers['if-none-match'] = previous.etag;
  // One deadline for everything: ky's own timeout does not cover reading the body.
  const deadline = AbortSignal.timeout(timeout);
  const both = AbortSignal.any([signal, deadline]);
  try {
    const response = await ky.get(url, {
      signal: both,
      timeout: false,
      headers,
      credentials: 'omit',
      throwHttpErrors: (status) => status !== 304,
      ...(options.fetch ? { fetch: options.fetch } : {}),
      retry: {
        limit: options.retries ?? DEFAULT_RETRIES,
        methods: ['get'],
        statusCodes: RETRY_STATUSES,
        afterStatusCodes: [429, 503],
        maxRetryAfter: timeout,
        delay: options.retryDelay ?? defaultRetryDelay,
      },
    });
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

function toDpgError(error: unknown, url: string, state: { aborted: boolean; timedOut: boolean; timeout: number }): DpgError {
  if (isDpgError(error)) return error;
  if (state.timedOut || error instanceof TimeoutError) return timeoutError(url, state.timeout, error);
  if (state.aborted) return abortedError(url, error);
  if (error instanceof HTTPError) return httpError(url, error.response.status, error.response.statusText, error);
  return networkError(url, error);
}
