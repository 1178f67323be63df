/**
 * The embedded snapshot as full records, to write it in the hosted layout (the CDN build ships
 * it so). Loads every shard: meant for build tools, not for pages.
 */
import { loadIssues, loadShard, loadSlim, SHARD_COUNT, type SnapshotShard } from '../snapshot-data/index.js';
import { withDetails } from '../sources/snapshot.js';
import type { HostedRegistryInput } from './write.js';

/** The embedded snapshot's records with their long texts, its issues, date and source. */
export async function readEmbeddedSnapshot(): Promise<HostedRegistryInput> {
  const [slim, issues, ...shards] = await Promise.all([loadSlim(), loadIssues(), ...Array.from({ length: SHARD_COUNT }, (_, i) => loadShard(i))]);
  const details: SnapshotShard = Object.assign({}, ...shards) as SnapshotShard;
  return {
    records: slim.dpgs.map((record) => withDetails(record, details[record.id])),
    issues,
    asOf: slim.asOf,
    // What the SDK calls the embedded data everywhere, so cards say "snapshot" for it.
    source: `snapshot of ${slim.source}`,
  };
}
