// Each element that renders on the server, in headless Chromium: its server HTML with
// JavaScript off reads the same as the same element rendered in the browser on the same data,
// and with JavaScript on (strict policy) it hydrates: one copy of its content, interactive, no
// console error, no CSP violation, no layout shift. Needs `npm run build`.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import type { ServerResponse } from 'node:http';
import { after, before, describe, test } from 'node:test';
import type { Browser } from 'playwright-core';
import { renderElement, type ServerAttributes, type ServerTag } from '../../packages/elements/dist/ssr/index.js';
import { assertClean, launchChromium, openPage, settledStates, shadowText, startSite, STRICT_CSP, type Site } from './browser.js';

interface Case {
  name: string;
  tag: ServerTag;
  attributes: ServerAttributes;
}

const CASES: Case[] = [
  { name: 'full-card', tag: 'dpg-card', attributes: { 'dpg-id': 'dhis2', variant: 'full' } },
  { name: 'badge', tag: 'dpg-badge', attributes: { 'dpg-id': 'dhis2' } },
  { name: 'cop-table', tag: 'dpg-cop-table', attributes: { 'sort-by': 'status' } },
  { name: 'pilot-list', tag: 'dpg-pilot-list', attributes: { country: 'gm sl', 'group-by': 'pilot' } },
];

const RECORD_SHIFTS = `
  window.__layoutShift = 0;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) if (!entry.hadRecentInput) window.__layoutShift += entry.value;
  }).observe({ type: 'layout-shift', buffered: true });
`;

function page(body: string, hydrate: boolean): string {
  const scripts = `${hydrate ? '<script type="module" src="/cdn/dpg-kit-hydrate.js"></script>' : ''}<script type="module" src="/cdn/dpg-kit.js"></script>`;
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>test</title>${scripts}</head><body><main>${body}</main></body></html>`;
}

function clientMarkup({ tag, attributes }: Case): string {
  return `<${tag} ${Object.entries(attributes).map(([name, value]) => `${name}="${String(value)}"`).join(' ')}></${tag}>`;
}

let site: Site;
let browser: Browser;

before(async () => {
  assert.ok(existsSync('dist/cdn/dpg-kit-hydrate.js') && existsSync('dist/cdn/ssr/dpg-card.css'), 'run `npm run build` first');
  const routes: Record<string, (req: unknown, res: ServerResponse) => void> = {};
  for (const each of CASES) {
    const server = page(await renderElement(each.tag, each.attributes), true);
    const client = page(clientMarkup(each), false);
    routes[`/ssr/${each.name}.html`] = (_req, res) => res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-security-policy': STRICT_CSP }).end(server);
    routes[`/client/${each.name}.html`] = (_req, res) => res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(client);
  }
  // The entry comes late, as on a slow network: each element paints from the HTML first, so
  // that whatever hydration changes on screen afterwards counts as a layout shift.
  routes['/cdn/dpg-kit.js'] = (_req, res) =>
    setTimeout(() => res.writeHead(200, { 'content-type': 'text/javascript; charset=utf-8' }).end(readFileSync('dist/cdn/dpg-kit.js')), 600);
  site = await startSite({ routes });
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  await site?.close();
});

for (const each of CASES) {
  describe(`<${each.tag}> rendered on the server (${each.name})`, () => {
    test('reads with JavaScript off as the browser-rendered element does', async () => {
      const context = await browser.newContext({ javaScriptEnabled: false });
      const serverPage = await context.newPage();
      await serverPage.goto(site.url(`/ssr/${each.name}.html`), { waitUntil: 'load' });
      const serverText = await shadowText(serverPage, each.tag);
      await context.close();
      const { page: clientPage, report } = await openPage(browser, site.url(`/client/${each.name}.html`));
      assert.deepEqual(await settledStates(clientPage, each.tag), ['ready']);
      const clientText = await shadowText(clientPage, each.tag);
      assert.ok(clientText.length > 20, clientText);
      assert.equal(serverText, clientText);
      await assertClean(report);
      await clientPage.close();
    });

    test('hydrates under the strict policy: one copy, no error, no violation, no layout shift', async () => {
      const context = await browser.newContext({ viewport: { width: 800, height: 600 } });
      await context.addInitScript({ content: RECORD_SHIFTS });
      const { page: ssrPage, report } = await openPage({ newPage: () => context.newPage() } as unknown as Browser, site.url(`/ssr/${each.name}.html`));
      assert.deepEqual(await settledStates(ssrPage, each.tag), ['ready']);
      await ssrPage.waitForFunction((tag) => (document.querySelector(tag) as unknown as { hasUpdated: boolean }).hasUpdated, each.tag);
      const roots = await ssrPage.locator(each.tag).evaluate((host) => [...host.shadowRoot!.children].filter((child) => child.localName !== 'link').length);
      assert.equal(roots, 1, 'the server content, hydrated, and no second copy');
      await ssrPage.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
      assert.equal(await ssrPage.evaluate(() => (window as unknown as { __layoutShift: number }).__layoutShift), 0);
      await assertClean(report);
      await context.close();
    });
  });
}

test('a hydrated CoP table sorts when its header is clicked', async () => {
  const { page: ssrPage, report } = await openPage(browser, site.url('/ssr/cop-table.html'));
  await settledStates(ssrPage, 'dpg-cop-table');
  await ssrPage.waitForFunction(() => (document.querySelector('dpg-cop-table') as unknown as { hasUpdated: boolean }).hasUpdated);
  const header = ssrPage.locator('dpg-cop-table th[part="header"]').first();
  assert.equal(await header.getAttribute('aria-sort'), null);
  await ssrPage.locator('dpg-cop-table [part="sort-button"]').first().click();
  assert.equal(await header.getAttribute('aria-sort'), 'ascending');
  assert.equal(await ssrPage.locator('dpg-cop-table').getAttribute('sort-by'), 'priorityArea');
  await assertClean(report);
  await ssrPage.close();
});
