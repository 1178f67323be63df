import { createClient } from '@dpg-kit/sdk';
import { expect, html } from '@open-wc/testing';
import type { DpgRegistry } from '../../packages/elements/src/dpg-registry/dpg-registry.js';
import { registryMessages } from '../../packages/elements/src/base/i18n/registry.js';
import { formatCount } from '../../packages/elements/src/dpg-registry/registry-facets.js';
import { fromParams, parseValues, toParams, urlWith } from '../../packages/elements/src/dpg-registry/registry-state.js';
import '../../packages/elements/src/define/dpg-registry.js';
import '../../packages/elements/src/define/dpg-provider.js';
import { REFUSED_URL, shadow, textOf } from './helpers.js';
import { registry, settled } from './registry-helpers.js';


const inputs = (el: Element, selector: string) => [...shadow(el).querySelectorAll<HTMLInputElement>(selector)];
const sdgBox = (el: Element, goal: number) => inputs(el, '.facet-sdg input')[goal - 1]!;

/** Waits for the popstate that history.back() or forward() fires, and for the element to show it. */
async function travel(el: DpgRegistry, go: () => void): Promise<void> {
  const popped = new Promise((resolve) => window.addEventListener('popstate', resolve, { once: true }));
  go();
  await popped;
  await settled(el);
}

describe('<dpg-registry sync-url>', () => {
  const start = location.href;
  beforeEach(() => history.replaceState(null, '', `${location.pathname}?page=keep`));
  after(() => history.replaceState(null, '', start));

  it('writes filters to the URL beside the page’s own parameters; Back and Forward restore them', async () => {
    const el = await registry(html`<dpg-registry sync-url></dpg-registry>`);
    const before = history.length;
    sdgBox(el, 4).click();
    await settled(el);
    expect(new URLSearchParams(location.search).get('dpg-sdg')).to.equal('4');
    expect(new URLSearchParams(location.search).get('page')).to.equal('keep');
    expect(history.length).to.equal(before + 1);
    const search = shadow(el).querySelector<HTMLInputElement>('[part="search"]')!;
    search.value = 'learn';
    search.dispatchEvent(new InputEvent('input'));
    search.value = 'learning';
    search.dispatchEvent(new InputEvent('input'));
    await settled(el);
    // Typing replaces the entry instead of adding one per keystroke.
    expect(history.length).to.equal(before + 1);
    expect(new URLSearchParams(location.search).get('dpg-q')).to.equal('learning');

    await travel(el, () => history.back());
    expect(el.sdg).to.equal('');
    expect(el.q).to.equal('');
    expect(sdgBox(el, 4).checked).to.equal(false);
    await travel(el, () => history.forward());
    expect(el.sdg).to.equal('4');
    expect(el.q).to.equal('learning');
    expect(sdgBox(el, 4).checked).to.equal(true);
  });

  it('starts from the URL when it has the element’s parameters, under its own prefix', async () => {
    history.replaceState(null, '', `${location.pathname}?page=keep&reg-type=data&reg-sort=countries&dpg-sdg=1`);
    const el = await registry(html`<dpg-registry sync-url url-prefix="reg-" sdg="4"></dpg-registry>`);
    expect(el.query).to.deep.equal({ type: ['data'], sort: 'countries' });
    const sort = shadow(el).querySelector<HTMLSelectElement>('[part="sort"]')!;
    sort.value = 'name';
    sort.dispatchEvent(new Event('change'));
    await settled(el);
    const params = new URLSearchParams(location.search);
    expect(params.get('reg-sort')).to.equal('name');
    expect(params.get('dpg-sdg')).to.equal('1');
    expect(params.get('page')).to.equal('keep');
  });

  it('comes back to its presets on Back, and keeps "no filters" apart from them', async () => {
    const el = await registry(html`<dpg-registry sync-url sdg="4"></dpg-registry>`);
    expect(el.sdg).to.equal('4');
    shadow(el).querySelector<HTMLButtonElement>('[part="clear"]')!.click();
    await settled(el);
    // Nothing chosen, but the presets chose something: an empty q says so.
    expect(new URLSearchParams(location.search).get('dpg-q')).to.equal('');
    expect(el.sdg).to.equal('');
    await travel(el, () => history.back());
    expect(el.sdg).to.equal('4');
    await travel(el, () => history.forward());
    expect(el.sdg).to.equal('');
  });

  it('leaves the URL alone without sync-url, and stops listening when removed', async () => {
    const el = await registry(html`<dpg-registry></dpg-registry>`);
    sdgBox(el, 5).click();
    await settled(el);
    expect(location.search).to.equal('?page=keep');
    const synced = await registry(html`<dpg-registry sync-url></dpg-registry>`);
    synced.remove();
    history.pushState(null, '', `${location.pathname}?dpg-sdg=2`);
    window.dispatchEvent(new PopStateEvent('popstate'));
    await synced.updateComplete;
    expect(synced.sdg).to.equal('');
  });

  it('does not add an entry when a change leaves the URL as it was', async () => {
    const el = await registry(html`<dpg-registry sync-url></dpg-registry>`);
    const before = history.length;
    // Choosing the sort already in force changes nothing: no entry.
    shadow(el).querySelector('[part="sort"]')!.dispatchEvent(new Event('change'));
    await settled(el);
    expect(history.length).to.equal(before);
    sdgBox(el, 4).click();
    await settled(el);
    sdgBox(el, 4).click();
    await settled(el);
    // Back to no filters: the URL is the page's own again.
    expect(location.search).to.equal('?page=keep');
    window.dispatchEvent(new PopStateEvent('popstate'));
    await settled(el);
    expect(history.length).to.equal(before + 2);
    expect(el.sdg).to.equal('');
  });
});

