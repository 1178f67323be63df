import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createClient, getDefaultClient } from '../../packages/sdk/src/client.js';
import { httpSource } from '../../packages/sdk/src/sources/http.js';
import { snapshotSource } from '../../packages/sdk/src/sources/snapshot.js';
import { fallback } from '../../packages/sdk/src/sources/fallback.js';
import { clearHttpCache } from '../../packages/sdk/src/sources/fetch-json.js';
import { DpgError } from '../../packages/sdk/src/errors.js';
import { json, startServer, type FaultServer } from '../helpers/fault-server.js';

const fixture = (name: string): unknown => JSON.parse(readFileSync(new URL(`../fixtures/${name}`, import.meta.url), 'utf8'));

async function rejectsWithCode(promise: Promise<unknown>, code: string): Promise<DpgError> {
  const error = await promise.then(
    () => assert.fail(`expected a ${code} error`),
    (e: unknown) => e,
  );
  assert.ok(error instanceof DpgError, String(error));
  assert.equal(error.code, code, error.message);
  return error;
}

describe('the default client on the embedded snapshot', () => {
  const client = getDefaultClient();

  test('is one shared instance', () => {
    assert.equal(getDefaultClient(), client);
  });

  test('lists every DPG of the snapshot, slim, with its source and date', async () => {
    const page = await client.dpgs.list({ pageSize: 1000 });
    assert.ok(page.total >= 200, `only ${page.total} records`);
    assert.equal(page.items.length, page.total);
    assert.match(page.meta.source, /^snapshot of /);
    assert.match(page.meta.asOf ?? '', /^\d{4}-\d{2}-\d{2}$/);
    assert.ok(page.items.every((r) => r.indicators === undefined && r.sdgs.every((s) => s.evidence === undefined)));
  });

  test('gets a full record by id, by alias and by registry id, with indicators and SDG evidence', async () => {
    const dhis2 = await client.dpgs.get('dhis2');
    assert.equal(dhis2.name, 'DHIS2');
    assert.ok(dhis2.indicators && Object.keys(dhis2.indicators).length > 0);
    assert.ok(dhis2.sdgs.some((s) => s.evidence && s.evidence.length > 20));
    assert.equal((await client.dpgs.get('District Health Information System 2')).id, 'dhis2');
    if (dhis2.registryId) assert.equal((await client.dpgs.get(dhis2.registryId)).id, 'dhis2');
  });

  test('rejects an unknown id with not-found', async () => {
    const error = await rejectsWithCode(client.dpgs.get('no-such-dpg'), 'not-found');
    assert.match(error.message, /no-such-dpg/);
  });

  test('searches, filters, counts and facets', async () => {
    const page = await client.dpgs.list({ q: 'dhis' });
    assert.equal(page.items[0]?.id, 'dhis2');
    const rwandaEducation = await client.dpgs.count({ sdg: 4, country: 'RW' });
    assert.ok(rwandaEducation >= 1);
    const facets = await client.dpgs.facets({ sdg: 4 });
    assert.equal(facets.total, await client.dpgs.count({ sdg: 4 }));
    assert.equal(facets.sdg.length, 17);
  });

  test('joins pilots and DPGs both ways', async () => {
    const dhisPilots = await client.dpgs.pilots('dhis2');
    const countries = new Set(dhisPilots.flatMap((p) => p.countries));
    for (const code of ['GM', 'UG', 'SZ', 'LK']) assert.ok(countries.has(code), `no DHIS2 pilot in ${code}`);
    const pilot = dhisPilots[0]!;
    assert.deepEqual((await client.pilots.dpgs(pilot.id)).map((d) => d.id), ['dhis2']);
  });

  test('every DPG id the built-in pilot data names is in the embedded snapshot', async () => {
    const { loadBuiltinPilots } = await import('../../packages/sdk/src/pilots/data.js');
    const named = (await loadBuiltinPilots()).pilots.flatMap((p) => p.dpgs.flatMap((d) => (d.id ? [d.id] : [])));
    assert.ok(named.length > 0);
    for (const id of named) assert.equal((await client.dpgs.get(id)).id, id, `${id} is not in the snapshot`);
  });

  test('keeps a pilot DPG that the registry lacks by name, unlinked', async () => {
    const gdl = await client.pilots.list({ dpg: 'Global Digital Library' });
    assert.ok(gdl.length >= 2);
    for (const pilot of gdl) {
      const entry = pilot.dpgs.find((d) => d.name === 'Global Digital Library');
      assert.ok(entry, 'the DPG is kept by name');
      assert.equal(entry.id, undefined, 'and not linked to a registry record it does not have');
    }
  });

  test('lists pilot countries with numeric codes for maps, and gets a pilot', async () => {
    const countries = await client.pilots.countries();
    const gambia = countries.find((c) => c.code === 'GM');
    assert.equal(gambia?.numeric, '270');
    assert.ok(countries.find((c) => c.code === 'LK')!.pilots.length >= 2);
    const first = (await client.pilots.list())[0]!;
    assert.equal((await client.pilots.get(first.id)).id, first.id);
    await rejectsWithCode(client.pilots.get('nope'), 'not-found');
  });

  test('answers what the pilot map and list ask: ids, countries, sectors and DPGs as lists', async () => {
    assert.deepEqual((await client.pilots.countries({ country: ['lc'] })).map((c) => c.code), ['LC']);
    assert.deepEqual((await client.pilots.list({ id: ['gdl-oecs'], sector: ['education'] })).map((p) => p.id), ['gdl-oecs']);
    const byId = await client.pilots.list({ dpg: 'dhis2' });
    const byName = await client.pilots.list({ dpg: ['DHIS2'] });
    assert.equal(byId.length, 5);
    assert.notEqual(byId, byName, 'each caller gets its own array');
    assert.ok(byId.every((pilot, i) => pilot === byName[i]), 'of the same pilots, from one load');
    await rejectsWithCode(client.pilots.countries({ country: 'Rwanda' as never }), 'invalid-query');
  });

  test('lists Communities of Practice by status', async () => {
    assert.equal((await client.cops.list()).length, 6);
    assert.deepEqual((await client.cops.list({ status: 'in-progress' })).map((c) => c.priorityArea), ['Climate Change Adaptation']);
  });

  test('gives SDGs and countries', () => {
    assert.equal(client.sdgs.list().length, 17);
    assert.equal(client.sdgs.get(4)?.title, 'Quality Education');
    assert.equal(client.sdgs.get(18), undefined);
    assert.equal(client.countries.get('RW')?.numeric, '646');
    assert.equal(client.countries.name('RW', 'fr'), 'Rwanda');
  });

  test('lists the issues met while reading', async () => {
    const issues = await client.issues();
    assert.ok(Array.isArray(issues));
    assert.ok(issues.every((i) => typeof i.field === 'string' && typeof i.problem === 'string'));
  });

  test('rejects an aborted query with aborted, and still answers the next one', async () => {
    const fresh = createClient();
    const controller = new AbortController();
    const pending = fresh.dpgs.list({}, { signal: controller.signal });
    controller.abort();
    await rejectsWithCode(pending, 'aborted');
    assert.ok((await fresh.dpgs.count()) > 0);
  });

  test('rejects a bad query with invalid-query', async () => {
    await rejectsWithCode(client.dpgs.list({ sdg: 0 as never }), 'invalid-query');
  });
});

