import type { DigitalPublicGood } from '@dpg-kit/sdk';
import { expect, html, oneEvent, waitUntil } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import type { DpgCard } from '../../packages/elements/src/dpg-card/dpg-card.js';
import '../../packages/elements/src/define/dpg-card.js';
import '../../packages/elements/src/define/dpg-provider.js';
import { gatedClient, langApplied, mount, shadow, textOf, unreachableClient } from './helpers.js';

async function card(template: ReturnType<typeof html>): Promise<DpgCard> {
  const root = await mount<HTMLElement>(template);
  const el = (root.localName === 'dpg-card' ? root : root.querySelector('dpg-card')) as DpgCard;
  await el.loadComplete();
  return el;
}

const parts = (el: Element, part: string) => [...shadow(el).querySelectorAll(`[part~="${part}"]`)];

/** A record as a partner's own code might hand it over, with a hostile link. */
const handMade: DigitalPublicGood = {
  id: 'hand-made',
  name: 'Hand Made <b>Tool</b>',
  aliases: [],
  description: 'Made for a test. <img src=x onerror=alert(1)>',
  website: 'javascript:alert(1)',
  types: ['software', 'data'],
  licenses: [{ spdx: 'MIT', name: 'MIT', kind: 'open' }],
  sdgs: [{ goal: 3 }, { goal: 7 }],
  sectors: [],
  repositories: [{ url: 'https://example.org/repo' }],
  organizations: [],
  stage: 'nominee',
  countries: { deployment: ['KE', 'UG'], development: ['KE'] },
};

