// The hosted registry layout end to end in Node: the writer lays records out by use, and
// hostedSource, behind a client, reads only the files each call needs from a real server.
import { after, before, beforeEach, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createClient } from '../../packages/sdk/src/client.js';
import { hostedBaseUrl, hostedSource } from '../../packages/sdk/src/sources/hosted.js';
import { fallback } from '../../packages/sdk/src/sources/fallback.js';
import { snapshotSource } from '../../packages/sdk/src/sources/snapshot.js';
import { clearHttpCache } from '../../packages/sdk/src/sources/fetch-json.js';
import { writeHostedRegistry } from '../../packages/sdk/src/hosted/write.js';
import { recordFileName } from '../../packages/sdk/src/hosted/layout.js';
import { isDpgError } from '../../packages/sdk/src/errors.js';
import { dpg } from '../helpers/records.js';
import { serveFolder, type StaticFolder } from '../helpers/static-folder.js';

const RECORDS = [
  dpg({
    id: 'dhis2',
    registryId: '12094',
    name: 'DHIS2',
    aliases: ['District Health Information System 2'],
    description: 'Health data. Write to someone@example.org for help.',
    sdgs: [{ goal: 3, evidence: 'Used by ministries of health.' }, { goal: 4 }],
    indicators: { documentation: { met: true, evidence: 'Docs online.', links: [] } },
  }),
  dpg({ id: 'kobotoolbox', name: 'KoboToolbox', sdgs: [{ goal: 2 }] }),
  dpg({ id: 'Bad/../Id', name: 'Unsafe id' }),
];

let dir: string;
let server: StaticFolder;
const fast = { retries: 0, timeout: 5000 };

before(async () => {
  dir = await mkdtemp(join(tmpdir(), 'dpg-hosted-'));
  await writeHostedRegistry(dir, { records: RECORDS, issues: [], asOf: '2026-07-13', source: 'test registry' });
  server = await serveFolder(dir, {
    '/dpgs/broken.json': (res) => void res.writeHead(500).end('down'),
    '/dpgs/notjson.json': (res) => void res.writeHead(200, { 'content-type': 'application/json' }).end('{"id": "notjson"}'),
  });
});
after(async () => {
  await server.close();
  await rm(dir, { recursive: true, force: true });
});
beforeEach(() => {
  clearHttpCache();
  server.requests.length = 0;
});

describe('writeHostedRegistry', () => {
  test('writes a manifest, an index, and one slim file and one details file per safe id', async () => {
    assert.deepEqual((await readdir(dir)).sort(), ['details', 'dpgs', 'first.json', 'index.json', 'manifest.json']);
    assert.deepEqual((await readdir(join(dir, 'dpgs'))).sort(), ['dhis2.json', 'kobotoolbox.json']);
    const manifest = JSON.parse(await readFile(join(dir, 'manifest.json'), 'utf8'));
    assert.equal(manifest.format, 'dpg-kit-registry');
    assert.deepEqual(manifest.counts, { dpgs: 3, issues: 1 });
    assert.equal(manifest.asOf, '2026-07-13');
    const slim = JSON.parse(await readFile(join(dir, 'dpgs', 'dhis2.json'), 'utf8'));
    assert.equal(slim.indicators, undefined);
    assert.deepEqual(slim.sdgs, [{ goal: 3 }, { goal: 4 }]);
    const details = JSON.parse(await readFile(join(dir, 'details', 'dhis2.json'), 'utf8'));
    assert.equal(details.sdgEvidence['3'], 'Used by ministries of health.');
    assert.ok(details.indicators.documentation);
  });

  test('keeps a record whose id is no safe file name in the index only, and says so', async () => {
    const index = JSON.parse(await readFile(join(dir, 'index.json'), 'utf8'));
    assert.ok(index.dpgs.some((record: { id: string }) => record.id === 'Bad/../Id'));
    assert.deepEqual(index.issues.map((issue: { recordId: string }) => issue.recordId), ['Bad/../Id']);
    for (const id of ['../x', 'a/b', '..', 'A', '', 'a..b']) assert.equal(recordFileName(id), undefined, id);
    assert.equal(recordFileName('nmf.earth'), 'nmf.earth.json');
  });

  test('cuts e-mail addresses out of every text', async () => {
    assert.doesNotMatch(await readFile(join(dir, 'index.json'), 'utf8'), /someone@example\.org/);
    assert.doesNotMatch(await readFile(join(dir, 'dpgs', 'dhis2.json'), 'utf8'), /someone@example\.org/);
  });

  test('removes the files of a DPG that left the registry, and refuses a malformed date', async () => {
    const other = await mkdtemp(join(tmpdir(), 'dpg-hosted-'));
    await writeHostedRegistry(other, { records: RECORDS, issues: [], asOf: '2026-07-13', source: 's' });
    await writeHostedRegistry(other, { records: RECORDS.slice(1, 2), issues: [], asOf: '2026-07-14', source: 's' });
    assert.deepEqual(await readdir(join(other, 'dpgs')), ['kobotoolbox.json']);
    await assert.rejects(writeHostedRegistry(other, { records: [], issues: [], asOf: '13/07/2026', source: 's' }), (e) => isDpgError(e, 'invalid-data'));
    await rm(other, { recursive: true, force: true });
  });
});

