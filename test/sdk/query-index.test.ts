// The bitset store against a plain reference: what list, count and facets returned when every
// query walked the records with predicates, on synthetic records and random queries.
import { before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { adaptAny } from '../../packages/sdk/src/adapters/detect.js';
import type { DigitalPublicGood } from '../../packages/sdk/src/model.js';
import {
  addBit, andInto, countBits, countBoth, emptySet, fullSet, hasBit, intersect, orInto, popcount, positions,
} from '../../packages/sdk/src/query/bitset.js';
import type { DpgFacets, DpgQuery } from '../../packages/sdk/src/query/types.js';
import { DpgStore } from '../../packages/sdk/src/query/store.js';
import { syntheticRegistry } from '../../scripts/synthetic.js';
import { RECORDS } from '../helpers/records.js';

describe('bitsets', () => {
  test('sizes, bits and counts, across word boundaries and the sign bit', () => {
    for (const size of [0, 1, 31, 32, 33, 64, 100]) {
      assert.equal(emptySet(size).length, Math.ceil(size / 32));
      assert.equal(countBits(fullSet(size)), size, `full set of ${size}`);
    }
    const bits = emptySet(70);
    for (const position of [0, 31, 32, 63, 69]) addBit(bits, position);
    assert.deepEqual([0, 1, 31, 32, 33, 63, 69].map((p) => hasBit(bits, p)), [true, false, true, true, false, true, true]);
    assert.equal(countBits(bits), 5);
    assert.equal(popcount(0xffffffff), 32);
    assert.equal(popcount(0x80000001), 2);
    assert.equal(popcount(0), 0);
  });

  test('positions walks set bits in order, skipping whole words by their count', () => {
    const bits = emptySet(100);
    const set = [1, 5, 31, 32, 40, 63, 64, 99];
    for (const position of set) addBit(bits, position);
    assert.deepEqual(positions(bits, 0, 100), set);
    for (let skip = 0; skip <= set.length; skip++) {
      for (let limit = 0; limit <= 3; limit++) assert.deepEqual(positions(bits, skip, limit), set.slice(skip, skip + limit), `skip ${skip} limit ${limit}`);
    }
  });

  test('and, or, intersect and counting both', () => {
    const a = emptySet(40);
    const b = emptySet(40);
    [1, 2, 35].forEach((p) => addBit(a, p));
    [2, 3, 35].forEach((p) => addBit(b, p));
    assert.equal(countBoth(a, b), 2);
    assert.deepEqual(positions(intersect([a, b], 40), 0, 40), [2, 35]);
    assert.deepEqual(positions(a, 0, 40), [1, 2, 35], 'intersect leaves its inputs alone');
    assert.equal(countBits(intersect([], 40)), 40, 'no sets: every position');
    const c = a.slice();
    orInto(c, b);
    assert.deepEqual(positions(c, 0, 40), [1, 2, 3, 35]);
    andInto(c, b);
    assert.deepEqual(positions(c, 0, 40), [2, 3, 35]);
  });
});

// A plain implementation of the store's documented behaviour, to compare with.
const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });
const list = <T>(value: T | readonly T[] | undefined): T[] => (value === undefined ? [] : Array.isArray(value) ? [...(value as T[])] : [value as T]);
const lower = (value: unknown) => String(value).trim().toLowerCase();

function referenceMatch(records: readonly DigitalPublicGood[], query: DpgQuery, skip?: string): DigitalPublicGood[] {
  const sdg = list(query.sdg).map(Number);
  const type = list(query.type).map(lower);
  const license = list(query.license).map(lower);
  const country = list(query.country).map(lower);
  const stage = list(query.stage).map(lower);
  const sector = list(query.sector).map(lower);
  return records.filter((r) =>
    (skip === 'sdg' || !sdg.length || r.sdgs.some((s) => sdg.includes(s.goal))) &&
    (skip === 'type' || !type.length || r.types.some((t) => type.includes(t))) &&
    (skip === 'license' || !license.length || r.licenses.some((l) => license.includes(l.kind) || license.includes((l.spdx ?? l.name).toLowerCase()))) &&
    (skip === 'country' || !country.length || [...r.countries.deployment, ...r.countries.development].some((c) => country.includes(c.toLowerCase()))) &&
    (skip === 'stage' || !stage.length || stage.includes(r.stage)) &&
    (skip === 'sector' || !sector.length || r.sectors.some((s) => sector.includes(s.toLowerCase()))));
}

function referenceFacets(records: readonly DigitalPublicGood[], query: DpgQuery): DpgFacets {
  const counts = <V extends string | number>(field: string, values: (r: DigitalPublicGood) => V[]) => {
    const counter = new Map<V, number>();
    for (const r of referenceMatch(records, query, field === 'licenseKind' ? 'license' : field)) {
      for (const value of new Set(values(r))) counter.set(value, (counter.get(value) ?? 0) + 1);
    }
    return [...counter].map(([value, count]) => ({ value, count })).sort((a, b) => b.count - a.count || String(a.value).localeCompare(String(b.value)));
  };
  return {
    total: referenceMatch(records, query).length,
    sdg: counts('sdg', (r) => r.sdgs.map((s) => s.goal)).sort((a, b) => a.value - b.value),
    type: counts('type', (r) => r.types),
    license: counts('license', (r) => r.licenses.map((l) => l.spdx ?? l.name)),
    licenseKind: counts('licenseKind', (r) => r.licenses.map((l) => l.kind)),
    country: counts('country', (r) => [...r.countries.deployment, ...r.countries.development]),
    stage: counts('stage', (r) => [r.stage]),
    sector: counts('sector', (r) => r.sectors),
  };
}

