// How search orders what it finds: exact names first, then records matching more of the
// query's words, and records found only by forgiving a typo last; stems, joined words and
// names written in one word; and the README's example on the embedded snapshot.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createClient } from '../../packages/sdk/src/client.js';
import { leadOf, SearchIndex } from '../../packages/sdk/src/query/search.js';
import type { DigitalPublicGood } from '../../packages/sdk/src/model.js';
import { dpg } from '../helpers/records.js';

function searcher(records: DigitalPublicGood[]) {
  const index = new SearchIndex(records);
  return (text: string) => index.search(text).map((i) => records[i]!.id);
}

describe('exact before typo', () => {
  const ids = searcher([
    dpg({ id: 'trade-trust', name: 'Trade Trust', description: 'Digitises trade documents.' }),
    dpg({ id: 'storybooks', name: 'Storybook Library', description: 'Storybooks for children’s literacy in the early years.' }),
    // A bakery, not a clinic: the vocabulary reads "clinic" as health, and these words must be unrelated.
    dpg({ id: 'bakery', name: 'Bakery Tool', description: 'For a bakery.' }),
    dpg({ id: 'health', name: 'Health Stack', description: 'For health workers.' }),
  ]);

  test('a typo match never outranks a record that matches a word as written', () => {
    // "trady" is in no record: it is read as "trade", but Trade Trust comes after the record
    // that matches "storybooks" as written.
    assert.deepEqual(ids('storybooks trady'), ['storybooks', 'trade-trust']);
    // "grade" in "early grade reading" is part of a phrase the vocabulary knows: not a typo.
    assert.deepEqual(ids('early grade reading'), ['storybooks']);
    // "helth" finds nothing as written: "health" is forgiven, after the exact "bakery".
    assert.deepEqual(ids('bakery helth'), ['bakery', 'health']);
  });

  test('a word found as written is not read as a typo at all', () => {
    assert.deepEqual(ids('trust'), ['trade-trust']);
    assert.deepEqual(ids('bakery'), ['bakery']);
  });

  test('typos are forgiven only in words of five letters or more', () => {
    assert.equal(ids('helth')[0], 'health', 'then what the vocabulary reads "health" as');
    assert.deepEqual(ids('bakry'), ['bakery']);
    assert.deepEqual(ids('helt'), []);
  });
});

describe('exact names and acronyms first', () => {
  const ids = searcher([
    dpg({ id: 'open-contracting', name: 'Open Contracting Portal', description: 'Open data, open standards, open procurement, open everything.' }),
    dpg({ id: 'bahmni', name: 'Bahmni', description: 'Electronic medical record built on top of OpenMRS.' }),
    dpg({ id: 'openmrs', name: 'OpenMRS', description: 'Medical record system.' }),
    dpg({ id: 'dhis2', name: 'DHIS2', aliases: ['District Health Information System 2'], description: 'Health data.' }),
    dpg({ id: 'storyweaver', name: 'StoryWeaver', description: 'Storybooks.' }),
    dpg({ id: 'openg2p', name: 'OpenG2P', description: 'Social benefits delivery.' }),
    dpg({ id: 'xroad', name: 'X-Road®', description: 'Data exchange.' }),
  ]);

  test('a name typed with other spacing or punctuation comes first', () => {
    assert.equal(ids('open mrs')[0], 'openmrs');
    assert.equal(ids('Open-MRS')[0], 'openmrs');
    assert.equal(ids('story weaver')[0], 'storyweaver');
    assert.equal(ids('xroad')[0], 'xroad');
  });

  test('words typed apart find a record that writes them together', () => {
    assert.deepEqual(ids('open mrs').slice(0, 2), ['openmrs', 'bahmni']);
  });

  test('an acronym is completed by prefix, and a part of a name written in one word is found', () => {
    assert.equal(ids('dhis')[0], 'dhis2');
    assert.equal(ids('g2p')[0], 'openg2p');
    assert.equal(ids('weaver')[0], 'storyweaver');
  });
});

