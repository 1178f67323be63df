// Question and filler words: left out of a query unless a known phrase holds them or the query
// is nothing else, in every interface language.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { FILLERS, isFiller } from '../../packages/sdk/src/search/fillers.js';
import { planQuery } from '../../packages/sdk/src/search/plan.js';
import { Vocabulary } from '../../packages/sdk/src/search/vocabulary.js';
import { SearchIndex } from '../../packages/sdk/src/query/search.js';
import { foldText } from '../../packages/sdk/src/normalize/fold.js';
import { dpg } from '../helpers/records.js';

const vocabulary = new Vocabulary();
const typed = (text: string) => planQuery(text, vocabulary).map((slot) => slot.typed);

describe('fillers', () => {
  test('are stored folded, so a visitor typing accents or not meets them', () => {
    for (const word of FILLERS) assert.equal(word, foldText(word), word);
    assert.ok(FILLERS.has('ministere'));
  });

  test('question words and what every DPG is are left out of a query', () => {
    assert.deepEqual(typed('how can a ministry collect surveys'), ['collect', 'survei']);
    assert.deepEqual(typed('free solution for fisheries'), ['fisheri']);
    assert.deepEqual(typed('comment trouver un outil de cartographie'), ['cartographi']);
    assert.deepEqual(typed('herramienta de código abierto para lectura'), ['lectura']);
    // English says what kind of software is wanted as the other languages do ("outil", "aplicativo").
    assert.deepEqual(typed('app to track patients'), ['track', 'patient']);
    assert.deepEqual(typed('software tool for fisheries'), ['fisheri']);
  });

  test('"open" is a filler only before "source"', () => {
    assert.deepEqual(typed('open source fisheries'), ['fisheri']);
    assert.deepEqual(typed('open data'), ['open', 'data']);
    assert.equal(isFiller(['source', 'code'], 0), false);
    assert.equal(isFiller(['open'], 0), false);
  });

  test('a filler inside a phrase the vocabulary knows is kept', () => {
    assert.deepEqual(typed('government to person'), ['govern', 'person']);
  });

  test('a query made only of fillers searches them', () => {
    assert.deepEqual(typed('how'), ['how']);
    assert.deepEqual(typed('solutions'), ['solution']);
  });

  test('a record that only shares the fillers no longer outranks one about the topic', () => {
    const records = [
      dpg({ id: 'ministry-portal', name: 'Ministry Solutions', description: 'How a ministry or government finds a solution.' }),
      dpg({ id: 'fish', name: 'Catch Log', description: 'Records fisheries landings.' }),
    ];
    const index = new SearchIndex(records);
    assert.deepEqual(index.search('how can a ministry find a solution for fisheries').map((i) => records[i]!.id), ['fish']);
  });
});
