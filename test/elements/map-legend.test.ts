/**
 * The pilot map's count steps, read from computed colours in both schemes: each pair differs by
 * at least 3:1, and pilot countries differ from the land by more than colour (a border, the
 * number beside each legend swatch, a hatch over the one-pilot tint). On a small map the zoom
 * buttons sit beside it, not on it, and the Eastern Caribbean inset covers no pilot country.
 */
import { expect, html } from '@open-wc/testing';
import { mount, shadow, type Loadable } from './helpers.js';
import '../../packages/elements/src/define/dpg-pilot-map.js';

/** Relative luminance (WCAG 2) of a computed `rgb(…)` / `color(srgb …)` value. */
function luminance(colour: string): number {
  const probe = document.createElement('canvas').getContext('2d')!;
  probe.fillStyle = colour;
  probe.fillRect(0, 0, 1, 1);
  const [r, g, b] = [...probe.getImageData(0, 0, 1, 1).data].slice(0, 3).map((v) => {
    const c = v / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

const contrast = (a: number, b: number) => (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);

/** The colour of a computed `fill`: the fallback after a paint server's `url(…)`, if any. */
const colourOf = (fill: string) => fill.replace(/^url\([^)]*\)\s*/, '');

/** The id a computed `fill` points to, or null when the fill is a plain colour. */
const paintServer = (fill: string) => /^url\("?#([^")]+)"?\)/.exec(fill)?.[1] ?? null;

async function map(width: number, theme: string): Promise<Loadable> {
  const box = await mount<HTMLElement>(html`<div style="inline-size: ${width}px"><dpg-pilot-map theme=${theme}></dpg-pilot-map></div>`);
  const el = box.querySelector('dpg-pilot-map') as unknown as Loadable;
  await el.loadComplete();
  return el;
}

