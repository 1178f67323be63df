import { createClient, type DpgClient } from '@dpg-kit/sdk';
import { expect, html, oneEvent } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import type { DpgCard } from '../../packages/elements/src/dpg-card/dpg-card.js';
import type { DpgRegistry } from '../../packages/elements/src/dpg-registry/dpg-registry.js';
import '../../packages/elements/src/define/dpg-registry.js';
import '../../packages/elements/src/define/dpg-provider.js';
import { dpg } from '../helpers/records.js';
import { langApplied, mount, shadow, textOf, unreachableClient } from './helpers.js';
import { recordsClient, registry, settled } from './registry-helpers.js';

const $ = <T extends Element = HTMLElement>(el: Element, selector: string) => shadow(el).querySelector<T>(selector)!;
const $$ = <T extends Element = HTMLElement>(el: Element, selector: string) => [...shadow(el).querySelectorAll<T>(selector)];
const cards = (el: Element) => $$<DpgCard>(el, 'dpg-card');
const names = (el: Element) => cards(el).map((card) => card.dpg!.name);
const count = (el: Element) => textOf(el, '[part="count"]');
const chips = (el: Element) => $$(el, '[part="chip"]').map((chip) => chip.getAttribute('aria-label'));
/** The checkbox of a facet value, found by the text of its label. */
function option(el: Element, group: string, label: string): HTMLInputElement {
  const labels = $$(el, `.facet-${group} label[part="facet-option"]`);
  const found = labels.find((l) => l.querySelector('.facet-label')!.textContent!.replace(/\s+/g, ' ').trim() === label);
  if (!found) throw new Error(`no ${group} option "${label}" in ${labels.map((l) => l.textContent!.trim()).join(' | ')}`);
  return found.querySelector('input')!;
}
const optionCount = (input: HTMLInputElement) => input.closest('label')!.querySelector('.count')!.textContent;

async function type(el: DpgRegistry, text: string): Promise<void> {
  const input = $<HTMLInputElement>(el, '[part="search"]');
  input.value = text;
  input.dispatchEvent(new InputEvent('input'));
  await settled(el);
}

async function check(el: DpgRegistry, input: HTMLInputElement): Promise<void> {
  input.click();
  await settled(el);
}

