/**
 * The embedded snapshot: the registry as dpg-kit last captured it, shipped in the package.
 *
 * It is split so that a list or a search loads one slim file of every DPG, a full card loads
 * only the shard holding its long texts and DPG Standard answers, and the issues met reading
 * the registry load only when `client.issues()` asks for them. All load lazily, so importing
 * the SDK costs nothing until data is asked for.
 */
import type { DigitalPublicGood } from '../model.js';
import type { Issue } from '../issues.js';
import { DpgError } from '../errors.js';
import type { LoadOptions, RegistryData, RegistrySource } from './source.js';
import { loadIssues, loadShard, loadSlim, shardOf } from '../snapshot-data/index.js';
import { withDetails } from '../hosted/layout.js';

export { withDetails };

function throwIfAborted(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw new DpgError('aborted', 'Loading the embedded snapshot was aborted.', { cause: signal.reason });
}

/** In a browser the snapshot comes as separate files; one that does not arrive is a network error. */
function chunkError(cause: unknown): DpgError {
  return new DpgError(
    'network',
    'Could not load the embedded registry snapshot. If you host dpg-kit yourself, keep all its files together in one folder.',
    { cause },
  );
}

/** The embedded registry snapshot (the default source). */
export function snapshotSource(): RegistrySource {
  let slim: Promise<RegistryData> | undefined;
  return {
    name: 'snapshot',
    async load({ signal }: LoadOptions = {}): Promise<RegistryData> {
      throwIfAborted(signal);
      slim ??= loadSlim().then(
        (file) => ({
          records: file.dpgs,
          issues: [], // in their own file: see loadIssues
          meta: { source: `snapshot of ${file.source}`, asOf: file.asOf },
        }),
        (cause: unknown) => {
          slim = undefined; // a later call tries again
          throw chunkError(cause);
        },
      );
      const data = await slim;
      throwIfAborted(signal);
      return data;
    },
    async loadIssues({ signal }: LoadOptions = {}): Promise<Issue[]> {
      throwIfAborted(signal);
      // The module system keeps a loaded chunk: no promise of our own to keep.
      const issues = await loadIssues().catch((cause: unknown) => {
        throw chunkError(cause);
      });
      throwIfAborted(signal);
      return issues;
    },
    async loadFull(id: string, { signal }: LoadOptions = {}): Promise<DigitalPublicGood | undefined> {
      const { records } = await this.load(signal ? { signal } : {});
      const record = records.find((r) => r.id === id);
      if (!record) return undefined;
      const shard = await loadShard(shardOf(id)).catch((cause: unknown) => {
        throw chunkError(cause);
      });
      throwIfAborted(signal);
      return withDetails(record, shard[id]);
    },
  };
}
