// bundledSource: the CDN build's own registry folder, read with fetch alone from a real server
// on 127.0.0.1. It reads the same files as hostedSource, never retries, and says in a typed
// error what failed and what to do.
import { after, before, beforeEach, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:net';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createClient } from '../../packages/sdk/src/client.js';
import { bundledSource } from '../../packages/sdk/src/sources/hosted.js';
import { fallback } from '../../packages/sdk/src/sources/fallback.js';
import { snapshotSource } from '../../packages/sdk/src/sources/snapshot.js';
import { writeHostedRegistry } from '../../packages/sdk/src/hosted/write.js';
import { isDpgError } from '../../packages/sdk/src/errors.js';
import { dpg } from '../helpers/records.js';
import { serveFolder, type StaticFolder } from '../helpers/static-folder.js';

let dir: string;
let server: StaticFolder;

before(async () => {
  dir = await mkdtemp(join(tmpdir(), 'dpg-bundled-'));
  const records = [dpg({ id: 'dhis2', name: 'DHIS2', sdgs: [{ goal: 3, evidence: 'Used by ministries of health.' }] }), dpg({ id: 'kobotoolbox', name: 'KoboToolbox' })];
  await writeHostedRegistry(dir, { records, issues: [], asOf: '2026-07-13', source: 'test registry' });
  server = await serveFolder(dir, {
    '/dpgs/broken.json': (res) => void res.writeHead(503, { 'retry-after': '0' }).end('down'),
    '/dpgs/garbled.json': (res) => void res.writeHead(200, { 'content-type': 'application/json' }).end('{"id": "garb'),
  });
});
after(async () => {
  await server.close();
  await rm(dir, { recursive: true, force: true });
});
beforeEach(() => {
  server.requests.length = 0;
});

/** A port on 127.0.0.1 that nothing listens on. */
async function closedPort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as { port: number };
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  return port;
}

describe('bundledSource', () => {
  test('a compact card reads its DPG file and the manifest, nothing else', async () => {
    const client = createClient({ registry: bundledSource(server.base) });
    const [meta, record] = await Promise.all([client.meta(), client.dpgs.get('dhis2', { detail: 'compact' })]);
    assert.deepEqual(meta, { source: 'test registry', asOf: '2026-07-13' });
    assert.equal(record.name, 'DHIS2');
    assert.equal(record.sdgs[0]?.evidence, undefined);
    assert.deepEqual(server.requests.sort(), ['/dpgs/dhis2.json', '/manifest.json']);
  });

  test('a full card adds the long texts; a list reads the first page, then the index', async () => {
    const client = createClient({ registry: bundledSource(server.base) });
    assert.equal((await client.dpgs.get('dhis2')).sdgs[0]?.evidence, 'Used by ministries of health.');
    assert.equal((await client.dpgs.list()).total, 2);
    assert.equal((await client.dpgs.list({ q: 'dhis2' })).total, 1);
    assert.deepEqual(server.requests.sort(), ['/details/dhis2.json', '/dpgs/dhis2.json', '/first.json', '/index.json']);
  });

  test('a server error is an http error after one request: the build folder is not retried', async () => {
    const client = createClient({ registry: bundledSource(server.base) });
    await assert.rejects(client.dpgs.get('broken', { detail: 'compact' }), (e) => isDpgError(e, 'http') && e.status === 503 && /registry\/ folder/.test(e.message));
    assert.deepEqual(server.requests, ['/dpgs/broken.json']);
  });

  test('a file that is not JSON is a parse error; a refused connection a network error; an abort says so', async () => {
    const client = createClient({ registry: bundledSource(server.base) });
    await assert.rejects(client.dpgs.get('garbled', { detail: 'compact' }), (e) => isDpgError(e, 'parse') && /garbled\.json/.test(e.message));
    const refused = createClient({ registry: bundledSource(`http://127.0.0.1:${await closedPort()}/registry/`) });
    await assert.rejects(refused.meta(), (e) => isDpgError(e, 'network') && /manifest\.json/.test(e.message));
    const controller = new AbortController();
    controller.abort();
    await assert.rejects(bundledSource(server.base).loadMeta!({ signal: controller.signal }), (e) => isDpgError(e, 'aborted'));
  });

  test('behind fallback, a missing folder gives way to the embedded snapshot', async () => {
    const client = createClient({ registry: fallback(bundledSource(`${server.base}no-such-folder/`), snapshotSource()) });
    const record = await client.dpgs.get('dhis2', { detail: 'compact' });
    assert.equal(record.id, 'dhis2');
    assert.match((await client.meta()).source, /snapshot/);
  });
});