describe('<dpg-registry>', () => {
  it('shows a skeleton, then the first page of the registry with a count in a polite live region', async () => {
    const root = await mount<HTMLElement>(html`<dpg-registry></dpg-registry>`);
    const el = root as DpgRegistry;
    expect(el.state).to.equal('loading');
    expect($$(el, '.skeleton-card').length).to.be.greaterThan(0);
    await el.loadComplete();
    expect(el.state).to.equal('ready');
    expect(cards(el).length).to.equal(24);
    expect(cards(el).every((card) => card.variant === 'compact')).to.equal(true);
    const live = $(el, '[part="count"]');
    expect(live.getAttribute('role')).to.equal('status');
    expect(live.getAttribute('aria-live')).to.equal('polite');
    expect(count(el)).to.equal('245 results');
    expect(names(el)).to.deep.equal([...names(el)].sort((a, b) => a.localeCompare(b, 'en', { sensitivity: 'base', numeric: true })));
  });

  it('searches as one types, prefix and typo tolerant, and announces the new count', async () => {
    const el = await registry(html`<dpg-registry></dpg-registry>`);
    const loads: boolean[] = [];
    el.addEventListener('dpg-load', (event) => loads.push(event.detail.empty));
    await type(el, 'kolib');
    expect(names(el)[0]).to.equal('Kolibri');
    await type(el, 'storyweavr');
    expect(names(el)[0]).to.equal('StoryWeaver');
    expect(count(el)).to.match(/^\d+ results?$/);
    expect(chips(el)).to.deep.equal(['Remove filter: “storyweavr”']);
    expect(loads).to.deep.equal([false, false]);
  });

  it('hands the cards on screen their new records as one types, building none again', async () => {
    const el = await registry(html`<dpg-registry></dpg-registry>`);
    const list = $(el, '[part="results"]');
    const before = cards(el);
    await type(el, 'kolib');
    const after = cards(el);
    expect(after.length).to.be.within(1, before.length);
    expect(after.every((card, i) => card === before[i])).to.equal(true);
    expect($(el, '[part="results"]')).to.equal(list);
    expect(textOf(after[0]!, '[part="name"]')).to.equal('Kolibri');
    await type(el, '');
    expect(cards(el).length).to.equal(24);
    expect(cards(el).slice(0, after.length).every((card, i) => card === after[i])).to.equal(true);
    expect(names(el)).to.deep.equal([...names(el)].sort((a, b) => a.localeCompare(b, 'en', { sensitivity: 'base', numeric: true })));
  });

  it('filters by each facet with live counts: SDG, type, licence kind and id, stage and sector', async () => {
    const el = await registry(html`<dpg-provider .client=${recordsClient()}><dpg-registry></dpg-registry></dpg-provider>`);
    expect($$(el, '.facet-sdg input').length).to.equal(17);
    const goal4 = option(el, 'sdg', '4 Quality Education');
    expect(optionCount(goal4)).to.equal('3');
    expect(getComputedStyle(goal4.closest('label')!.querySelector('.goal-number')!).backgroundColor).to.equal('rgb(197, 25, 45)');
    await check(el, goal4);
    expect(names(el)).to.deep.equal(['DHIS2', 'Kolibri', 'StoryWeaver']);
    // A second SDG widens; its count ignores the SDG filter but keeps the others.
    expect(optionCount(option(el, 'sdg', '13 Climate Action'))).to.equal('1');
    await check(el, option(el, 'type', 'Content'));
    expect(names(el)).to.deep.equal(['StoryWeaver']);
    expect(optionCount(option(el, 'type', 'Software'))).to.equal('2');
    el.sdg = '';
    el.type = '';
    await settled(el);
    await check(el, option(el, 'license', 'Non-commercial licence'));
    expect(names(el)).to.deep.equal(['Weather Data Commons']);
    await check(el, option(el, 'license', 'Non-commercial licence'));
    await check(el, option(el, 'license', 'BSD-3-Clause'));
    expect(names(el)).to.deep.equal(['DHIS2']);
    await check(el, option(el, 'license', 'BSD-3-Clause'));
    await check(el, option(el, 'stage', 'Nominee'));
    expect(names(el)).to.deep.equal(['Weather Data Commons']);
    await check(el, option(el, 'stage', 'Nominee'));
    await check(el, option(el, 'sector', 'Health'));
    expect(names(el)).to.deep.equal(['DHIS2']);
    expect(el.sector).to.equal('Health');
  });

  it('filters by country through a searchable list that marks pilot countries', async () => {
    const el = await registry(html`<dpg-registry></dpg-registry>`);
    const visible = () => $$(el, '.facet-country .facet-label').map((label) => label.textContent!.replace(/\s+/g, ' ').trim());
    expect(visible().length).to.equal(8);
    const find = $<HTMLInputElement>(el, '[part="country-search"]');
    find.value = 'sri';
    find.dispatchEvent(new InputEvent('input'));
    await el.updateComplete;
    expect(visible()).to.deep.equal(['Sri Lanka pilot country']);
    await check(el, option(el, 'country', 'Sri Lanka pilot country'));
    expect(el.country).to.equal('LK');
    expect(cards(el).every((card) => [...card.dpg!.countries.deployment, ...card.dpg!.countries.development].includes('LK'))).to.equal(true);
    find.value = 'lk';
    find.dispatchEvent(new InputEvent('input'));
    await el.updateComplete;
    expect(option(el, 'country', 'Sri Lanka pilot country').checked).to.equal(true);
    find.value = '';
    find.dispatchEvent(new InputEvent('input'));
    await el.updateComplete;
    // The chosen country stays in view, however far down the list it is.
    expect(visible()).to.include('Sri Lanka pilot country');
    const toggle = $<HTMLButtonElement>(el, '.facet-country .more-values');
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    toggle.click();
    await el.updateComplete;
    expect(visible().length).to.be.greaterThan(100);
    expect(toggle.textContent!.trim()).to.equal('Show fewer');
  });

  it('shows active filters as chips that remove themselves, and Clear all', async () => {
    const el = await registry(html`<dpg-provider .client=${recordsClient()}><dpg-registry sdg="4" type="software" q="platform"></dpg-registry></dpg-provider>`);
    expect(chips(el)).to.deep.equal([
      'Remove filter: “platform”',
      'Remove filter: 4. Quality Education',
      'Remove filter: Software',
    ]);
    expect($$(el, '[part="chip"]')[1]!.textContent!.replace(/\s+/g, ' ').trim()).to.equal('4. Quality Education×');
    $$<HTMLButtonElement>(el, '[part="chip"]')[1]!.click();
    await settled(el);
    expect(el.sdg).to.equal('');
    expect(chips(el)).to.deep.equal(['Remove filter: “platform”', 'Remove filter: Software']);
    // Focus moves to the chip that took the removed one's place.
    expect(shadow(el).activeElement).to.equal($$(el, '[part="chip"]')[1]);
    $$<HTMLButtonElement>(el, '[part="chip"]')[0]!.click();
    await settled(el);
    expect(el.q).to.equal('');
    $<HTMLButtonElement>(el, '[part="clear"]').click();
    await settled(el);
    expect($$(el, '[part="chip"]').length).to.equal(0);
    expect(shadow(el).activeElement).to.equal($(el, '[part="search"]'));
    expect(count(el)).to.equal('4 results');
  });

  it('says when nothing matches, with Clear all', async () => {
    const el = await registry(html`<dpg-registry q="zzqxv"></dpg-registry>`);
    expect(el.state).to.equal('empty');
    expect(textOf(el, '[part="empty"] .message')).to.equal('No Digital Public Good matches these filters.');
    expect(count(el)).to.equal('0 results');
    $<HTMLButtonElement>(el, '[part="empty"] button').click();
    await settled(el);
    expect(el.state).to.equal('ready');
    expect(cards(el).length).to.equal(24);
  });

  it('shows more results and moves focus to the first new one', async () => {
    const el = await registry(html`<dpg-registry page-size="10"></dpg-registry>`);
    expect(cards(el).length).to.equal(10);
    $<HTMLButtonElement>(el, '[part="more"]').focus();
    await sendKeys({ press: 'Enter' });
    await settled(el);
    expect(cards(el).length).to.equal(20);
    const eleventh = cards(el)[10]!;
    await eleventh.loadComplete();
    await new Promise((resolve) => setTimeout(resolve));
    expect(shadow(el).activeElement).to.equal(eleventh);
    expect(shadow(eleventh).activeElement).to.equal(shadow(eleventh).querySelector('[part="name"]'));
    // A new search starts again from one page.
    await type(el, 'data');
    expect(cards(el).length).to.equal(10);
  });

  it('reads a long list a page of the SDK at a time', async () => {
    const many = Array.from({ length: 1_100 }, (_, i) => dpg({ id: `good-${i}`, name: `Good ${String(i).padStart(4, '0')}` }));
    const el = await registry(html`<dpg-provider .client=${recordsClient(many)}><dpg-registry view="table" page-size="600"></dpg-registry></dpg-provider>`);
    expect($$(el, 'tbody tr').length).to.equal(600);
    $<HTMLButtonElement>(el, '[part="more"]').click();
    await settled(el);
    expect($$(el, 'tbody tr').length).to.equal(1_100);
    expect($$(el, '[part="more"]').length).to.equal(0);
    expect($$(el, 'tbody th')[1_099]!.textContent!.trim()).to.equal('Good 1099');
  });

  it('sorts by relevance, name and number of deployment countries', async () => {
    const el = await registry(html`<dpg-provider .client=${recordsClient()}><dpg-registry></dpg-registry></dpg-provider>`);
    const select = $<HTMLSelectElement>(el, '[part="sort"]');
    expect([...select.options].map((o) => o.textContent)).to.deep.equal(['Relevance', 'Name', 'Deployment countries']);
    select.value = 'countries';
    const changed = oneEvent(el, 'dpg-change');
    select.dispatchEvent(new Event('change'));
    expect((await changed).detail.query).to.deep.equal({ sort: 'countries' });
    await settled(el);
    expect(names(el)).to.deep.equal(['DHIS2', 'Kolibri', 'StoryWeaver', 'Weather Data Commons']);
    await type(el, 'reading');
    el.sort = 'name';
    await settled(el);
    expect(names(el)).to.deep.equal(['Kolibri', 'StoryWeaver']);
  });

  it('shows a dense table, whose names emit dpg-select', async () => {
    const el = await registry(html`<dpg-provider .client=${recordsClient()}><dpg-registry view="table"></dpg-registry></dpg-provider>`);
    expect($$(el, 'thead th').map((th) => th.textContent!.trim())).to.deep.equal(['Name', 'Type', 'SDGs', 'Licence', 'Countries', 'Stage']);
    const first = $$(el, 'tbody tr')[0]!;
    expect([...first.children].map((cell) => cell.textContent!.trim())).to.deep.equal(['DHIS2', 'Software', '3, 4', 'BSD-3-Clause', '5', 'Digital Public Good']);
    // A record that lists no deployment country says nothing: not stated, not 0.
    const last = $$(el, 'tbody tr').at(-1)!;
    expect(last.children[4]!.textContent!.trim()).to.equal('Not stated in the registry');
    const selected = oneEvent(el, 'dpg-select');
    first.querySelector<HTMLButtonElement>('.result-name')!.click();
    expect((await selected).detail.id).to.equal('dhis2');
    const view = $<HTMLSelectElement>(el, '[part="view"]');
    view.value = 'cards';
    view.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect(el.getAttribute('view')).to.equal('cards');
    expect(cards(el).length).to.equal(4);
  });

  it('lets the page cancel a selection in the table, which then keeps the page where it is', async () => {
    const el = await registry(html`<dpg-registry view="table" q="dhis2"></dpg-registry>`);
    el.addEventListener('dpg-select', (event) => event.preventDefault());
    const link = $<HTMLAnchorElement>(el, 'tbody a.result-name');
    const click = new MouseEvent('click', { bubbles: true, cancelable: true, composed: true });
    link.dispatchEvent(click);
    expect(click.defaultPrevented).to.equal(true);
  });

  it('opens a result in place as a full card with expand="inline", and closes it', async () => {
    const el = await registry(html`<dpg-registry expand="inline" q="dhis2" page-size="3"></dpg-registry>`);
    const selected = oneEvent(el, 'dpg-select');
    await cards(el)[0]!.loadComplete();
    const name = shadow(cards(el)[0]!).querySelector<HTMLAnchorElement>('[part="name"]')!;
    name.click();
    expect((await selected).detail.id).to.equal('dhis2');
    await el.updateComplete;
    const full = $<DpgCard>(el, '[part="expanded"]');
    expect(full.variant).to.equal('full');
    await full.loadComplete();
    expect(shadow(full).querySelector('[part="indicators"]')).to.not.equal(null);
    $<HTMLButtonElement>(el, '.expanded .close').click();
    await el.updateComplete;
    expect($$(el, '[part="expanded"]').length).to.equal(0);
    await cards(el)[0]!.loadComplete();
    await new Promise((resolve) => setTimeout(resolve));
    expect(shadow(el).activeElement).to.equal(cards(el)[0]);

    el.view = 'table';
    await el.updateComplete;
    $<HTMLAnchorElement>(el, 'tbody .result-name').click();
    await el.updateComplete;
    expect($$(el, '.expanded-row [part="expanded"]').length).to.equal(1);
    $<HTMLAnchorElement>(el, 'tbody .result-name').click();
    await el.updateComplete;
    expect($$(el, '.expanded-row').length).to.equal(0);
  });

  it('takes presets from attributes and ignores invalid ones', async () => {
    const el = await registry(html`<dpg-registry sdg="4 99 sdg3" type="software video" country="RW xx1" stage="dpg" sort="sideways"></dpg-registry>`);
    expect(el.query).to.deep.equal({ sdg: [4, 3], type: ['software'], country: ['RW'], stage: ['dpg'], sort: 'name' });
    expect(option(el, 'sdg', '4 Quality Education').checked).to.equal(true);
    expect(cards(el).length).to.be.greaterThan(0);
    for (const card of cards(el)) {
      const record = card.dpg!;
      expect(record.sdgs.some(({ goal }) => goal === 3 || goal === 4)).to.equal(true);
      expect([...record.countries.deployment, ...record.countries.development]).to.include('RW');
    }
    expect(count(el)).to.equal(`${await createClient().dpgs.count(el.query)} results`);
  });

  it('uses the keyboard only: search, a facet, a chip', async () => {
    const el = await registry(html`<dpg-provider .client=${recordsClient()}><dpg-registry></dpg-registry></dpg-provider>`);
    await sendKeys({ press: 'Tab' });
    expect(shadow(el).activeElement).to.equal($(el, '[part="search"]'));
    await sendKeys({ type: 'kolibri' });
    await settled(el);
    expect(names(el)).to.deep.equal(['Kolibri']);
    await sendKeys({ press: 'Tab' }); // the first SDG checkbox
    expect(shadow(el).activeElement).to.equal($$(el, '.facet-sdg input')[0]);
    await sendKeys({ press: 'Space' });
    await settled(el);
    expect(el.sdg).to.equal('1');
    expect(el.state).to.equal('empty');
    $$<HTMLButtonElement>(el, '[part="chip"]')[1]!.focus();
    await sendKeys({ press: 'Enter' });
    await settled(el);
    expect(el.sdg).to.equal('');
    expect(names(el)).to.deep.equal(['Kolibri']);
  });

  it('builds the search index when idle after the first results, and on focus of the search box', async () => {
    const client = recordsClient();
    let builds = 0;
    const counting: DpgClient = { ...client, dpgs: { ...client.dpgs, prepareSearch: (options) => (builds++, client.dpgs.prepareSearch(options)) } };
    const el = await registry(html`<dpg-provider .client=${counting}><dpg-registry></dpg-registry></dpg-provider>`);
    // The element asks for idle time with a 2 s deadline (a background tab may never be idle).
    await new Promise((resolve) => requestIdleCallback(resolve, { timeout: 2500 }));
    await new Promise((resolve) => setTimeout(resolve));
    expect(builds).to.equal(1);
    $(el, '[part="search"]').focus();
    expect(builds).to.equal(2);
  });

  it('shows an error with Retry, and emits dpg-error', async () => {
    const provider = await mount<HTMLElement>(html`<dpg-provider .client=${unreachableClient()}></dpg-provider>`);
    const el = document.createElement('dpg-registry');
    const failed = oneEvent(provider, 'dpg-error');
    provider.append(el);
    expect((await failed).detail.error.code).to.equal('network');
    await el.updateComplete;
    expect(el.state).to.equal('error');
    expect($$(el, '[part="search"]').length).to.equal(1);
    const again = oneEvent(el, 'dpg-error');
    $<HTMLButtonElement>(el, '[part="retry"]').click();
    await again;
  });

  it('speaks Arabic, right to left', async () => {
    const wrapper = await mount<HTMLDivElement>(html`<div lang="ar"><dpg-registry></dpg-registry></div>`);
    const el = wrapper.querySelector('dpg-registry')!;
    await el.loadComplete();
    expect(textOf(el, '.search label')).to.equal('البحث في المنافع العامة الرقمية');
    expect(count(el)).to.equal('عدد النتائج: 245');
    expect(getComputedStyle($(el, '.registry')).direction).to.equal('rtl');
    wrapper.lang = 'fr';
    await langApplied(el);
    expect(count(el)).to.equal('245 résultats');
  });

  it("hands its theme to its result cards, whatever the reader's system setting", async () => {
    await emulateMedia({ colorScheme: 'light' });
    const el = await registry(html`<dpg-registry theme="dark" page-size="3"></dpg-registry>`);
    const surface = (node: Element) => getComputedStyle(node).getPropertyValue('--dpg-color-surface').trim();
    expect(cards(el).length).to.equal(3);
    for (const card of cards(el)) {
      expect(card.getAttribute('theme')).to.equal('dark');
      expect(surface(card)).to.equal(surface(el));
    }
  });

  for (const theme of ['light', 'dark'] as const) {
    it(`passes axe with filters, chips and results (${theme})`, async () => {
      await emulateMedia({ colorScheme: theme });
      const el = await registry(html`<dpg-registry theme=${theme} sdg="4" license="open" q="learn" page-size="6"></dpg-registry>`);
      await Promise.all(cards(el).map((card) => card.loadComplete()));
      await expect(el).to.be.accessible();
      el.view = 'table';
      await el.updateComplete;
      await expect(el).to.be.accessible();
      await emulateMedia({ colorScheme: 'light' });
    });
  }
});