describe('registry state', () => {
  it('reads lists from attributes and URLs, dropping what is not valid', () => {
    expect(parseValues('sdg', 'SDG 4, 4 18 x 7')).to.deep.equal(['4', '7']);
    expect(parseValues('license', 'MIT, mit,CC-BY-NC 4.0')).to.deep.equal(['MIT', 'CC-BY-NC 4.0']);
    expect(parseValues('stage', 'Nominee')).to.deep.equal(['nominee']);
    expect(parseValues('sector', null)).to.deep.equal([]);
    expect(fromParams(new URLSearchParams('other=1'), 'dpg-')).to.equal(undefined);
    const state = fromParams(new URLSearchParams('dpg-sdg=3&dpg-sort=bad&dpg-country=rw'), 'dpg-')!;
    expect(state).to.deep.equal({
      q: '',
      sort: 'relevance',
      selection: { sdg: ['3'], type: [], license: [], country: ['RW'], stage: [], sector: [] },
    });
    expect(toParams(state, 'x-', false)).to.deep.equal([
      ['x-sdg', '3'],
      ['x-country', 'RW'],
    ]);
    expect(urlWith('https://example.org/p?x-sdg=9&a=1', state, 'x-', false)).to.equal('https://example.org/p?a=1&x-sdg=3&x-country=RW');
  });
});

describe('counts', () => {
  it('are written for the language, its region included, and in the locale when the tag is not one', () => {
    expect(formatCount(1234, 'en')).to.equal('1,234');
    expect(formatCount(1234, 'fr-FR')).to.equal('1\u202f234');
    expect(formatCount(245, 'ar-EG')).to.equal('٢٤٥');
    expect(formatCount(1234, 'not a tag')).to.equal('1,234');
  });
});

describe('<dpg-registry> in every language', () => {
  for (const lang of ['en', 'fr', 'es', 'pt', 'ar'] as const) {
    it(`speaks ${lang}`, async () => {
      const text = registryMessages(lang);
      const el = await registry(html`<dpg-registry lang=${lang} type="content"></dpg-registry>`);
      const total = el.shadowRoot!.querySelectorAll('dpg-card').length;
      expect(textOf(el, '.search label')).to.equal(text.search);
      expect(textOf(el, '[part="count"]')).to.equal(text.results(total, String(total)));
      expect(text.results(1, '1')).to.not.equal(text.results(2, '2'));
      const chip = shadow(el).querySelector('[part="chip"]')!;
      expect(chip.getAttribute('aria-label')).to.equal(text.removeFilter(chip.textContent!.replace('×', '').trim()));
      expect(textOf(el, '.facet-country .more-values')).to.match(new RegExp(text.showAll('\\d+').replace(/[()]/g, '\\$&')));
    });
  }
});

describe('<dpg-registry> edges', () => {
  it('falls back to a page of 24 on a page size that is not one, and builds the index without requestIdleCallback', async () => {
    const idle = window.requestIdleCallback;
    // A browser without requestIdleCallback (Safari before 2025): a timer does instead.
    (window as { requestIdleCallback?: unknown }).requestIdleCallback = undefined;
    try {
      const client = createClient();
      let built = false;
      const watched = { ...client, dpgs: { ...client.dpgs, prepareSearch: () => ((built = true), Promise.resolve()) } };
      const el = await registry(html`<dpg-provider .client=${watched}><dpg-registry page-size="0" heading-level="x"></dpg-registry></dpg-provider>`);
      expect(shadow(el).querySelectorAll('dpg-card').length).to.equal(24);
      expect(shadow(el).querySelector('dpg-card')!.headingLevel).to.equal(2);
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(built).to.equal(true);
    } finally {
      window.requestIdleCallback = idle;
    }
  });

  it('shows results without pilot marks when the pilots cannot load', async () => {
    const client = createClient({ pilots: REFUSED_URL, http: { retries: 0 } });
    const el = await registry(html`<dpg-provider .client=${client}><dpg-registry></dpg-provider></dpg-registry>`);
    expect(el.state).to.equal('ready');
    expect(shadow(el).querySelectorAll('[part="pilot-flag"]').length).to.equal(0);
  });
});
