/* global document, customElements */
// Screenshots of the pages the layout fixes are about, for a person to look at:
// `node test/visual/shoot.mjs before|after [name-filter]` writes test-output/visual/<phase>/*.png
// and prints each page's document width against its viewport.
import { mkdirSync } from 'node:fs';
import { launchChromium } from '../../scripts/chromium.mjs';
import { serve, exampleHeaders } from '../../scripts/serve.mjs';
import { LONG_NAMES_JSON, VISUAL_PAGES } from './pages.mjs';

const phase = process.argv[2] ?? 'after';
const filter = process.argv[3] ?? '';
const out = `test-output/visual/${phase}`;
mkdirSync(out, { recursive: true });

/** name, path, viewport width, what to capture (a selector, or 'page' for the whole page). */
const SHOTS = [
  ['index-full-card-390', '/index.html', 390, 'dpg-card[variant=full]'],
  ['index-full-card-320', '/index.html', 320, 'dpg-card[variant=full]'],
  ['index-cop-390', '/index.html', 390, 'section[aria-labelledby=cop-heading]'],
  ['index-map-390', '/index.html', 390, 'dpg-pilot-map'],
  ['index-map-and-list-1280', '/index.html', 1280, 'section[aria-labelledby=map-heading]'],
  ['index-registry-390', '/index.html', 390, 'dpg-registry'],
  ['index-arabic-390', '/index.html', 390, 'section[lang=ar]'],
  ['hostile-css-390', '/hostile-css.html', 390, 'page'],
  ['registry-table-long-390', '/visual/long-names.html', 390, 'page'],
  ['registry-table-long-320', '/visual/long-names.html', 320, 'page'],
  ['registry-cards-long-390', '/visual/long-names-cards.html', 390, 'page'],
  ['arabic-all-390', '/visual/arabic.html', 390, 'page'],
  ['map-legend-light-1280', '/index.html', 1280, 'dpg-pilot-map'],
  ['map-legend-dark-1280', '/visual/map-dark.html', 1280, 'dpg-pilot-map'],
];

const routes = {
  '/visual/long-names.json': (_req, res) => res.writeHead(200, { 'content-type': 'application/json' }).end(LONG_NAMES_JSON),
};
for (const [path, body] of Object.entries(VISUAL_PAGES)) {
  routes[path] = (_req, res) => res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(body);
}
const server = await serve({ port: 0, headersFor: exampleHeaders, routes });
const base = `http://127.0.0.1:${server.address().port}`;
const browser = await launchChromium();
try {
  for (const [name, path, width, target] of SHOTS) {
    if (!name.includes(filter)) continue;
    const page = await browser.newPage({ viewport: { width, height: 844 } });
    await page.goto(base + path, { waitUntil: 'networkidle' });
    await page.evaluate(async () => {
      const tags = [...new Set([...document.querySelectorAll('*')].map((el) => el.localName).filter((n) => n.startsWith('dpg-')))];
      await Promise.all(tags.map((t) => customElements.whenDefined(t)));
      await Promise.all([...document.querySelectorAll('*')].map((el) => el.loadComplete?.().catch(() => {})));
      await new Promise((r) => setTimeout(r, 300));
    });
    const [scrollWidth, innerWidth] = await page.evaluate(() => [document.documentElement.scrollWidth, innerWidth]);
    const file = `${out}/${name}.png`;
    if (target === 'page') await page.screenshot({ path: file, fullPage: true });
    else await page.locator(target).first().screenshot({ path: file });
    console.log(`${name}: document ${scrollWidth}px in a ${innerWidth}px viewport${scrollWidth > innerWidth ? ' — SCROLLS SIDEWAYS' : ''}`);
    await page.close();
  }
} finally {
  await browser.close();
  server.close();
}
