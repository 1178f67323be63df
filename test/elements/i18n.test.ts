import { getDefaultClient } from '@dpg-kit/sdk';
import { expect } from '@open-wc/testing';
import { ar } from '../../packages/elements/src/base/i18n/ar/core.js';
import { en } from '../../packages/elements/src/base/i18n/en/core.js';
import { copMessages } from '../../packages/elements/src/base/i18n/cops.js';
import { en as englishCops } from '../../packages/elements/src/base/i18n/en/cops.js';
import { en as englishPilots } from '../../packages/elements/src/base/i18n/en/pilots.js';
import { en as englishRegistry } from '../../packages/elements/src/base/i18n/en/registry.js';
import { pilotMessages } from '../../packages/elements/src/base/i18n/pilots.js';
import { registryMessages } from '../../packages/elements/src/base/i18n/registry.js';
import {
  collatorFor,
  directionOf,
  errorKind,
  formatDate,
  formatNumber,
  loadLocale,
  messagesFor,
  resolveLocale,
  sdgTitle,
  type Locale,
} from '../../packages/elements/src/base/i18n/index.js';

const LOCALES: Locale[] = ['en', 'fr', 'es', 'pt', 'ar'];

/** Every key path of a messages object (functions count as leaves). */
function keyPaths(value: unknown, prefix = ''): string[] {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return [prefix];
  return Object.entries(value).flatMap(([key, inner]) => keyPaths(inner, prefix ? `${prefix}.${key}` : key));
}

describe('the strings of a language other than English', () => {
  it('are English until they load with the language’s first use, then the language', async () => {
    expect(messagesFor('fr')).to.equal(en);
    const pending = loadLocale('fr');
    expect(pending).to.be.instanceOf(Promise);
    expect(loadLocale('fr'), 'one load per language').to.equal(pending);
    await pending;
    expect(messagesFor('fr').retry).to.not.equal(en.retry);
    expect([loadLocale('fr'), loadLocale('en'), loadLocale('de')]).to.deep.equal([undefined, undefined, undefined]);
  });
});

