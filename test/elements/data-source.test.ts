/**
 * The elements say where their registry data comes from and how old it is: a full card's
 * footer, the stale notice of a fallback (every card), and the badge link's title.
 * Dates are compared with `Intl`'s own output for the source's real `asOf`, never a fixed string.
 */
import { createClient, fallback, getDefaultClient, httpSource, snapshotSource } from '@dpg-kit/sdk';
import { expect, html } from '@open-wc/testing';
import { describeSource } from '../../packages/elements/src/base/source-info.js';
import { formatAsOf } from '../../packages/elements/src/base/i18n/index.js';
import type { DpgBadge } from '../../packages/elements/src/dpg-badge/dpg-badge.js';
import type { DpgCard } from '../../packages/elements/src/dpg-card/dpg-card.js';
import '../../packages/elements/src/define/dpg-badge.js';
import '../../packages/elements/src/define/dpg-card.js';
import '../../packages/elements/src/define/dpg-provider.js';
import { REFUSED_URL, langApplied, mount, shadow, textOf } from './helpers.js';

/** Registry files the test server serves: one with an `asOf` header, one without. */
const DATED_URL = '/test/fixtures/registry/dpg-kit.json';
const UNDATED_URL = '/test/fixtures/registry/app-api-2026.json';

/** `asOf` (a day) as a reader of `lang` sees it, straight from `Intl`. */
function longDate(asOf: string | undefined, lang: string): string {
  expect(asOf, 'asOf').to.match(/^\d{4}-\d{2}-\d{2}$/);
  const options: Intl.DateTimeFormatOptions = { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' };
  return new Intl.DateTimeFormat(lang, options).format(new Date(`${asOf}T00:00:00Z`));
}

async function snapshotDate(lang: string): Promise<string> {
  return longDate((await getDefaultClient().meta()).asOf, lang);
}

/** Every dpg-kit element in `root` (or `root` itself), once loaded. */
async function loadedAll<T extends HTMLElement & { loadComplete(): Promise<void> }>(root: Element, tag: string): Promise<T[]> {
  const found = (root.localName === tag ? [root] : [...root.querySelectorAll(tag)]) as T[];
  await Promise.all(found.map((el) => el.loadComplete()));
  return found;
}

async function cards(template: ReturnType<typeof html>): Promise<DpgCard[]> {
  return loadedAll<DpgCard>(await mount<HTMLElement>(template), 'dpg-card');
}

const part = (el: Element, name: string) => shadow(el).querySelector(`[part~="${name}"]`);

// The first test to read the snapshot pays for the dev server compiling its files; do it once here.
before(async () => {
  await getDefaultClient().dpgs.get('dhis2');
});

describe('data source: <dpg-card>', () => {
  it('ends a full card with the snapshot and its date, as text; a compact card shows none', async () => {
    const [full, compact] = await cards(html`<div>
      <dpg-card dpg-id="dhis2" variant="full"></dpg-card><dpg-card dpg-id="dhis2"></dpg-card>
    </div>`);
    expect(textOf(full!, '[part="source"]')).to.equal(`DPG Registry snapshot, as of ${await snapshotDate('en')}`);
    expect(part(full!, 'source')!.children).to.have.length(0);
    expect(part(full!, 'stale')).to.equal(null);
    expect(part(compact!, 'source')).to.equal(null);
    expect(part(compact!, 'stale')).to.equal(null);
    expect(getComputedStyle(part(full!, 'source')!).color).to.equal('rgb(75, 85, 99)');
  });

  it('writes the date in the card’s language and follows a change of language', async () => {
    const [el] = await cards(html`<dpg-card dpg-id="dhis2" variant="full" lang="fr"></dpg-card>`);
    const french = await snapshotDate('fr');
    expect(french).to.not.equal(await snapshotDate('en'));
    expect(textOf(el!, '[part="source"]')).to.equal(`Instantané du registre des DPG, à jour au ${french}`);
    el!.lang = 'ar-EG';
    await langApplied(el!);
    expect(textOf(el!, '[part="source"]')).to.contain(await snapshotDate('ar-EG'));
  });

  it('shows the stale notice, calm and in every variant, when a fallback serves the snapshot', async () => {
    const [full, compact] = await cards(html`<dpg-provider registry-src=${REFUSED_URL} fallback>
      <dpg-card dpg-id="dhis2" variant="full"></dpg-card><dpg-card dpg-id="dhis2"></dpg-card>
    </dpg-provider>`);
    const notice = `Live registry unavailable; showing the snapshot of ${await snapshotDate('en')}.`;
    for (const el of [full!, compact!]) {
      expect(el.state).to.equal('ready');
      const stale = part(el, 'stale')!;
      expect(stale.getAttribute('role')).to.equal('status');
      expect(textOf(el, '[part="stale"]')).to.equal(notice);
      expect(stale.getBoundingClientRect().height).to.be.greaterThan(0);
      // One line in a compact card: no taller than two lines of its own text.
      expect(stale.getBoundingClientRect().height).to.be.lessThan(2 * parseFloat(getComputedStyle(stale).lineHeight) + 10);
    }
    // The notice names the snapshot and its date already: no second line saying the same.
    expect(part(full!, 'source')).to.equal(null);
    expect(shadow(full!).querySelector('[role="alert"]')).to.equal(null);
  });

  it('keeps the stale notice accessible in light and dark', async () => {
    // Axe on full cards is covered in dpg-card.test.ts; here the notice, on quick compact cards.
    const client = createClient({ registry: fallback(httpSource(REFUSED_URL, { retries: 0 }), snapshotSource()) });
    const [light, dark] = await cards(html`<dpg-provider .client=${client}>
      <dpg-card dpg-id="dhis2" theme="light"></dpg-card><dpg-card dpg-id="dhis2" theme="dark"></dpg-card>
    </dpg-provider>`);
    expect(part(dark!, 'stale')).to.not.equal(null);
    await expect(light).to.be.accessible();
    await expect(dark).to.be.accessible();
  });

  it('says "a saved copy" when a partner’s fallback has no date', async () => {
    const client = createClient({ registry: fallback(httpSource(REFUSED_URL, { retries: 0 }), httpSource(UNDATED_URL)) });
    const [el] = await cards(html`<dpg-provider .client=${client}><dpg-card dpg-id="no-such-dpg"></dpg-card></dpg-provider>`);
    expect(el!.state).to.equal('not-found');
    expect(textOf(el!, '[part="stale"]')).to.equal('Live registry unavailable; showing a saved copy.');
  });

  it('names an HTTP registry by its host only, with its date when the file gives one', async () => {
    const { asOf } = (await httpSource(DATED_URL).load()).meta;
    const [dated] = await cards(html`<dpg-provider registry-src=${DATED_URL}><dpg-card dpg-id="dhis2" variant="full"></dpg-card></dpg-provider>`);
    expect(textOf(dated!, '[part="source"]')).to.equal(`Source: ${location.host}, as of ${longDate(asOf, 'en')}`);
    expect(shadow(dated!).querySelector('[part="source"] a')).to.equal(null);
    // A registry with no date, and a not-found card: the reader still learns which registry said so.
    const [undated] = await cards(html`<dpg-provider registry-src=${UNDATED_URL}><dpg-card dpg-id="no-such-dpg" variant="full"></dpg-card></dpg-provider>`);
    expect(undated!.state).to.equal('not-found');
    expect(textOf(undated!, '[part="source"]')).to.equal(`Source: ${location.host}`);
    await expect(undated).to.be.accessible();
  });

  it('shows no source for a record passed as .dpg', async () => {
    const dpg = await getDefaultClient().dpgs.get('dhis2');
    const [el] = await cards(html`<dpg-card variant="full" .dpg=${dpg}></dpg-card>`);
    expect(el!.state).to.equal('ready');
    expect(part(el!, 'source')).to.equal(null);
  });
});

describe('data source: <dpg-badge>', () => {
  async function badgeTitle(template: ReturnType<typeof html>): Promise<string | null> {
    const [el] = await loadedAll<DpgBadge>(await mount<HTMLElement>(template), 'dpg-badge');
    const link = shadow(el!).querySelector('a')!;
    // Nothing visible changes: the date is only in the link's description.
    expect(link.textContent!.replace(/\s+/g, ' ').trim()).to.match(/^Digital Public Good: .+ in the Digital Public Goods Registry$/);
    return link.getAttribute('title');
  }

  it('puts the snapshot date in the link’s title', async () => {
    const title = await badgeTitle(html`<dpg-badge dpg-id="dhis2"></dpg-badge>`);
    // The name sits between first-strong isolates, so it keeps its own direction in any language.
    expect(title).to.equal(`\u2068DHIS2\u2069 in the Digital Public Goods Registry (snapshot as of ${await snapshotDate('en')})`);
  });

  it('gives another source’s date without calling it a snapshot, and no title without a date', async () => {
    const { asOf } = (await httpSource(DATED_URL).load()).meta;
    const dated = await badgeTitle(html`<dpg-provider registry-src=${DATED_URL}><dpg-badge dpg-id="dhis2"></dpg-badge></dpg-provider>`);
    expect(dated).to.equal(`\u2068DHIS2\u2069 in the Digital Public Goods Registry (as of ${longDate(asOf, 'en')})`);
    const undated = await badgeTitle(html`<dpg-provider registry-src=${UNDATED_URL}><dpg-badge dpg-id="10024"></dpg-badge></dpg-provider>`);
    expect(undated).to.equal(null);
  });

  it('stays accessible with its title, in French too', async () => {
    const [el] = await loadedAll<DpgBadge>(await mount<HTMLElement>(html`<p lang="fr">DHIS2 <dpg-badge dpg-id="dhis2"></dpg-badge></p>`), 'dpg-badge');
    expect(shadow(el!).querySelector('a')!.title).to.contain(await snapshotDate('fr'));
    await expect(el).to.be.accessible();
  });
});

describe('data source: describeSource', () => {
  it('tells the snapshot from other sources and shows only the host of a URL', () => {
    expect(describeSource({ source: 'snapshot of DPG Registry', asOf: '2026-07-13' }, 'en')).to.deep.equal({
      snapshot: true,
      name: 'snapshot of DPG Registry',
      date: longDate('2026-07-13', 'en'),
      stale: false,
    });
    expect(describeSource({ source: 'https://user:secret@reg.example.org:8443/a/b.json?key=1' }, 'en').name).to.equal('reg.example.org:8443');
    expect(describeSource({ source: 'file:///srv/registry.json' }, 'en').name).to.equal('file:///srv/registry.json');
    expect(describeSource({ source: 'a partner source', stale: { reason: 'down' } }, 'en').stale).to.equal(true);
  });

  it('keeps the day of a date-time and drops what is not a date', () => {
    expect(formatAsOf('2026-07-13T23:30:00-05:00', 'en')).to.equal(longDate('2026-07-13', 'en'));
    expect(formatAsOf('2026-07', 'en')).to.equal('July 2026');
    expect(formatAsOf('last week', 'en')).to.equal(undefined);
    expect(formatAsOf('2026-07-13x', 'en')).to.equal(undefined);
    expect(formatAsOf(undefined, 'en')).to.equal(undefined);
  });
});
