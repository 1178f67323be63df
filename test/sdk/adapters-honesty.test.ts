// What the adapters keep and what they report, on small inline records: nothing read is dropped unsaid.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { adaptAppApi } from '../../packages/sdk/src/adapters/app-api.js';
import { adaptLegacy } from '../../packages/sdk/src/adapters/legacy.js';
import { adaptNormalized, createNormalizedDocument } from '../../packages/sdk/src/adapters/normalized.js';
import type { AdapterResult } from '../../packages/sdk/src/adapters/result.js';
import type { Issue, IssueProblem } from '../../packages/sdk/src/issues.js';
import type { DigitalPublicGood } from '../../packages/sdk/src/model.js';

const APP_BASE = { id: '12001', description: 'A good.', locations: { deploymentCountries: ['Kenya'] }, categories: ['software'], openlicenses: [{ openLicense: 'MIT' }], sdgs: { sdg: ['SDG3: Good Health'], relevance: 'x' }, stage: 'DPG' };
const LEGACY_BASE = { _file: 'nominees/one.json', description: 'A good.', type: ['software'], SDGs: [{ SDGNumber: 3 }], stage: 'DPG', license: [{ spdx: 'MIT' }] };

function only(result: AdapterResult): DigitalPublicGood {
  assert.equal(result.records.length, 1, JSON.stringify(result.issues));
  return result.records[0]!;
}

function issues(result: AdapterResult, problem: IssueProblem, field?: string): Issue[] {
  return result.issues.filter((issue) => issue.problem === problem && (field === undefined || issue.field.startsWith(field)));
}

describe('fields holding several URLs', () => {
  test('a website keeps its first URL and reports each further one', () => {
    const result = adaptAppApi([{ ...APP_BASE, name: 'Two Sites', website: 'https://a.example.org/, https://b.example.org/ , https://c.example.org/' }]);
    assert.equal(only(result).website, 'https://a.example.org/');
    assert.deepEqual(issues(result, 'extra-url', 'website').map((issue) => issue.value), ['https://b.example.org/', 'https://c.example.org/']);
  });

  test('an organisation website does the same', () => {
    const result = adaptAppApi([{ ...APP_BASE, name: 'Org', organizations: [{ name: 'O', website: 'https://o.example.org, https://docs.o.example.org', org_type: 'owner' }] }]);
    assert.deepEqual(only(result).organizations, [{ name: 'O', website: 'https://o.example.org/', role: 'owner' }]);
    assert.deepEqual(issues(result, 'extra-url', 'organizations[0].website').map((issue) => issue.value), ['https://docs.o.example.org/']);
  });

  test('comma-joined repositories become one repository each, named by their labels', () => {
    const joined = adaptAppApi([{ ...APP_BASE, name: 'Repos', repositories: [{ name: 'main', url: 'https://github.com/a/one,https://github.com/a/two, https://github.com/a/three' }] }]);
    assert.deepEqual(only(joined).repositories, [
      { url: 'https://github.com/a/one', name: 'main' },
      { url: 'https://github.com/a/two', name: 'main' },
      { url: 'https://github.com/a/three', name: 'main' },
    ]);
    assert.deepEqual(issues(joined, 'extra-url'), []);
    const labelled = adaptAppApi([{ ...APP_BASE, name: 'Labelled', repositories: [{ url: 'https://github.com/s/api - Backend https://github.com/s/web - Frontend' }] }]);
    assert.deepEqual(only(labelled).repositories.map((repo) => repo.url), ['https://github.com/s/api', 'https://github.com/s/web']);
    const prefixed = adaptAppApi([{ ...APP_BASE, name: 'Prefixed', repositories: [{ name: 'all', url: 'UI Service - https://github.com/s/ui\nCMS - https://github.com/s/cms' }] }]);
    assert.deepEqual(only(prefixed).repositories, [{ url: 'https://github.com/s/ui', name: 'UI Service' }, { url: 'https://github.com/s/cms', name: 'CMS' }]);
  });

  test('a licence with several evidence links keeps every one, and the licence indicator shows them', () => {
    const evidence = 'https://github.com/a/one/blob/main/LICENSE,\r\nhttps://github.com/a/two/blob/main/LICENSE';
    const result = adaptAppApi([{ ...APP_BASE, name: 'Licences', openlicenses: [{ openLicense: 'AGPL-3.0', openLicenseEvidenceURLs: evidence }] }]);
    const [license] = only(result).licenses;
    assert.equal(license?.url, 'https://github.com/a/one/blob/main/LICENSE');
    assert.deepEqual(license?.links?.map((link) => link.url), ['https://github.com/a/one/blob/main/LICENSE', 'https://github.com/a/two/blob/main/LICENSE']);
    assert.deepEqual(only(result).indicators?.license?.links.map((link) => link.url), license?.links?.map((link) => link.url));
    const single = adaptAppApi([{ ...APP_BASE, name: 'One', openlicenses: [{ openLicense: 'MIT', openLicenseEvidenceURLs: 'https://github.com/a/one/blob/main/LICENSE' }] }]);
    assert.equal(only(single).licenses[0]?.links, undefined);
  });

  test('a URL alone keeps a closing question mark; prose still loses it', () => {
    const faq = 'https://wiki.example.org/Licence_FAQ#What_license_applies_to_the_data?';
    const result = adaptAppApi([{ ...APP_BASE, name: 'FAQ', openlicenses: [{ openLicense: 'ODbL-1.0', openLicenseEvidenceURLs: faq }] }]);
    assert.equal(only(result).licenses[0]?.url, faq);
    const prose = adaptAppApi([{ ...APP_BASE, name: 'Prose', website: 'Have you seen https://prose.example.org/page?' }]);
    assert.equal(only(prose).website, 'https://prose.example.org/page');
  });
});