describe('i18n', () => {
  before(async () => {
    await Promise.all(LOCALES.map((locale) => loadLocale(locale)));
  });

  it('resolves BCP 47 tags to the five languages, English otherwise', () => {
    expect(resolveLocale('fr-CA')).to.equal('fr');
    expect(resolveLocale('PT_br')).to.equal('pt');
    expect(resolveLocale('ar-EG')).to.equal('ar');
    expect(resolveLocale('es')).to.equal('es');
    expect(resolveLocale('de')).to.equal('en');
    expect(resolveLocale('')).to.equal('en');
    expect(resolveLocale(null)).to.equal('en');
  });

  it('writes Arabic right to left and the others left to right', () => {
    expect(LOCALES.filter((locale) => directionOf(locale) === 'rtl')).to.deep.equal(['ar']);
  });

  it('has every UI string in every language, each different from English where English is not also right', () => {
    const english = keyPaths(en).filter((path) => path !== 'sdgTitles');
    for (const locale of LOCALES) {
      const paths = keyPaths(messagesFor(locale)).filter((path) => path !== 'sdgTitles');
      expect(paths, locale).to.deep.equal(english);
    }
    expect(messagesFor('fr').retry).to.not.equal(en.retry);
    expect(ar.card.notFound('x')).to.contain('x');
  });

  it('has the strings of the table, the registry and the pilot elements in every language', () => {
    const groups = [
      [englishCops, copMessages],
      [englishRegistry, registryMessages],
      [englishPilots, pilotMessages],
    ] as const;
    for (const [english, lookup] of groups) {
      for (const locale of LOCALES) expect(keyPaths(lookup(locale)), locale).to.deep.equal(keyPaths(english));
      expect(lookup('fr'), 'French').to.not.deep.equal(english);
      expect(lookup('de'), 'an unknown language').to.equal(english);
    }
    expect(copMessages('ar').statusNames.complete).to.equal('مكتمل');
  });

  it('says where the data comes from, and how old it is, in every language', () => {
    const date = '<date>';
    for (const locale of LOCALES) {
      const { source, badge } = messagesFor(locale);
      const dated = [source.snapshot(date), source.other('reg.example.org', date), source.stale(date)];
      const titles = [badge.linkAsOf('DHIS2', date, true), badge.linkAsOf('DHIS2', date, false)];
      for (const text of [...dated, ...titles]) expect(text, locale).to.contain(date);
      expect(titles.every((title) => title.startsWith(badge.link('DHIS2'))), locale).to.equal(true);
      expect(new Set(titles).size, locale).to.equal(2);
      const undated = [source.snapshot(undefined), source.other('reg.example.org', undefined), source.stale(undefined)];
      expect(undated.some((text) => text.includes('undefined')), locale).to.equal(false);
      expect(source.other('reg.example.org', undefined), locale).to.contain('reg.example.org');
      expect(undated.every((text, i) => text !== dated[i] && text.length > 5), locale).to.equal(true);
      expect(messagesFor(locale).card.notFound('x'), locale).to.contain('x');
    }
  });

  it('gives the official title of each of the 17 SDGs in each language', () => {
    const sdgs = getDefaultClient().sdgs.list();
    expect(sdgs).to.have.length(17);
    for (const locale of LOCALES) {
      const titles = sdgs.map((sdg) => sdgTitle(sdg, locale));
      expect(new Set(titles).size, locale).to.equal(17);
      expect(titles.every((title) => title.length > 3), locale).to.equal(true);
    }
    const health = getDefaultClient().sdgs.get(3)!;
    expect(sdgTitle(health, 'en')).to.equal(health.title);
    expect(sdgTitle(health, 'fr')).to.equal('Bonne santé et bien-être');
    expect(sdgTitle(health, 'es')).to.equal('Salud y bienestar');
    expect(sdgTitle(health, 'pt')).to.equal('Saúde e bem-estar');
    expect(sdgTitle(health, 'ar')).to.equal('الصحة الجيدة والرفاه');
  });

  it('formats numbers and dates through Intl in the element’s language', () => {
    expect(formatNumber(12345, 'en')).to.equal('12,345');
    expect(formatNumber(12345, 'fr')).to.equal(new Intl.NumberFormat('fr').format(12345));
    expect(formatNumber(7, 'ar-EG')).to.equal(new Intl.NumberFormat('ar-EG').format(7));
    expect(formatNumber(7, 'not a tag!')).to.equal('7');
    expect(formatDate('2021-03-02', 'en')).to.equal('March 2, 2021');
    expect(formatDate('2021-09', 'fr')).to.equal('septembre 2021');
    expect(formatDate('2021', 'es')).to.equal('2021');
    expect(formatDate('soon', 'en')).to.equal('soon');
    expect(formatDate('2021-13-45', 'en')).to.be.a('string');
  });

  it('writes small whole numbers as Intl does, with or without Intl', () => {
    // A card writes SDG numbers and country counts without Intl where the digits are ASCII:
    // every such number must read exactly as Intl would write it.
    const tags = ['en', 'en-GB', 'fr', 'fr-CA', 'es', 'es-MX', 'pt', 'pt-BR', 'ar', 'ar-EG', 'ar-MA', 'en-u-nu-arab', 'fr-u-nu-deva', 'sw', 'hi'];
    for (const tag of tags) {
      const intl = new Intl.NumberFormat(tag);
      for (const value of [0, 1, 7, 17, 42, 245, 999, 1000, 12345, 2.5, -3]) {
        expect(formatNumber(value, tag), `${value} in ${tag}`).to.equal(intl.format(value));
      }
    }
  });

  it('sorts text the way the language does', () => {
    expect(['Éducation', 'Eau', 'Santé'].sort(collatorFor('fr').compare)).to.deep.equal(['Eau', 'Éducation', 'Santé']);
  });

  it('groups error codes by what the reader can do', () => {
    expect(errorKind('network')).to.equal('unreachable');
    expect(errorKind('timeout')).to.equal('unreachable');
    expect(errorKind('http')).to.equal('server');
    expect(errorKind('parse')).to.equal('unreadable');
  });
});
