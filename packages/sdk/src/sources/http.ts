/**
 * A registry source over HTTP: the registry's own API, a mirror, or a partner's hosted file
 * in any shape the adapters read.
 */
import type { LoadOptions, RegistryData, RegistrySource } from './source.js';
import type { FetchJsonOptions } from './fetch-json.js';

export type HttpSourceOptions = Omit<FetchJsonOptions, 'signal'>;

/**
 * A source that GETs `url` and reads the registry records in it, whatever the shape
 * (registry API, legacy export, dpg-kit JSON). Errors are `DpgError`s from `fetchJson`.
 * Creating the source costs nothing; the network code loads with its first `load`.
 */
export function httpSource(url: string, options: HttpSourceOptions = {}): RegistrySource {
  const absolute = new URL(url, globalThis.location?.href).href;
  return {
    name: absolute,
    async load({ signal }: LoadOptions = {}): Promise<RegistryData> {
      // The HTTP client and the adapters load with the first request: a page on the embedded
      // snapshot never downloads them.
      const [{ fetchJson }, { adaptAny }] = await Promise.all([import('./fetch-json.js'), import('../adapters/detect.js')]);
      const response = await fetchJson(absolute, { ...options, ...(signal ? { signal } : {}) });
      const { records, issues, asOf } = adaptAny(response.data);
      return { records, issues, meta: { source: absolute, ...(asOf ? { asOf } : {}) } };
    },
  };
}
