/**
 * Live first, a backup when live fails: a page keeps showing DPGs when the network does not,
 * and says the data is stale and why.
 */
import { DpgError, isDpgError } from '../errors.js';
import type { LoadOptions, RegistryData, RegistrySource } from './source.js';

/**
 * A source that loads `live` and, when it fails for any reason but an abort, loads `backup`
 * instead and marks the result `meta.stale` with the reason.
 */
export function fallback(live: RegistrySource, backup: RegistrySource): RegistrySource {
  let served: RegistrySource = live;
  return {
    name: `${live.name}, else ${backup.name}`,
    async load(options: LoadOptions = {}): Promise<RegistryData> {
      try {
        const data = await live.load(options);
        served = live;
        return data;
      } catch (cause) {
        if (isDpgError(cause, 'aborted') || options.signal?.aborted) throw cause;
        const error = isDpgError(cause) ? cause : new DpgError('network', String(cause), { cause });
        const data = await backup.load(options);
        served = backup;
        return { ...data, meta: { ...data.meta, stale: { reason: error.message, error } } };
      }
    },
    async loadFull(id, options) {
      return served.loadFull?.(id, options);
    },
  };
}
