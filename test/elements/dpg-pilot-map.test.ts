import { createClient, getDefaultClient, type DpgClient, type DpgError, type Pilot, type PilotQuery } from '@dpg-kit/sdk';
import { expect, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../packages/elements/src/define/dpg-pilot-map.js';
import '../../packages/elements/src/define/dpg-provider.js';
import { mount, REFUSED_URL, shadow, textOf } from './helpers.js';
import { OECS, englishName, sized, countries, codes, country, pilotsClient, pilot } from './pilot-map-helpers.js';

describe('<dpg-pilot-map>', () => {
  it('paints a placeholder of the map’s own shape while loading', async () => {
    const pending: DpgClient = { ...getDefaultClient(), pilots: { ...getDefaultClient().pilots, list: () => new Promise(() => undefined) } };
    const root = await mount<HTMLElement>(
      html`<div style="width: 600px"><dpg-provider .client=${pending}><dpg-pilot-map></dpg-pilot-map></dpg-provider></div>`,
    );
    const el = root.querySelector('dpg-pilot-map')!;
    expect(el.state).to.equal('loading');
    const frame = shadow(el).querySelector('.frame.loading')!.getBoundingClientRect();
    expect(frame.width).to.equal(600);
    expect(frame.height).to.be.closeTo((600 * 468) / 960, 1);
    expect(shadow(el).querySelector('[part="loading"]')!.getAttribute('aria-busy')).to.equal('true');
  });

  it('highlights every pilot country, filled by its number of pilots', async () => {
    const el = await sized(900, html`<dpg-pilot-map></dpg-pilot-map>`);
    expect(el.state).to.equal('ready');
    expect(codes(el).sort()).to.deep.equal(['AG', 'DM', 'GD', 'GH', 'GM', 'JO', 'KN', 'KZ', 'LC', 'LK', 'MS', 'RW', 'SZ', 'UG', 'VC', 'VN']);
    expect(country(el, 'LK').classList.contains('count-2')).to.equal(true);
    expect(country(el, 'KZ').classList.contains('count-1')).to.equal(true);
    const land = getComputedStyle(shadow(el).querySelector('.land')!).fill;
    expect(getComputedStyle(country(el, 'KZ')).fill).not.to.equal(land);
    expect(country(el, 'KZ').localName).to.equal('path');
    expect(textOf(el, '[part="legend"]')).to.include('Pilots per country');
    expect([...shadow(el).querySelectorAll('[part="legend"] li')].map((li) => li.textContent!.trim())).to.deep.equal(['1', '2', 'Small country']);
  });

  it('marks each OECS member state in the Caribbean inset, each focusable with its name', async () => {
    const el = await sized(900, html`<dpg-pilot-map></dpg-pilot-map>`);
    const inset = shadow(el).querySelector('[part="inset"]')!;
    for (const code of OECS) {
      const marker = inset.querySelector<SVGElement>(`[data-code="${code}"]`);
      expect(marker, code).not.to.equal(null);
      expect(marker!.localName).to.equal('circle');
      expect(marker!.getAttribute('role')).to.equal('button');
      marker!.focus();
      expect(shadow(el).activeElement).to.equal(marker);
    }
    for (const code of OECS) expect(country(el, code).getAttribute('aria-label')).to.equal(`${englishName(code)}: 1 pilot`);
    // The inset spreads the islands out: no two markers overlap.
    const centres = OECS.map((code) => [Number(country(el, code).getAttribute('cx')), Number(country(el, code).getAttribute('cy'))]);
    const radius = Number(country(el, 'LC').getAttribute('r'));
    for (const [i, [x1, y1]] of centres.entries()) {
      for (const [x2, y2] of centres.slice(i + 1)) expect(Math.hypot(x1! - x2!, y1! - y2!)).to.be.greaterThan(radius * 2);
    }
  });

  it('marks The Gambia and Eswatini, too small to see, on the world map', async () => {
    const el = await sized(900, html`<dpg-pilot-map></dpg-pilot-map>`);
    for (const code of ['GM', 'SZ']) {
      expect(country(el, code).localName, code).to.equal('circle');
      expect(country(el, code).closest('[part="inset"]'), code).to.equal(null);
    }
    // Their outlines are still drawn, in the pilot colour, under the marker.
    expect(shadow(el).querySelectorAll('g[aria-hidden="true"] > .shape.count-1').length).to.be.greaterThan(1);
  });

  it('places Martinique and Guadeloupe with markers of their own, and leaves France uncoloured', async () => {
    const client = pilotsClient([pilot('antilles', ['MQ', 'GP']), pilot('lucia', ['LC'])]);
    const el = await sized(900, html`<dpg-pilot-map></dpg-pilot-map>`, client);
    expect(codes(el).sort()).to.deep.equal(['GP', 'LC', 'MQ']);
    expect(country(el, 'MQ').getAttribute('aria-label')).to.equal('Martinique: 1 pilot');
    expect(country(el, 'MQ').closest('[part="inset"]')).not.to.equal(null);
    const y = (code: string) => Number(country(el, code).getAttribute('cy'));
    // North to south: Guadeloupe, Martinique, Saint Lucia.
    expect(y('GP')).to.be.lessThan(y('MQ'));
    expect(y('MQ')).to.be.lessThan(y('LC'));
    expect(shadow(el).querySelectorAll('[data-code="FR"]').length).to.equal(0);
    // The only filled outlines are Saint Lucia's (on the world map and in the inset): France stays land.
    expect(shadow(el).querySelectorAll('g[aria-hidden="true"] .shape.count-1').length).to.equal(2);
  });

  it('moves west to east with the arrow keys, one tab stop for the map', async () => {
    const el = await sized(900, html`<dpg-pilot-map></dpg-pilot-map>`);
    const tabbable = countries(el).filter((c) => c.getAttribute('tabindex') === '0');
    expect(tabbable.length).to.equal(1);
    await sendKeys({ press: 'Tab' });
    expect(shadow(el).activeElement).to.equal(tabbable[0]);
    const visited = [(shadow(el).activeElement as SVGElement).dataset.code];
    for (let i = 1; i < countries(el).length; i++) {
      await sendKeys({ press: 'ArrowRight' });
      visited.push((shadow(el).activeElement as SVGElement).dataset.code);
    }
    expect(new Set(visited).size).to.equal(16);
    expect(visited.indexOf('GM')).to.be.lessThan(visited.indexOf('GH'));
    expect(visited.indexOf('GH')).to.be.lessThan(visited.indexOf('JO'));
    expect(visited.at(-1)).to.equal('VN');
    await sendKeys({ press: 'ArrowRight' });
    expect((shadow(el).activeElement as SVGElement).dataset.code).to.equal('VN');
    await sendKeys({ press: 'ArrowLeft' });
    expect((shadow(el).activeElement as SVGElement).dataset.code).to.equal(visited.at(-2));
    await sendKeys({ press: 'Home' });
    expect((shadow(el).activeElement as SVGElement).dataset.code).to.equal(visited[0]);
    await sendKeys({ press: 'End' });
    await el.updateComplete;
    expect(country(el, 'VN').getAttribute('tabindex')).to.equal('0');
    expect(countries(el).filter((c) => c.getAttribute('tabindex') === '0').length).to.equal(1);
  });

  it('selects a country with Enter and emits dpg-country-select with the country and its pilots', async () => {
    const el = await sized(900, html`<dpg-pilot-map></dpg-pilot-map>`);
    country(el, 'LK').focus();
    const selected = oneEvent(el, 'dpg-country-select');
    await sendKeys({ press: 'Enter' });
    const { detail } = await selected;
    expect(detail.code).to.equal('LK');
    expect(detail.numeric).to.equal('144');
    expect(detail.name).to.equal('Sri Lanka');
    expect(detail.pilots.map((p: Pilot) => p.id).sort()).to.deep.equal(['dhis2-covid19-sri-lanka', 'dhis2-education-sri-lanka']);
    await el.updateComplete;
    expect(el.getAttribute('selected')).to.equal('LK');
    expect(country(el, 'LK').getAttribute('aria-pressed')).to.equal('true');
    expect(country(el, 'RW').getAttribute('aria-pressed')).to.equal('false');
  });

  it('selects a country on click and with Space; the event bubbles out of the shadow root', async () => {
    const el = await sized(900, html`<dpg-pilot-map></dpg-pilot-map>`);
    const heard = oneEvent(document, 'dpg-country-select');
    country(el, 'KZ').dispatchEvent(new MouseEvent('click', { bubbles: true }));
    expect((await heard).detail.code).to.equal('KZ');
    country(el, 'JO').focus();
    const space = oneEvent(el, 'dpg-country-select');
    await sendKeys({ press: 'Space' });
    expect((await space).detail.pilots.map((p: Pilot) => p.id)).to.deep.equal(['unicef-youth-jordan']);
  });

  it('shows a tooltip with the country and its pilots on focus and hover', async () => {
    const el = await sized(900, html`<dpg-pilot-map></dpg-pilot-map>`);
    const tooltip = shadow(el).querySelector<HTMLElement>('[part="tooltip"]')!;
    expect(tooltip.hidden).to.equal(true);
    country(el, 'LK').focus();
    await el.updateComplete;
    expect(tooltip.hidden).to.equal(false);
    expect(tooltip.getAttribute('role')).to.equal('tooltip');
    expect(country(el, 'LK').getAttribute('aria-describedby')).to.equal('tooltip');
    const text = tooltip.textContent!.replace(/\s+/g, ' ');
    expect(text).to.include('Sri Lanka');
    expect(text).to.include('2 pilots');
    expect(text).to.include('DHIS2 for the COVID-19 response in Sri Lanka');
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(tooltip.hidden).to.equal(true);

    const box = country(el, 'KZ').getBoundingClientRect();
    country(el, 'KZ').dispatchEvent(new PointerEvent('pointerenter', { clientX: box.x + 5, clientY: box.y + 5 }));
    await el.updateComplete;
    expect(tooltip.hidden).to.equal(false);
    expect(tooltip.textContent).to.include('Kazakhstan');
    const frame = shadow(el).querySelector('.frame')!.getBoundingClientRect();
    expect(parseFloat(tooltip.style.left)).to.be.closeTo(box.x + 5 - frame.x, 0.5);
    country(el, 'KZ').dispatchEvent(new PointerEvent('pointerleave'));
    await el.updateComplete;
    expect(tooltip.hidden).to.equal(true);
  });

  it('says "and N more" when a country has more pilots than the tooltip lists', async () => {
    const client = pilotsClient(['a', 'b', 'c', 'd', 'e'].map((id) => pilot(id, ['BR'])));
    const el = await sized(900, html`<dpg-pilot-map></dpg-pilot-map>`, client);
    country(el, 'BR').focus();
    await el.updateComplete;
    expect(shadow(el).querySelectorAll('[part="tooltip"] li').length).to.equal(4);
    expect(textOf(el, '[part="tooltip"]')).to.include('and 2 more');
    expect(country(el, 'BR').classList.contains('count-3')).to.equal(true);
    expect(textOf(el, '[part="legend"]')).to.include('3 or more');
  });

  it('filters by pilot-ids, country, sector and dpg-id', async () => {
    const el = await sized(900, html`<dpg-pilot-map pilot-ids="gdl-oecs"></dpg-pilot-map>`);
    expect(codes(el).sort()).to.deep.equal(OECS);
    el.pilotIds = 'gdl-rwanda, unicef-youth-jordan';
    await el.loadComplete();
    expect(codes(el).sort()).to.deep.equal(['JO', 'RW']);
    el.pilotIds = undefined;
    el.setAttribute('sector', 'health');
    await el.loadComplete();
    expect(codes(el)).to.deep.equal(['LK']);
    expect(country(el, 'LK').classList.contains('count-1')).to.equal(true);
    el.removeAttribute('sector');
    el.setAttribute('dpg-id', 'DHIS2');
    await el.loadComplete();
    expect(codes(el).sort()).to.deep.equal(['GM', 'LK', 'SZ', 'UG']);
    el.setAttribute('country', 'lk ug');
    await el.loadComplete();
    expect(codes(el).sort()).to.deep.equal(['LK', 'UG']);
  });

  it('keeps only the countries asked for when a pilot spans several', async () => {
    const el = await sized(900, html`<dpg-pilot-map country="LC"></dpg-pilot-map>`);
    expect(codes(el)).to.deep.equal(['LC']);
    expect(shadow(el).querySelectorAll('.visually-hidden li').length).to.equal(1);
  });

  it('asks its client for the pilots its attributes keep, and keeps the map shown while the client answers', async () => {
    const base = getDefaultClient();
    const asked: PilotQuery[] = [];
    const client: DpgClient = { ...base, pilots: { ...base.pilots, countries: (query = {}, options) => (asked.push(query), base.pilots.countries(query, options)) } };
    const el = await sized(900, html`<dpg-pilot-map dpg-id="dhis2" country="lk, ug"></dpg-pilot-map>`, client);
    expect(asked).to.deep.equal([{ id: [], country: ['lk', 'ug'], sector: [], dpg: ['dhis2'] }]);
    const loads: boolean[] = [];
    el.addEventListener('dpg-load', (event) => loads.push((event as CustomEvent<{ empty: boolean }>).detail.empty));
    el.country = 'gm';
    await el.updateComplete;
    // The client is answering: the map of the last answer stays, with its countries.
    expect(shadow(el).querySelector('.frame.loading')).to.equal(null);
    expect(codes(el).sort()).to.deep.equal(['LK', 'UG']);
    await el.loadComplete();
    expect(codes(el)).to.deep.equal(['GM']);
    expect(asked.at(-1)!.country).to.deep.equal(['gm']);
    expect(loads).to.deep.equal([false]);
  });

  it('says a malformed country code is an invalid query', async () => {
    const errors: string[] = [];
    const el = document.createElement('dpg-pilot-map');
    el.setAttribute('country', 'Rwanda');
    el.addEventListener('dpg-error', (event) => errors.push((event as CustomEvent<{ error: DpgError }>).detail.error.code));
    await sized(600, html`${el}`);
    expect(el.state).to.equal('error');
    expect(errors).to.deep.equal(['invalid-query']);
  });

  it('shows the map and a message when the filters leave no pilot', async () => {
    const el = await sized(900, html`<dpg-pilot-map sector="agriculture"></dpg-pilot-map>`);
    expect(el.state).to.equal('empty');
    expect(textOf(el, '[part="empty"]')).to.equal('No pilot matches this selection.');
    expect(shadow(el).querySelector('[part="map"]')).not.to.equal(null);
    expect(countries(el).length).to.equal(0);
    expect(shadow(el).querySelector('[part="legend"]')).to.equal(null);
    el.removeAttribute('sector');
    await el.loadComplete();
    expect(el.state).to.equal('ready');

    const none = await sized(600, html`<dpg-pilot-map></dpg-pilot-map>`, pilotsClient([]));
    expect(textOf(none, '[part="empty"]')).to.equal('No pilots yet.');
    await expect(none).to.be.accessible();
  });

  it('colours by sector, with a legend of the sectors shown', async () => {
    const el = await sized(900, html`<dpg-pilot-map color-by="sector"></dpg-pilot-map>`);
    const legend = [...shadow(el).querySelectorAll('[part="legend"] li')].map((li) => li.textContent!.trim());
    expect(legend).to.deep.equal(['Education', 'Innovation', 'Youth', 'Several sectors', 'Small country']);
    expect(textOf(el, '.legend-title')).to.equal('Sector');
    expect(country(el, 'LK').classList.contains('sector-several')).to.equal(true);
    expect(getComputedStyle(country(el, 'KZ')).fill).not.to.equal(getComputedStyle(country(el, 'VN')).fill);
  });

  it('takes its container’s width: smaller maps mark more countries', async () => {
    const wide = await sized(1400, html`<dpg-pilot-map></dpg-pilot-map>`);
    const box = wide.parentElement!.parentElement as HTMLElement;
    expect(shadow(wide).querySelector('svg')!.getBoundingClientRect().width).to.equal(1400);
    expect(country(wide, 'LK').localName).to.equal('path');
    const radius = Number(country(wide, 'GM').getAttribute('r'));
    box.style.width = '400px';
    await waitUntil(() => country(wide, 'LK').localName === 'circle', 'Sri Lanka gets a marker at 400 px');
    // A small map leaves a 40 px strip (2rem and two spaces) beside it for the zoom buttons.
    const small = shadow(wide).querySelector('svg')!.getBoundingClientRect();
    expect(small.width).to.equal(360);
    expect(small.height).to.be.closeTo((360 * 468) / 960, 1);
    // Markers keep their size on screen: larger in the map's units when the map is smaller.
    expect(Number(country(wide, 'GM').getAttribute('r'))).to.be.closeTo(radius * 3.5, 0.01);
    // In the inset they stop growing before they overlap, and the title too small to read goes.
    for (const code of OECS) expect(Number(country(wide, code).getAttribute('r'))).to.equal(10);
    expect(shadow(wide).querySelector('.inset-title')).to.equal(null);
  });

  it('starts keyboard focus on the selected country', async () => {
    const el = await sized(900, html`<dpg-pilot-map selected="lc"></dpg-pilot-map>`);
    expect(country(el, 'LC').getAttribute('tabindex')).to.equal('0');
    expect(country(el, 'LC').getAttribute('aria-pressed')).to.equal('true');
    expect(country(el, 'LC').classList.contains('selected')).to.equal(true);
    expect(textOf(el, '.inset-title')).to.equal('Eastern Caribbean');
  });

  it('names countries in the element’s language and lays out right to left in Arabic', async () => {
    const fr = await sized(900, html`<dpg-pilot-map lang="fr"></dpg-pilot-map>`);
    expect(country(fr, 'LC').getAttribute('aria-label')).to.equal('Sainte-Lucie : 1 projet pilote');
    expect(shadow(fr).querySelector('svg')!.getAttribute('aria-label')).to.equal('Carte des pays pilotes');
    const ar = await sized(900, html`<dpg-pilot-map lang="ar"></dpg-pilot-map>`);
    expect(shadow(ar).querySelector('.root')!.getAttribute('dir')).to.equal('rtl');
    expect(country(ar, 'LK').getAttribute('aria-label')).to.equal('سريلانكا: مشروعان تجريبيان');
    expect(textOf(ar, '.inset-title')).to.equal('شرق الكاريبي');
    await expect(ar).to.be.accessible();
  });

  it('marks islands the geometry lacks, and leaves a place with no one location off the map but in the text list', async () => {
    const el = await sized(900, html`<dpg-pilot-map></dpg-pilot-map>`, pilotsClient([pilot('pacific', ['TV', 'UM', 'AL'])]));
    expect(codes(el)).to.deep.equal(['AL', 'TV']);
    expect(country(el, 'TV').localName).to.equal('circle');
    // Tuvalu, just west of the antimeridian, sits at the map's eastern edge.
    expect(Number(country(el, 'TV').getAttribute('cx'))).to.be.greaterThan(900);
    expect(shadow(el).querySelectorAll('.visually-hidden li').length).to.equal(3);
    expect(textOf(el, '.visually-hidden')).to.include(englishName('UM'));
  });

  it('carries a text list of the countries and their pilots', async () => {
    const el = await sized(900, html`<dpg-pilot-map dpg-id="dhis2"></dpg-pilot-map>`);
    const items = [...shadow(el).querySelectorAll('.visually-hidden li')].map((li) => li.textContent!.trim());
    expect(items).to.have.length(4);
    expect(items.find((item) => item.startsWith('Sri Lanka: 2 pilots'))).to.include('DHIS2 for the COVID-19 response in Sri Lanka');
  });

  it('shows an error with Retry when the pilots cannot be loaded', async () => {
    const client = createClient({ pilots: REFUSED_URL, http: { retries: 0 } });
    const failed = oneEvent(document, 'dpg-error');
    const el = await sized(600, html`<dpg-pilot-map></dpg-pilot-map>`, client);
    expect((await failed).detail.error.code).to.equal('network');
    expect(el.state).to.equal('error');
    expect(shadow(el).querySelector('[part="retry"]')).not.to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('passes axe when ready, in light and dark', async () => {
    const el = await sized(900, html`<dpg-pilot-map></dpg-pilot-map>`);
    await expect(el).to.be.accessible();
    el.theme = 'dark';
    await el.updateComplete;
    await expect(el).to.be.accessible();
  });
});
