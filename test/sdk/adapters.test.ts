import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { adaptAppApi } from '../../packages/sdk/src/adapters/app-api.js';
import { adaptAny, detectShape } from '../../packages/sdk/src/adapters/detect.js';
import { adaptLegacy } from '../../packages/sdk/src/adapters/legacy.js';
import { adaptNormalized, createNormalizedDocument } from '../../packages/sdk/src/adapters/normalized.js';
import { field } from '../../packages/sdk/src/adapters/read.js';
import type { AdapterResult } from '../../packages/sdk/src/adapters/result.js';
import type { Issue, IssueProblem } from '../../packages/sdk/src/issues.js';
import { isDpgError } from '../../packages/sdk/src/errors.js';
import type { DigitalPublicGood } from '../../packages/sdk/src/model.js';

const fixture = (name: string): unknown => JSON.parse(readFileSync(new URL(`../fixtures/registry/${name}`, import.meta.url), 'utf8'));

function record(result: AdapterResult, id: string): DigitalPublicGood {
  const found = result.records.find((r) => r.id === id);
  assert.ok(found, `record ${id} among ${result.records.map((r) => r.id).join(', ')}`);
  return found;
}

function issuesOf(result: AdapterResult, problem: IssueProblem, recordId?: string | null): Issue[] {
  return result.issues.filter((issue) => issue.problem === problem && (recordId === undefined || issue.recordId === recordId));
}

const EMAIL = /[\w.+-]+@[\w-]+\.[\w.]+/;

describe('legacy adapter', () => {
  const result = adaptLegacy(fixture('legacy-basic.json'), fixture('legacy-screenings.json'));

  test('reads a basic record joined with its screening', () => {
    const aam = record(result, 'aam-digital');
    assert.equal(aam.name, 'Aam Digital');
    assert.equal(aam.description, 'Case management software.\nFor NGOs.');
    assert.deepEqual(aam.aliases, []);
    assert.equal(aam.stage, 'dpg');
    assert.deepEqual(aam.types, ['software', 'ai-model']);
    assert.deepEqual(aam.licenses, [{ spdx: 'GPL-3.0-only', name: 'GPL-3.0', kind: 'open', url: 'https://github.com/Aam-Digital/ndb-core/blob/master/LICENSE.md' }]);
    assert.equal(aam.registryUrl, 'https://www.digitalpublicgoods.net/r/aam-digital');
    assert.deepEqual(aam.countries.development, ['DE', 'IL', 'IN']);
    assert.deepEqual(aam.countries.deployment, ['CI', 'IN', 'PS', 'SZ', 'TZ']);
  });

  test('a goal named twice is merged, an invalid goal reported, evidence URLs kept', () => {
    const aam = record(result, 'aam-digital');
    assert.deepEqual(aam.sdgs, [{
      goal: 4,
      evidence: 'Used in education.\nNamed twice.',
      links: [{ url: 'https://example.org/report', label: 'Report' }, { url: 'https://example.org/more' }],
    }]);
    assert.deepEqual(issuesOf(result, 'invalid-sdg', 'aam-digital').map((issue) => issue.value), [18]);
  });

  test('indicators come from the screening, with labelled links and no e-mail', () => {
    const { indicators } = record(result, 'aam-digital');
    assert.equal(indicators?.ownership?.met, true);
    assert.deepEqual(indicators?.documentation?.links, [{ url: 'https://aam-digital.github.io/ndb-core/', label: 'Developer documentation' }]);
    assert.equal(indicators?.platformIndependence?.met, true);
    assert.equal(indicators?.nonPII?.evidence, 'CSV export. Write to [e-mail removed]');
    assert.equal(indicators?.license?.met, true);
    assert.equal(indicators?.standards?.evidence, 'JSON\nCSV\nAgile');
    assert.deepEqual(issuesOf(result, 'unsafe-url', 'aam-digital').map((issue) => issue.field), ['documentation.documentationURL[1]']);
  });

  test('contact persons never reach the model', () => {
    const text = JSON.stringify(result);
    assert.doesNotMatch(text, /Jane Doe|jane@example/);
    assert.deepEqual(record(result, 'aam-digital').organizations, [{ name: 'Aam Digital GmbH', website: 'https://www.aam-digital.com/', role: 'maintainer' }]);
  });

  test('the _file basename is the id, even with a dot; a bad website is reported', () => {
    const nmf = record(result, 'nmf.earth');
    assert.equal(nmf.stage, 'nominee');
    assert.equal(nmf.registryUrl, undefined);
    assert.equal(nmf.website, undefined);
    assert.deepEqual(issuesOf(result, 'unsafe-url', 'nmf.earth').map((issue) => issue.field), ['website']);
    assert.deepEqual(nmf.licenses, [{ spdx: null, name: 'Proprietary-ish', kind: 'unknown', url: 'https://nmf.earth/license' }]);
    assert.equal(issuesOf(result, 'unknown-license', 'nmf.earth').length, 1);
  });

  test('a record without a name is set aside, a repeated slug kept as a duplicate', () => {
    assert.equal(result.records.length, 3);
    assert.deepEqual(issuesOf(result, 'set-aside').map((issue) => issue.field), ['[2].name']);
    assert.equal(record(result, 'aam-digital-2').name, 'Aam Digital copy');
    assert.equal(issuesOf(result, 'duplicate-id', 'aam-digital-2').length, 1);
  });

  test('empty repository URLs and unjoined screenings are reported', () => {
    assert.deepEqual(issuesOf(result, 'empty', 'aam-digital').map((issue) => issue.field), ['repositories[1].url']);
    assert.deepEqual(issuesOf(result, 'not-joined').map((issue) => issue.recordId), ['orphan']);
    assert.equal(issuesOf(result, 'unknown-country', 'aam-digital')[0]?.value, 'Global');
  });
});

