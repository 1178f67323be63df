/**
 * Pathfinder pilots and Communities of Practice: the queries (filters, countries, the pilot
 * index, links to registry DPGs, merging partner files, loading). Runs without network.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';

import { isDpgError } from '../../packages/sdk/src/errors.js';
import type { Pilot } from '../../packages/sdk/src/model.js';
import { filterCops, filterPilots, pilotCountries } from '../../packages/sdk/src/pilots/query.js';
import { linkPilotDpgs, mergePilots, pilotsForDpg } from '../../packages/sdk/src/pilots/merge.js';
import { PilotIndex } from '../../packages/sdk/src/pilots/pilot-index.js';
import { loadPilotData } from '../../packages/sdk/src/pilots/source.js';
import { validateCopsFile, validatePilotsFile } from '../../packages/sdk/src/pilots/validate.js';
import { byId, fixture, OECS_FULL_MEMBERS, pilots, readJson } from '../helpers/builtin-pilots.js';

/** A registry lookup like the client's: by id, or by name/alias, case-insensitively. */
function registryLookup(entries: Array<{ id: string; names: string[] }>) {
  return (key: string) =>
    entries.find((e) => e.id === key.toLowerCase() || e.names.some((n) => n.toLowerCase() === key.toLowerCase()));
}

describe('filterPilots', () => {
  it('filters by country, any case', () => {
    assert.deepEqual(filterPilots(pilots, { country: 'lk' }).map((p) => p.id), ['dhis2-education-sri-lanka', 'dhis2-covid19-sri-lanka']);
    assert.deepEqual(filterPilots(pilots, { country: 'DM' }).map((p) => p.id), ['gdl-oecs']);
    assert.equal(filterPilots(pilots, { country: ['RW', 'jo'] }).length, 2);
  });

  it('filters by DPG id or name, any case', () => {
    assert.equal(filterPilots(pilots, { dpg: 'dhis2' }).length, 5);
    assert.equal(filterPilots(pilots, { dpg: 'DHIS2' }).length, 5);
    assert.deepEqual(filterPilots(pilots, { dpg: 'global digital library' }).map((p) => p.id), ['gdl-rwanda', 'gdl-oecs']);
    assert.deepEqual(filterPilots(pilots, { dpg: 'global' }), [], 'a DPG filter is an exact match, not a substring');
  });

  it('filters by sector and status, and combines fields with AND', () => {
    assert.equal(filterPilots(pilots, { sector: 'Health' }).length, 1);
    assert.equal(filterPilots(pilots, { sector: 'innovation' }).length, 2);
    assert.deepEqual(filterPilots(pilots, { status: 'announced', sector: 'innovation' }).map((p) => p.id), ['unicef-innovation-ghana']);
    assert.equal(filterPilots(pilots, { status: ['announced', 'active'] }).length, 11);
    assert.equal(filterPilots(pilots, { status: 'complete' }).length, 0);
  });

  it('searches text ignoring case and accents, every word must match', () => {
    const partner = validatePilotsFile(fixture('partner-pilots-good.json')).pilots;
    assert.deepEqual(filterPilots(partner, { q: 'COTE' }).map((p) => p.id), ['example-cote-divoire']);
    assert.deepEqual(filterPilots(partner, { q: 'numerique education' }).map((p) => p.id), ['example-cote-divoire']);
    assert.deepEqual(filterPilots(pilots, { q: 'kinyarwanda' }).map((p) => p.id), ['gdl-rwanda']);
    assert.deepEqual(filterPilots(pilots, { q: 'HISP academy' }).map((p) => p.id), ['dhis2-education-sri-lanka']);
    assert.deepEqual(filterPilots(pilots, { q: 'start up lab' }).map((p) => p.id), ['unicef-innovation-ghana']);
    assert.equal(filterPilots(pilots, { q: 'zzzz' }).length, 0);
  });

  it('filters by pilot id, exactly, and takes lists in every field', () => {
    assert.deepEqual(filterPilots(pilots, { id: ['gdl-rwanda', 'unicef-youth-jordan'] }).map((p) => p.id), ['gdl-rwanda', 'unicef-youth-jordan']);
    assert.deepEqual(filterPilots(pilots, { id: 'GDL-RWANDA' }), [], 'ids are slugs, compared as written');
    assert.deepEqual(filterPilots(pilots, { id: 'dhis2-covid19-sri-lanka', dpg: ['DHIS2', 'nothing'] }).map((p) => p.id), ['dhis2-covid19-sri-lanka']);
    assert.equal(filterPilots(pilots, { sector: ['innovation', 'Health'] }).length, 3);
  });

  it('treats empty values as no filter', () => {
    assert.equal(filterPilots(pilots, { country: '' as never, q: '  ', dpg: [] }).length, 11);
    assert.equal(filterPilots(pilots).length, 11);
  });

  it('rejects malformed queries with invalid-query', () => {
    assert.throws(() => filterPilots(pilots, { country: 'Rwanda' as never }), (e) => isDpgError(e, 'invalid-query'));
    assert.throws(() => filterPilots(pilots, { status: 'done' as never }), (e) => isDpgError(e, 'invalid-query'));
    assert.throws(() => filterPilots(pilots, { q: 5 as never }), (e) => isDpgError(e, 'invalid-query'));
  });
});

