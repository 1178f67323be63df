// Searches kept between queries: bounded, least recently used first out, and never a different
// answer from a fresh index, whatever was searched before.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { SearchMemo } from '../../packages/sdk/src/search/memo.js';
import { SearchIndex } from '../../packages/sdk/src/query/search.js';
import { dpg } from '../helpers/records.js';

describe('search memo', () => {
  test('searches once per key and keeps at most 512 searches, dropping the least recently used', () => {
    const memo = new SearchMemo();
    let searches = 0;
    const search = () => ({ ids: [searches++], scores: [1] });
    const first = memo.get('a', search);
    assert.equal(memo.get('a', search), first);
    assert.equal(searches, 1);
    for (let i = 0; i < 511; i++) memo.get(`k${i}`, search);
    memo.get('a', search); // used again: now the most recent
    memo.get('overflow', search);
    assert.equal(memo.size, 512);
    assert.equal(memo.get('a', search), first, 'the recently used entry stays');
    const before = searches;
    memo.get('k0', search);
    assert.equal(searches, before + 1, 'the least recently used entry was dropped');
    memo.clear();
    assert.equal(memo.size, 0);
  });

  const records = [
    dpg({ id: 'clinic', name: 'Clinic Desk', description: 'Patient records for health clinics.' }),
    dpg({ id: 'school', name: 'Class Room', description: 'Lessons and learning for schools.' }),
    dpg({ id: 'farm', name: 'Field Book', description: 'Records of crops for farmers.' }),
  ];
  const queries = ['health', 'santé', 'health rec', 'health reco', 'health records', 'educaton', 'education farming', 'records'];

  test('a query answers the same after others as on a fresh index', () => {
    const warm = new SearchIndex(records);
    for (const q of queries) warm.search(q);
    for (const q of queries) assert.deepEqual(warm.search(q), new SearchIndex(records).search(q), q);
  });
});