describe('DpgStore on its inverted index', () => {
  const records = adaptAny(syntheticRegistry(1500, 7)).records;
  const store = new DpgStore(records);
  before(() => store.loadSearch());
  const byName = [...records].sort((a, b) => collator.compare(a.name, b.name));
  const byCountries = [...byName].sort((a, b) => b.countries.deployment.length - a.countries.deployment.length);
  const initialFacets = store.facets();

  let seed = 3;
  const next = () => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff);
  const pick = <T>(values: readonly T[]): T => values[Math.floor(next() * values.length)]!;
  const some = <T>(values: readonly T[]): T | T[] => (next() < 0.6 ? pick(values) : [pick(values), pick(values)]);
  const values = {
    sdg: [1, 4, 13, 17],
    type: ['software', 'data', 'content', 'ai-model', 'standard'] as const,
    license: ['open', 'non-commercial', 'mit', 'CC-BY-4.0', 'GPL-3.0-only', 'nothing-like-it'],
    country: ['rw', 'KE', 'in', 'zz'],
    stage: ['dpg', 'nominee'] as const,
    sector: ['health', 'Education', 'nothing'],
  };
  const queries: DpgQuery[] = Array.from({ length: 150 }, () => {
    const query: Record<string, unknown> = {};
    for (const [field, options] of Object.entries(values)) if (next() < 0.35) query[field] = some(options as readonly unknown[]);
    return query as DpgQuery;
  });

  test('lists, counts and sorts what the predicates would, on every page', () => {
    for (const query of queries) {
      const expected = referenceMatch(byName, query);
      assert.equal(store.count(query), expected.length);
      for (const [sort, order] of [['name', byName], ['countries', byCountries]] as const) {
        const all = referenceMatch(order, query).map((r) => r.id);
        for (const page of [1, 2, 5]) {
          const got = store.list({ ...query, sort, page, pageSize: 7 });
          assert.deepEqual(got.items.map((r) => r.id), all.slice((page - 1) * 7, page * 7), JSON.stringify({ query, sort, page }));
          assert.equal(got.total, all.length);
        }
      }
    }
  });

  test('counts facets under every other filter, as the predicates would', () => {
    for (const query of queries.slice(0, 60)) assert.deepEqual(store.facets(query), referenceFacets(records, query), JSON.stringify(query));
  });

  test('filters search hits in relevance order and sorts them by name', () => {
    const hits = store.list({ q: 'health', pageSize: 1000 }).items;
    assert.ok(hits.length > 0);
    const filtered = store.list({ q: 'health', sdg: [3, 4], pageSize: 1000 }).items.map((r) => r.id);
    assert.deepEqual(filtered, hits.filter((r) => r.sdgs.some((s) => s.goal === 3 || s.goal === 4)).map((r) => r.id));
    const named = store.list({ q: 'health', sdg: [3, 4], sort: 'name', pageSize: 1000 }).items.map((r) => r.id);
    assert.deepEqual(named, byName.filter((r) => filtered.includes(r.id)).map((r) => r.id));
    assert.equal(store.count({ q: 'health', sdg: [3, 4] }), filtered.length);
    assert.equal(store.facets({ q: 'health', sdg: [3, 4] }).total, filtered.length);
  });

  test('queries never change the index they read', () => {
    assert.deepEqual(store.facets(), initialFacets);
  });

  test('an empty store answers every query with nothing', async () => {
    const empty = new DpgStore([]);
    await empty.loadSearch();
    assert.deepEqual(empty.list({ sdg: 4, sort: 'countries' }), { items: [], total: 0, page: 1, pageSize: 24, pages: 0 });
    assert.equal(empty.count({ q: 'health' }), 0);
    assert.deepEqual(empty.facets({ country: 'rw' }), { total: 0, sdg: [], type: [], license: [], licenseKind: [], country: [], stage: [], sector: [] });
  });
});

describe('search expansion', () => {
  const store = new DpgStore(RECORDS);
  before(() => store.loadSearch());
  const ids = (q: string) => store.list({ q }).items.map((r) => r.id);

  test('completes only the last word; earlier words must be whole', () => {
    // Both words first; a record with only "platform" comes after, as no word is required.
    assert.deepEqual(ids('platform kolib'), ['kolibri', 'dhis2']);
    // "kolib" is not the last word, so it is not completed: "platform" alone finds both.
    assert.deepEqual(new Set(ids('kolib platform')), new Set(['dhis2', 'kolibri']));
  });

  test('a last word of one or two letters is completed in names and aliases only', () => {
    assert.deepEqual(ids('ko'), ['kolibri']);
    assert.deepEqual(ids('ch'), [], '"children" in a description is not completed from two letters');
    assert.deepEqual(ids('chi'), ['storyweaver'], 'three letters are');
    assert.deepEqual(ids('of'), ['storyweaver'], 'a short word still matches whole everywhere');
  });

  test('forgives one typo in a word of 5 to 7 letters and two from 8, none in shorter words', () => {
    assert.deepEqual(ids('helth'), ['dhis2', 'weather-data']);
    // "education" first, then what the vocabulary reads it as (learning, reading).
    assert.equal(ids('eductaion')[0], 'dhis2');
    assert.deepEqual(ids('dhs'), []);
  });
});
