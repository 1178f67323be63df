/**
 * A registry laid out by use and served as static files: the folder `dpg-kit snapshot` writes,
 * and the one the CDN build ships. Each call reads only the files it needs (see
 * `hosted/layout.ts`): a compact card reads `manifest.json` and `dpgs/<id>.json`, a list reads
 * `index.json` (and, first, `first.json` when the manifest names it), a full card adds
 * `details/<id>.json`.
 *
 * Two ways to fetch the same layout: `hostedSource` for a folder a partner hosts, with a time
 * limit and retries (the index through the SDK's HTTP client, ky, which adds ETag revalidation
 * and loads with the index; the first page and the small files with the browser's fetch
 * alone); and `bundledSource` for the folder the CDN build ships beside its own script, read
 * as the rest of the build is read, with the browser's fetch alone, so that a card's first data
 * request waits for no HTTP library.
 */
import type { DigitalPublicGood, SourceMeta } from '../model.js';
import { DpgError, isDpgError } from '../errors.js';
import type { HttpSourceOptions } from './http.js';
import type { FirstPage, LoadOneOptions, LoadOptions, RegistryData, RegistrySource } from './source.js';
import { HOSTED_FILES, recordFileName, withDetails } from '../hosted/layout.js';
import { readDetailsFile, readIndex, readManifest, readRecordFile } from '../hosted/check.js';

/**
 * The folder of a hosted registry as an absolute URL ending in `/`. A URL naming the
 * `manifest.json` stands for its folder; any other URL is taken as the folder itself.
 */
export function hostedBaseUrl(url: string | URL): string {
  const absolute = new URL(url, globalThis.location?.href);
  absolute.search = '';
  absolute.hash = '';
  const href = absolute.href;
  if (href.endsWith(`/${HOSTED_FILES.manifest}`)) return href.slice(0, -HOSTED_FILES.manifest.length);
  return href.endsWith('/') ? href : `${href}/`;
}

/** Reads one file of a layout (a URL of the folder) as parsed JSON. */
type FileReader = (url: string, signal: AbortSignal | undefined) => Promise<unknown>;

/**
 * A source over a hosted registry folder at `baseUrl` (or its `manifest.json`), with a time
 * limit, retries, abort and typed errors. `load` reads the index through the SDK's HTTP client
 * (which adds ETag revalidation); `loadOne` and `loadMeta` read one DPG's files and the
 * manifest only, with `fetch` alone. Creating the source costs nothing; the code that reads
 * loads with the first request.
 */
export function hostedSource(baseUrl: string | URL, options: HttpSourceOptions = {}): RegistrySource {
  return layoutSource(
    baseUrl,
    async (url, signal) => {
      const { fetchJson } = await import('./fetch-json.js');
      return (await fetchJson(url, { ...options, ...(signal ? { signal } : {}) })).data;
    },
    // The manifest and one DPG's files are small and read once: the browser's fetch, with the
    // same time limit, retries and typed errors, so that a card or a badge loads no HTTP library.
    // The request starts at once, beside the chunk that reads it: a card's data travels in the
    // same round trip as that code, not in the next one.
    async (url, signal) => {
      const early = startedFetch(url, options, signal);
      const { fetchSmallJson } = await import('./fetch-small.js');
      return fetchSmallJson(url, { ...options, ...(signal ? { signal } : {}), fetch: early });
    },
  );
}

/**
 * A `fetch` whose first call answers with a request for `url` started now, as `fetchSmallJson`
 * would make it; later calls (its retries) fetch anew. The reader's signal (its time limit, the
 * caller's abort) governs the started request from that first call on; the caller's from now.
 */
function startedFetch(url: string, options: HttpSourceOptions, signal: AbortSignal | undefined): typeof fetch {
  const request = options.fetch ?? globalThis.fetch;
  const controller = new AbortController();
  const follow = (source: AbortSignal | null | undefined) => {
    if (source?.aborted) controller.abort(source.reason);
    else source?.addEventListener('abort', () => controller.abort(source.reason));
  };
  follow(signal);
  let started: Promise<Response> | undefined = request(url, {
    signal: controller.signal,
    credentials: 'omit',
    headers: { accept: 'application/json', ...options.headers },
  });
  // Its failure is the reader's to report, once it takes the response.
  started.catch(() => undefined);
  return (input, init) => {
    const answer = started;
    if (!answer) return request(input, init);
    started = undefined;
    follow(init?.signal);
    return answer;
  };
}

