// The Eleventy example (examples/eleventy/, built into dist/eleventy/ by `npm run
// example:eleventy`), served at /eleventy/ as `npm start` serves it, under the strict policy,
// in headless Chromium. With JavaScript off each page's elements read as the same elements
// rendered in the browser; with it on they hydrate the build's HTML: one copy, interactive, no
// console error, no CSP violation, no layout shift. Needs `npm run build` and the example built.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import type { ServerResponse } from 'node:http';
import { after, before, describe, test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { exampleHeaders } from '../../scripts/serve.mjs';
import { assertClean, launchChromium, openPage, settledStates, shadowText, startSite, STRICT_CSP, type Site } from './browser.js';

const SERVER_TAGS = 'dpg-card, dpg-badge, dpg-cop-table, dpg-pilot-list';
const PAGES = [
  { path: '/eleventy/', tags: ['dpg-badge', 'dpg-card', 'dpg-card', 'dpg-card'] },
  { path: '/eleventy/pilots/', tags: ['dpg-cop-table', 'dpg-pilot-list'] },
];
/** Long enough for the HTML to be painted well before the script runs, as on a slow network. */
const ENTRY_DELAY_MS = 600;

const RECORD_SHIFTS = `
  window.__layoutShift = 0;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) if (!entry.hadRecentInput) window.__layoutShift += entry.value;
  }).observe({ type: 'layout-shift', buffered: true });
`;

/** Pages made during the test: the same elements as a built page, left to render in the browser. */
const clientPages = new Map<string, string>();
let site: Site;
let browser: Browser;

before(async () => {
  assert.ok(existsSync('dist/cdn/dpg-kit-hydrate.js'), 'run `npm run build` first');
  assert.ok(existsSync('dist/eleventy/index.html') && existsSync('dist/eleventy/pilots/index.html'), 'run `npm run example:eleventy` first');
  site = await startSite({
    headersFor: exampleHeaders,
    routes: {
      '/cdn/dpg-kit.js': (_req: unknown, res: ServerResponse) =>
        setTimeout(() => res.writeHead(200, { 'content-type': 'text/javascript; charset=utf-8' }).end(readFileSync('dist/cdn/dpg-kit.js')), ENTRY_DELAY_MS),
      '/client.html': (req: { url?: string }, res: ServerResponse) => {
        const body = clientPages.get(new URL(req.url ?? '/', 'http://localhost').searchParams.get('page') ?? '');
        res.writeHead(body ? 200 : 404, { 'content-type': 'text/html; charset=utf-8' }).end(body ?? 'Not found');
      },
    },
  });
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  await site?.close();
});

/** The elements of a page as their start tags are written in its HTML (read with scripting off). */
async function startTags(page: Page): Promise<string[]> {
  return page.$$eval(SERVER_TAGS, (hosts) =>
    hosts.map((host) => `<${host.localName}${[...host.attributes].map((attribute) => ` ${attribute.name}="${attribute.value.replaceAll('"', '&quot;')}"`).join('')}></${host.localName}>`),
  );
}

async function texts(page: Page, count: number): Promise<string[]> {
  const all: string[] = [];
  for (let index = 0; index < count; index += 1) all.push(await shadowText(page, SERVER_TAGS, index));
  return all;
}

for (const { path, tags } of PAGES) {
  describe(`the Eleventy page ${path}`, () => {
    test('reads with JavaScript off, each element as the browser renders it', async () => {
      const context = await browser.newContext({ javaScriptEnabled: false });
      const page = await context.newPage();
      await page.goto(site.url(path), { waitUntil: 'load' });
      assert.deepEqual(await page.$$eval(SERVER_TAGS, (hosts) => hosts.map((host) => host.localName)), tags);
      // Declarative shadow roots, attached by the parser alone, and styled by their linked sheets.
      assert.ok(await page.$$eval(SERVER_TAGS, (hosts) => hosts.every((host) => host.shadowRoot && host.shadowRoot.querySelector('link[rel="stylesheet"]'))));
      const serverTexts = await texts(page, tags.length);
      const markup = await startTags(page);
      await context.close();

      clientPages.set(path, `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>client</title><script type="module" src="/cdn/dpg-kit.js"></script></head><body><main>${markup.join('\n')}</main></body></html>`);
      const { page: clientPage, report } = await openPage(browser, site.url(`/client.html?page=${encodeURIComponent(path)}`));
      assert.deepEqual(await settledStates(clientPage, SERVER_TAGS), tags.map(() => 'ready'));
      const clientTexts = await texts(clientPage, tags.length);
      for (const text of clientTexts) assert.ok(text.length > 20, text);
      assert.deepEqual(serverTexts, clientTexts);
      await assertClean(report);
      await clientPage.close();
    });

    for (const width of [390, 1280]) {
      test(`hydrates at ${width} px under the strict policy: one copy, interactive, no error, no violation, no layout shift`, async () => {
        const context = await browser.newContext({ viewport: { width, height: 900 } });
        await context.addInitScript({ content: RECORD_SHIFTS });
        const { page, report } = await openPage({ newPage: () => context.newPage() } as unknown as Browser, site.url(path));
        const policy = await page.evaluate(() => fetch(location.href).then((response) => response.headers.get('content-security-policy')));
        assert.equal(policy, STRICT_CSP);
        assert.deepEqual(await settledStates(page, SERVER_TAGS), tags.map(() => 'ready'));
        await page.waitForFunction((selector) => [...document.querySelectorAll(selector)].every((host) => (host as unknown as { hasUpdated: boolean }).hasUpdated), SERVER_TAGS);
        const copies = await page.$$eval(SERVER_TAGS, (hosts) => hosts.map((host) => [...host.shadowRoot!.children].filter((child) => child.localName !== 'link').length));
        assert.deepEqual(copies, tags.map(() => 1), 'the server content, hydrated, and no second copy');
        await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
        assert.ok(await page.evaluate(() => PerformanceObserver.supportedEntryTypes.includes('layout-shift')), 'layout shifts are observable here');
        assert.equal(await page.evaluate(() => (window as unknown as { __layoutShift: number }).__layoutShift), 0);

        if (path === '/eleventy/') {
          // The full card's name answers a click: its handler came with hydration.
          await page.evaluate(() => {
            document.addEventListener('dpg-select', (event) => {
              event.preventDefault();
              document.body.dataset.selected = (event as CustomEvent<{ id: string }>).detail.id;
            });
          });
          await page.locator('dpg-card[variant="full"] [part="name"]').click();
          assert.equal(await page.locator('body').getAttribute('data-selected'), 'dhis2');
        } else {
          const header = page.locator('dpg-cop-table th[part="header"]').first();
          assert.equal(await header.getAttribute('aria-sort'), null);
          await page.locator('dpg-cop-table [part="sort-button"]').first().click();
          assert.equal(await header.getAttribute('aria-sort'), 'ascending');
        }
        await assertClean(report);
        await context.close();
      });
    }
  });
}