describe('app API adapter, 2022–23 variant', () => {
  const result = adaptAppApi(fixture('app-api-2022.json'));

  test('reads ids, SDGs as a list or one object, and licences', () => {
    const glific = record(result, 'glific');
    assert.equal(glific.registryId, '10157');
    assert.deepEqual(glific.sdgs, [{ goal: 3, evidence: 'Health content.' }, { goal: 4, evidence: 'Training content.' }]);
    assert.deepEqual(glific.licenses.map((l) => l.spdx), ['AGPL-3.0-only']);
    assert.equal(glific.registryUrl, 'https://www.digitalpublicgoods.net/r/glific');
    assert.deepEqual(record(result, 'agroconsultas').sdgs, [{ goal: 2, evidence: 'Food security.' }]);
  });

  test('documentation text becomes labelled links; Yes/No answers become verdicts', () => {
    const { indicators } = record(result, 'glific');
    assert.deepEqual(indicators?.documentation?.links, [
      { url: 'https://api.glific.com/', label: 'API documentation' },
      { url: 'https://glific.github.io/glific/', label: 'Code documentation' },
    ]);
    assert.equal(indicators?.nonPII?.met, true);
    assert.equal(indicators?.platformIndependence?.met, true);
    assert.equal(indicators?.ownership?.evidence, 'Project Tech4Dev');
    assert.match(indicators?.doNoHarm?.evidence ?? '', /Depends on users, who use it in many ways/);
  });

  test('bare hosts become https; missing fields are reported, not thrown', () => {
    const agro = record(result, 'agroconsultas');
    assert.equal(agro.website, 'https://www.agroconsultasonline.com/');
    assert.deepEqual(agro.aliases, ['ACO']);
    const missing = issuesOf(result, 'missing', 'agroconsultas').map((issue) => issue.field).sort();
    assert.deepEqual(missing, ['locations', 'openlicenses']);
  });
});

