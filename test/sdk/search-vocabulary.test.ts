// The domain vocabulary: every word and phrase of every entry, in every language, names its
// own concept and finds a record that uses the concept's English words; and the pairs the
// registry's visitors rely on (reading and literacy, medical record and EMR, payments and
// mobile money, "santé" and health) hold.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { SearchIndex } from '../../packages/sdk/src/query/search.js';
import { lowerTokens, STOPWORDS } from '../../packages/sdk/src/search/analyze.js';
import { Vocabulary, type Concept } from '../../packages/sdk/src/search/vocabulary.js';
import { SDG_CONCEPTS } from '../../packages/sdk/src/search/vocabulary-sdgs.js';
import { TOPIC_CONCEPTS } from '../../packages/sdk/src/search/vocabulary-topics.js';
import { LANGUAGES } from '../../packages/sdk/src/search/vocabulary-types.js';
import { dpg } from '../helpers/records.js';

const vocabulary = new Vocabulary();
const ALL: readonly Concept[] = [...SDG_CONCEPTS, ...TOPIC_CONCEPTS];

/** A query's content words, as the search reads them. */
const words = (text: string) => lowerTokens(text).filter((word) => !STOPWORDS.has(word.normalize('NFKD').replace(/[\u0300-\u036f]/g, '')));
const named = (text: string) => vocabulary.match(words(text)).map((match) => match.concept.id);

/** Every phrase that brings a concept in, with its language. */
function triggers(concept: Concept): Array<[string, string]> {
  return LANGUAGES.flatMap((language) => (language === 'en' ? concept.terms : (concept[language] ?? [])).map((phrase): [string, string] => [language, phrase]));
}

describe('vocabulary data', () => {
  test('concept ids are unique and every concept has English terms', () => {
    const ids = ALL.map((concept) => concept.id);
    assert.equal(new Set(ids).size, ids.length);
    for (const concept of ALL) assert.ok(concept.terms.length > 0, concept.id);
  });

  test('the 17 SDGs are there, each once, with a title in all five languages', () => {
    assert.deepEqual(
      SDG_CONCEPTS.map((concept) => concept.sdg),
      Array.from({ length: 17 }, (_, i) => i + 1),
    );
    for (const concept of SDG_CONCEPTS) for (const language of ['fr', 'es', 'pt', 'ar'] as const) assert.ok(concept[language]?.length, `${concept.id} ${language}`);
  });
});

describe('every vocabulary entry', () => {
  for (const concept of ALL) {
    test(`${concept.id}: each of its words names it and finds a record that has only its first English term`, () => {
      const record = dpg({ id: 'target', name: 'Target', description: `A tool about ${concept.terms[0]}.` });
      const other = dpg({ id: 'other', name: 'Other', description: 'Nothing in common here.' });
      const index = new SearchIndex([other, record]);
      for (const [language, phrase] of triggers(concept)) {
        assert.ok(named(phrase).includes(concept.id), `${language} "${phrase}" names ${named(phrase).join(', ') || 'nothing'}, not ${concept.id}`);
        assert.equal(index.search(phrase)[0], 1, `${language} "${phrase}" finds the record about "${concept.terms[0]}" first`);
      }
    });
  }
});

describe('the pairs visitors rely on', () => {
  const records = [
    dpg({ id: 'storybooks', name: 'Storybook Library', description: 'Picture storybooks for children’s literacy.' }),
    dpg({ id: 'emr', name: 'Clinic EMR', description: 'An EMR for clinics.' }),
    dpg({ id: 'patient-records', name: 'Chart Keeper', description: 'Keeps every patient record of a hospital.' }),
    dpg({ id: 'wallet', name: 'Wallet Switch', description: 'Mobile money for the unbanked.' }),
    dpg({ id: 'clinics', name: 'Clinic Finder', description: 'Maps health facilities.' }),
    dpg({ id: 'farm', name: 'Farm Book', description: 'Record keeping for farmers.' }),
  ];
  const index = new SearchIndex(records);
  const ids = (text: string) => index.search(text).map((i) => records[i]!.id);

  test('reading ↔ literacy ↔ storybooks', () => {
    assert.equal(ids('reading')[0], 'storybooks');
    assert.equal(ids('lecture')[0], 'storybooks');
    assert.equal(ids('early grade reading')[0], 'storybooks');
  });

  test('medical record ↔ EMR ↔ patient record', () => {
    assert.deepEqual(new Set(ids('electronic medical record').slice(0, 2)), new Set(['emr', 'patient-records']));
    assert.deepEqual(new Set(ids('EMR').slice(0, 2)), new Set(['emr', 'patient-records']));
    assert.deepEqual(new Set(ids('dossier médical').slice(0, 2)), new Set(['emr', 'patient-records']));
  });

  test('payments ↔ mobile money', () => {
    assert.equal(ids('payments')[0], 'wallet');
    assert.equal(ids('paiements mobiles')[0], 'wallet');
  });

  test('"santé", "salud", "saúde" and "الصحة" find health, and nothing else', () => {
    for (const word of ['santé', 'sante', 'salud', 'saúde', 'الصحة']) {
      const found = ids(word);
      assert.ok(found.includes('clinics') && found.includes('patient-records'), `${word}: ${found.join(', ')}`);
      for (const unrelated of ['storybooks', 'wallet', 'farm']) assert.ok(!found.includes(unrelated), `${word} finds ${unrelated}`);
    }
  });
});