describe('pilotCountries', () => {
  it('groups pilots by country, sorted by code', () => {
    const countries = pilotCountries(pilots);
    const codes = countries.map((c) => c.code);
    assert.deepEqual(codes, [...codes].sort());
    assert.equal(codes.length, 16);
    assert.deepEqual(countries.find((c) => c.code === 'LK')?.pilots.map((p) => p.id), ['dhis2-education-sri-lanka', 'dhis2-covid19-sri-lanka']);
    for (const code of OECS_FULL_MEMBERS) assert.deepEqual(countries.find((c) => c.code === code)?.pilots.map((p) => p.id), ['gdl-oecs']);
    assert.equal(countries.find((c) => c.code === 'GM')?.numeric, '270');
  });

  it('keeps only the countries asked for when a pilot spans several', () => {
    assert.deepEqual(pilotCountries(pilots, { country: 'lc' }).map((c) => c.code), ['LC']);
    assert.deepEqual(pilotCountries(pilots, { country: ['vc', 'LK'] }).map((c) => [c.code, c.pilots.length]), [['LK', 2], ['VC', 1]]);
    assert.deepEqual(pilotCountries(pilots, { dpg: 'dhis2' }).map((c) => c.code), ['GM', 'LK', 'SZ', 'UG']);
    assert.deepEqual(pilotCountries(pilots, { sector: 'agriculture' }), []);
  });
});

describe('PilotIndex', () => {
  /** Pilots whose every field read is counted: a query answered from memory reads none. */
  function counted(): { index: PilotIndex; reads: () => number } {
    let reads = 0;
    const watched = pilots.map((pilot) => new Proxy(pilot, { get: (target, key) => (reads++, Reflect.get(target, key)) }));
    return { index: new PilotIndex(watched), reads: () => reads };
  }

  it('answers a query it has answered before without reading the pilots again', () => {
    const { index, reads } = counted();
    const first = index.countries({ country: 'lk', dpg: 'DHIS2' });
    const before = reads();
    assert.ok(before > 0);
    // The same query written another way is the same question.
    const again = index.countries({ country: ['LK'], dpg: ['dhis2'] });
    assert.equal(reads(), before);
    assert.deepEqual(again, first);
    index.list({ country: 'LK', dpg: 'dhis2' });
    assert.equal(reads(), before, 'the list behind the countries is remembered too');
    index.list({ country: 'UG' });
    assert.ok(reads() > before, 'a new query is answered');
  });

  it('hands out arrays the caller may change without changing later answers', () => {
    const { index } = counted();
    index.list().length = 0;
    index.countries()[0]!.pilots.length = 0;
    assert.equal(index.list().length, 11);
    assert.equal(index.countries()[0]!.pilots.length, pilotCountries(pilots)[0]!.pilots.length);
  });

  it('forgets the oldest answers past its bound, and still answers them', () => {
    const { index, reads } = counted();
    index.list({ q: 'nowhere' });
    for (let i = 0; i < 64; i++) index.list({ q: `word${i}` });
    const before = reads();
    assert.deepEqual(index.list({ q: 'nowhere' }), []);
    assert.ok(reads() > before, 'answered again once forgotten');
  });

  it('finds a pilot by id and rejects a malformed query', () => {
    const index = new PilotIndex(pilots);
    assert.equal(index.get('gdl-rwanda')?.id, 'gdl-rwanda');
    assert.equal(index.get('nope'), undefined);
    assert.throws(() => index.countries({ country: 'Rwanda' as never }), (e) => isDpgError(e, 'invalid-query'));
  });
});

