/**
 * A registry laid out by use and served as static files: the folder `dpg-kit snapshot` writes,
 * and the one the CDN build ships. Each call reads only the files it needs (see
 * `hosted/layout.ts`): a compact card reads `manifest.json` and `dpgs/<id>.json`, a list reads
 * `index.json`, a full card adds `details/<id>.json`.
 */
import type { DigitalPublicGood, SourceMeta } from '../model.js';
import { isDpgError } from '../errors.js';
import { fetchJson } from './fetch-json.js';
import type { HttpSourceOptions } from './http.js';
import type { LoadOneOptions, LoadOptions, RegistryData, RegistrySource } from './source.js';
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

/**
 * A source over a hosted registry folder at `baseUrl` (or its `manifest.json`), through the
 * SDK's HTTP client (time limit, retries, abort, ETag revalidation). `load` reads the index;
 * `loadOne` and `loadMeta` read one DPG's files and the manifest only.
 */
export function hostedSource(baseUrl: string | URL, options: HttpSourceOptions = {}): RegistrySource {
  const base = hostedBaseUrl(baseUrl);
  const get = async (path: string, signal: AbortSignal | undefined) =>
    (await fetchJson(new URL(path, base).href, { ...options, ...(signal ? { signal } : {}) })).data;
  /** A missing file of one DPG is no error: the id may be an alias the index knows. */
  const unlessMissing = (error: unknown): undefined => {
    if (isDpgError(error, 'http') && error.status === 404) return undefined;
    throw error;
  };

  return {
    name: base,
    async load({ signal }: LoadOptions = {}): Promise<RegistryData> {
      const url = new URL(HOSTED_FILES.index, base).href;
      return readIndex(await get(url, signal), url);
    },
    async loadMeta({ signal }: LoadOptions = {}): Promise<SourceMeta> {
      const url = new URL(HOSTED_FILES.manifest, base).href;
      return readManifest(await get(url, signal), url);
    },
    async loadOne(id: string, { signal, detail = 'full' }: LoadOneOptions = {}): Promise<DigitalPublicGood | undefined> {
      const file = recordFileName(id);
      if (!file) return undefined;
      const recordUrl = new URL(HOSTED_FILES.dpgs + file, base).href;
      const detailsUrl = new URL(HOSTED_FILES.details + file, base).href;
      // Both files at once: a full card waits for one round trip, not two.
      const [record, details] = await Promise.all([
        get(recordUrl, signal).then((raw) => readRecordFile(raw, id, recordUrl), unlessMissing),
        detail === 'full' ? get(detailsUrl, signal).then((raw) => readDetailsFile(raw, detailsUrl), unlessMissing) : undefined,
      ]);
      return record && withDetails(record, details);
    },
  };
}