describe('<dpg-pilot-map> legend and small-screen controls', () => {
  for (const theme of ['light', 'dark']) {
    it(`keeps every pair of count steps 3:1 apart and borders pilot countries (${theme})`, async () => {
      const el = await map(800, theme);
      const root = shadow(el);
      // Every step, shown or not: a swatch of each on the same element.
      const swatches = ['count-1', 'count-2', 'count-3'].map((step) => {
        const rect = document.createElementNS('http://www.w3.org/2000/svg', 'rect');
        rect.setAttribute('class', `shape ${step}`);
        root.querySelector('.legend svg')!.append(rect);
        return getComputedStyle(rect);
      });
      const levels = swatches.map((style) => luminance(colourOf(style.fill)));
      for (let i = 0; i < levels.length; i++) {
        for (let j = i + 1; j < levels.length; j++) {
          expect(contrast(levels[i]!, levels[j]!), `count-${i + 1} against count-${j + 1}`).to.be.at.least(3);
        }
      }
      const land = getComputedStyle(root.querySelector('.land, .shape:not([class*="count-"])')!);
      for (const style of swatches) {
        expect(style.stroke, 'a pilot country has a border of its own').to.not.equal(land.stroke);
        expect(Number.parseFloat(style.strokeWidth)).to.be.at.least(1);
      }
      const marker = root.querySelector('circle.marker.count-1');
      expect(marker, 'a small country with one pilot').to.not.equal(null);
      expect(getComputedStyle(marker!).stroke, 'its marker has a rim in the text colour').to.equal(swatches[2]!.fill);
      const labels = [...root.querySelectorAll('.legend li')].map((li) => li.textContent!.trim());
      expect(labels).to.include.members(['1', '2']);
    });
  }

  for (const theme of ['light', 'dark']) {
    it(`hatches one-pilot countries with lines 3:1 against their tint, on the map and in the legend (${theme})`, async () => {
      const el = await map(800, theme);
      const root = shadow(el);
      const land = getComputedStyle(root.querySelector('.land')!);
      expect(paintServer(land.fill), 'land without pilots is a plain colour').to.equal(null);
      const one = root.querySelector('g.world path.target.count-1');
      expect(one, 'a one-pilot country drawn as its outline').to.not.equal(null);
      const legendSwatch = root.querySelector('.legend rect.count-1');
      expect(legendSwatch, 'the legend shows the one-pilot step').to.not.equal(null);
      for (const [shape, id] of [
        [one!, 'hatch-world'],
        [legendSwatch!, 'hatch-legend'],
      ] as const) {
        const fill = getComputedStyle(shape).fill;
        expect(paintServer(fill), `${shape.localName} fills with the hatch`).to.equal(id);
        const pattern = root.getElementById(id)!;
        expect(pattern.localName).to.equal('pattern');
        const ground = getComputedStyle(pattern.querySelector('.hatch-ground')!).fill;
        const line = getComputedStyle(pattern.querySelector('.hatch-line')!).stroke;
        expect(ground, 'the hatch lies over the step tint').to.equal(colourOf(fill));
        expect(contrast(luminance(line), luminance(ground)), `${id}: lines against their tint`).to.be.at.least(3);
      }
      // The world's lines are some 5 px apart on screen, whatever the map's size.
      const svg = root.querySelector('svg[part="map"]')! as SVGSVGElement;
      const pxPerUnit = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
      const spacing = Number(root.getElementById('hatch-world')!.getAttribute('width')) * pxPerUnit;
      expect(spacing).to.be.within(3, 8);
      // A marker is too small for a hatch: the tint, with its rim.
      const marker = root.querySelector('circle.marker.count-1')!;
      expect(getComputedStyle(marker).fill).to.equal(colourOf(getComputedStyle(one!).fill));
    });
  }

  it('shows beside each legend step the marker a small country of that step gets, drawn as on the map', async () => {
    const el = await map(800, 'dark');
    const root = shadow(el);
    const mapMarker = getComputedStyle(root.querySelector('g.world circle.marker.count-1')!);
    const steps = [...root.querySelectorAll('.legend li')].filter((li) => li.querySelector('rect'));
    expect(steps.length).to.be.at.least(2);
    for (const li of steps) {
      const step = li.querySelector('rect')!.getAttribute('class')!.match(/count-\d/)![0];
      const dot = li.querySelector(`circle.marker.${step}`);
      expect(dot, `a marker beside step ${step}`).to.not.equal(null);
      const box = dot!.getBoundingClientRect();
      expect(box.width, 'the dot is visible').to.be.at.least(8);
    }
    const legendOne = getComputedStyle(root.querySelector('.legend circle.marker.count-1')!);
    expect(legendOne.fill).to.equal(mapMarker.fill);
    expect(legendOne.stroke, 'the same rim as the map markers').to.equal(mapMarker.stroke);
    const meaning = root.querySelector('.legend circle.legend-marker')!;
    expect(getComputedStyle(meaning).stroke, 'the small-country entry has the markers\' rim').to.equal(mapMarker.stroke);
  });

  it('puts the zoom buttons beside a small map, not over it', async () => {
    const el = await map(360, 'light');
    const svg = shadow(el).querySelector('svg[part="map"]')!.getBoundingClientRect();
    const zoom = shadow(el).querySelector('.zoom')!.getBoundingClientRect();
    expect(zoom.left, 'the buttons start where the map ends').to.be.at.least(svg.right - 0.5);
    expect(zoom.right).to.be.at.most(el.getBoundingClientRect().right + 0.5);
    const wide = await map(900, 'light');
    const wideSvg = shadow(wide).querySelector('svg[part="map"]')!.getBoundingClientRect();
    expect(wideSvg.width, 'a wide map keeps its full width').to.be.closeTo(wide.getBoundingClientRect().width, 1);
  });

  for (const width of [320, 390, 900]) {
    it(`keeps the Eastern Caribbean inset off every pilot country on the world map at ${width} px`, async () => {
      const el = await map(width, 'light');
      const root = shadow(el);
      const inset = root.querySelector('.inset-box')!.getBoundingClientRect();
      const world = [...root.querySelectorAll('g.world [class*="count-"]')];
      expect(world.length, 'pilot countries on the world map').to.be.greaterThan(5);
      for (const shape of world) {
        const box = shape.getBoundingClientRect();
        const overlaps = box.left < inset.right && box.right > inset.left && box.top < inset.bottom && box.bottom > inset.top;
        expect(overlaps, `${shape.getAttribute('aria-label') ?? shape.outerHTML.slice(0, 80)} lies under the inset`).to.equal(false);
      }
    });
  }
});
