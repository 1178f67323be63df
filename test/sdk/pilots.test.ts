/**
 * Pathfinder pilots and Communities of Practice: the built-in data, the published schemas,
 * validation of partner files, and the queries. Runs without network and without /work/shared.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { iso31661 } from 'iso-3166/1.js';

import { isDpgError } from '../../packages/sdk/src/errors.js';
import type { Pilot } from '../../packages/sdk/src/model.js';
import { loadBuiltinCops, loadBuiltinPilots } from '../../packages/sdk/src/pilots/data.js';
import { builtinCopsFile, builtinPilotsFile } from '../../packages/sdk/src/pilots/generated/builtin-data.js';
import { copsSchema, pilotsSchema } from '../../packages/sdk/src/pilots/generated/schemas.js';
import { filterCops, filterPilots, pilotCountries } from '../../packages/sdk/src/pilots/query.js';
import { linkPilotDpgs, mergePilots, pilotsForDpg } from '../../packages/sdk/src/pilots/merge.js';
import { PilotIndex } from '../../packages/sdk/src/pilots/pilot-index.js';
import { loadPilotData } from '../../packages/sdk/src/pilots/source.js';
import { validateCopsFile, validatePilotsFile } from '../../packages/sdk/src/pilots/validate.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
const sdk = join(root, 'packages/sdk');
const readJson = (path: string): unknown => JSON.parse(readFileSync(join(root, path), 'utf8'));
const fixture = (name: string): unknown => readJson(`test/fixtures/pilots/${name}`);

const ISO_CODES = new Set(iso31661.map((entry) => entry.alpha2));
const OECS_FULL_MEMBERS = ['AG', 'DM', 'GD', 'KN', 'LC', 'MS', 'VC'];

const builtin = validatePilotsFile(readJson('packages/sdk/data/pilots.json'));
const pilots = builtin.pilots;
const byId = (id: string): Pilot => {
  const pilot = pilots.find((p) => p.id === id);
  assert.ok(pilot, `built-in pilot "${id}" exists`);
  return pilot;
};

/** A registry lookup like the client's: by id, or by name/alias, case-insensitively. */
function registryLookup(entries: Array<{ id: string; names: string[] }>) {
  return (key: string) =>
    entries.find((e) => e.id === key.toLowerCase() || e.names.some((n) => n.toLowerCase() === key.toLowerCase()));
}

