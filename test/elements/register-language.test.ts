/**
 * `registerLanguage()`: a page adds a language, every element with that `lang` speaks it (those
 * already on the page too), and a pack with gaps is refused or filled from English, loudly.
 */
import { DpgError, type DigitalPublicGood } from '@dpg-kit/sdk';
import { expect, html } from '@open-wc/testing';
import { registerLanguage, type LanguagePack } from '../../packages/elements/src/index.js';
import { en as englishCops } from '../../packages/elements/src/base/i18n/en/cops.js';
import { en as englishCore } from '../../packages/elements/src/base/i18n/en/core.js';
import { en as englishPilots } from '../../packages/elements/src/base/i18n/en/pilots.js';
import { en as englishRegistry } from '../../packages/elements/src/base/i18n/en/registry.js';
import { fr as frenchCore } from '../../packages/elements/src/base/i18n/fr/core.js';
import { copMessages } from '../../packages/elements/src/base/i18n/cops.js';
import { directionOf, messagesFor, resolveLocale, sdgTitle } from '../../packages/elements/src/base/i18n/index.js';
import { pilotMessages } from '../../packages/elements/src/base/i18n/pilots.js';
import { registryMessages } from '../../packages/elements/src/base/i18n/registry.js';
import type { DpgCard } from '../../packages/elements/src/dpg-card/dpg-card.js';
import '../../packages/elements/src/define/dpg-card.js';
import { langApplied, mount, textOf } from './helpers.js';

/** English with every string marked, the way a translator's first pass would show on screen. */
function marked<T>(value: T, mark: string): T {
  if (typeof value === 'string') return `${mark} ${value}` as T;
  if (typeof value === 'function') return ((...args: unknown[]) => `${mark} ${(value as (...a: unknown[]) => string)(...args)}`) as T;
  if (Array.isArray(value)) return value.map((item) => marked(item, mark)) as T;
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, marked(inner, mark)])) as T;
  return value;
}

function pack(mark: string, dir?: 'ltr' | 'rtl'): LanguagePack {
  return {
    ...(dir ? { dir } : {}),
    core: { ...marked(englishCore, mark), sdgTitles: marked(frenchCore.sdgTitles!, mark) },
    cops: marked(englishCops, mark),
    registry: marked(englishRegistry, mark),
    pilots: marked(englishPilots, mark),
  };
}

/** `value` without `key`: a translation that forgot one string. */
function without<T extends object>(value: T, key: keyof T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([name]) => name !== key)) as Partial<T>;
}

const record: DigitalPublicGood = {
  id: 'made-here',
  name: 'Made Here',
  aliases: [],
  description: 'A record for a test.',
  types: ['software'],
  licenses: [{ spdx: 'MIT', name: 'MIT', kind: 'open' }],
  sdgs: [{ goal: 4 }],
  sectors: [],
  repositories: [],
  organizations: [],
  stage: 'dpg',
  countries: { deployment: ['TZ'], development: [] },
};

