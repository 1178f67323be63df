/**
 * Pathfinder pilots and Communities of Practice: the built-in data, the published schemas,
 * and validation of partner files (the queries are in pilot-queries.test.ts). Runs without network.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { iso31661 } from 'iso-3166/1.js';

import { loadBuiltinCops, loadBuiltinPilots } from '../../packages/sdk/src/pilots/data.js';
import { builtinCopsFile, builtinPilotsFile } from '../../packages/sdk/src/pilots/generated/builtin-data.js';
import { copsSchema, pilotsSchema } from '../../packages/sdk/src/pilots/generated/schemas.js';
import { validateCopsFile, validatePilotsFile } from '../../packages/sdk/src/pilots/validate.js';
import { builtin, byId, fixture, OECS_FULL_MEMBERS, pilots, readJson, root } from '../helpers/builtin-pilots.js';

const sdk = join(root, 'packages/sdk');

const ISO_CODES = new Set(iso31661.map((entry) => entry.alpha2));

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