describe('many-word queries', () => {
  const ids = searcher([
    dpg({ id: 'invoices', name: 'Invoice Hub', description: 'Electronic invoices for small firms.' }),
    dpg({ id: 'bahmni', name: 'Bahmni', description: 'Electronic medical record for hospitals.' }),
    dpg({ id: 'openmrs', name: 'OpenMRS', description: 'A medical record system.' }),
    dpg({ id: 'openeyes', name: 'OpenEyes', description: 'Electronic patient record for eye care.' }),
    dpg({ id: 'census', name: 'Census Kit', description: 'Population counts.' }),
  ]);

  test('records matching more of the words rank higher, and none is required', () => {
    const found = ids('electronic medical record');
    assert.equal(found[0], 'bahmni', 'all three words');
    assert.deepEqual(new Set(found.slice(1, 3)), new Set(['openmrs', 'openeyes']), 'two words, or the phrase through the vocabulary');
    assert.equal(found[3], 'invoices', 'one word only');
    assert.ok(!found.includes('census'));
  });

  test('words that carry no topic are left out, unless they are all there is', () => {
    assert.deepEqual(ids('a tool for the medical record'), ids('medical record'));
    assert.deepEqual(new Set(ids('for')), new Set(['invoices', 'bahmni', 'openeyes']));
  });
});

describe('words and stems', () => {
  const ids = searcher([
    dpg({ id: 'records', name: 'Ledger', description: 'Keeps recordings of every transfer.' }),
    dpg({ id: 'education', name: 'School Box', description: 'Educational content.', sdgs: [{ goal: 4 }] }),
    dpg({ id: 'wide', name: 'Everything Hub', description: 'Health, water, energy and educational content.', sdgs: ([1, 3, 4, 6, 7, 9] as const).map((goal) => ({ goal })) }),
  ]);

  test('stems meet: "recording" finds "recordings", "education" finds "educational"', () => {
    assert.deepEqual(ids('recording'), ['records']);
    assert.deepEqual(ids('education').slice(0, 2).sort(), ['education', 'wide']);
  });

  test('the last word is completed through the words records use, not their stems', () => {
    assert.ok(ids('educat').includes('education'));
    assert.deepEqual(ids('ledg'), ['records']);
  });

  test('a record tagged with the goal the query names, and few others, ranks first', () => {
    assert.equal(ids('quality education')[0], 'education');
  });
});

describe('sectors', () => {
  const ids = searcher([
    dpg({ id: 'tagged', name: 'Tagged', description: 'A platform.', sectors: ['Health', 'Public Health'] }),
    dpg({ id: 'written', name: 'Written', description: 'Health workers use it.' }),
    dpg({ id: 'neither', name: 'Neither', description: 'A platform.', sectors: ['Finance'] }),
  ]);

  test('a record tagged with a sector is found by its word, as typed or through the vocabulary', () => {
    assert.deepEqual(new Set(ids('health')), new Set(['tagged', 'written']));
    assert.ok(ids('santé').includes('tagged'));
    assert.deepEqual(ids('finance'), ['neither']);
  });
});

describe('the README example on the embedded snapshot', () => {
  test('sdg 4, Rwanda, "reading" finds African Storybook', async () => {
    const { items, total } = await createClient().dpgs.list({ sdg: 4, country: 'RW', q: 'reading' });
    assert.equal(total, 1);
    assert.equal(items[0]!.id, 'african-storybook');
  });
});

describe('words found in many records', () => {
  const ids = searcher([
    dpg({ id: 'open-named', name: 'Open Editor', description: 'Edits spreadsheets.' }),
    dpg({ id: 'about-open', name: 'Ledger', description: 'An open ledger of open records, open to all and open by design.' }),
    dpg({ id: 'ledger-mention', name: 'Archive', description: 'Stores a ledger among other documents kept for years.' }),
  ]);

  test('a common word counts no more in a name than elsewhere', () => {
    assert.deepEqual(ids('open'), ['about-open', 'open-named']);
  });

  test('a rarer word still counts most in a name', () => {
    assert.deepEqual(ids('ledger'), ['about-open', 'ledger-mention']);
    assert.deepEqual(ids('editor'), ['open-named']);
  });
});