describe('clients over HTTP', () => {
  let server: FaultServer;
  before(async () => {
    server = await startServer({
      '/registry.json': json(fixture('registry/app-api-2026.json')),
      '/legacy.json': json(fixture('registry/legacy-basic.json')),
      '/own.json': json(fixture('registry/dpg-kit.json')),
      '/broken': (_req, res) => res.writeHead(500).end(),
      '/pilots.json': json(fixture('pilots/partner-pilots-good.json')),
      '/bad-pilots.json': json(fixture('pilots/partner-pilots-bad.json')),
    });
  });
  after(() => server.close());

  test('reads a registry API file from a URL and reports its issues', async () => {
    const client = createClient({ registry: httpSource(server.url('/registry.json')) });
    const page = await client.dpgs.list({});
    assert.ok(page.total >= 1);
    assert.equal(page.meta.source, server.url('/registry.json'));
    assert.ok((await client.issues()).length > 0);
  });

  test('reads the legacy shape and dpg-kit JSON from URLs', async () => {
    for (const path of ['/legacy.json', '/own.json']) {
      const total = (await createClient({ registry: httpSource(server.url(path)) }).dpgs.list()).total;
      assert.ok(total >= 1, `${path} gave no records`);
    }
  });

  test('a failing live source rejects with its typed error', async () => {
    const client = createClient({ registry: httpSource(server.url('/broken'), { retries: 0 }) });
    await rejectsWithCode(client.dpgs.list(), 'http');
  });

  test('fallback serves the snapshot when live fails, marked stale with the reason', async () => {
    clearHttpCache();
    const client = createClient({ registry: fallback(httpSource(server.url('/broken'), { retries: 0 }), snapshotSource()) });
    const page = await client.dpgs.list();
    assert.ok(page.total >= 200);
    assert.match(page.meta.stale?.reason ?? '', /500/);
    assert.equal(page.meta.stale?.error?.code, 'http');
    const full = await client.dpgs.get('dhis2');
    assert.ok(full.indicators, 'full records come from the source that served');
  });

  test('fallback serves live data when live works', async () => {
    const client = createClient({ registry: fallback(httpSource(server.url('/registry.json')), snapshotSource()) });
    const meta = await client.meta();
    assert.equal(meta.stale, undefined);
    assert.equal(meta.source, server.url('/registry.json'));
  });

  test('adds a partner pilots file from a URL to the built-in pilots', async () => {
    const builtIn = (await getDefaultClient().pilots.list()).length;
    const client = createClient({ pilots: server.url('/pilots.json') });
    assert.ok((await client.pilots.list()).length > builtIn);
    const replaced = createClient({ pilots: server.url('/pilots.json'), pilotsMode: 'replace' });
    assert.ok((await replaced.pilots.list()).length < (await client.pilots.list()).length);
  });

  test('keeps the good records of a bad partner file and lists the rest as issues', async () => {
    const client = createClient({ pilots: server.url('/bad-pilots.json'), pilotsMode: 'replace' });
    const issues = await client.issues();
    assert.ok(issues.some((i) => i.field.startsWith('pilots')));
    assert.ok((await client.pilots.list()).length >= 1);
  });
});
