/**
 * A registry source over HTTP: the registry's own API, a mirror, or a partner's hosted file
 * in any shape the adapters read.
 */
import { adaptAny } from '../adapters/detect.js';
import type { LoadOptions, RegistryData, RegistrySource } from './source.js';
import { fetchJson, type FetchJsonOptions } from './fetch-json.js';

export type HttpSourceOptions = Omit<FetchJsonOptions, 'signal'>;

/**
 * A source that GETs `url` and reads the registry records in it, whatever the shape
 * (registry API, legacy export, dpg-kit JSON). Errors are `DpgError`s from `fetchJson`.
 */
export function httpSource(url: string, options: HttpSourceOptions = {}): RegistrySource {
  const absolute = new URL(url, globalThis.location?.href).href;
  return {
    name: absolute,
    async load({ signal }: LoadOptions = {}): Promise<RegistryData> {
      const response = await fetchJson(absolute, { ...options, ...(signal ? { signal } : {}) });
      const { records, issues, asOf } = adaptAny(response.data);
      return { records, issues, meta: { source: absolute, ...(asOf ? { asOf } : {}) } };
    },
  };
}
