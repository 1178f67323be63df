// The shortcuts the normalisers take for the common case must give what the general path gives.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readCountries, readLabels, readUrl, sortShort } from '../../packages/sdk/src/adapters/read.js';
import { IssueLog } from '../../packages/sdk/src/issues.js';
import { memoize } from '../../packages/sdk/src/normalize/memo.js';
import { slugify } from '../../packages/sdk/src/normalize/slug.js';
import { cleanName, cleanText, decodeEntities, splitList } from '../../packages/sdk/src/normalize/text.js';
import { findLinks, parseHttpUrl } from '../../packages/sdk/src/normalize/url.js';

describe('entity decoding without a regex', () => {
  test('takes exactly what the reference grammar takes', () => {
    assert.equal(decodeEntities('&#x10FFFF;&#x110000;'), '\u{10ffff}\ufffd');
    assert.equal(decodeEntities('&#x000000041;'), '&#x000000041;', 'nine hex digits are no reference');
    assert.equal(decodeEntities('&#00000065;&#000000065;'), 'A&#000000065;', 'eight digits are, nine are not');
    assert.equal(decodeEntities('&#x;&#;&amp'), '&#x;&#;&amp', 'no digits, or no semicolon');
    assert.equal(decodeEntities('&&amp;&#65&#66;'), '&&&#65B');
    assert.equal(decodeEntities(`&a${'b'.repeat(31)};&amp;`), `&a${'b'.repeat(31)};&`, 'an unknown name stays');
    assert.equal(decodeEntities(`&a${'b'.repeat(32)};`), `&a${'b'.repeat(32)};`);
    assert.equal(decodeEntities('x&lt;&lt;y&gt;'), 'x<<y>');
  });
});

describe('plain ASCII shortcuts', () => {
  test('cleaning plain text returns the text, trimmed', () => {
    assert.equal(cleanText('  Open platform for health data  '), 'Open platform for health data');
    assert.equal(cleanName('Kolibri'), 'Kolibri');
    assert.deepEqual(splitList(' Kenya,Uganda ; Tanzania '), ['Kenya', 'Uganda', 'Tanzania']);
    assert.deepEqual(splitList('Kenya,\u00a0Uganda'), ['Kenya', 'Uganda'], 'not plain: the general path');
  });

  test('slugs of ASCII names match slugs through decomposition', () => {
    assert.equal(slugify('Aam Digital'), 'aam-digital');
    assert.equal(slugify('Compar:IA'), 'comparia');
    assert.equal(slugify('Wikirate.org'), 'wikirateorg');
    assert.equal(slugify(' --a\tb__c-- '), 'a-b-c');
    assert.equal(slugify('SantéMPI'), 'santempi');
    assert.equal(slugify('Ünïcödé Nämé'), 'unicode-name');
  });
});

describe('URL checks on the serialised URL', () => {
  test('refuses credentials in any form, and hosts without a dot', () => {
    for (const url of ['https://user@example.org', 'https://user:pw@example.org/', 'https://:pw@example.org', 'http://a%40b@example.org']) {
      assert.deepEqual(parseHttpUrl(url), { ok: false, problem: 'unsafe-url' }, url);
    }
    for (const url of ['https://localhost/', 'https://[::1]/', 'https://[::ffff:1.2.3.4]:8080/', 'https://example.org.:8080/', 'https://.example.org/']) {
      assert.deepEqual(parseHttpUrl(url), { ok: false, problem: 'invalid-url' }, url);
    }
  });

  test('keeps ports, paths with @ and canonical forms', () => {
    assert.deepEqual(parseHttpUrl('https://example.org:8080/a@b?c=@#@'), { ok: true, url: 'https://example.org:8080/a@b?c=@#@' });
    assert.deepEqual(parseHttpUrl('HTTPS://Example.ORG'), { ok: true, url: 'https://example.org/' });
    assert.deepEqual(parseHttpUrl('http://1.2.3.4/x'), { ok: true, url: 'http://1.2.3.4/x' });
  });

  test('a lone URL and a URL among words give the same link', () => {
    const lone = findLinks('https://example.org/a).');
    assert.deepEqual(lone, { links: [{ url: 'https://example.org/a' }], rejected: [], prose: false });
    assert.deepEqual(findLinks('https://a.org,https://b.org').links.map((l) => l.url), ['https://a.org/', 'https://b.org/']);
    assert.deepEqual(findLinks('https://user@evil.example'), { links: [], rejected: [{ problem: 'unsafe-url', value: 'https://user@evil.example' }], prose: false });
  });

  test('readUrl reports every rejected URL of a string, gives the first link and reports the others', () => {
    const log = new IssueLog('x');
    assert.equal(readUrl('javascript:alert(1)', log, 'website'), undefined);
    assert.equal(readUrl('Docs: https://a.org and https://user@b.org and https://c.org', log, 'website'), 'https://a.org/');
    assert.deepEqual(log.issues.map((i) => [i.problem, i.value]), [['unsafe-url', 'javascript:alert(1)'], ['unsafe-url', 'https://user@b.org'], ['extra-url', 'https://c.org/']]);
  });
});

describe('list readers', () => {
  test('labels drop repeats in another case, keeping the first', () => {
    const log = new IssueLog('x');
    assert.deepEqual(readLabels('Health, health, HEALTH, Education', log, 'sectors', true), ['Health', 'Education']);
    assert.deepEqual(readLabels(['a', 42, 'A', 'b'], log, 'aliases'), ['a', 'b']);
    assert.deepEqual(log.issues.map((i) => i.field), ['aliases[1]']);
  });

  test('countries come sorted and distinct', () => {
    const log = new IssueLog('x');
    assert.deepEqual(readCountries(['Uganda', 'Kenya', 'KE', 'Kenya, Uganda', 'Rwanda'], log, 'c'), ['KE', 'RW', 'UG']);
    assert.deepEqual(readCountries([], log, 'c'), []);
  });

  test('sortShort sorts like Array.prototype.sort, stably', () => {
    let seed = 5;
    const next = () => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) % 20);
    for (let n = 0; n < 40; n++) {
      const items = Array.from({ length: n }, (_, i) => ({ key: next(), i }));
      assert.deepEqual(sortShort([...items], (a, b) => a.key < b.key), [...items].sort((a, b) => a.key - b.key));
    }
  });
});

describe('memoize', () => {
  test('reads each short string once, long ones every time, and stays bounded', () => {
    const calls: string[] = [];
    const read = memoize((text: string) => (calls.push(text), text.length));
    assert.equal(read('abc'), 3);
    assert.equal(read('abc'), 3);
    const long = 'x'.repeat(201);
    read(long);
    read(long);
    assert.deepEqual(calls, ['abc', long, long]);
    for (let i = 0; i < 4096; i++) read(`k${i}`);
    calls.length = 0;
    read('abc');
    assert.deepEqual(calls, ['abc'], 'a full memo starts over');
  });
});
