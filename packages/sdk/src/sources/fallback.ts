/**
 * Live first, a backup when live fails: a page keeps showing DPGs when the network does not,
 * and says the data is stale and why.
 */
import { DpgError, isDpgError } from '../errors.js';
import type { LoadOptions, RegistryData, RegistrySource } from './source.js';

/** True when `cause` ends the whole call (an abort), not only the live source's part of it. */
function isAbort(cause: unknown, options: LoadOptions): boolean {
  return isDpgError(cause, 'aborted') || options.signal?.aborted === true;
}

/**
 * A source that loads `live` and, when it fails for any reason but an abort, loads `backup`
 * instead and marks the result `meta.stale` with the reason.
 *
 * One DPG (`loadOne`), the meta (`loadMeta`) and the first page (`loadFirst`) are asked of `live` when it can answer them
 * alone; when that fails, they resolve undefined, so the client falls back to `load`, which
 * serves the backup and says why.
 */
export function fallback(live: RegistrySource, backup: RegistrySource): RegistrySource {
  let served: RegistrySource = live;
  let liveFailed = false;
  const source: RegistrySource = {
    name: `${live.name}, else ${backup.name}`,
    async load(options: LoadOptions = {}): Promise<RegistryData> {
      try {
        const data = await live.load(options);
        served = live;
        return data;
      } catch (cause) {
        if (isAbort(cause, options)) throw cause;
        liveFailed = true;
        const error = isDpgError(cause) ? cause : new DpgError('network', String(cause), { cause });
        const data = await backup.load(options);
        served = backup;
        return { ...data, meta: { ...data.meta, stale: { reason: error.message, error } } };
      }
    },
    async loadFull(id, options) {
      return served.loadFull?.(id, options);
    },
    // Asked after `load`: the issues of whichever source served the records.
    async loadIssues(options) {
      return (await served.loadIssues?.(options)) ?? [];
    },
  };
  /**
   * A question `live` can answer alone, asked of it until it has failed once: any failure but
   * an abort resolves undefined, and the client then asks `load`, which serves the backup.
   */
  const askLive = async <T>(ask: () => Promise<T | undefined>, options: LoadOptions): Promise<T | undefined> => {
    if (liveFailed) return undefined;
    try {
      return await ask();
    } catch (cause) {
      if (isAbort(cause, options)) throw cause;
      return undefined;
    }
  };
  if (live.loadOne) source.loadOne = (id, options = {}) => askLive(() => live.loadOne!(id, options), options);
  if (live.loadMeta) source.loadMeta = (options = {}) => askLive(() => live.loadMeta!(options), options);
  if (live.loadFirst) source.loadFirst = (options = {}) => askLive(() => live.loadFirst!(options), options);
  return source;
}
