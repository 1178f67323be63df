import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { alpha2ToNumeric, countryInfo, countryName, isCountryCode } from '../../packages/sdk/src/normalize/country-codes.js';
import { toAlpha2 } from '../../packages/sdk/src/normalize/country-names.js';
import { licenseKind, parseLicense } from '../../packages/sdk/src/normalize/licenses.js';
import { parseSdg, SDG_LIST, sdgInfo } from '../../packages/sdk/src/normalize/sdgs.js';
import { isSlug, registryPageUrl, slugFromFile, slugify } from '../../packages/sdk/src/normalize/slug.js';
import { parseStage } from '../../packages/sdk/src/normalize/stage.js';
import { cleanName, cleanText, decodeEntities, isPlaceholder, redactEmails, splitList, toWellFormed, truncate } from '../../packages/sdk/src/normalize/text.js';
import { parseDpgType } from '../../packages/sdk/src/normalize/types.js';
import { findLinks, parseHttpUrl, parseLinks, safeHttpUrl } from '../../packages/sdk/src/normalize/url.js';

describe('text', () => {
  test('decodes the entities registry data carries', () => {
    assert.equal(decodeEntities('a&nbsp;b'), 'a\u00a0b');
    assert.equal(decodeEntities('Peace&#184; Justice'), 'Peace¸ Justice');
    assert.equal(decodeEntities('line&#013;&#010;next'), 'line\r\nnext');
    assert.equal(decodeEntities('A &amp; B &lt;b&gt; &quot;q&quot; &#x41;&#X42; &eacute;'), 'A & B <b> "q" AB é');
    assert.equal(decodeEntities('&unknownname; stays'), '&unknownname; stays');
  });

  test('decodes once only, and turns bad code points into U+FFFD', () => {
    assert.equal(decodeEntities('&amp;lt;script&amp;gt;'), '&lt;script&gt;');
    assert.equal(decodeEntities('&#0;&#xD800;&#1114112;'), '\ufffd\ufffd\ufffd');
    assert.equal(decodeEntities('&#150;'), '–', 'numeric references 128–159 are Windows-1252');
  });

  test('cleanText gives plain text: entities, cedilla comma, line ends, spaces', () => {
    assert.equal(cleanText('  SDG9: Industry&#184; Innovation  '), 'SDG9: Industry, Innovation');
    assert.equal(cleanText('first,&#013; &#010;second'), 'first,\nsecond');
    assert.equal(cleanText('a\r\n\r\n\r\n\r\nb  c\t d'), 'a\n\nb c d');
    assert.equal(cleanText('&lt;img src=x onerror=alert(1)&gt;'), '<img src=x onerror=alert(1)>', 'decoded to text, never to markup');
  });

  test('cleanText strips control, bidi override and zero-width characters', () => {
    assert.equal(cleanText('a\u0000b\u0007c\u009fd'), 'abcd');
    assert.equal(cleanText('abc\u202edcba\u202c'), 'abcdcba');
    assert.equal(cleanText('x\u2066y\u2069z'), 'xyz');
    assert.equal(cleanText('zero\u200bwidth\ufeff'), 'zerowidth');
  });

  test('cleanName also drops joiners and direction marks and keeps one line', () => {
    assert.equal(cleanName('\u202eevil\u202c\u200d name\u200e\nsecond line'), 'evil name second line');
  });

  test('lone surrogates become U+FFFD', () => {
    assert.equal(toWellFormed('a\ud800b'), 'a\ufffdb');
    assert.equal(toWellFormed('\udc00'), '\ufffd');
    assert.equal(toWellFormed('😀'), '😀');
    assert.equal(cleanText('x\ud83dy'), 'x\ufffdy');
  });

  test('placeholders stand for nothing, but NA is Namibia', () => {
    for (const value of ['', ' ', '-', 'N/A', 'n/a', '""', '[""]', 'null']) assert.equal(isPlaceholder(value), true, value);
    for (const value of ['NA', 'None of these', 'No', 'Kenya']) assert.equal(isPlaceholder(value), false, value);
  });

  test('splitList splits joined lists and drops empty items', () => {
    assert.deepEqual(splitList('Kenya, Uganda;  Tanzania ,,'), ['Kenya', 'Uganda', 'Tanzania']);
    assert.deepEqual(splitList('N/A'), []);
  });

  test('redactEmails removes addresses but not @ in URLs', () => {
    assert.equal(redactEmails('Write to jane.doe+dpg@example.org.'), 'Write to [e-mail removed].');
    assert.equal(redactEmails('https://medium.com/@open.foris/post'), 'https://medium.com/@open.foris/post');
  });

  test('truncate cuts on a word and never inside a surrogate pair', () => {
    assert.equal(truncate('one two three four', 10), 'one two…');
    const cut = truncate(`${'a'.repeat(8)}😀😀`, 10);
    assert.equal(toWellFormed(cut), cut);
    assert.ok(cut.length <= 10);
  });
});

