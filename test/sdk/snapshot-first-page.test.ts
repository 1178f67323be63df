// The first page of a hosted layout (`first.json`): the writer lays out what an unfiltered list
// shows first, and a client answers that list from it while the index is still on its way.
import { after, before, beforeEach, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, readFile, rm, unlink, writeFile } from 'node:fs/promises';
import type { ServerResponse } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createClient } from '../../packages/sdk/src/client.js';
import { hostedSource } from '../../packages/sdk/src/sources/hosted.js';
import { clearHttpCache } from '../../packages/sdk/src/sources/fetch-json.js';
import { writeHostedRegistry } from '../../packages/sdk/src/hosted/write.js';
import { FIRST_PAGE_SIZE } from '../../packages/sdk/src/hosted/layout.js';
import { DpgStore } from '../../packages/sdk/src/query/store.js';
import type { DigitalPublicGood } from '../../packages/sdk/src/model.js';
import { dpg } from '../helpers/records.js';
import { serveFolder, type StaticFolder } from '../helpers/static-folder.js';

/** 30 records, more than a first page, named out of id order so the name order shows. */
const RECORDS: DigitalPublicGood[] = Array.from({ length: 30 }, (_, i) =>
  dpg({
    id: `good-${String(i).padStart(2, '0')}`,
    name: `${String.fromCharCode(122 - (i % 26))} Good ${i}`,
    sdgs: [{ goal: ((i % 17) + 1) as 1 }],
    countries: { deployment: i % 2 ? ['RW'] : ['KE', 'IN'], development: [] },
    description: i === 3 ? 'Write to someone@example.org.' : 'A good.',
  }),
);

const fast = { retries: 0, timeout: 5000 };
const readJson = async (path: string) => JSON.parse(await readFile(path, 'utf8'));
let dir: string;

before(async () => {
  dir = await mkdtemp(join(tmpdir(), 'dpg-first-'));
  await writeHostedRegistry(join(dir, 'new'), { records: RECORDS, issues: [], asOf: '2026-07-13', source: 'test registry' });
});
after(() => rm(dir, { recursive: true, force: true }));
beforeEach(() => clearHttpCache());

describe('the writer’s first.json', () => {
  test('is named in the manifest and holds the first page in name order, the total and the facets', async () => {
    const manifest = await readJson(join(dir, 'new', 'manifest.json'));
    assert.equal(manifest.files.first, 'first.json');
    const first = await readJson(join(dir, 'new', 'first.json'));
    const index = await readJson(join(dir, 'new', 'index.json'));
    assert.equal(first.format, 'dpg-kit/first-page');
    assert.equal(first.sort, 'name');
    assert.equal(first.pageSize, FIRST_PAGE_SIZE);
    assert.equal(first.total, 30);
    assert.equal(first.asOf, '2026-07-13');
    assert.equal(first.source, 'test registry');
    // What the SDK's own store answers from the index, record for record.
    const store = new DpgStore(index.dpgs);
    assert.deepEqual(first.dpgs, store.list({ sort: 'name', pageSize: FIRST_PAGE_SIZE }).items);
    assert.deepEqual(first.facets, store.facets({}));
    assert.equal(first.dpgs.length, FIRST_PAGE_SIZE);
    assert.equal(first.dpgs[0].name, 'a Good 25');
    assert.equal(first.facets.country.find((c: { value: string }) => c.value === 'RW').count, 15);
  });

  test('holds slim records only, without e-mail addresses', async () => {
    const first = await readJson(join(dir, 'new', 'first.json'));
    const text = JSON.stringify(first);
    assert.doesNotMatch(text, /someone@example\.org/);
    for (const record of first.dpgs) assert.equal(record.indicators, undefined);
  });

  test('holds every record of a registry smaller than a page', async () => {
    const small = join(dir, 'small');
    await writeHostedRegistry(small, { records: RECORDS.slice(0, 5), issues: [], asOf: '2026-07-13', source: 's' });
    const first = await readJson(join(small, 'first.json'));
    assert.equal(first.total, 5);
    assert.equal(first.dpgs.length, 5);
  });
});