describe('<dpg-card>', () => {
  it('shows a skeleton while loading, then the DPG (last argument wins, aborted runs are not shown)', async () => {
    const { client, open } = gatedClient();
    const provider = await mount<HTMLElement>(html`<dpg-provider .client=${client}><dpg-card dpg-id="openimis"></dpg-card></dpg-provider>`);
    const el = provider.querySelector('dpg-card')!;
    expect(el.state).to.equal('loading');
    const loading = shadow(el).querySelector('[part="loading"]')!;
    expect(loading.getAttribute('aria-busy')).to.equal('true');
    expect(loading.querySelectorAll('.skeleton').length).to.be.greaterThan(3);
    expect(el.getBoundingClientRect().height).to.be.greaterThan(100);

    const loaded: string[] = [];
    el.addEventListener('dpg-load', () => loaded.push(el.dpgId));
    el.dpgId = 'dhis2';
    await el.updateComplete;
    open();
    await el.loadComplete();
    expect(el.state).to.equal('ready');
    expect(loaded).to.deep.equal(['dhis2']);
    expect(textOf(el, '[part="name"]')).to.equal('DHIS2');
  });

  it('aborts loading when it leaves the page and loads again when it comes back', async () => {
    const { client, open, signals } = gatedClient();
    const provider = await mount<HTMLElement>(html`<dpg-provider .client=${client}><dpg-card dpg-id="dhis2"></dpg-card></dpg-provider>`);
    const el = provider.querySelector('dpg-card')!;
    expect(signals).to.have.length(1);
    el.remove();
    expect(signals[0]!.aborted).to.equal(true);
    provider.append(el);
    await el.updateComplete;
    expect(el.state).to.equal('loading');
    open();
    await el.loadComplete();
    expect(el.state).to.equal('ready');
  });

  it('shows name, description, types, SDG chips, licences, stage, countries and links', async () => {
    const el = await card(html`<dpg-card dpg-id="dhis2"></dpg-card>`);
    expect(textOf(el, '[part="stage"]')).to.equal('Digital Public Good');
    expect(textOf(el, '[part="description"]').length).to.be.greaterThan(20);
    const chips = parts(el, 'sdg');
    expect(chips.length).to.be.greaterThan(0);
    expect(chips[0]!.querySelector('.sdg-number')!.getAttribute('style')).to.match(/background/);
    expect(chips[0]!.querySelector('.sdg-title')!.textContent!.length).to.be.greaterThan(3);
    const facts = textOf(el, '[part="facts"]');
    expect(facts).to.contain('Type').and.contain('Licence');
    // One count: the countries of deployment, with development apart (not 89 "countries").
    const counts = Object.fromEntries(
      [...shadow(el).querySelectorAll('.fact')].map((fact) => [fact.querySelector('dt')!.textContent!.trim(), fact.querySelector('dd')!.textContent!.trim()]),
    );
    expect(counts['Countries of deployment']).to.equal('88');
    expect(counts['Countries of development']).to.equal('2');
    const hrefs = parts(el, 'link').map((link) => (link as HTMLAnchorElement).href);
    expect(hrefs.length).to.be.greaterThan(1);
    expect(hrefs.every((href) => /^https?:/.test(href))).to.equal(true);
  });

  it('says the registry does not state deployment countries rather than showing 0', async () => {
    const unstated = { ...handMade, countries: { deployment: [], development: [] } };
    const el = await card(html`<dpg-card .dpg=${unstated}></dpg-card>`);
    const facts = textOf(el, '[part="facts"]');
    expect(facts).to.contain('Countries of deployment').and.contain('Not stated in the registry');
    expect(facts).not.to.contain('Countries of development');
    expect(facts).not.to.match(/\b0\b/);
    const french = await card(html`<dpg-card lang="fr" .dpg=${unstated}></dpg-card>`);
    await langApplied(french);
    expect(textOf(french, '[part="facts"]')).to.contain('Non indiqué dans le registre');
  });

  it('lists the organisations a good is deployed with on the full card only', async () => {
    const deployed = { ...handMade, deploymentOrganizations: ["United Nations International Children's Emergency Fund", 'World Bank <b>'] };
    const full = await card(html`<dpg-card variant="full" .dpg=${deployed}></dpg-card>`);
    const section = parts(full, 'deployed-with')[0]!;
    expect(section.querySelector('[role="heading"]')!.textContent!.trim()).to.equal('Deployed with');
    expect([...section.querySelectorAll('li')].map((li) => li.textContent!.trim())).to.deep.equal(deployed.deploymentOrganizations);
    expect(section.querySelector('b')).to.equal(null);
    const compact = await card(html`<dpg-card .dpg=${deployed}></dpg-card>`);
    expect(parts(compact, 'deployed-with')).to.have.length(0);
    const none = await card(html`<dpg-card variant="full" .dpg=${handMade}></dpg-card>`);
    expect(parts(none, 'deployed-with')).to.have.length(0);
    await expect(full).to.be.accessible();
  });

  it('shows the empty state without an id, and a not-found state with the id', async () => {
    const empty = await card(html`<dpg-card></dpg-card>`);
    expect(empty.state).to.equal('empty');
    expect(textOf(empty, '[part="empty"]')).to.equal('No Digital Public Good selected.');
    const missing = await card(html`<dpg-card dpg-id="no-such-dpg"></dpg-card>`);
    expect(missing.state).to.equal('not-found');
    expect(textOf(missing, '[part="not-found"]')).to.contain('“no-such-dpg”');
    expect(missing.getBoundingClientRect().height).to.be.greaterThan(100);
  });

  it('shows an error with Retry and emits dpg-error with the typed error', async () => {
    const client = unreachableClient();
    const provider = await mount<HTMLElement>(html`<dpg-provider .client=${client}></dpg-provider>`);
    const el = document.createElement('dpg-card');
    el.dpgId = 'dhis2';
    const failed = oneEvent(provider, 'dpg-error');
    provider.append(el);
    const event = await failed;
    expect(event.detail.error.code).to.equal('network');
    expect(event.composed && event.bubbles).to.equal(true);
    await el.updateComplete;
    expect(el.state).to.equal('error');
    expect(shadow(el).querySelector('[part="error"]')!.getAttribute('role')).to.equal('alert');
    expect(textOf(el, '[part="error"] p')).to.contain('Could not reach');

    const again = oneEvent(el, 'dpg-error');
    (shadow(el).querySelector('[part="retry"]') as HTMLButtonElement).click();
    await el.updateComplete;
    expect(el.state).to.equal('loading');
    await again;
  });

  it('lets a page replace the loading and error UI through slots', async () => {
    const failing = await mount(html`<dpg-provider .client=${unreachableClient()}
      ><dpg-card dpg-id="dhis2"><p slot="error">Our own error</p></dpg-card></dpg-provider
    >`);
    const el = failing.querySelector('dpg-card')!;
    await el.loadComplete();
    const errorSlot = shadow(el).querySelector('slot[name="error"]') as HTMLSlotElement;
    expect(errorSlot.assignedElements().map((node) => node.textContent)).to.deep.equal(['Our own error']);

    const { client } = gatedClient();
    const waiting = await mount(html`<dpg-provider .client=${client}
      ><dpg-card dpg-id="dhis2"><p slot="loading">Our own spinner</p></dpg-card></dpg-provider
    >`);
    const loadingSlot = shadow(waiting.querySelector('dpg-card')!).querySelector('slot[name="loading"]') as HTMLSlotElement;
    expect(loadingSlot.assignedElements().map((node) => node.textContent)).to.deep.equal(['Our own spinner']);
  });

  it('shows a compact card given .dpg in its first update, with no loading state, and says so once', async () => {
    const loads: boolean[] = [];
    const wrapper = await mount<HTMLDivElement>(html`<div @dpg-load=${(event: CustomEvent<{ empty: boolean }>) => loads.push(event.detail.empty)}>
      <dpg-card .dpg=${handMade}></dpg-card>
    </div>`);
    const el = wrapper.querySelector('dpg-card')!;
    // mount() waited for the first update only: the record is on screen already.
    expect(el.state).to.equal('ready');
    expect(shadow(el).querySelector('[part="loading"]')).to.equal(null);
    expect(textOf(el, '[part="name"]')).to.equal('Hand Made <b>Tool</b>');
    await el.loadComplete();
    expect(loads).to.deep.equal([false]);

    // Another record: shown in the update that takes it, again without a skeleton.
    el.dpg = { ...handMade, id: 'second', name: 'Second' };
    await el.updateComplete;
    expect(el.state).to.equal('ready');
    expect(textOf(el, '[part="name"]')).to.equal('Second');
    await el.loadComplete();
    expect(loads).to.deep.equal([false, false]);
  });

  it('renders a .dpg property as text, and only http(s) links', async () => {
    const el = await card(html`<dpg-card .dpg=${handMade}></dpg-card>`);
    expect(textOf(el, '[part="name"]')).to.equal('Hand Made <b>Tool</b>');
    expect(shadow(el).querySelector('b, img')).to.equal(null);
    expect(textOf(el, '[part="stage"]')).to.equal('Nominee');
    expect(textOf(el, '[part="facts"]')).to.contain('Software, Data').and.contain('MIT').and.contain('2');
    const hrefs = parts(el, 'link').map((link) => link.getAttribute('href'));
    expect(hrefs).to.deep.equal(['https://example.org/repo']);
    // No registry page: the name is a button.
    expect(shadow(el).querySelector('[part="name"]')!.localName).to.equal('button');
  });

  it('emits a cancelable dpg-select from its name; cancelling keeps the page', async () => {
    const el = await card(html`<dpg-card dpg-id="dhis2"></dpg-card>`);
    const name = shadow(el).querySelector('[part="name"]') as HTMLAnchorElement;
    expect(name.localName).to.equal('a');
    el.addEventListener('dpg-select', (event) => event.preventDefault());
    const selected = oneEvent(el, 'dpg-select');
    name.click();
    const event = await selected;
    expect(event.detail.id).to.equal('dhis2');
    expect(event.detail.dpg.name).to.equal('DHIS2');
    expect(event.cancelable && event.composed && event.bubbles).to.equal(true);
    expect(location.href).to.not.contain('digitalpublicgoods');
  });

  it('selects by keyboard: the name button answers Enter', async () => {
    const el = await card(html`<dpg-card .dpg=${handMade}></dpg-card>`);
    (shadow(el).querySelector('[part="name"]') as HTMLButtonElement).focus();
    const selected = oneEvent(el, 'dpg-select');
    await sendKeys({ press: 'Enter' });
    expect((await selected).detail.id).to.equal('hand-made');
  });

  it('focus() moves focus to the name: the registry link, or the button without one', async () => {
    const linked = await card(html`<dpg-card dpg-id="dhis2"></dpg-card>`);
    linked.focus();
    expect(document.activeElement).to.equal(linked);
    expect(shadow(linked).activeElement).to.equal(shadow(linked).querySelector('a[part="name"]'));
    const plain = await card(html`<dpg-card .dpg=${handMade}></dpg-card>`);
    plain.focus({ preventScroll: true });
    expect(document.activeElement).to.equal(plain);
    expect(shadow(plain).activeElement).to.equal(shadow(plain).querySelector('button[part="name"]'));
    const selected = oneEvent(plain, 'dpg-select');
    await sendKeys({ press: 'Enter' });
    expect((await selected).detail.id).to.equal('hand-made');
  });

  it('focus() leaves focus where it is while the card has no name to focus', async () => {
    const root = await mount<HTMLElement>(html`<div><button id="before">Before</button><dpg-card></dpg-card><dpg-card dpg-id="no-such-good"></dpg-card></div>`);
    const [empty, missing] = [...root.querySelectorAll('dpg-card')];
    await Promise.all([empty!.loadComplete(), missing!.loadComplete()]);
    expect([empty!.state, missing!.state]).to.deep.equal(['empty', 'not-found']);
    const before = root.querySelector<HTMLButtonElement>('#before')!;
    before.focus();
    empty!.focus();
    missing!.focus();
    expect(document.activeElement).to.equal(before);
  });

  it('clamps a long description and expands it with the keyboard', async () => {
    const long = { ...handMade, description: 'A long description. '.repeat(40) };
    const el = await card(html`<dpg-card style="width: 20rem" .dpg=${long}></dpg-card>`);
    const toggle = shadow(el).querySelector('.toggle') as HTMLButtonElement;
    // The clamp is measured after layout, by a ResizeObserver: the toggle shows once it reports.
    await waitUntil(() => !toggle.hidden, 'the toggle shows for a clamped description');
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    expect(toggle.getAttribute('aria-controls')).to.equal('description');
    toggle.focus();
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    expect(toggle.textContent!.trim()).to.equal('Show less');
    expect(shadow(el).querySelector('.description')!.classList.contains('clamped')).to.equal(false);

    // A new, short text in the same card is measured again and hides the toggle.
    el.dpg = handMade;
    await el.loadComplete();
    const shortToggle = shadow(el).querySelector('.toggle') as HTMLButtonElement;
    await waitUntil(() => shortToggle.hidden, 'the toggle hides for a description that fits');
    expect(shadow(el).querySelector('.description')!.classList.contains('clamped')).to.equal(true);

    const short = await card(html`<dpg-card .dpg=${handMade}></dpg-card>`);
    expect((shadow(short).querySelector('.toggle') as HTMLButtonElement).hidden).to.equal(true);
  });

  it('shows DPG Standard indicators and pilots in the full variant', async () => {
    const el = await card(html`<dpg-card dpg-id="dhis2" variant="full"></dpg-card>`);
    const indicators = shadow(el).querySelector('[part="indicators"]')!;
    expect(indicators.querySelectorAll('.indicator').length).to.be.greaterThan(3);
    expect(indicators.textContent).to.match(/Met|Not met|Unclear/);
    expect(parts(el, 'pilot').length).to.be.greaterThan(0);
    expect(textOf(el, '[part="pilots"] [role="heading"]')).to.equal('Pilots');
    const outside = await card(html`<dpg-card variant="full" .dpg=${handMade}></dpg-card>`);
    expect(textOf(outside, '[part="pilots"]')).to.contain('No pathfinder pilot uses it yet.');
    const compact = await card(html`<dpg-card dpg-id="dhis2"></dpg-card>`);
    expect(parts(compact, 'indicators')).to.have.length(0);
    expect(parts(compact, 'pilots')).to.have.length(0);
  });

  it('says so when pilots cannot be loaded but still shows the card', async () => {
    const provider = await mount<HTMLElement>(html`<dpg-provider pilots-src="http://127.0.0.1:9/pilots.json"
      ><dpg-card dpg-id="dhis2" variant="full"></dpg-card
    ></dpg-provider>`);
    const el = provider.querySelector('dpg-card')!;
    await el.loadComplete();
    expect(el.state).to.equal('ready');
    expect(textOf(el, '[part="pilots"]')).to.contain('could not be loaded');
  });

  it('follows lang: its own, then the nearest ancestor’s, with Arabic right to left', async () => {
    const wrapper = await mount<HTMLDivElement>(html`<div lang="fr"><dpg-card dpg-id="dhis2"></dpg-card></div>`);
    const el = wrapper.querySelector('dpg-card')!;
    await el.loadComplete();
    expect(textOf(el, '[part="stage"]')).to.equal('Bien public numérique');
    wrapper.lang = 'ar';
    await langApplied(el);
    const box = shadow(el).querySelector('[part="card"]')!;
    expect(box.getAttribute('dir')).to.equal('rtl');
    expect(getComputedStyle(box).direction).to.equal('rtl');
    expect(textOf(el, '[part="stage"]')).to.equal('منفعة عامة رقمية');
    el.lang = 'es';
    await langApplied(el);
    expect(box.getAttribute('dir')).to.equal('ltr');
    expect(textOf(el, '[part="stage"]')).to.equal('Bien público digital');
  });

  it('takes its colours from custom properties and can be styled through parts', async () => {
    const wrapper = await mount<HTMLDivElement>(html`<div>
      <style>
        .themed { --dpg-card-background: rgb(1, 2, 3); --dpg-color-primary: rgb(200, 0, 0); }
        .themed::part(name) { letter-spacing: 3px; }
      </style>
      <dpg-card class="themed" dpg-id="dhis2"></dpg-card>
    </div>`);
    const el = wrapper.querySelector('dpg-card')!;
    await el.loadComplete();
    expect(getComputedStyle(shadow(el).querySelector('[part="card"]')!).backgroundColor).to.equal('rgb(1, 2, 3)');
    expect(getComputedStyle(parts(el, 'link')[0]!).color).to.equal('rgb(200, 0, 0)');
    expect(getComputedStyle(shadow(el).querySelector('[part="name"]')!).letterSpacing).to.equal('3px');
  });

  it('follows prefers-color-scheme unless its theme attribute says otherwise', async () => {
    await emulateMedia({ colorScheme: 'dark' });
    try {
      const el = await card(html`<dpg-card dpg-id="dhis2"></dpg-card>`);
      const box = shadow(el).querySelector('[part="card"]')!;
      expect(getComputedStyle(box).backgroundColor).to.equal('rgb(22, 25, 29)');
      await expect(el).to.be.accessible();
      el.theme = 'light';
      await el.updateComplete;
      expect(getComputedStyle(box).backgroundColor).to.equal('rgb(255, 255, 255)');
    } finally {
      await emulateMedia({ colorScheme: 'light' });
    }
  });

  it('is accessible in light and dark', async () => {
    const light = await card(html`<dpg-card dpg-id="dhis2" variant="full" theme="light"></dpg-card>`);
    await expect(light).to.be.accessible();
    const dark = await card(html`<dpg-card dpg-id="dhis2" variant="full" theme="dark"></dpg-card>`);
    expect(getComputedStyle(shadow(dark).querySelector('[part="card"]')!).backgroundColor).to.equal('rgb(22, 25, 29)');
    await expect(dark).to.be.accessible();
  });
});