describe('app API adapter, 2026 variant', () => {
  const result = adaptAppApi(fixture('app-api-2026.json'));

  test('decodes entities and splits joined strings', () => {
    const digit = record(result, 'digit');
    assert.equal(digit.description, 'DIGIT is an open-source, configurable, modular platform & more.');
    assert.deepEqual(digit.aliases, ['Digital Infrastructure for Governance', 'DIGIT Platform']);
    assert.deepEqual(digit.types, ['software']);
    assert.equal(digit.website, 'https://www.digit.org/');
    assert.deepEqual(digit.countries.deployment, ['IN', 'KE', 'UG', 'VG']);
  });

  test('one relevance text per goal when the parts match the goals', () => {
    assert.deepEqual(record(result, 'digit').sdgs, [{ goal: 9, evidence: 'Infrastructure for cities.' }, { goal: 11, evidence: 'Cities and communities.' }]);
    assert.deepEqual(record(result, 'comparia').sdgs, [{ goal: 16, evidence: 'Trustworthy AI.' }]);
  });

  test('no e-mail address survives, in records or issues', () => {
    assert.doesNotMatch(JSON.stringify(result), EMAIL);
    assert.match(record(result, 'digit').indicators?.privacy?.evidence ?? '', /Contact \[e-mail removed\]/);
  });

  test('the same slug twice: the second gets its registry id', () => {
    assert.equal(record(result, 'comparia-11800').name, 'ComparIA');
    assert.deepEqual(issuesOf(result, 'duplicate-id').map((issue) => issue.recordId), ['comparia-11800']);
  });

  test('NC licences are non-commercial; bad goals, types, stages and URLs are reported', () => {
    assert.equal(record(result, 'comparia').licenses[0]?.kind, 'non-commercial');
    assert.equal(record(result, 'comparia').indicators?.license?.met, false);
    assert.deepEqual(issuesOf(result, 'invalid-sdg', 'comparia-11800').map((issue) => issue.value), ['SDG0: Nothing', '4.5']);
    assert.deepEqual(issuesOf(result, 'unknown-type', 'comparia-11800').map((issue) => issue.value), ['Spaceship']);
    assert.equal(issuesOf(result, 'unsafe-url', 'comparia-11800')[0]?.field, 'openlicenses[0].openLicenseEvidenceURLs');
    assert.equal(issuesOf(result, 'unknown-license', 'comparia-11800')[0]?.value, 'Some Custom License');
  });

  test('bidi and zero-width characters leave names; an unknown stage is reported', () => {
    const evil = record(result, 'evilname');
    assert.equal(evil.name, 'evilname');
    assert.deepEqual(evil.types, ['data', 'content']);
    assert.equal(evil.website, undefined);
    assert.deepEqual(issuesOf(result, 'unknown-stage', 'evilname').map((issue) => issue.value), ['Retired']);
    assert.equal(issuesOf(result, 'unsafe-url', 'evilname')[0]?.field, 'website');
  });

  test('a blank name is set aside', () => {
    assert.equal(result.records.length, 4);
    assert.deepEqual(issuesOf(result, 'set-aside').map((issue) => issue.field), ['[4].name']);
  });
});

describe('dpg-kit normalised JSON', () => {
  const result = adaptNormalized(fixture('dpg-kit.json'));

  test('reads the header and re-checks every field', () => {
    assert.equal(result.source, 'https://partner.example.org/registry.json');
    assert.equal(result.asOf, '2026-07-13');
    const dhis2 = record(result, 'dhis2');
    assert.equal(dhis2.licenses[0]?.kind, 'open', 'kind is recomputed, not trusted');
    assert.deepEqual(dhis2.countries.deployment, ['KE', 'NA', 'UG']);
    assert.deepEqual(issuesOf(result, 'unknown-country', 'dhis2').map((issue) => issue.value), ['ZZ']);
    assert.deepEqual(dhis2.sdgs, [{ goal: 3, evidence: 'Health.', links: [{ url: 'https://dhis2.org/health', label: 'Health' }] }]);
  });

  test('indicators: only the Standard keys, verdicts must be booleans, links re-checked', () => {
    const { indicators } = record(result, 'dhis2');
    assert.deepEqual(Object.keys(indicators ?? {}).sort(), ['ownership', 'privacy']);
    assert.deepEqual(indicators?.privacy, { met: null, links: [] });
    assert.equal(issuesOf(result, 'unsafe-url', 'dhis2')[0]?.field, 'indicators.privacy.links[0].url');
    assert.equal(issuesOf(result, 'wrong-type', 'dhis2')[0]?.field, 'indicators.privacy.met');
  });

  test('an id that is not a slug is replaced; records without a name are set aside', () => {
    assert.equal(record(result, 'path-trick').name, 'Path Trick');
    assert.deepEqual(issuesOf(result, 'set-aside').map((issue) => issue.field), ['dpgs[2].name', 'dpgs[3]']);
  });

  test('what an adapter writes reads back the same', () => {
    const legacy = adaptLegacy(fixture('legacy-basic.json'), fixture('legacy-screenings.json'));
    const again = adaptNormalized(JSON.parse(JSON.stringify(createNormalizedDocument(legacy.records, 'test', '2026-01-01'))));
    assert.deepEqual(again.records, legacy.records);
  });

  test('a wrong format or version yields no records and one issue', () => {
    assert.deepEqual(adaptNormalized({ format: 'dpg-kit/registry', version: 2, dpgs: [] }).issues.map((issue) => issue.field), ['version']);
    assert.equal(adaptNormalized({ format: 'other' }).records.length, 0);
  });
});