describe('linkPilotDpgs and pilotsForDpg', () => {
  it('links by name when the registry in use has the DPG', () => {
    const lookup = registryLookup([
      { id: 'dhis2', names: ['DHIS2'] },
      { id: 'global-digital-library', names: ['Global Digital Library', 'GDL'] },
    ]);
    const linked = linkPilotDpgs(pilots, lookup);
    assert.deepEqual(linked.find((p) => p.id === 'gdl-rwanda')?.dpgs, [{ name: 'Global Digital Library', id: 'global-digital-library' }]);
    assert.deepEqual(pilotsForDpg(linked, 'global-digital-library').map((p) => p.id), ['gdl-rwanda', 'gdl-oecs']);
    assert.equal(byId('gdl-rwanda').dpgs[0]?.id, undefined, 'the input is not changed');
  });

  it('removes an id the registry in use does not have, keeping the name', () => {
    const linked = linkPilotDpgs(pilots, registryLookup([]));
    assert.deepEqual(linked.find((p) => p.id === 'dhis2-education-uganda')?.dpgs, [{ name: 'DHIS2' }]);
    assert.deepEqual(pilotsForDpg(linked, 'dhis2'), []);
  });

  it('relinks a stale id through the name', () => {
    const stale: Pilot = { ...byId('gdl-rwanda'), dpgs: [{ name: 'DHIS2', id: 'old-slug' }] };
    const linked = linkPilotDpgs([stale], registryLookup([{ id: 'dhis2', names: ['DHIS2'] }]));
    assert.deepEqual(linked[0]?.dpgs, [{ name: 'DHIS2', id: 'dhis2' }]);
  });

  it('finds the pilots of a DPG by id, any case', () => {
    assert.equal(pilotsForDpg(pilots, 'dhis2').length, 5);
    assert.equal(pilotsForDpg(pilots, 'DHIS2').length, 5);
    assert.deepEqual(pilotsForDpg(pilots, 'global-digital-library'), [], 'unlinked DPGs have no id yet');
  });
});

describe('mergePilots', () => {
  const partner = validatePilotsFile(fixture('partner-pilots-good.json')).pilots;

  it('add: partner pilots override built-in ones in place and new ones are appended', () => {
    const merged = mergePilots(pilots, partner, 'add');
    assert.equal(merged.length, 12);
    assert.equal(merged[0]?.id, 'gdl-rwanda');
    assert.equal(merged[0]?.status, 'complete');
    assert.deepEqual(merged[0]?.partners, ['Example Partner']);
    assert.equal(merged.at(-1)?.id, 'example-cote-divoire');
    assert.equal(mergePilots(pilots, partner).length, 12, 'add is the default');
  });

  it('replace: only the partner pilots', () => {
    assert.deepEqual(mergePilots(pilots, partner, 'replace').map((p) => p.id), ['gdl-rwanda', 'example-cote-divoire']);
  });

  it('keeps the first pilot of a repeated id and rejects unknown modes', () => {
    const first = partner[1];
    assert.ok(first);
    const merged = mergePilots([], [first, { ...first, title: 'second' }], 'add');
    assert.deepEqual(merged.map((p) => p.title), [first.title]);
    assert.throws(() => mergePilots(pilots, partner, 'union' as never), (e) => isDpgError(e, 'invalid-query'));
  });
});

describe('filterCops', () => {
  const { cops } = validateCopsFile(readJson('packages/sdk/data/cops.json'));

  it('filters by status', () => {
    assert.equal(filterCops(cops, { status: 'complete' }).length, 3);
    assert.deepEqual(filterCops(cops, { status: 'in-progress' }).map((c) => c.id), ['climate-change-adaptation']);
    assert.deepEqual(filterCops(cops, { status: 'coming-soon' }).map((c) => c.id), ['govstack', 'education']);
    assert.equal(filterCops(cops, { status: ['complete', 'coming-soon'] }).length, 5);
    assert.equal(filterCops(cops).length, 6);
    assert.throws(() => filterCops(cops, { status: 'done' as never }), (e) => isDpgError(e, 'invalid-query'));
  });
});

describe('loadPilotData', () => {
  it('merges a partner file given as contents and lists its problems as issues', async () => {
    const data = await loadPilotData({ pilots: fixture('partner-pilots-bad.json') as Record<string, unknown> });
    assert.equal(data.pilots.length, 13);
    assert.ok(data.pilots.some((p) => p.id === 'also-good'));
    assert.equal(data.cops.length, 6);
    assert.equal(data.issues.length, 8);
    assert.deepEqual(data.issues[3], {
      recordId: 'unknown-country',
      field: 'pilots[3].countries[1]',
      problem: 'set-aside',
      value: 'pilots[3] (id "unknown-country"): countries[1] "ZZ" is not an ISO 3166-1 alpha-2 country code',
    });
  });

  it('replaces the built-in pilots when asked', async () => {
    const data = await loadPilotData({ pilots: fixture('partner-pilots-good.json') as Record<string, unknown>, pilotsMode: 'replace' });
    assert.deepEqual(data.pilots.map((p) => p.id), ['gdl-rwanda', 'example-cote-divoire']);
    assert.deepEqual(data.issues, []);
  });
});