describe('lengths, licences and placeholders', () => {
  test('the legacy adapter reports a name cut to 200 characters, as the app-API adapter does', () => {
    const long = 'N'.repeat(250);
    const legacy = adaptLegacy([{ ...LEGACY_BASE, name: long }]);
    assert.equal(only(legacy).name.length <= 200, true);
    assert.equal(issues(legacy, 'too-long', 'name').length, 1);
    assert.equal(issues(legacy, 'too-long', 'name')[0]?.recordId, 'one');
    const app = adaptAppApi([{ ...APP_BASE, name: long }]);
    assert.equal(issues(app, 'too-long', 'name').length, 1);
  });

  test('one over-long description gives one too-long issue that states its real length', () => {
    const result = adaptAppApi([{ ...APP_BASE, name: 'Long', description: 'word '.repeat(10_000) }]);
    const tooLong = issues(result, 'too-long', 'description');
    assert.equal(tooLong.length, 1);
    assert.match(String(tooLong[0]?.value), /\(50000 characters\)$/);
    assert.ok(only(result).description.length <= 20_000);
    const moderate = adaptAppApi([{ ...APP_BASE, name: 'Moderate', description: 'word '.repeat(5_000) }]);
    assert.equal(issues(moderate, 'too-long', 'description').length, 1);
  });

  test('a legacy licence written as a plain string is read, alone or in its array', () => {
    for (const license of ['MIT', ['MIT'], [{ spdx: 'MIT' }]]) {
      const result = adaptLegacy([{ ...LEGACY_BASE, name: 'Plain', license }]);
      assert.deepEqual(only(result).licenses, [{ spdx: 'MIT', name: 'MIT', kind: 'open' }], JSON.stringify(license));
      assert.deepEqual(result.issues.filter((issue) => issue.field.startsWith('license')), []);
    }
    const unknown = adaptLegacy([{ ...LEGACY_BASE, name: 'Odd', license: 'Homemade' }]);
    assert.deepEqual(issues(unknown, 'unknown-license').map((issue) => issue.field), ['license']);
  });

  test('placeholder aliases ("None", "Not applicable") are no aliases; real ones stay', () => {
    for (const aliases of [['None'], 'None', ['not applicable', 'nil'], ['N/A']]) {
      const result = adaptAppApi([{ ...APP_BASE, name: 'Placeholder', aliases }]);
      assert.deepEqual(only(result).aliases, [], JSON.stringify(aliases));
    }
    const real = adaptAppApi([{ ...APP_BASE, name: 'Real', aliases: 'None, Nonesuch, NA' }]);
    assert.deepEqual(only(real).aliases, ['Nonesuch', 'NA']);
  });
});