describe('what a record says it is, where it is deployed, and with whom', () => {
  test('the first sentence of a description is its lead; without an early full stop, its first 300 characters', () => {
    assert.equal(leadOf('A digital health platform. It also keeps stock, e.g. of vaccines.'), 'A digital health platform');
    assert.equal(leadOf('No full stop at all'), 'No full stop at all');
    const long = `${'word '.repeat(100)}end.`;
    assert.ok(leadOf(long).length <= 300 && long.startsWith(leadOf(long)));
  });

  test('a record whose first sentence holds the word ranks above one that mentions it later', () => {
    const ids = searcher([
      dpg({ id: 'later', name: 'Stock Keeper', description: 'Keeps stock of medicines in district stores. Reports go to the fisheries office too.' }),
      dpg({ id: 'lead', name: 'Catch Log', description: 'A fisheries catch log for coastal cooperatives. It keeps stock of boats.' }),
    ]);
    assert.deepEqual(ids('fisheries'), ['lead', 'later']);
  });

  test('deployment organisations are searched, below the organisations that make a DPG', () => {
    const ids = searcher([
      dpg({ id: 'deployed', name: 'Field Forms', description: 'Collects forms.', deploymentOrganizations: ['UNICEF', 'World Bank'] }),
      dpg({ id: 'made', name: 'Child Helpline', description: 'Answers calls.', organizations: [{ name: 'UNICEF', role: 'owner' }] }),
      dpg({ id: 'neither', name: 'Other', description: 'Nothing to do with it.' }),
    ]);
    assert.deepEqual(ids('unicef'), ['made', 'deployed']);
  });

  test('a broad query ranks the more widely deployed of two alike records higher; a narrow one does not', () => {
    const countries = (n: number) => ({ deployment: Array.from({ length: n }, (_, i) => `C${i}` as never), development: [] });
    const alike = 'A platform for farmers to plan the season.';
    const records = [
      dpg({ id: 'few', name: 'Farm Planner', description: alike, countries: countries(1) }),
      dpg({ id: 'many', name: 'Farm Planner', description: alike, countries: countries(80) }),
      // Records that do not match "farmers", so that it is a broad query in a small registry
      // (2 of 8 records: more than a fifth).
      ...Array.from({ length: 6 }, (_, i) => dpg({ id: `other-${i}`, name: `Other ${i}`, description: 'Unrelated.' })),
    ];
    assert.deepEqual(searcher(records)('farmers'), ['many', 'few']);
    // Among 28 records, two hits are no broad query: the order is the records' own.
    const narrow = [...records, ...Array.from({ length: 20 }, (_, i) => dpg({ id: `more-${i}`, name: `More ${i}`, description: 'Unrelated.' }))];
    assert.deepEqual(searcher(narrow)('farmers'), ['few', 'many']);
  });
});

describe('words the vocabulary adds count no more than the word typed', () => {
  // "health" is in most of these records, so as written it weighs little;
  // "patient" is rare. A word the vocabulary reads as health stands in for it, at its weight.
  const records = [
    dpg({ id: 'narrow', name: 'Ward Sheet', description: 'Patient charts.' }),
    dpg({ id: 'platform', name: 'Care Sheet', description: 'Health charts.' }),
    ...Array.from({ length: 8 }, (_, i) => dpg({ id: `health-${i}`, name: `Other ${i}`, description: `Health reports and health news, part ${i}.` })),
  ];
  const ids = searcher(records);

  test('a record that says the word typed outranks one that says rarer words standing in for it', () => {
    const found = ids('health charts');
    assert.deepEqual(found.slice(0, 2), ['platform', 'narrow']);
  });

  test('for a word no record uses ("salud"), the concept\'s own word sets the weight', () => {
    const found = ids('salud charts');
    assert.deepEqual(found.slice(0, 2), ['platform', 'narrow']);
  });
});
