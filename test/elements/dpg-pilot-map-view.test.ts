// <dpg-pilot-map>: zoom, pan and its strings in every language.
import { expect, html } from '@open-wc/testing';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import '../../packages/elements/src/define/dpg-pilot-map.js';
import '../../packages/elements/src/define/dpg-provider.js';
import { shadow } from './helpers.js';
import { pilotMessages, sectorName } from '../../packages/elements/src/base/i18n/pilots.js';
import { sized, countries, country } from './pilot-map-helpers.js';

describe('<dpg-pilot-map> zoom, pan and strings', () => {
  it('zooms with its buttons: small countries grow into outlines, markers keep their size on screen', async () => {
    const el = await sized(900, html`<dpg-pilot-map></dpg-pilot-map>`);
    const world = () => shadow(el).querySelector('.world')!.getAttribute('transform')!;
    const [zoomIn, zoomOut, reset] = [...shadow(el).querySelectorAll<HTMLButtonElement>('[part="zoom"] button')];
    expect([zoomIn, zoomOut, reset].map((b) => b!.getAttribute('aria-label'))).to.deep.equal(['Zoom in', 'Zoom out', 'Show the whole world']);
    expect(zoomOut!.disabled).to.equal(true);
    expect(world()).to.match(/scale\(1\)$/);
    expect(country(el, 'RW').localName).to.equal('circle');
    const radius = Number(country(el, 'GM').getAttribute('r'));
    const insetRadius = Number(country(el, 'LC').getAttribute('r'));
    zoomIn!.click();
    await el.updateComplete;
    expect(world()).to.match(/scale\(2\)$/);
    expect(country(el, 'RW').localName).to.equal('path');
    expect(Number(country(el, 'GM').getAttribute('r'))).to.be.closeTo(radius / 2, 1e-9);
    expect(Number(country(el, 'LC').getAttribute('r'))).to.equal(insetRadius);
    zoomOut!.click();
    await el.updateComplete;
    expect(world()).to.match(/scale\(1\)$/);
    for (let i = 0; i < 3; i++) {
      zoomIn!.click();
      await el.updateComplete;
    }
    expect(world()).to.match(/scale\(8\)$/);
    expect(zoomIn!.disabled).to.equal(true);
    reset!.click();
    await el.updateComplete;
    expect(world()).to.equal('translate(0 0) scale(1)');
  });

  it('zooms around the focused country with the keyboard, and brings the next country into view', async () => {
    const el = await sized(900, html`<dpg-pilot-map></dpg-pilot-map>`);
    const svgBox = shadow(el).querySelector('svg')!.getBoundingClientRect();
    const inSight = (code: string) => {
      const box = country(el, code).getBoundingClientRect();
      return box.left >= svgBox.left && box.right <= svgBox.right && box.top >= svgBox.top && box.bottom <= svgBox.bottom;
    };
    country(el, 'GH').focus();
    await sendKeys({ press: '=' });
    await sendKeys({ press: '=' });
    await sendKeys({ press: '=' });
    await el.updateComplete;
    expect(shadow(el).querySelector('.world')!.getAttribute('transform')).to.match(/scale\(8\)$/);
    expect(inSight('GH')).to.equal(true);
    // Rwanda's marker became an outline as the map zoomed; focus follows it to its new element.
    country(el, 'RW').focus();
    expect(country(el, 'RW').localName).to.equal('path');
    await sendKeys({ press: '-' });
    await sendKeys({ press: '-' });
    await sendKeys({ press: '-' });
    await el.updateComplete;
    expect(country(el, 'RW').localName).to.equal('circle');
    expect(shadow(el).activeElement).to.equal(country(el, 'RW'));
    country(el, 'GH').focus();
    await sendKeys({ press: '=' });
    await sendKeys({ press: '=' });
    await sendKeys({ press: '=' });
    await el.updateComplete;
    expect(inSight('VN')).to.equal(false);
    await sendKeys({ press: 'End' });
    await el.updateComplete;
    expect(shadow(el).activeElement).to.equal(country(el, 'VN'));
    expect(inSight('VN')).to.equal(true);
    // The tooltip points at the country where it now is on screen.
    const tip = shadow(el).querySelector<HTMLElement>('[part="tooltip"]')!;
    const frame = shadow(el).querySelector('.frame')!.getBoundingClientRect();
    const box = country(el, 'VN').getBoundingClientRect();
    expect(parseFloat(tip.style.left) + frame.left).to.be.within(box.left - 20, box.right + 20);
    await sendKeys({ press: '-' });
    await el.updateComplete;
    expect(shadow(el).querySelector('.world')!.getAttribute('transform')).to.match(/scale\(4\)$/);
    await sendKeys({ press: '0' });
    await el.updateComplete;
    expect(shadow(el).querySelector('.world')!.getAttribute('transform')).to.equal('translate(0 0) scale(1)');
  });

  it('pans by dragging once zoomed in, and the drag does not select a country', async () => {
    const el = await sized(900, html`<dpg-pilot-map></dpg-pilot-map>`);
    const world = () => shadow(el).querySelector('.world')!.getAttribute('transform')!;
    const svgElement = shadow(el).querySelector('svg')!;
    // Not zoomed: a drag does nothing.
    const box = svgElement.getBoundingClientRect();
    const [x, y] = [Math.round(box.left + box.width / 2), Math.round(box.top + box.height / 2)];
    await sendMouse({ type: 'move', position: [x, y] });
    await sendMouse({ type: 'down' });
    await sendMouse({ type: 'move', position: [x - 100, y] });
    await sendMouse({ type: 'up' });
    await el.updateComplete;
    expect(world()).to.equal('translate(0 0) scale(1)');
    expect(svgElement.classList.contains('zoomed')).to.equal(false);

    shadow(el).querySelector<HTMLButtonElement>('[part="zoom"] button')!.click();
    await el.updateComplete;
    expect(svgElement.classList.contains('zoomed')).to.equal(true);
    const before = world();
    let selected = 0;
    el.addEventListener('dpg-country-select', () => selected++);
    // Drag to the left, inside the viewport: the map follows the pointer.
    const [sx, sy] = [Math.round(box.left + 300), Math.round(box.top + 150)];
    await sendMouse({ type: 'move', position: [sx, sy] });
    await sendMouse({ type: 'down' });
    await sendMouse({ type: 'move', position: [sx - 60, sy] });
    await sendMouse({ type: 'move', position: [sx - 120, sy] });
    await sendMouse({ type: 'up' });
    await el.updateComplete;
    const shift = (transform: string) => Number(/translate\((-?[\d.]+)/.exec(transform)![1]);
    expect(shift(before) - shift(world())).to.be.closeTo(120 / 0.9375, 1);
    // A drag that ends on a country does not select it; a click does.
    const visible = countries(el).find((c) => {
      const r = c.getBoundingClientRect();
      return r.width > 4 && r.left > 0 && r.right < window.innerWidth && r.top > 0 && r.bottom < window.innerHeight;
    })!;
    const r = visible.getBoundingClientRect();
    const [cx, cy] = [Math.round(r.left + r.width / 2), Math.round(r.top + r.height / 2)];
    await sendMouse({ type: 'move', position: [cx + 30, cy] });
    await sendMouse({ type: 'down' });
    await sendMouse({ type: 'move', position: [cx, cy] });
    await sendMouse({ type: 'up' });
    expect(selected).to.equal(0);
    const now = visible.getBoundingClientRect();
    await sendMouse({ type: 'click', position: [Math.round(now.left + now.width / 2), Math.round(now.top + now.height / 2)] });
    expect(selected).to.equal(1);
    await sendMouse({ type: 'move', position: [0, 0] });
  });

  it('has every string in every language, with counts in each language’s grammar', () => {
    for (const locale of ['en', 'fr', 'es', 'pt', 'ar'] as const) {
      const text = pilotMessages(locale);
      expect(text.countryLabel('X', 'Y'), locale).to.match(/X.*Y/);
      expect(text.pilotCount(7, '7'), locale).to.include('7');
      expect(text.pilotCount(1, '1'), locale).not.to.equal(text.pilotCount(7, '7'));
      expect(text.orMore('3'), locale).to.include('3');
      expect(text.more('2'), locale).to.include('2');
      expect(sectorName('Health', text), locale).to.equal(text.sectors.health);
      if (locale !== 'en') expect(text.map, locale).not.to.equal(pilotMessages('en').map);
    }
    const ar = pilotMessages('ar');
    expect(ar.pilotCount(2, '2')).to.equal('مشروعان تجريبيان');
    expect(ar.pilotCount(5, '5')).to.equal('5 مشاريع تجريبية');
    expect(ar.pilotCount(11, '11')).to.equal('11 مشروعًا تجريبيًا');
    expect(pilotMessages('fr').pilotCount(0, '0')).to.equal('0 projet pilote');
  });
});