describe('url', () => {
  test('keeps http and https, normalised by the WHATWG parser', () => {
    assert.deepEqual(parseHttpUrl('https://Example.org/a b'), { ok: false, problem: 'invalid-url' });
    assert.deepEqual(parseHttpUrl(' https://Example.org/path?q=1 '), { ok: true, url: 'https://example.org/path?q=1' });
    assert.deepEqual(parseHttpUrl('http://example.org'), { ok: true, url: 'http://example.org/' });
  });

  test('reads bare hosts as https', () => {
    assert.deepEqual(parseHttpUrl('www.example.org'), { ok: true, url: 'https://www.example.org/' });
    assert.deepEqual(parseHttpUrl('womencenter.info/about'), { ok: true, url: 'https://womencenter.info/about' });
  });

  test('refuses script and data schemes however they are disguised', () => {
    for (const value of [
      'javascript:alert(1)',
      'JaVaScRiPt:alert(1)',
      '  \u0001javascript:alert(1)',
      'java\tscript:alert(1)',
      'jav&#x09;ascript:alert(1)',
      '&#106;avascript:alert(1)',
      'javascript&colon;alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'DATA:text/html;base64,PHNjcmlwdD4=',
      'vbscript:msgbox(1)',
      'VBScript:msgbox(1)',
    ]) {
      assert.deepEqual(parseHttpUrl(value), { ok: false, problem: 'unsafe-url' }, value);
    }
  });

  test('refuses credentials in URLs and hosts that are not dotted', () => {
    assert.deepEqual(parseHttpUrl('https://bank.example.org@evil.example'), { ok: false, problem: 'unsafe-url' });
    assert.deepEqual(parseHttpUrl('http://localhost:8080'), { ok: false, problem: 'invalid-url' });
    assert.deepEqual(parseHttpUrl('mailto:someone@example.org'), { ok: false, problem: 'invalid-url' });
    assert.deepEqual(parseHttpUrl('not a url'), { ok: false, problem: 'invalid-url' });
  });

  test('"Label - URL" gives a labelled link', () => {
    assert.deepEqual(parseLinks('Developer documentation - https://aam-digital.github.io/ndb-core/').links, [
      { url: 'https://aam-digital.github.io/ndb-core/', label: 'Developer documentation' },
    ]);
    assert.deepEqual(parseLinks('API docs: https://api.example.org').links, [{ url: 'https://api.example.org/', label: 'API docs' }]);
  });

  test('several URLs in one field give several links', () => {
    const { links } = parseLinks('https://docs.digit.org,\r\nhttps://github.com/egovernments/DIGIT-OSS, https://a.example.org/x.');
    assert.deepEqual(links.map((link) => link.url), ['https://docs.digit.org/', 'https://github.com/egovernments/DIGIT-OSS', 'https://a.example.org/x']);
    assert.deepEqual(parseLinks('https://a.example.org,https://b.example.org').links.length, 2);
  });

  test('prose around URLs is not a label, and brackets close where they should', () => {
    const found = findLinks('More details at: https://www.odoo.com/gdpr (see section 2). Also see (https://en.wikipedia.org/wiki/Foo_(bar)).');
    assert.deepEqual(found.links, [{ url: 'https://www.odoo.com/gdpr' }, { url: 'https://en.wikipedia.org/wiki/Foo_(bar)' }]);
    assert.equal(found.prose, true);
    assert.equal(findLinks('Docs - https://example.org').prose, false);
  });

  test('javascript: in prose stays prose', () => {
    const found = findLinks('Never click javascript:alert(1) links; use https://safe.example.org');
    assert.deepEqual(found.links, [{ url: 'https://safe.example.org/' }]);
    assert.deepEqual(found.rejected, []);
  });

  test('a URL field with no URL is reported', () => {
    assert.deepEqual(parseLinks('javascript:alert(1)'), { links: [], rejected: [{ problem: 'unsafe-url', value: 'javascript:alert(1)' }] });
    assert.deepEqual(parseLinks('There is no option to upload terms.').rejected[0]?.problem, 'invalid-url');
    assert.deepEqual(parseLinks('   '), { links: [], rejected: [] });
  });

  test('safeHttpUrl is the href guard for elements', () => {
    assert.equal(safeHttpUrl('https://example.org'), 'https://example.org/');
    assert.equal(safeHttpUrl('javascript:alert(1)'), undefined);
    assert.equal(safeHttpUrl(42), undefined);
  });
});