describe('detect', () => {
  test('tells the shapes apart', () => {
    assert.equal(detectShape(fixture('legacy-basic.json')), 'legacy');
    assert.equal(detectShape(fixture('app-api-2022.json')), 'app-api');
    assert.equal(detectShape(fixture('app-api-2026.json')), 'app-api');
    assert.equal(detectShape(fixture('dpg-kit.json')), 'dpg-kit');
    assert.equal(detectShape(fixture('legacy-screenings.json')), 'unknown');
    assert.equal(detectShape([1, 2, 3]), 'unknown');
    assert.equal(detectShape('registry'), 'unknown');
  });

  test('adaptAny reads each shape with its adapter', () => {
    assert.equal(adaptAny(fixture('app-api-2026.json')).records.length, 4);
    assert.equal(adaptAny(fixture('legacy-basic.json'), { screenings: fixture('legacy-screenings.json') }).records[0]?.countries.development.length, 3);
    assert.equal(adaptAny(fixture('dpg-kit.json')).asOf, '2026-07-13');
    assert.deepEqual(adaptAny([]), { records: [], issues: [], shape: 'unknown' });
    assert.throws(() => adaptAny({ some: 'object' }), (error: unknown) => isDpgError(error, 'invalid-data'));
  });

  test('an unknown shape is refused with invalid-data, naming what was found and what is read', () => {
    const refusal = (raw: unknown): string => {
      try {
        adaptAny(raw);
      } catch (error) {
        assert.ok(isDpgError(error, 'invalid-data'));
        return error.message;
      }
      return assert.fail('no error');
    };
    const message = refusal({ results: [], count: 0 });
    assert.match(message, /found an object with keys "results", "count"/);
    assert.match(message, /legacy GitHub records/);
    assert.match(message, /registry web-app API records/);
    assert.match(message, /dpg-kit\/registry/);
    assert.match(refusal(fixture('legacy-screenings.json')), /an array of \d+ items, the first an object with keys "name", "clearOwnership"/);
    assert.match(refusal([1, 2]), /an array of 2 items, the first a number/);
    assert.match(refusal('registry'), /a string of 8 characters/);
    assert.match(refusal(null), /found null/);
    assert.match(refusal({ format: 'dpg-kit/snapshot' }), /format "dpg-kit\/snapshot"/);
    assert.match(refusal({ ...Object.fromEntries(Array.from({ length: 10 }, (_, i) => [`k${i}`, i])) }), /and 2 more/);
  });

  test('a page of results (dpgs --json) reads back as the records it lists', () => {
    const records = adaptAny(fixture('app-api-2026.json')).records;
    const page = JSON.parse(JSON.stringify({ items: records, total: 4, page: 1, pageSize: 24, pages: 1, meta: { source: 'somewhere', asOf: '2026-07-13' } })) as unknown;
    const read = adaptAny(page);
    assert.equal(read.shape, 'dpg-kit');
    assert.deepEqual(read.records, records);
    assert.equal(read.asOf, '2026-07-13');
    // The one licence no SPDX id stands for is still unknown: that issue comes back, and no other.
    assert.deepEqual(read.issues.map((issue) => issue.problem), ['unknown-license']);
    const undated = adaptAny({ items: records, total: 4, meta: { source: 'a file' } });
    assert.deepEqual(undated.issues.map((issue) => issue.problem), ['unknown-license']);
    assert.equal(undated.source, 'a file');
  });
});

