// Building the search index step by step (what a page does when idle), sharing one build
// between callers, and answering a search twice in a row without searching twice.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createClient } from '../../packages/sdk/src/client.js';
import { DpgStore } from '../../packages/sdk/src/query/store.js';
import { DpgError } from '../../packages/sdk/src/errors.js';
import { SearchIndex } from '../../packages/sdk/src/query/search.js';
import type { RegistrySource } from '../../packages/sdk/src/sources/source.js';
import { dpg, RECORDS } from '../helpers/records.js';

/** 60 records, enough for a build of several steps. */
const MANY = Array.from({ length: 60 }, (_, i) =>
  dpg({ id: `good-${i}`, name: `Good ${i}`, description: i % 3 === 0 ? 'reading books for schools' : 'weather and climate data' }),
);

describe('SearchIndex.build', () => {
  test('finds what the index built at once finds, in the same order', async () => {
    const stepwise = await SearchIndex.build(MANY, { budget: 0 });
    const direct = new SearchIndex(MANY);
    for (const text of ['reading', 'climat', 'good 4', 'wether']) assert.deepEqual(stepwise.search(text), direct.search(text), text);
    assert.equal(stepwise.search('reading').length, 20);
  });

  test('yields between steps, at least one record a step', async () => {
    let pauses = 0;
    const pause = async () => {
      pauses++;
    };
    await SearchIndex.build(MANY, { budget: 0, pause });
    // A budget of 0 ms still indexes one record a step; a clock tick may let a step take more.
    assert.ok(pauses > 1 && pauses <= MANY.length, `paused ${pauses} times`);
    pauses = 0;
    await SearchIndex.build(MANY, { budget: 10_000, pause });
    assert.equal(pauses, 1);
    pauses = 0;
    await SearchIndex.build([], { pause });
    assert.equal(pauses, 0);
  });
});

describe('DpgStore.prepareSearch', () => {
  test('builds once for every caller, then searches without loadSearch()', async () => {
    const store = new DpgStore(RECORDS);
    const first = store.prepareSearch();
    assert.equal(store.prepareSearch(), first);
    await first;
    assert.deepEqual(
      store.list({ q: 'reading' }).items.map((r) => r.id),
      ['kolibri', 'storyweaver'],
    );
  });

  test('keeps an index warmSearch() built while it ran', async () => {
    const store = new DpgStore(RECORDS);
    await store.loadSearch();
    const building = store.prepareSearch();
    store.warmSearch();
    const before = store.list({ q: 'kolibri' }).items.map((r) => r.id);
    await building;
    assert.deepEqual(store.list({ q: 'kolibri' }).items.map((r) => r.id), before);
    assert.deepEqual(before, ['kolibri']);
  });

  test('starts a new build after one failed', async () => {
    // A record built by hand, with organisations that are not a list: indexing it throws.
    const broken = [{ ...RECORDS[0]!, organizations: 42 as unknown as [] }];
    const store = new DpgStore(broken);
    const first = store.prepareSearch();
    await assert.rejects(first, TypeError);
    const second = store.prepareSearch();
    assert.notEqual(second, first);
    await assert.rejects(second, TypeError);
  });

  test('answers the same text twice from one search, and a new text afresh', async () => {
    const store = new DpgStore(RECORDS);
    await store.prepareSearch();
    const page = store.list({ q: 'health' });
    const facets = store.facets({ q: 'health' });
    assert.equal(facets.total, page.total);
    assert.equal(store.count({ q: 'health', sdg: 13 }), 1);
    assert.equal(store.count({ q: 'storyweaver' }), 1);
    assert.equal(store.count({ q: 'health' }), page.total);
  });
});

describe('client.dpgs.prepareSearch', () => {
  test('builds the index so that a later search needs no build, and takes a signal', async () => {
    const client = createClient();
    await client.dpgs.prepareSearch({ signal: new AbortController().signal });
    const page = await client.dpgs.list({ q: 'dhis2' });
    assert.equal(page.items[0]?.id, 'dhis2');
  });

  test('rejects with "aborted" when the signal aborts while the index builds', async () => {
    const client = createClient();
    const controller = new AbortController();
    const waiting = client.dpgs.prepareSearch({ signal: controller.signal });
    // The registry loads at once; abort while the build is still under way.
    await client.dpgs.count();
    controller.abort();
    await assert.rejects(waiting, (error: unknown) => error instanceof DpgError && error.code === 'aborted');
    // The build itself goes on for the next caller.
    assert.equal((await client.dpgs.list({ q: 'kolibri' })).items[0]?.id, 'kolibri');
  });

  test('sorts by number of deployment countries, most first', async () => {
    const source: RegistrySource = { name: 'records', load: async () => ({ records: RECORDS, issues: [], meta: { source: 'records' } }) };
    const page = await createClient({ registry: source }).dpgs.list({ sort: 'countries' });
    assert.deepEqual(
      page.items.map((r) => r.countries.deployment.length),
      [5, 2, 1, 0],
    );
  });
});