describe('countries', () => {
  test('resolves the spellings real registry data uses', () => {
    const cases: Array<[string, string]> = [
      ["Eswatini (fmr. 'Swaziland')", 'SZ'],
      ['"Eswatini (fmr. ""Swaziland"")"', 'SZ'],
      ['Czechia (Czech Republic)', 'CZ'],
      ['Myanmar (formerly Burma)', 'MM'],
      ['Congo (Congo-Brazzaville)', 'CG'],
      ['Democratic Republic of the Congo', 'CD'],
      ['VietNam', 'VN'],
      ['Viet Nam', 'VN'],
      ['Palestine State', 'PS'],
      ['Côte d', 'CI'],
      ["Côte d'Ivoire", 'CI'],
      ['Laos', 'LA'],
      ['Syria', 'SY'],
      ['Tanzania', 'TZ'],
      ['Russia', 'RU'],
      ['South Korea', 'KR'],
      ['Korea, Republic of', 'KR'],
      ['Bolivia', 'BO'],
      ['Bolivia (Plurinational State of)', 'BO'],
      ['Iran', 'IR'],
      ['Micronesia', 'FM'],
      ['Cape Verde', 'CV'],
      ['Cabo Verde', 'CV'],
      ['Kosovo', 'XK'],
      ['Turkey', 'TR'],
      ['Türkiye', 'TR'],
      ['USA', 'US'],
      ['United States of America', 'US'],
      ['UK', 'GB'],
      ['Scotland', 'GB'],
      ['St. Lucia', 'LC'],
      ['Saint Vincent and The Grenadines', 'VC'],
      ['Saint Vincent & the Grenadines', 'VC'],
      ['The Gambia', 'GM'],
      ['Réunion', 'RE'],
      ['Åland Islands', 'AX'],
      ['Virgin Islands, British', 'VG'],
      ['Virgin Islands, U.S.', 'VI'],
      ['Saint Helena, Ascension and Tristan da Cunha', 'SH'],
      ['Holy See', 'VA'],
      ['Caribbean Netherlands', 'BQ'],
      ['Falkland Islands (Malvinas)', 'FK'],
      ['Cocos (Keeling) Islands', 'CC'],
    ];
    for (const [text, code] of cases) assert.equal(toAlpha2(text), code, text);
  });

  test('accepts alpha-2 and alpha-3 codes in any case', () => {
    assert.equal(toAlpha2('ke'), 'KE');
    assert.equal(toAlpha2('NA'), 'NA');
    assert.equal(toAlpha2('CIV'), 'CI');
    assert.equal(toAlpha2('gbr'), 'GB');
    assert.equal(toAlpha2('ZZ'), null);
  });

  test('regions and nonsense are not countries', () => {
    for (const text of ['Global', 'Worldwide', 'Africa', 'Latin America', '', 'Korea', 'AC']) assert.equal(toAlpha2(text), null, text);
  });

  test('numeric codes come from ISO 3166 (none for Kosovo)', () => {
    assert.equal(alpha2ToNumeric('KE'), '404');
    assert.equal(alpha2ToNumeric('na'), '516');
    assert.equal(alpha2ToNumeric('XK'), undefined);
    assert.deepEqual(countryInfo('xk'), { code: 'XK', numeric: null, name: 'Kosovo' });
    assert.equal(countryInfo('QQ'), undefined);
    assert.equal(isCountryCode('XK'), true);
    assert.equal(isCountryCode('xk'), false);
  });

  test('countryName localises, falls back to English, and echoes unknown codes', () => {
    assert.equal(countryName('KE'), 'Kenya');
    assert.equal(countryName('DE', 'fr'), 'Allemagne');
    // English from Intl, as every other name: one module names countries, with one source of names.
    assert.equal(countryName('CI', '!!not a tag'), 'Côte d’Ivoire');
    assert.equal(countryName('xk', 'en'), 'Kosovo');
    assert.equal(countryName('QQ'), 'QQ');
  });
});