describe('deployment organisations, awards and the registry DPG id', () => {
  const raw = {
    ...APP_BASE,
    name: 'Deployed',
    dpgid: 'GID0090129',
    deploymentOrganisations: [
      'Food and Agriculture Organization', ' Gavi The Vaccine Alliance', 'United Nations International Children',
      'United Nations Educational', ' Scientific and Cultural Organization (UNESCO)', ' World Bank', '',
    ],
    awardsReceived: ['Prize for good work in 2022', ' and a mention in 2023'],
  };

  test('names split by the registry are read whole, once each', () => {
    const result = adaptAppApi([raw]);
    const dpg = only(result);
    assert.deepEqual(dpg.deploymentOrganizations, [
      'Food and Agriculture Organization',
      'Gavi, the Vaccine Alliance',
      "United Nations International Children's Emergency Fund",
      'United Nations Educational, Scientific and Cultural Organization (UNESCO)',
      'World Bank',
    ]);
    assert.equal(dpg.dpgId, 'GID0090129');
    assert.equal(dpg.awards, 'Prize for good work in 2022, and a mention in 2023');
    assert.deepEqual(result.issues, []);
  });

  test('the second half of a split name alone, a comma-joined string and a heading of the list', () => {
    const alone = adaptAppApi([{ ...APP_BASE, name: 'Half', deploymentOrganisations: [' Scientific and Cultural Organization (UNESCO)'] }]);
    assert.deepEqual(only(alone).deploymentOrganizations, ['United Nations Educational, Scientific and Cultural Organization (UNESCO)']);
    const joined = adaptAppApi([{ ...APP_BASE, name: 'Joined', deploymentOrganisations: 'World Food Programme, United Nations International Children' }]);
    assert.deepEqual(only(joined).deploymentOrganizations, ['World Food Programme', "United Nations International Children's Emergency Fund"]);
    const heading = adaptAppApi([{ ...APP_BASE, name: 'Heading', deploymentOrganisations: ['The UN maintains various offices:'] }]);
    assert.equal(only(heading).deploymentOrganizations, undefined);
    assert.deepEqual(issues(heading, 'empty', 'deploymentOrganisations').map((issue) => issue.value), ['The UN maintains various offices:']);
    for (const answer of ['No', 'Not yet', ['NA'], 'no.']) {
      assert.equal(only(adaptAppApi([{ ...APP_BASE, name: 'No award', awardsReceived: answer }])).awards, undefined, JSON.stringify(answer));
    }
    const none = adaptAppApi([{ ...APP_BASE, name: 'Nothing said', deploymentOrganisations: '', awardsReceived: '', dpgid: null }]);
    assert.deepEqual([only(none).deploymentOrganizations, only(none).awards, only(none).dpgId], [undefined, undefined, undefined]);
    const bad = adaptAppApi([{ ...APP_BASE, name: 'Bad id', dpgid: 'javascript:1' }]);
    assert.equal(only(bad).dpgId, undefined);
    assert.equal(issues(bad, 'wrong-type', 'dpgid').length, 1);
  });

  test("dpg-kit's own JSON carries them and the licence links through a round trip", () => {
    const read = adaptAppApi([{ ...raw, openlicenses: [{ openLicense: 'MIT', openLicenseEvidenceURLs: 'Code - https://a.example.org/L1\nDocs - https://a.example.org/L2' }] }]);
    const document = JSON.parse(JSON.stringify(createNormalizedDocument(read.records, 'test', '2026-07-13'))) as unknown;
    const back = adaptNormalized(document);
    assert.deepEqual(back.records, read.records);
    assert.deepEqual(back.issues, []);
    const hostile = adaptNormalized({ ...createNormalizedDocument([{ ...read.records[0]!, dpgId: '<b>' }], 't', '2026-07-13') });
    assert.equal(hostile.records[0]?.dpgId, undefined);
    assert.equal(issues(hostile, 'wrong-type', 'dpgId').length, 1);
  });
});