describe('hostedSource behind a client', () => {
  test('a compact get reads the DPG file alone, and meta the manifest alone', async () => {
    const client = createClient({ registry: hostedSource(server.base) });
    const [meta, record] = await Promise.all([client.meta(), client.dpgs.get('dhis2', { detail: 'compact' })]);
    assert.deepEqual(meta, { source: 'test registry', asOf: '2026-07-13' });
    assert.equal(record.name, 'DHIS2');
    assert.equal(record.indicators, undefined);
    assert.deepEqual(server.requests.sort(), ['/dpgs/dhis2.json', '/manifest.json']);
  });

  test('a full get adds the long texts file, and nothing more', async () => {
    const client = createClient({ registry: hostedSource(server.base) });
    const record = await client.dpgs.get('dhis2');
    assert.equal(record.sdgs.find((s) => s.goal === 3)?.evidence, 'Used by ministries of health.');
    assert.ok(record.indicators?.documentation);
    assert.deepEqual(server.requests.sort(), ['/details/dhis2.json', '/dpgs/dhis2.json']);
    await client.dpgs.get('dhis2');
    assert.equal(server.requests.length, 2, 'a second get is answered from memory');
  });

  test('an alias, a registry id or another case falls back to the index; full then reads the own files', async () => {
    const client = createClient({ registry: hostedSource(server.base) });
    const record = await client.dpgs.get('District Health Information System 2', { detail: 'compact' });
    assert.equal(record.id, 'dhis2');
    assert.deepEqual(server.requests, ['/index.json']);
    assert.equal((await client.dpgs.get('12094', { detail: 'full' })).sdgs[0]?.evidence, 'Used by ministries of health.');
    // The index is loaded now: it resolves the registry id, and only the DPG's own files follow.
    assert.deepEqual(server.requests.slice(1).sort(), ['/details/dhis2.json', '/dpgs/dhis2.json']);
    assert.equal((await client.dpgs.get('DHIS2', { detail: 'compact' })).id, 'dhis2');
  });

  test('an unknown id is not-found after the index; an unsafe id never names a file', async () => {
    const client = createClient({ registry: hostedSource(server.base) });
    await assert.rejects(client.dpgs.get('no-such-dpg', { detail: 'compact' }), (e) => isDpgError(e, 'not-found'));
    const unsafe = await client.dpgs.get('Bad/../Id', { detail: 'full' });
    assert.equal(unsafe.name, 'Unsafe id');
    assert.ok(server.requests.every((path) => !path.includes('..') && !path.includes('Bad')), server.requests.join(' '));
  });

  test('a server error on a DPG file is a typed error, not a fallback', async () => {
    const client = createClient({ registry: hostedSource(server.base, fast) });
    await assert.rejects(client.dpgs.get('broken', { detail: 'compact' }), (e) => isDpgError(e, 'http') && e.status === 500);
    assert.deepEqual(server.requests, ['/dpgs/broken.json']);
    await assert.rejects(client.dpgs.get('notjson', { detail: 'compact' }), (e) => isDpgError(e, 'parse'));
  });

  test('lists, counts and facets read the index once; meta then comes from it', async () => {
    const client = createClient({ registry: hostedSource(`${server.base}manifest.json`) });
    const page = await client.dpgs.list({ q: 'kobo' });
    assert.deepEqual(page.items.map((r) => r.id), ['kobotoolbox']);
    assert.equal(await client.dpgs.count(), 3);
    assert.equal((await client.meta()).source, 'test registry');
    assert.deepEqual(server.requests, ['/index.json']);
  });

  test('a folder that is no hosted registry is a parse error naming the file', async () => {
    const bad = await mkdtemp(join(tmpdir(), 'dpg-hosted-'));
    await writeFile(join(bad, 'manifest.json'), JSON.stringify({ format: 'something-else' }));
    await writeFile(join(bad, 'index.json'), JSON.stringify([1, 2]));
    const other = await serveFolder(bad);
    const client = createClient({ registry: hostedSource(other.base) });
    await assert.rejects(client.meta(), (e) => isDpgError(e, 'parse') && /manifest/.test(e.message));
    await assert.rejects(client.dpgs.list(), (e) => isDpgError(e, 'parse') && /index/.test(e.message));
    await other.close();
    await rm(bad, { recursive: true, force: true });
  });

  test('an index record of the wrong shape is set aside with an issue', async () => {
    const odd = await mkdtemp(join(tmpdir(), 'dpg-hosted-'));
    const index = { format: 'dpg-kit/registry', version: 1, source: 's', asOf: '2026-07-13', dpgs: [RECORDS[1], { id: 'half', name: 'Half' }], issues: [] };
    await writeFile(join(odd, 'index.json'), JSON.stringify(index));
    const other = await serveFolder(odd);
    const client = createClient({ registry: hostedSource(other.base) });
    assert.equal(await client.dpgs.count(), 1);
    assert.deepEqual((await client.issues()).filter((i) => i.recordId === 'half').map((i) => i.problem), ['set-aside']);
    await other.close();
    await rm(odd, { recursive: true, force: true });
  });

  test('behind fallback, a registry that is down gives way to the snapshot, said stale', async () => {
    const down = hostedSource('http://127.0.0.1:9/', { retries: 0, timeout: 2000 });
    const client = createClient({ registry: fallback(down, snapshotSource()) });
    const [meta, record] = await Promise.all([client.meta(), client.dpgs.get('dhis2', { detail: 'full' })]);
    assert.equal(record.id, 'dhis2');
    assert.ok(record.indicators, 'the snapshot serves the full record');
    assert.ok(meta.stale, 'the meta says the data is stale');
  });

  test('behind fallback, a live hosted registry answers one DPG alone', async () => {
    const client = createClient({ registry: fallback(hostedSource(server.base), snapshotSource()) });
    assert.equal((await client.dpgs.get('kobotoolbox', { detail: 'compact' })).name, 'KoboToolbox');
    assert.equal((await client.meta()).source, 'test registry');
    assert.deepEqual(server.requests.sort(), ['/dpgs/kobotoolbox.json', '/manifest.json']);
  });
});

test('hostedBaseUrl takes a folder or its manifest, with or without the last slash', () => {
  assert.equal(hostedBaseUrl('https://x.org/reg'), 'https://x.org/reg/');
  assert.equal(hostedBaseUrl('https://x.org/reg/'), 'https://x.org/reg/');
  assert.equal(hostedBaseUrl('https://x.org/reg/manifest.json?v=2#top'), 'https://x.org/reg/');
  assert.equal(hostedBaseUrl(new URL('https://x.org/a/')), 'https://x.org/a/');
});