/** adaptAny, with its refusal of an unknown shape (the one error it throws) read as no records. */
function readOrRefuse(raw: unknown): AdapterResult {
  try {
    return adaptAny(raw);
  } catch (error) {
    assert.ok(isDpgError(error, 'invalid-data'), String(error));
    return { records: [], issues: [] };
  }
}

describe('garbage in, issues out, never an exception', () => {
  const polluted: unknown = JSON.parse('{"__proto__":{"polluted":1},"name":"Proto","constructor":{"prototype":{"polluted":2}}}');
  const garbage: unknown[] = [
    null, undefined, 0, 42, Number.NaN, '', 'text', true, [], {}, [null], [1, 'two', [3], { four: 4 }],
    [polluted], polluted, [{ name: 42 }], [{ name: ['a'] }], [{ name: 'X', _file: 7, SDGs: 'all', license: { spdx: 1 }, type: 5, stage: {} }],
    [{ name: 'Y', sdgs: { sdg: [null, {}, 99] }, categories: [1, null], locations: 'Kenya', openlicenses: [null, 'MIT'], id: { n: 1 } }],
    [{ name: 'Z', organizations: [null, { name: null }, { name: 'O', website: ['x'] }], repositories: 'https://github.com/a/b' }],
    [{ name: 'W'.repeat(100_000), description: 'd'.repeat(1_000_000), aliases: Array.from({ length: 5_000 }, (_, i) => `a${i}`) }],
    { format: 'dpg-kit/registry', version: 1, dpgs: [polluted, null, { name: 'N', countries: 'KE', indicators: [] }] },
  ];

  test('every adapter survives every value', () => {
    for (const value of garbage) {
      for (const adapt of [adaptLegacy, adaptAppApi, adaptNormalized, readOrRefuse]) {
        const result = adapt(value);
        assert.ok(Array.isArray(result.records) && Array.isArray(result.issues));
        assert.equal(result.issues.filter((issue) => String(issue.value).startsWith('unreadable record')).length, 0, 'no record needed the last-resort guard');
      }
      assert.doesNotThrow(() => adaptLegacy(value, value));
    }
  });

  test('__proto__ and constructor keys from data pollute nothing', () => {
    for (const adapt of [adaptLegacy, adaptAppApi, readOrRefuse]) adapt([polluted]);
    adaptNormalized({ format: 'dpg-kit/registry', version: 1, dpgs: [polluted] });
    assert.equal(({} as Record<string, unknown>).polluted, undefined);
    assert.equal((Object.prototype as Record<string, unknown>).polluted, undefined);
  });

  test('field() reads own properties only', () => {
    assert.equal(field({}, 'constructor'), undefined);
    assert.equal(field({}, 'toString'), undefined);
    assert.equal(field(Object.create({ name: 'inherited' }), 'name'), undefined);
    assert.deepEqual(field(JSON.parse('{"__proto__":{"a":1}}'), '__proto__'), { a: 1 });
    assert.equal(field(['a'], '0'), undefined, 'arrays are not records');
  });

  test('a record with a name survives wrong types everywhere, with issues', () => {
    const result = adaptAppApi(garbage[17]);
    const y = record(result, 'y');
    assert.deepEqual(y.sdgs, []);
    assert.deepEqual(y.countries, { deployment: [], development: [] });
    assert.ok(issuesOf(result, 'wrong-type', 'y').length >= 3);
    assert.ok(issuesOf(result, 'invalid-sdg', 'y').length >= 3);
  });

  test('hostile sizes are cut down and reported', () => {
    const result = adaptLegacy(garbage[19]);
    const w = result.records[0];
    assert.ok(w, 'the record is kept');
    assert.ok(w.name.length <= 200 && w.description.length <= 20_000 && w.aliases.length <= 300);
    assert.ok(issuesOf(result, 'too-long').length >= 2);
    assert.ok(issuesOf(result, 'too-many').length >= 1);
    assert.ok(JSON.stringify(result.issues).length < 10_000, 'issues keep short values only');
  });
});
