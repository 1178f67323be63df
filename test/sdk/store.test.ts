import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { DpgStore } from '../../packages/sdk/src/query/store.js';
import { DpgError } from '../../packages/sdk/src/errors.js';
import { RECORDS } from '../helpers/records.js';

const store = new DpgStore(RECORDS);
await store.loadSearch();
const ids = (query: Parameters<DpgStore['list']>[0]) => store.list(query).items.map((r) => r.id);

describe('DpgStore lookups', () => {
  test('finds a record by id, registry id, name and alias, ignoring case', () => {
    assert.equal(store.find('dhis2')?.id, 'dhis2');
    assert.equal(store.find('12094')?.id, 'dhis2');
    assert.equal(store.find('storyweaver')?.id, 'storyweaver');
    assert.equal(store.find('  district health information SYSTEM 2 ')?.id, 'dhis2');
    assert.equal(store.find('nothing'), undefined);
  });
});

describe('DpgStore filters', () => {
  test('lists everything in name order by default', () => {
    assert.deepEqual(ids({}), ['dhis2', 'kolibri', 'storyweaver', 'weather-data']);
  });

  test('combines fields with AND and values within a field with OR', () => {
    assert.deepEqual(ids({ sdg: 4, country: 'RW' }), ['dhis2', 'kolibri']);
    assert.deepEqual(ids({ sdg: [5, 13] }), ['storyweaver', 'weather-data']);
    assert.deepEqual(ids({ sdg: 4, type: 'content' }), ['storyweaver']);
  });

  test('matches countries of deployment and of development, in any case', () => {
    assert.deepEqual(ids({ country: 'ke' }), ['kolibri', 'weather-data']);
  });

  test('matches licences by SPDX id or by kind', () => {
    assert.deepEqual(ids({ license: 'non-commercial' }), ['weather-data']);
    assert.deepEqual(ids({ license: 'bsd-3-clause' }), ['dhis2']);
  });

  test('filters by stage and sector', () => {
    assert.deepEqual(ids({ stage: 'nominee' }), ['weather-data']);
    assert.deepEqual(ids({ sector: 'education' }), ['dhis2', 'kolibri']);
  });

  test('sorts by number of deployment countries', () => {
    assert.deepEqual(ids({ sort: 'countries' }), ['dhis2', 'kolibri', 'storyweaver', 'weather-data']);
  });

  test('pages through results', () => {
    const page = store.list({ pageSize: 3, page: 2 });
    assert.deepEqual(page.items.map((r) => r.id), ['weather-data']);
    assert.equal(page.total, 4);
    assert.equal(page.pages, 2);
    assert.equal(store.count({ sdg: 4 }), 3);
  });

  test('rejects bad queries with invalid-query errors that say what was expected', () => {
    const bad: Array<[Parameters<DpgStore['list']>[0], RegExp]> = [
      [{ sdg: 18 as never }, /SDG number from 1 to 17/],
      [{ sdg: 4.5 as never }, /SDG number/],
      [{ type: 'spreadsheet' as never }, /one of software/],
      [{ country: 'Rwanda' as never }, /alpha-2/],
      [{ stage: 'maybe' as never }, /dpg, nominee/],
      [{ pageSize: 0 }, /pageSize/],
      [{ page: 1.5 }, /page must/],
      [{ sort: 'random' as never }, /Unknown sort/],
      [{ q: 42 as never }, /must be a string/],
      [{ sector: '' }, /non-empty/],
    ];
    for (const [query, message] of bad) {
      assert.throws(() => store.list(query), (error: unknown) => error instanceof DpgError && error.code === 'invalid-query' && message.test(error.message));
    }
  });

  test('accepts SDGs written as strings like "SDG 4"', () => {
    assert.deepEqual(ids({ sdg: 'SDG 13' as never }), ['weather-data']);
  });
});

describe('DpgStore search', () => {
  test('ranks a name hit above a description hit', () => {
    assert.deepEqual(ids({ q: 'weather' }).slice(0, 1), ['weather-data']);
    const health = ids({ q: 'health' });
    assert.equal(health[0], 'dhis2');
    assert.ok(health.includes('weather-data'));
  });

  test('finds by prefix and forgives a typo in a longer word', () => {
    assert.deepEqual(ids({ q: 'kolib' }), ['kolibri']);
    assert.deepEqual(ids({ q: 'storyweavr' }), ['storyweaver']);
  });

  test('folds accents and case', () => {
    assert.deepEqual(ids({ q: 'KOLÍBRI' }), ['kolibri']);
  });

  test('falls back to any word when no record has all of them', () => {
    assert.deepEqual(new Set(ids({ q: 'kolibri storyweaver' })), new Set(['kolibri', 'storyweaver']));
  });

  test('combines search with filters and can sort hits by name', () => {
    assert.deepEqual(ids({ q: 'reading', sdg: 4, sort: 'name' }), ['kolibri', 'storyweaver']);
  });
});

describe('DpgStore facets', () => {
  test('counts every value with no filter', () => {
    const facets = store.facets();
    assert.equal(facets.total, 4);
    assert.deepEqual(facets.sdg, [
      { value: 3, count: 1 },
      { value: 4, count: 3 },
      { value: 5, count: 1 },
      { value: 13, count: 1 },
    ]);
    assert.deepEqual(facets.stage, [
      { value: 'dpg', count: 3 },
      { value: 'nominee', count: 1 },
    ]);
    assert.deepEqual(facets.licenseKind, [
      { value: 'open', count: 3 },
      { value: 'non-commercial', count: 1 },
    ]);
  });

  test("counts a field under every other filter but not its own", () => {
    const facets = store.facets({ sdg: 4, type: 'software' });
    assert.equal(facets.total, 2);
    // SDG counts ignore the SDG filter but keep the type filter: software only.
    assert.deepEqual(facets.sdg.find((f) => f.value === 13), undefined);
    assert.deepEqual(facets.sdg.find((f) => f.value === 3), { value: 3, count: 1 });
    // Type counts ignore the type filter but keep SDG 4.
    assert.deepEqual(facets.type, [
      { value: 'software', count: 2 },
      { value: 'content', count: 1 },
    ]);
  });

  test('restricts facets to search hits', () => {
    const facets = store.facets({ q: 'reading' });
    assert.equal(facets.total, 2);
    assert.deepEqual(facets.country.find((f) => f.value === 'IN'), { value: 'IN', count: 1 });
  });
});

describe('DpgStore without its search library', () => {
  test('filters without loading it, and says what to do when asked to search', () => {
    const bare = new DpgStore(RECORDS);
    assert.equal(bare.count({ sdg: 4 }), 3);
    assert.throws(() => bare.list({ q: 'health' }), /await store.loadSearch\(\)/);
  });
});