describe('registerLanguage()', () => {
  it('adds a language that elements with that lang (or a regional tag of it) speak', async () => {
    registerLanguage('SW', pack('[sw]'));
    expect(resolveLocale('sw-KE')).to.equal('sw');
    expect(resolveLocale('de')).to.equal('en');
    const el = await mount<DpgCard>(html`<dpg-card lang="sw-KE" .dpg=${record}></dpg-card>`);
    await el.loadComplete();
    expect(textOf(el, '[part="stage"]')).to.equal('[sw] Digital Public Good');
    expect(textOf(el, '.toggle')).to.equal('[sw] Show more');
    expect(el.shadowRoot!.querySelector('article')!.getAttribute('dir')).to.equal('ltr');
    expect(sdgTitle({ goal: 4, title: 'Quality education' } as never, 'sw')).to.equal('[sw] Éducation de qualité');
  });

  it('gives the table, the registry and the pilot elements their strings in the new language', () => {
    registerLanguage('yo', pack('[yo]'));
    expect(copMessages('yo').statusNames['in-progress']).to.equal('[yo] In progress');
    expect(copMessages('es').all).to.equal('Todos');
    expect(registryMessages('yo').search).to.equal('[yo] Search Digital Public Goods');
    expect(registryMessages('yo').results(3, '3')).to.equal('[yo] 3 results');
    expect(pilotMessages('yo').zoomIn).to.equal('[yo] Zoom in');
    expect(registryMessages('de').search).to.equal('Search Digital Public Goods');
    expect(pilotMessages('fr').zoomIn).to.equal('Zoom avant');
  });

  it('reaches the elements already on the page, which read their language again', async () => {
    const el = await mount<DpgCard>(html`<dpg-card lang="ha"></dpg-card>`);
    await el.loadComplete();
    expect(textOf(el, '[part="empty"]')).to.equal('No Digital Public Good selected.');
    registerLanguage('ha', pack('[ha]'));
    await el.updateComplete;
    expect(textOf(el, '[part="empty"]')).to.equal('[ha] No Digital Public Good selected.');
    el.setAttribute('lang', 'fr');
    await langApplied(el);
    expect(textOf(el, '[part="empty"]')).to.equal('Aucun bien public numérique sélectionné.');
  });

  it('writes a language right to left when its pack says so, and may replace a built-in one', async () => {
    registerLanguage('fa', pack('[fa]', 'rtl'));
    expect(directionOf('fa')).to.equal('rtl');
    const el = await mount<DpgCard>(html`<dpg-card lang="fa" .dpg=${record}></dpg-card>`);
    await el.loadComplete();
    expect(el.shadowRoot!.querySelector('article')!.getAttribute('dir')).to.equal('rtl');
    registerLanguage('pt', pack('[pt]'));
    expect(messagesFor('pt').retry).to.equal('[pt] Retry');
  });

  it('refuses a code that is not a primary language subtag, and names the strings a pack lacks', () => {
    const refusal = (code: string, given: unknown): DpgError => {
      try {
        registerLanguage(code, given as LanguagePack);
      } catch (error) {
        return error as DpgError;
      }
      throw new Error(`registerLanguage("${code}") accepted the pack`);
    };
    for (const code of ['sw-KE', '', 'swahili', '1']) {
      const error = refusal(code, pack('[x]'));
      expect(error, code).to.be.instanceOf(DpgError);
      expect(error.code, code).to.equal('invalid-data');
    }
    const noRetry = refusal('lg', { ...pack('[lg]'), core: without(pack('[lg]').core, 'retry') });
    expect(noRetry.code).to.equal('invalid-data');
    expect(noRetry.message).to.contain('core.retry');
    const shortTitles = refusal('lg', { ...pack('[lg]'), core: { ...pack('[lg]').core, sdgTitles: ['one'] } });
    expect(shortTitles.message).to.contain('core.sdgTitles');
    const wrongKind = refusal('lg', { ...pack('[lg]'), core: { ...pack('[lg]').core, card: { ...pack('[lg]').core.card, notFound: 'not a function' } } });
    expect(wrongKind.message).to.contain('core.card.notFound');
    const noGroups = refusal('lg', { core: pack('[lg]').core });
    expect(noGroups.message).to.contain('cops').and.contain('registry').and.contain('pilots');
    expect(refusal('lg', null).message).to.contain('core');
    expect(resolveLocale('lg')).to.equal('en');
  });

  it('fills a group key a plain-JavaScript pack lacks from English, and says so once in the console', () => {
    registerLanguage('rw', { ...pack('[rw]'), pilots: without(pack('[rw]').pilots, 'zoomIn') as LanguagePack['pilots'] });
    const errors: unknown[] = [];
    const original = console.error;
    console.error = (...args: unknown[]) => errors.push(args.join(' '));
    try {
      expect(pilotMessages('rw').zoomIn).to.equal('Zoom in');
      expect(pilotMessages('rw').zoomOut).to.equal('[rw] Zoom out');
      expect(pilotMessages('rw').pilotCount(2, '2')).to.equal('[rw] 2 pilots');
    } finally {
      console.error = original;
    }
    expect(errors).to.have.length(1);
    expect(String(errors[0])).to.contain('zoomIn').and.contain('"rw"');
  });

  it('keeps the languages in one store that every copy of dpg-kit on the page shares', () => {
    const store = (globalThis as Record<symbol, { packs: Map<string, LanguagePack> }>)[Symbol.for('dpg-kit.languages')];
    expect(store?.packs.get('sw')?.core.loading).to.equal('[sw] Loading…');
  });
});
