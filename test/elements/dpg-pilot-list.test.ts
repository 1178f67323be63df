import { createClient, getDefaultClient, isDpgError, type DpgClient, type DpgError, type Pilot, type PilotQuery } from '@dpg-kit/sdk';
import { expect, html, oneEvent } from '@open-wc/testing';
import type { DpgPilotList } from '../../packages/elements/src/dpg-pilot-list/dpg-pilot-list.js';
import '../../packages/elements/src/define/dpg-pilot-list.js';
import '../../packages/elements/src/define/dpg-provider.js';
import { mount, REFUSED_URL, shadow, textOf } from './helpers.js';

async function list(template: ReturnType<typeof html>, client?: DpgClient): Promise<DpgPilotList> {
  const root = await mount<HTMLElement>(client ? html`<dpg-provider .client=${client}>${template}</dpg-provider>` : template);
  const el = (root.localName === 'dpg-pilot-list' ? root : root.querySelector('dpg-pilot-list')) as DpgPilotList;
  await el.loadComplete();
  return el;
}

/** The country names of the group headings (without their pilot counts). */
const headings = (el: Element) =>
  [...shadow(el).querySelectorAll('[part="group-heading"]')].map((h) =>
    h.textContent!.replace(h.querySelector('.count')!.textContent!, '').replace(/\s+/g, ' ').trim(),
  );
const groupCodes = (el: Element) => [...shadow(el).querySelectorAll<HTMLElement>('[part="group"]')].map((g) => g.dataset.code!);
const englishName = (code: string) => new Intl.DisplayNames(['en'], { type: 'region' }).of(code)!;