/**
 * The folder the CDN build ships beside its script, in the same layout, read with `fetch`
 * alone: these files come from the same host as the script, as its chunks do, and are loaded
 * the same way (no retries; a file that does not arrive is a `network` error, and `fallback()`
 * can serve the embedded snapshot instead). No cookie or credential is sent.
 */
export function bundledSource(baseUrl: string | URL): RegistrySource {
  return layoutSource(baseUrl, readBundledFile);
}

async function readBundledFile(url: string, signal: AbortSignal | undefined): Promise<unknown> {
  let response: Response;
  try {
    response = await fetch(url, { credentials: 'omit', ...(signal ? { signal } : {}) });
  } catch (cause) {
    if (signal?.aborted) throw new DpgError('aborted', `The request for ${url} was aborted.`, { url, cause });
    throw new DpgError('network', `Could not load ${url}. Keep the registry/ folder next to dpg-kit.js.`, { url, cause });
  }
  if (!response.ok) {
    await response.body?.cancel();
    throw new DpgError('http', `${url} answered ${response.status}. Keep the registry/ folder next to dpg-kit.js.`, { url, status: response.status });
  }
  try {
    return await response.json();
  } catch (cause) {
    throw new DpgError('parse', `${url} is not JSON: the registry/ folder next to dpg-kit.js is damaged; copy it again.`, { url, cause });
  }
}

/**
 * @param read reads the index, the one large file.
 * @param readSmall reads the manifest and one DPG's files (`read` when not given).
 */
function layoutSource(baseUrl: string | URL, read: FileReader, readSmall: FileReader = read): RegistrySource {
  const base = hostedBaseUrl(baseUrl);
  /** A missing file of one DPG is no error: the id may be an alias the index knows. */
  const unlessMissing = (error: unknown): undefined => {
    if (isDpgError(error, 'http') && error.status === 404) return undefined;
    throw error;
  };

  return {
    name: base,
    async load({ signal }: LoadOptions = {}): Promise<RegistryData> {
      const url = new URL(HOSTED_FILES.index, base).href;
      return readIndex(await read(url, signal), url);
    },
    async loadMeta({ signal }: LoadOptions = {}): Promise<SourceMeta> {
      const url = new URL(HOSTED_FILES.manifest, base).href;
      return readManifest(await readSmall(url, signal), url);
    },
    async loadFirst({ signal }: LoadOptions = {}): Promise<FirstPage | undefined> {
      // Asked for at once, not after the manifest that names it: a round trip less before a
      // list paints; read as the small files are, so it waits for no HTTP library either. A
      // folder written before first.json existed answers 404: the index serves.
      const url = new URL(HOSTED_FILES.first, base).href;
      const [raw, { readFirstPage }] = await Promise.all([readSmall(url, signal).catch(unlessMissing), import('../hosted/first-page.js')]);
      return raw === undefined ? undefined : readFirstPage(raw, url);
    },
    async loadOne(id: string, { signal, detail = 'full' }: LoadOneOptions = {}): Promise<DigitalPublicGood | undefined> {
      const file = recordFileName(id);
      if (!file) return undefined;
      const recordUrl = new URL(HOSTED_FILES.dpgs + file, base).href;
      const detailsUrl = new URL(HOSTED_FILES.details + file, base).href;
      // Both files at once: a full card waits for one round trip, not two.
      const [record, details] = await Promise.all([
        readSmall(recordUrl, signal).then((raw) => readRecordFile(raw, id, recordUrl), unlessMissing),
        detail === 'full' ? readSmall(detailsUrl, signal).then((raw) => readDetailsFile(raw, detailsUrl), unlessMissing) : undefined,
      ]);
      return record && withDetails(record, details);
    },
  };
}