describe('licenses', () => {
  test('reads the ways licences are written into SPDX ids', () => {
    const cases: Array<[string, string]> = [
      ['GPL-3.0', 'GPL-3.0-only'],
      ['AGPL-3.0', 'AGPL-3.0-only'],
      ['Apache 2.0', 'Apache-2.0'],
      ['Apache License, Version 2.0', 'Apache-2.0'],
      ['MIT License', 'MIT'],
      ['CC BY-SA 4.0', 'CC-BY-SA-4.0'],
      ['cc-by-4.0', 'CC-BY-4.0'],
      ['BSD-3-Clause', 'BSD-3-Clause'],
      ['ODbL', 'ODbL-1.0'],
      ['OdbL-1.0', 'ODbL-1.0'],
      ['CC0', 'CC0-1.0'],
      ['GNU General Public License v3.0', 'GPL-3.0-only'],
      ['GPL v3+', 'GPL-3.0-or-later'],
      ['Creative Commons Attribution 4.0 International', 'CC-BY-4.0'],
    ];
    for (const [text, spdx] of cases) assert.equal(parseLicense(text).spdx, spdx, text);
  });

  test('any NC licence is non-commercial, known or not', () => {
    assert.deepEqual(parseLicense('CC-BY-NC-SA-4.0'), { spdx: 'CC-BY-NC-SA-4.0', kind: 'non-commercial' });
    assert.deepEqual(parseLicense('CC BY-NC'), { spdx: null, kind: 'non-commercial' });
    assert.equal(licenseKind('CC-BY-NC-4.0'), 'non-commercial');
  });

  test('open vs unknown', () => {
    assert.equal(parseLicense('MPL-2.0').kind, 'open');
    assert.deepEqual(parseLicense('Proprietary'), { spdx: null, kind: 'unknown' });
    assert.deepEqual(parseLicense('Apache 3.0'), { spdx: null, kind: 'unknown' });
    assert.equal(parseLicense('CC-BY-ND-4.0').kind, 'unknown', 'no-derivatives is not open');
  });
});

describe('sdgs', () => {
  test('parses the forms registry data uses', () => {
    assert.equal(parseSdg('SDG4: Quality Education'), 4);
    assert.equal(parseSdg('SDG 4'), 4);
    assert.equal(parseSdg('4'), 4);
    assert.equal(parseSdg(4), 4);
    assert.equal(parseSdg('SDG16: Peace¸ Justice and Strong Institutions'), 16);
    assert.equal(parseSdg('Goal 17 - Partnerships'), 17);
    assert.equal(parseSdg('Gender Equity'), 5);
  });

  test('rejects what is not a goal', () => {
    for (const value of [0, 18, 4.5, Number.NaN, '0', '18', '4.5', '4.1', '45', 'SDG', '', null, undefined, {}, [4]]) {
      assert.equal(parseSdg(value), null, String(value));
    }
  });

  test('official titles and colours for all 17', () => {
    assert.equal(SDG_LIST.length, 17);
    assert.deepEqual(sdgInfo(4), { goal: 4, title: 'Quality Education', color: '#C5192D' });
    assert.equal(sdgInfo(16)?.title, 'Peace, Justice and Strong Institutions');
    assert.equal(sdgInfo(18), undefined);
    for (const goal of SDG_LIST) assert.match(sdgInfo(goal)?.color ?? '', /^#[0-9A-F]{6}$/);
  });
});

describe('types and stages', () => {
  test('maps registry categories to DpgType', () => {
    const cases: Array<[string, string]> = [
      ['software', 'software'], ['Open Software', 'software'], ['content', 'content'], ['Open Content', 'content'],
      ['data', 'data'], ['Open Data', 'data'], ['AI model', 'ai-model'], ['AI models', 'ai-model'],
      ['Open AI Model', 'ai-model'], ['aimodel', 'ai-model'], ['standard', 'standard'], ['Open Standard', 'standard'],
    ];
    for (const [text, type] of cases) assert.equal(parseDpgType(text), type, text);
    assert.equal(parseDpgType('Spaceship'), null);
    assert.equal(parseDpgType(''), null);
  });

  test('maps stages', () => {
    assert.equal(parseStage('DPG'), 'dpg');
    assert.equal(parseStage('nominee'), 'nominee');
    assert.equal(parseStage('Retired'), null);
  });
});

describe('slug', () => {
  test('slugs follow the registry page addresses', () => {
    assert.equal(slugify('Aam Digital'), 'aam-digital');
    assert.equal(slugify('Compar:IA'), 'comparia');
    assert.equal(slugify('Wikirate.org'), 'wikirateorg');
    assert.equal(slugify('SantéMPI'), 'santempi');
    assert.equal(slugify('  Marine Spatial Planning - SAHAV '), 'marine-spatial-planning-sahav');
    assert.equal(slugify('中文'), '');
    assert.ok(slugify('x'.repeat(500)).length <= 100);
  });

  test('legacy ids are the _file basename', () => {
    assert.equal(slugFromFile('nominees/aam-digital.json'), 'aam-digital');
    assert.equal(slugFromFile('nominees/nmf.earth.json'), 'nmf.earth');
    assert.equal(slugFromFile('nominees/Weird Name!.json'), 'weird-name');
    assert.equal(slugFromFile('../../etc/passwd'), 'passwd');
    assert.equal(slugFromFile('nominees/.json'), null);
    assert.equal(isSlug('../x'), false);
    assert.equal(registryPageUrl('dhis2'), 'https://www.digitalpublicgoods.net/r/dhis2');
  });
});