describe('<dpg-pilot-list>', () => {
  it('shows a skeleton while loading', async () => {
    const pending: DpgClient = { ...getDefaultClient(), pilots: { ...getDefaultClient().pilots, list: () => new Promise(() => undefined) } };
    const root = await mount<HTMLElement>(html`<dpg-provider .client=${pending}><dpg-pilot-list></dpg-pilot-list></dpg-provider>`);
    const el = root.querySelector('dpg-pilot-list')!;
    expect(el.state).to.equal('loading');
    expect(shadow(el).querySelectorAll('.skeleton').length).to.equal(6);
  });

  it('groups the pilots by country, countries in alphabetical order, each with its pilots', async () => {
    const el = await list(html`<dpg-pilot-list></dpg-pilot-list>`);
    expect(el.state).to.equal('ready');
    const names = headings(el);
    expect(names).to.have.length(16);
    expect(names).to.deep.equal([...names].sort((a, b) => a.localeCompare(b)));
    for (const code of ['AG', 'DM', 'GD', 'KN', 'LC', 'MS', 'VC']) expect(names).to.include(englishName(code));
    const lanka = shadow(el).querySelector('[data-code="LK"]')!;
    expect(lanka.querySelector('.count')!.textContent).to.equal('2 pilots');
    expect(lanka.querySelectorAll('[part="pilot"]').length).to.equal(2);
    expect(lanka.querySelector('[role="heading"]')!.getAttribute('aria-level')).to.equal('3');
    expect(textOf(el, '[data-code="RW"] [part="pilot"]')).to.include('Education');
    expect(shadow(el).querySelector('.root')!.getAttribute('aria-label')).to.equal('Pilots by country');
  });

  it('lists one entry per pilot with group-by="pilot"', async () => {
    const el = await list(html`<dpg-pilot-list group-by="pilot" heading-level="2"></dpg-pilot-list>`);
    const pilots = [...shadow(el).querySelectorAll<HTMLElement>('[part="pilot"]')];
    expect(pilots).to.have.length(11);
    const oecs = pilots.find((p) => p.dataset.id === 'gdl-oecs')!;
    expect(oecs.querySelector('[part="title"]')!.getAttribute('aria-level')).to.equal('2');
    expect(oecs.querySelector('.summary')!.textContent).to.include('OECS Commission');
    const facts = oecs.querySelector('.facts')!.textContent!.replace(/\s+/g, ' ');
    expect(facts).to.include(englishName('LC'));
    expect(facts).to.include('UNICEF');
    expect(facts).to.include('Announced');
    expect(shadow(el).querySelector('.root')!.getAttribute('aria-label')).to.equal('Pilots');
  });

  it('links each pilot’s DPGs to their registry pages and emits a cancelable dpg-select', async () => {
    const el = await list(html`<dpg-pilot-list dpg-id="dhis2" group-by="pilot"></dpg-pilot-list>`);
    const links = [...shadow(el).querySelectorAll<HTMLAnchorElement>('a[part="dpg"]')];
    expect(links).to.have.length(5);
    expect(links[0]!.textContent).to.equal('DHIS2');
    expect(links[0]!.href).to.match(/^https:\/\//);
    // Cancelled, so that the test page stays where it is.
    el.addEventListener('dpg-select', (event) => event.preventDefault());
    const selected = oneEvent(el, 'dpg-select');
    const click = new MouseEvent('click', { bubbles: true, cancelable: true, composed: true });
    links[0]!.dispatchEvent(click);
    const { detail } = await selected;
    expect(detail.id).to.equal('dhis2');
    expect(detail.dpg.name).to.equal('DHIS2');
    expect(click.defaultPrevented).to.equal(true);

    const gdl = await list(html`<dpg-pilot-list pilot-ids="gdl-rwanda" group-by="pilot"></dpg-pilot-list>`);
    expect(shadow(gdl).querySelector('a[part="dpg"]')).to.equal(null);
    expect(textOf(gdl, '[part="dpg"]')).to.equal('Global Digital Library');
  });

  it('leaves the link to the browser when dpg-select is not cancelled', async () => {
    const el = await list(html`<dpg-pilot-list dpg-id="dhis2" country="GM"></dpg-pilot-list>`);
    let heard = false;
    el.addEventListener('dpg-select', () => (heard = true));
    // The link's own default is stopped here, outside the element, so the page stays.
    const link = shadow(el).querySelector('a[part="dpg"]')!;
    link.addEventListener('click', (event) => event.preventDefault());
    const click = new MouseEvent('click', { bubbles: true, cancelable: true, composed: true });
    const stopped = new Promise<boolean>((done) => link.addEventListener('click', () => done(heard)));
    link.dispatchEvent(click);
    expect(await stopped).to.equal(true);
  });

  it('filters like the map: pilot-ids, country, sector, dpg-id', async () => {
    const el = await list(html`<dpg-pilot-list sector="innovation"></dpg-pilot-list>`);
    expect(groupCodes(el)).to.have.members(['GH', 'KZ']);
    el.sector = undefined;
    el.country = 'lc,vc';
    await el.loadComplete();
    expect(groupCodes(el)).to.deep.equal(['LC', 'VC']);
    el.country = undefined;
    el.dpgId = 'dhis2';
    await el.loadComplete();
    expect(groupCodes(el)).to.have.members(['GM', 'LK', 'SZ', 'UG']);
    el.pilotIds = 'dhis2-covid19-sri-lanka';
    await el.loadComplete();
    expect(groupCodes(el)).to.deep.equal(['LK']);
  });

  it('asks its client for the pilots its attributes keep, and keeps the list shown while the client answers', async () => {
    const base = getDefaultClient();
    const asked: PilotQuery[] = [];
    const listPilots = base.pilots.list.bind(base.pilots);
    const client: DpgClient = { ...base, pilots: { ...base.pilots, list: (query = {}, options) => (asked.push(query), listPilots(query, options)) } };
    const el = await list(html`<dpg-pilot-list pilot-ids="gdl-rwanda gdl-oecs" sector="Education"></dpg-pilot-list>`, client);
    expect(asked).to.deep.include({ id: ['gdl-rwanda', 'gdl-oecs'], country: [], sector: ['Education'], dpg: [] });
    expect(groupCodes(el)).to.have.length(8);
    el.pilotIds = 'gdl-rwanda';
    await el.updateComplete;
    expect(shadow(el).querySelector('.skeleton')).to.equal(null);
    expect(groupCodes(el)).to.have.length(8);
    await el.loadComplete();
    expect(groupCodes(el)).to.deep.equal(['RW']);
  });

  it('says so when nothing matches, and when there are no pilots', async () => {
    const el = await list(html`<dpg-pilot-list country="FR"></dpg-pilot-list>`);
    expect(el.state).to.equal('empty');
    expect(textOf(el, '[part="empty"]')).to.equal('No pilot matches this selection.');
    const none = await list(
      html`<dpg-pilot-list></dpg-pilot-list>`,
      createClient({ pilots: { format: 'dpg-kit/pilots', version: 1, pilots: [] }, pilotsMode: 'replace' }),
    );
    expect(textOf(none, '[part="empty"]')).to.equal('No pilots yet.');
  });

  it('shows text from the data as text, never as markup', async () => {
    const hostile: Pilot = {
      id: 'x',
      title: '<img src=x onerror=alert(1)>Pilot',
      summary: '<b>bold</b>',
      dpgs: [{ name: '<script>x</script>' }],
      countries: ['KE'],
      partners: [],
      sector: 'water',
      status: 'active',
      links: [],
    };
    const client = createClient({ pilots: { format: 'dpg-kit/pilots', version: 1, pilots: [hostile] }, pilotsMode: 'replace' });
    const el = await list(html`<dpg-pilot-list group-by="pilot"></dpg-pilot-list>`, client);
    expect(shadow(el).querySelector('img, b, script, i')).to.equal(null);
    expect(textOf(el, '[part="title"]')).to.equal('<img src=x onerror=alert(1)>Pilot');
    expect(textOf(el, '.facts')).to.include('<script>x</script>');
    // A sector the messages do not name shows as the data writes it.
    expect(textOf(el, '.facts')).to.include('water');
  });

  it('shows an error with Retry when the pilots cannot be loaded', async () => {
    const el = await list(html`<dpg-pilot-list></dpg-pilot-list>`, createClient({ pilots: REFUSED_URL, http: { retries: 0 } }));
    expect(el.state).to.equal('error');
    expect(shadow(el).querySelector('[part="retry"]')).not.to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('keeps a DpgError from another copy of the SDK as it is, and wraps any other error once', async () => {
    const failing = (error: unknown): DpgClient => ({
      ...getDefaultClient(),
      pilots: { ...getDefaultClient().pilots, list: () => Promise.reject(error) },
    });
    // What a second bundle on the page throws: not an instance of this SDK's class.
    const foreign = Object.assign(new Error('Could not reach the pilots.'), { name: 'DpgError', code: 'network' });
    const heard: unknown[] = [];
    const listen = (root: Element) => root.addEventListener('dpg-error', (event) => heard.push((event as CustomEvent).detail.error));
    const el = document.createElement('dpg-pilot-list');
    listen(el);
    await list(html`<dpg-provider .client=${failing(foreign)}>${el}</dpg-provider>`);
    expect(el.state).to.equal('error');
    expect(heard).to.deep.equal([foreign]);
    expect(heard[0]).to.equal(foreign);

    const plain = new TypeError('boom');
    const other = document.createElement('dpg-pilot-list');
    listen(other);
    await list(html`<dpg-provider .client=${failing(plain)}>${other}</dpg-provider>`);
    expect(heard).to.have.length(2);
    const wrapped = heard[1] as DpgError;
    expect(isDpgError(wrapped, 'invalid-data')).to.equal(true);
    expect(wrapped.cause).to.equal(plain);
    // The error state shows the same error the event carried: wrapped once, not once per reading.
    const data = (other as unknown as { data: { error: unknown } }).data;
    expect(data.error).to.equal(wrapped);
    expect(data.error).to.equal(data.error);
  });

  it('speaks the element’s language: French names and order, Arabic right to left', async () => {
    const fr = await list(html`<dpg-pilot-list lang="fr"></dpg-pilot-list>`);
    expect(headings(fr)).to.include('Sainte-Lucie');
    expect(textOf(fr, '[data-code="LK"] .count')).to.equal('2 projets pilotes');
    expect(textOf(fr, '[data-code="RW"] .facts')).to.include('Éducation');
    const ar = await list(html`<dpg-pilot-list lang="ar" group-by="pilot"></dpg-pilot-list>`);
    expect(shadow(ar).querySelector('.root')!.getAttribute('dir')).to.equal('rtl');
    expect(textOf(ar, '[data-id="gdl-rwanda"] .facts')).to.include('التعليم');
    await expect(ar).to.be.accessible();
  });

  it('passes axe in both groupings, light and dark', async () => {
    const el = await list(html`<dpg-pilot-list></dpg-pilot-list>`);
    await expect(el).to.be.accessible();
    el.groupBy = 'pilot';
    el.theme = 'dark';
    await el.updateComplete;
    await expect(el).to.be.accessible();
  });
});
