// The registry's free-text "other deployment organisations", in the forms the real dumps hold.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { adaptAppApi } from '../../packages/sdk/src/adapters/app-api.js';
import { looksLikeName, readOtherDeploymentOrganizations } from '../../packages/sdk/src/adapters/deployment-others.js';
import { IssueLog } from '../../packages/sdk/src/issues.js';

const APP_BASE = { id: '12001', description: 'A good.', locations: { deploymentCountries: ['Kenya'] }, categories: ['software'], openlicenses: [{ openLicense: 'MIT' }], sdgs: { sdg: ['SDG3: Good Health'], relevance: 'x' }, stage: 'DPG' };

function read(value: unknown): { names: string[] | undefined; notNames: unknown[]; problems: string[] } {
  const log = new IssueLog('x');
  const names = readOtherDeploymentOrganizations(value, log, 'otherDeploymentOrganisations');
  return { names, notNames: log.issues.filter((issue) => issue.problem === 'not-a-name').map((issue) => issue.value), problems: log.issues.map((issue) => issue.problem) };
}

describe('other deployment organisations', () => {
  test('a list of names split on commas by the web app is read as names', () => {
    const { names, notNames } = read(['Medic Mobile', ' Riders for Health', ' Terre des Hommes.']);
    assert.deepEqual(names, ['Medic Mobile', 'Riders for Health', 'Terre des Hommes.']);
    assert.deepEqual(notNames, []);
  });

  test('names on lines, bullets and numbers, a country after a name kept with it', () => {
    const { names, notNames } = read(['- National Trust', ' India\r\n-  Nair Hospital\r\n1) Zero Hunger Lab', ' Tilburg University', ' The Netherlands\r\n• ENABEL BELGIUM; WHO']);
    assert.deepEqual(names, ['National Trust, India', 'Nair Hospital', 'Zero Hunger Lab', 'Tilburg University, The Netherlands', 'ENABEL BELGIUM', 'WHO']);
    assert.deepEqual(notNames, []);
  });

  test('commas inside parentheses do not split a name', () => {
    assert.deepEqual(read(['UNHCR (Kenya', ' Tanzania', ' South Sudan)', ' IMC', ' DRC']).names, ['UNHCR (Kenya, Tanzania, South Sudan)', 'IMC', 'DRC']);
  });

  test('placeholders, links alone and sentences become not-a-name issues, never names', () => {
    for (const answer of ['N/A', 'test', ['Apart from our customers', ' the solution is live in production. '], 'Universities in many countries', 'General public', '90+ NGOs across India are currently using the solution', 'https://www.orthanc-server.com/static.php?page=references', 'In 2025', 'Volume 10 - 2022 |']) {
      const { names, notNames } = read(answer);
      assert.equal(names, undefined, JSON.stringify(answer));
      assert.ok(notNames.length > 0, JSON.stringify(answer));
    }
  });

  test('a link after a name is reported and the name kept', () => {
    const { names, notNames } = read('People in Need (NGO) (https://www.peopleinneed.net/cambodia)\r\nHES-SO: https://www.hes-so.ch/\r\nMigraCode Barcelona https://curriculum.migracode.org/');
    assert.deepEqual(names, ['People in Need (NGO)', 'HES-SO', 'MigraCode Barcelona']);
    assert.deepEqual(notNames, ['https://www.peopleinneed.net/cambodia', 'https://www.hes-so.ch/', 'https://curriculum.migracode.org/']);
  });

  test('a label that is a place or a kind of organisation is taken off the name', () => {
    const { names, notNames } = read('Madagascar: Studio Sifaka\r\nInternational NGOs: Amnesty International\r\nUN agencies (WHO, UNESCO, etc.): For research');
    assert.deepEqual(names, ['Studio Sifaka', 'Amnesty International']);
    assert.deepEqual(notNames, ['For research']);
  });

  test('what reads as a name and what does not', () => {
    for (const name of ['myAgro', 'Partners in Health', 'Action Against Stunting Hub (research consortium led by LSHTM and UKRI)', 'Intellisoft Consulting Ltd.', 'Centre de coopération internationale en recherche agronomique pour le développement (CIRAD)']) {
      assert.ok(looksLikeName(name), name);
    }
    for (const text of ['economists', 'Many other NGO and companies', 'Clean energy enterprises to identify new market opportunities', 'India:', 'NCT03820739', 'Since 2020', 'x'.repeat(130)]) {
      assert.ok(!looksLikeName(text), text);
    }
  });

  test('a value of the wrong type is reported; nothing said is no issue', () => {
    assert.deepEqual(read({ a: 1 }).problems, ['wrong-type']);
    assert.deepEqual(read(['']), { names: undefined, notNames: [], problems: [] });
    assert.deepEqual(read(''), { names: undefined, notNames: [], problems: [] });
  });

  test('the app-API adapter adds them to the registry list of deployment organisations, each once', () => {
    const result = adaptAppApi([{ ...APP_BASE, name: 'Both', deploymentOrganisations: ['World Bank', ' UNICEF'], otherDeploymentOrganisations: ['Unicef', ' World Bank', ' Riders for Health', ' N/A'] }]);
    assert.equal(result.records.length, 1);
    assert.deepEqual(result.records[0]!.deploymentOrganizations, ['World Bank', 'UNICEF', 'Riders for Health']);
    assert.deepEqual(result.issues.map((issue) => [issue.field, issue.problem, issue.value]), [['otherDeploymentOrganisations', 'not-a-name', 'N/A']]);
    const others = adaptAppApi([{ ...APP_BASE, name: 'Others only', otherDeploymentOrganisations: 'COMESA' }]);
    assert.deepEqual(others.records[0]!.deploymentOrganizations, ['COMESA']);
  });
});
