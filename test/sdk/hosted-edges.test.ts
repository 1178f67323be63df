// The edges of the hosted path: the default client's options, fallback's one-DPG and meta
// calls when live fails or the caller aborts, and dates read from a legacy export.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { configureDefaultClient, createClient, getDefaultClient } from '../../packages/sdk/src/client.js';
import { fallback } from '../../packages/sdk/src/sources/fallback.js';
import { snapshotSource } from '../../packages/sdk/src/sources/snapshot.js';
import { readRegistryInput } from '../../packages/sdk/src/hosted/read-input.js';
import { DpgError, isDpgError } from '../../packages/sdk/src/errors.js';
import type { RegistrySource } from '../../packages/sdk/src/sources/source.js';
import { dpg } from '../helpers/records.js';

/** A live source whose every call fails the way `fail` says, counting its calls. */
function failing(fail: () => Error): RegistrySource & { calls: string[] } {
  const calls: string[] = [];
  return {
    name: 'live',
    calls,
    async load() {
      calls.push('load');
      throw fail();
    },
    async loadOne(id) {
      calls.push(`one:${id}`);
      throw fail();
    },
    async loadMeta() {
      calls.push('meta');
      throw fail();
    },
  };
}

test('configureDefaultClient sets what the next default client reads', async () => {
  const before = getDefaultClient();
  const record = dpg({ id: 'only-one', name: 'Only One' });
  configureDefaultClient({ registry: { name: 'mine', load: async () => ({ records: [record], issues: [], meta: { source: 'mine' } }) } });
  try {
    const client = getDefaultClient();
    assert.notEqual(client, before);
    assert.equal(getDefaultClient(), client, 'one shared instance again');
    assert.equal(await client.dpgs.count(), 1);
    assert.equal((await client.dpgs.get('only-one', { detail: 'compact' })).name, 'Only One');
    assert.equal((await client.meta()).source, 'mine');
  } finally {
    configureDefaultClient({});
  }
  assert.equal(await getDefaultClient().dpgs.count() > 200, true);
});

test('behind fallback, a failing live source is asked once; the backup serves, said stale', async () => {
  const live = failing(() => new DpgError('network', 'down'));
  const client = createClient({ registry: fallback(live, snapshotSource()) });
  const [meta, record] = await Promise.all([client.meta(), client.dpgs.get('dhis2', { detail: 'compact' })]);
  assert.equal(record.id, 'dhis2');
  assert.equal(meta.stale?.reason, 'down');
  assert.equal((await client.dpgs.get('dhis2', { detail: 'full' })).id, 'dhis2');
  assert.deepEqual(live.calls.sort(), ['load', 'meta', 'one:dhis2']);
});

test('behind fallback, an abort is passed on, never served from the backup', async () => {
  const aborted = () => new DpgError('aborted', 'stop');
  const source = fallback(failing(aborted), snapshotSource());
  await assert.rejects(source.loadOne!('dhis2', {}), (e) => isDpgError(e, 'aborted'));
  await assert.rejects(source.loadMeta!({}), (e) => isDpgError(e, 'aborted'));
  await assert.rejects(source.load({}), (e) => isDpgError(e, 'aborted'));
  const plain = fallback({ name: 'plain', load: async () => ({ records: [], issues: [], meta: { source: 'plain' } }) }, snapshotSource());
  assert.equal(plain.loadOne, undefined, 'a live source without per-DPG files gives none');
  assert.equal(plain.loadMeta, undefined);
});

test('a legacy export is dated by its newest commit date', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'dpg-legacy-'));
  const file = join(dir, 'dpgs.json');
  const record = (name: string, date: string) => ({ name, description: 'd', license: [], SDGs: [], type: ['software'], _file: `digitalpublicgoods/${name}.json`, _commit_date: date });
  await writeFile(file, JSON.stringify([record('one', '2024-03-01T10:00:00Z'), record('two', '2024-05-09T08:00:00Z'), { _commit_date: 7 }]));
  const input = await readRegistryInput(file);
  assert.equal(input.asOf, '2024-05-09');
  assert.equal(input.shape, 'legacy');
  await rm(dir, { recursive: true, force: true });
});

test('one DPG asked for by several callers at once is read once; an abort leaves the others theirs', async () => {
  const record = dpg({ id: 'shared', name: 'Shared' });
  const calls: string[] = [];
  let release!: () => void;
  const gate = new Promise<void>((resolve) => (release = resolve));
  const client = createClient({
    registry: {
      name: 'counted',
      load: async () => ({ records: [record], issues: [], meta: { source: 'counted' } }),
      async loadOne(id, { signal } = {}) {
        calls.push(`one:${id}`);
        await gate;
        if (signal?.aborted) throw new DpgError('aborted', 'stop');
        return id === 'shared' ? record : undefined;
      },
    },
  });
  const leaving = new AbortController();
  const first = client.dpgs.get('shared', { detail: 'compact' });
  const gone = client.dpgs.get('shared', { detail: 'compact', signal: leaving.signal });
  const second = client.dpgs.get('shared', { detail: 'compact' });
  leaving.abort();
  await assert.rejects(gone, (e) => isDpgError(e, 'aborted'));
  release();
  assert.equal((await first).name, 'Shared');
  assert.equal(await second, await first);
  assert.equal(await client.dpgs.get('shared', { detail: 'compact' }), await first, 'kept for later callers');
  assert.deepEqual(calls, ['one:shared']);
  // Another detail is another read.
  await client.dpgs.get('shared', { detail: 'full' });
  assert.deepEqual(calls, ['one:shared', 'one:shared']);
});