describe('built-in pilots', () => {
  it('pass validation with no errors', () => {
    assert.deepEqual(builtin.errors, []);
    assert.equal(pilots.length, 11);
    assert.equal(builtin.asOf, '2021-09');
  });

  it('name only real ISO 3166-1 alpha-2 countries', () => {
    for (const pilot of pilots) {
      assert.ok(pilot.countries.length > 0, `${pilot.id} has countries`);
      for (const code of pilot.countries) assert.ok(ISO_CODES.has(code), `${pilot.id}: ${code}`);
    }
  });

  it('have unique slug ids and http(s) links only', () => {
    assert.equal(new Set(pilots.map((p) => p.id)).size, pilots.length);
    for (const pilot of pilots) {
      assert.match(pilot.id, /^[a-z0-9]+(?:-[a-z0-9]+)*$/);
      for (const link of pilot.links) assert.match(link.url, /^https?:\/\//);
    }
  });

  it('keep the Global Digital Library by name only, in Rwanda and the OECS', () => {
    const rwanda = byId('gdl-rwanda');
    assert.deepEqual(rwanda.dpgs, [{ name: 'Global Digital Library' }]);
    assert.deepEqual(rwanda.countries, ['RW']);
    assert.equal(rwanda.announced, '2021-03-02');
    assert.ok(rwanda.partners.includes('Norad'));
    assert.ok(rwanda.partners.some((p) => p.includes('ADEA')));
    const oecs = byId('gdl-oecs');
    assert.deepEqual(oecs.dpgs, [{ name: 'Global Digital Library' }]);
    assert.equal(oecs.announced, '2021-09');
    assert.deepEqual(oecs.partners, ['OECS Commission', 'UNICEF']);
  });

  it('list every OECS full member state and no associate member', () => {
    const oecs = byId('gdl-oecs');
    assert.deepEqual([...oecs.countries].sort(), OECS_FULL_MEMBERS);
    for (const associate of ['AI', 'VG', 'MQ', 'GP']) assert.ok(!oecs.countries.includes(associate), associate);
    assert.match(oecs.note ?? '', /associate members are not included/i);
  });

  it('have one DHIS2 for Education pilot each in The Gambia, Uganda, Eswatini and Sri Lanka', () => {
    for (const code of ['GM', 'UG', 'SZ', 'LK']) {
      const found = pilots.filter(
        (p) => p.sector === 'education' && p.countries.length === 1 && p.countries[0] === code && p.dpgs.some((d) => d.id === 'dhis2'),
      );
      assert.equal(found.length, 1, code);
    }
  });

  it('have the DHIS2 COVID-19 pilot in Sri Lanka under health', () => {
    const covid = byId('dhis2-covid19-sri-lanka');
    assert.deepEqual(covid.countries, ['LK']);
    assert.equal(covid.sector, 'health');
    assert.deepEqual(covid.dpgs, [{ name: 'DHIS2', id: 'dhis2' }]);
    assert.ok(covid.partners.includes('HISP Sri Lanka'));
  });

  it('have the UNICEF pilots in Vietnam, Kazakhstan, Ghana and Jordan with no named DPG', () => {
    const expected: Record<string, string> = { VN: 'education', KZ: 'innovation', GH: 'innovation', JO: 'youth' };
    for (const [code, sector] of Object.entries(expected)) {
      const found = pilots.filter((p) => p.countries.includes(code));
      assert.equal(found.length, 1, code);
      assert.equal(found[0]?.sector, sector, code);
      assert.deepEqual(found[0]?.dpgs, [], code);
    }
  });

  it('explain every status in a note, since the source is from 2021', () => {
    for (const pilot of pilots) {
      assert.ok(['announced', 'active', 'complete'].includes(pilot.status), pilot.id);
      assert.ok((pilot.note ?? '').length > 20, `${pilot.id} has a note`);
    }
  });
});

describe('built-in Communities of Practice', () => {
  const cops = validateCopsFile(readJson('packages/sdk/data/cops.json'));

  it('are the six with the right focus and status', () => {
    assert.deepEqual(cops.errors, []);
    assert.deepEqual(
      cops.cops.map((c) => [c.id, c.priorityArea, c.focus, c.status]),
      [
        ['early-grade-reading', 'Early Grade Reading', 'Foundational Literacy', 'complete'],
        ['financial-inclusion', 'Financial Inclusion', 'Foundational Technologies', 'complete'],
        ['health', 'Health', 'Immunization Delivery Management', 'complete'],
        ['climate-change-adaptation', 'Climate Change Adaptation', 'Climate & Weather Services', 'in-progress'],
        ['govstack', 'GovStack', null, 'coming-soon'],
        ['education', 'Education', null, 'coming-soon'],
      ],
    );
  });
});

describe('data files, schemas and generated modules', () => {
  it('generated modules equal the JSON files', () => {
    assert.deepEqual(builtinPilotsFile, readJson('packages/sdk/data/pilots.json'));
    assert.deepEqual(builtinCopsFile, readJson('packages/sdk/data/cops.json'));
    assert.deepEqual(pilotsSchema, readJson('packages/sdk/schemas/pilots.schema.json'));
    assert.deepEqual(copsSchema, readJson('packages/sdk/schemas/cops.schema.json'));
  });

  it('the generator finds nothing out of date', () => {
    const run = spawnSync(process.execPath, [join(root, 'scripts/gen-pilot-data.mjs'), '--check'], { encoding: 'utf8' });
    assert.equal(run.status, 0, run.stderr);
  });

  it('data files point at their schema and carry format, version and dates', () => {
    for (const [file, format] of [
      ['data/pilots.json', 'dpg-kit/pilots'],
      ['data/cops.json', 'dpg-kit/cops'],
    ] as const) {
      const data = readJson(`packages/sdk/${file}`) as Record<string, unknown>;
      assert.equal(data.format, format);
      assert.equal(data.version, 1);
      assert.equal(typeof data.source, 'string');
      assert.match(String(data.asOf), /^2021/);
      assert.ok(existsSync(join(sdk, 'data', String(data.$schema))), `${file} $schema resolves`);
    }
  });

  it('schemas are JSON Schema 2020-12 with the model status enums and the alpha-2 pattern', () => {
    const pilots = readJson('packages/sdk/schemas/pilots.schema.json') as { $schema: string; $defs: Record<string, Record<string, unknown>> };
    const cops = readJson('packages/sdk/schemas/cops.schema.json') as { $schema: string; $defs: Record<string, Record<string, unknown>> };
    assert.equal(pilots.$schema, 'https://json-schema.org/draft/2020-12/schema');
    assert.equal(cops.$schema, 'https://json-schema.org/draft/2020-12/schema');
    assert.deepEqual(pilots.$defs.pilotStatus?.enum, ['announced', 'active', 'complete']);
    assert.deepEqual(cops.$defs.copStatus?.enum, ['complete', 'in-progress', 'coming-soon']);
    assert.equal(pilots.$defs.countryCode?.pattern, '^[A-Z]{2}$');
  });

  it('loadBuiltinPilots returns the data as fresh copies', async () => {
    const first = await loadBuiltinPilots();
    assert.equal(first.pilots.length, 11);
    first.pilots.length = 0;
    const second = await loadBuiltinPilots();
    assert.equal(second.pilots.length, 11);
    const cops = await loadBuiltinCops();
    assert.equal(cops.cops.length, 6);
  });
});

describe('validatePilotsFile', () => {
  it('accepts a good partner file and ignores unknown fields', () => {
    const result = validatePilotsFile(fixture('partner-pilots-good.json'));
    assert.deepEqual(result.errors, []);
    assert.deepEqual(result.pilots.map((p) => p.id), ['gdl-rwanda', 'example-cote-divoire']);
    assert.equal(result.asOf, '2026-01-15');
    assert.ok(!('futureField' in (result.pilots[1] ?? {})));
  });

  it('keeps the good records of a bad file and reports each bad one by index, id and field', () => {
    const result = validatePilotsFile(fixture('partner-pilots-bad.json'));
    assert.deepEqual(result.pilots.map((p) => p.id), ['good-one', 'also-good']);
    const where = result.errors.map((e) => [e.index, e.id, e.field]);
    assert.deepEqual(where, [
      [1, 'wrong-types', 'title'],
      [1, 'wrong-types', 'countries'],
      [2, 'unknown-status', 'status'],
      [3, 'unknown-country', 'countries[1]'],
      [4, null, 'id'],
      [5, 'good-one', 'id'],
      [6, 'non-http-link', 'links[0].url'],
      [6, 'non-http-link', 'links[1].url'],
    ]);
  });

  it('writes messages that say which record, which field and what was expected', () => {
    const messages = validatePilotsFile(fixture('partner-pilots-bad.json')).errors.map((e) => e.message);
    assert.ok(messages.includes('pilots[1] (id "wrong-types"): title should be a string, got the number 42'));
    assert.ok(messages.includes('pilots[1] (id "wrong-types"): countries should be an array, got the text "KE"'));
    assert.ok(messages.includes('pilots[2] (id "unknown-status"): status "done" is not one of "announced", "active", "complete"'));
    assert.ok(messages.includes('pilots[3] (id "unknown-country"): countries[1] "ZZ" is not an ISO 3166-1 alpha-2 country code'));
    assert.ok(messages.some((m) => m.startsWith('pilots[4]: id is missing')));
    assert.ok(messages.includes('pilots[5] (id "good-one"): id "good-one" is already used by pilots[0]'));
    assert.ok(messages.some((m) => m.startsWith('pilots[6] (id "non-http-link"): links[0].url "javascript:alert(1)" is not an absolute http or https URL')));
  });

  it('reports lower-case codes, impossible dates, duplicate countries and blank text', () => {
    const base = builtinPilotsFile.pilots[0];
    assert.ok(base);
    const result = validatePilotsFile({
      format: 'dpg-kit/pilots',
      version: 1,
      pilots: [{ ...base, countries: ['rw', 'RW', 'RW'], announced: '2021-02-30', title: '   ' }],
    });
    assert.deepEqual(result.pilots, []);
    assert.deepEqual(
      result.errors.map((e) => e.field),
      ['title', 'countries[0]', 'countries[2]', 'announced'],
      'fields in schema order, positions in order within a field',
    );
    assert.match(result.errors[0]?.message ?? '', /title must not be blank/);
    assert.match(result.errors[1]?.message ?? '', /"rw" is not an ISO 3166-1 alpha-2 country code in upper case/);
    assert.match(result.errors[2]?.message ?? '', /"RW" is listed twice/);
    assert.match(result.errors[3]?.message ?? '', /"2021-02-30" is not a date that exists/);
  });

  it('reports a wrong format or version but still reads the records', () => {
    const result = validatePilotsFile({ ...builtinPilotsFile, format: 'dpg-kit/cops', version: 2 });
    assert.equal(result.pilots.length, 11);
    assert.deepEqual(result.errors.map((e) => [e.index, e.field]), [[null, 'format'], [null, 'version']]);
    assert.equal(result.errors[0]?.message, 'pilots file: format "dpg-kit/cops" should be "dpg-kit/pilots"');
  });

  it('never throws on garbage and says what it expected', () => {
    for (const garbage of [null, 42, 'x', true, undefined, {}, [null], [42, 'x'], { pilots: null }, { pilots: [[]] }]) {
      const result = validatePilotsFile(garbage);
      assert.deepEqual(result.pilots, [], JSON.stringify(garbage));
      assert.ok(result.errors.length > 0, JSON.stringify(garbage));
      for (const error of result.errors) assert.equal(typeof error.message, 'string');
    }
    assert.match(validatePilotsFile(null).errors[0]?.message ?? '', /should be an object with "format": "dpg-kit\/pilots".*got null/);
    const bare = validatePilotsFile([null]);
    assert.match(bare.errors[0]?.message ?? '', /bare array was read as its pilots/);
    assert.equal(bare.errors[1]?.message, 'pilots[0]: should be an object, got null');
  });

  it('reads a bare array of good records, reporting the missing wrapper', () => {
    const result = validatePilotsFile(builtinPilotsFile.pilots);
    assert.equal(result.pilots.length, 11);
    assert.equal(result.errors.length, 1);
  });

  it('ignores __proto__ keys without polluting prototypes', () => {
    const base = builtinPilotsFile.pilots[0];
    assert.ok(base);
    const text = JSON.stringify({ format: 'dpg-kit/pilots', version: 1, pilots: [{ ...base, id: 'x' }] }).replace(
      '"id":"x"',
      '"__proto__":{"polluted":true},"id":"x"',
    );
    const result = validatePilotsFile(JSON.parse(text));
    assert.deepEqual(result.errors, []);
    assert.equal(Object.getPrototypeOf(result.pilots[0]), Object.prototype);
    assert.equal((result.pilots[0] as unknown as Record<string, unknown>).polluted, undefined);
    assert.equal(({} as Record<string, unknown>).polluted, undefined);
  });

  it('bounds huge inputs: record count, array lengths and error count', () => {
    const base = builtinPilotsFile.pilots[0];
    assert.ok(base);
    const many = validatePilotsFile({ format: 'dpg-kit/pilots', version: 1, pilots: new Array(6000).fill(0) });
    assert.match(many.errors[0]?.message ?? '', /pilots has 6000 records; only the first 5000 were read/);
    assert.equal(many.errors.length, 501);
    assert.match(many.errors.at(-1)?.message ?? '', /more problems are not listed/);
    const started = Date.now();
    const wide = validatePilotsFile({ format: 'dpg-kit/pilots', version: 1, pilots: [{ ...base, countries: new Array(1_000_000).fill(5) }] });
    assert.ok(Date.now() - started < 5000, 'a million-item array is not walked to its end');
    assert.equal(wide.errors[0]?.message, 'pilots[0] (id "gdl-rwanda"): countries has too many items: 1000000, at most 250');
  });
});

describe('validateCopsFile', () => {
  it('keeps the good Community of Practice and reports the rest', () => {
    const result = validateCopsFile(fixture('partner-cops-bad.json'));
    assert.deepEqual(result.cops, [{ id: 'good-cop', priorityArea: 'Agriculture', focus: null, status: 'coming-soon' }]);
    assert.deepEqual(result.errors.map((e) => [e.index, e.field]), [
      [1, 'status'],
      [2, 'focus'],
      [3, 'priorityArea'],
      [4, 'id'],
    ]);
    assert.equal(result.errors[1]?.message, 'cops[2] (id "bad-focus"): focus should be a string or null, got the number 7');
  });

  it('never throws on garbage', () => {
    for (const garbage of [null, 42, 'x', [null], { cops: 'x' }]) {
      const result = validateCopsFile(garbage);
      assert.deepEqual(result.cops, []);
      assert.ok(result.errors.length > 0);
    }
  });
});

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