describe('a client on a layout with first.json', () => {
  let server: StaticFolder;
  /** Index responses held back until a test lets them go. */
  let held: ServerResponse[] = [];
  const release = async () => {
    const body = await readFile(join(dir, 'new', 'index.json'));
    for (const res of held.splice(0)) res.writeHead(200, { 'content-type': 'application/json' }).end(body);
  };

  before(async () => {
    server = await serveFolder(join(dir, 'new'), { '/index.json': (res) => void held.push(res) });
  });
  after(async () => {
    await release();
    await server.close();
  });
  beforeEach(() => {
    held = [];
    server.requests.length = 0;
  });

  test('answers the unfiltered list, its count and facets before the index has come, then asks for the index', async () => {
    const client = createClient({ registry: hostedSource(server.base, fast) });
    const [page, facets, count] = await Promise.all([client.dpgs.list({ sort: 'name', pageSize: 10 }), client.dpgs.facets(), client.dpgs.count()]);
    assert.equal(page.items.length, 10);
    assert.equal(page.items[0]!.name, 'a Good 25');
    assert.deepEqual([page.total, page.pages, page.page, page.pageSize], [30, 3, 1, 10]);
    assert.equal(page.meta.source, 'test registry');
    assert.equal(facets.total, 30);
    assert.equal(count, 30);
    assert.deepEqual(server.requests.slice(0, 1), ['/first.json']);
    // The index follows behind, and is the one that answers a search.
    const search = client.dpgs.list({ q: 'good 7' });
    await new Promise((resolve) => setTimeout(resolve, 50));
    assert.ok(server.requests.includes('/index.json'), server.requests.join(' '));
    await release();
    const found = await search;
    assert.ok(found.items.some((r) => r.id === 'good-07'), found.items.map((r) => r.id).join(' '));
    // Once the index is in, it answers the unfiltered list too: the same records.
    const again = await client.dpgs.list({ sort: 'name', pageSize: 10 });
    assert.deepEqual(again.items, page.items);
    assert.equal(server.requests.filter((path) => path === '/first.json').length, 1);
  });

  test('a filter, a later page or a page larger than the file waits for the index', async () => {
    const client = createClient({ registry: hostedSource(server.base, fast) });
    let settled = 0;
    const count = <T>(promise: Promise<T>) => promise.finally(() => (settled += 1));
    const asked = Promise.all([count(client.dpgs.list({ sdg: 3 })), count(client.dpgs.list({ page: 2 })), count(client.dpgs.list({ pageSize: 48 }))]);
    await new Promise((resolve) => setTimeout(resolve, 100));
    assert.equal(settled, 0);
    await release();
    const [bySdg, second, large] = await asked;
    assert.ok(bySdg.items.length > 0 && bySdg.items.every((r) => r.sdgs.some((s) => s.goal === 3)));
    assert.equal(second.items.length, 6);
    assert.equal(large.items.length, 30);
  });
});

describe('a client on a layout without first.json', () => {
  test('an older layout (no first.json, none named in its manifest) lists from the index', async () => {
    const old = join(dir, 'old');
    await writeHostedRegistry(old, { records: RECORDS, issues: [], asOf: '2026-07-13', source: 'old registry' });
    const manifest = await readJson(join(old, 'manifest.json'));
    delete manifest.files.first;
    await writeFile(join(old, 'manifest.json'), JSON.stringify(manifest));
    await unlink(join(old, 'first.json'));
    const server = await serveFolder(old);
    try {
      const client = createClient({ registry: hostedSource(server.base, fast) });
      const page = await client.dpgs.list({ sort: 'name' });
      assert.equal(page.items[0]!.name, 'a Good 25');
      assert.equal(page.total, 30);
      // The first page is asked for once (a 404), then the index alone answers.
      assert.deepEqual(server.requests, ['/first.json', '/index.json']);
      assert.equal((await client.dpgs.facets()).total, 30);
      assert.deepEqual(server.requests, ['/first.json', '/index.json']);
    } finally {
      await server.close();
    }
  });

  test('a damaged first.json is set aside: the index answers, once', async () => {
    const damaged = join(dir, 'damaged');
    await writeHostedRegistry(damaged, { records: RECORDS, issues: [], asOf: '2026-07-13', source: 'damaged registry' });
    await writeFile(join(damaged, 'first.json'), JSON.stringify({ format: 'dpg-kit/first-page', version: 1, dpgs: [{ id: 'x' }] }));
    const server = await serveFolder(damaged);
    try {
      const client = createClient({ registry: hostedSource(server.base, fast) });
      assert.equal((await client.dpgs.list()).total, 30);
      assert.equal(await client.dpgs.count(), 30);
      assert.equal(server.requests.filter((path) => path === '/first.json').length, 1);
      assert.ok(server.requests.includes('/index.json'));
    } finally {
      await server.close();
    }
  });
});
