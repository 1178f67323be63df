// examples/ssr-card.html, the one-card page rendered on the server, in headless Chromium: with
// JavaScript off the card's text is there and styled; with it on, under the strict policy, the
// card hydrates the server's DOM (no second copy, no layout shift) and answers clicks, with no
// console error and no CSP violation; on a page in another language it keeps the server's.
// Needs `npm run build` (which writes the page).
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import type { ServerResponse } from 'node:http';
import { after, before, describe, test } from 'node:test';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { assertClean, launchChromium, openPage, settledStates, shadowText, startSite, STRICT_CSP, type Site } from './browser.js';

const PAGE = '/ssr-card.html';
/** Long enough for the HTML to be painted well before the script runs. */
const ENTRY_DELAY_MS = 600;
let site: Site;
let browser: Browser;

before(async () => {
  assert.ok(existsSync('dist/cdn/dpg-kit-hydrate.js') && existsSync('examples/ssr-card.html'), 'run `npm run build` first');
  site = await startSite({
    headersFor: (path): Record<string, string> => (path === PAGE ? { 'content-security-policy': STRICT_CSP } : {}),
    // The entry comes late, as on a slow network: the card paints from the HTML first, so that
    // whatever hydration changes on screen afterwards counts as a layout shift.
    routes: {
      '/cdn/dpg-kit.js': (_req: unknown, res: ServerResponse) =>
        setTimeout(() => res.writeHead(200, { 'content-type': 'text/javascript; charset=utf-8' }).end(readFileSync('dist/cdn/dpg-kit.js')), ENTRY_DELAY_MS),
    },
  });
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  await site?.close();
});

/** Sums every layout shift from the page's start (buffered), as CLS counts them. */
const RECORD_SHIFTS = `
  window.__layoutShift = 0;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) if (!entry.hadRecentInput) window.__layoutShift += entry.value;
  }).observe({ type: 'layout-shift', buffered: true });
`;

async function nameBox(page: Page) {
  const box = await page.locator('dpg-card [part="name"]').boundingBox();
  assert.ok(box, 'the name is laid out');
  return box;
}

describe('a server-rendered card', () => {
  test('shows its text, styled by its linked style sheet, with JavaScript off — the same text as the client render', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(site.url(PAGE), { waitUntil: 'load' });
    const serverText = await shadowText(page, 'dpg-card');
    assert.match(serverText, /^DHIS2 Digital Public Good DHIS2 is a free, open-source/);
    // The card's own style sheet applies inside the shadow root: the card box has its border.
    const border = await page.locator('dpg-card [part="card"]').evaluate((card) => getComputedStyle(card).borderTopStyle);
    assert.equal(border, 'solid');
    assert.equal(await page.locator('dpg-card [part="name"]').isVisible(), true);
    await context.close();

    const { page: clientPage, report } = await openPage(browser, site.url('/one-card.html'));
    await settledStates(clientPage, 'dpg-card');
    assert.equal(serverText, await shadowText(clientPage, 'dpg-card'));
    await assertClean(report);
    await clientPage.close();
  });

  test('hydrates under the strict policy: same DOM, interactive, no error, no violation, no layout shift', async () => {
    // Narrow enough for the description to be clamped: "Show more" then shows after hydration.
    const context = await browser.newContext({ viewport: { width: 800, height: 600 } });
    await context.addInitScript({ content: RECORD_SHIFTS });
    const { page, report } = await openPage(await contextBrowser(context), site.url(PAGE));
    assert.deepEqual(await settledStates(page, 'dpg-card'), ['ready']);
    await page.waitForFunction(() => (document.querySelector('dpg-card') as unknown as { hasUpdated: boolean }).hasUpdated);
    const before = await nameBox(page);
    // Hydrated, not rendered again: one card, and the server's template markers still in place.
    const shape = await page.locator('dpg-card').evaluate((host) => {
      const root = host.shadowRoot!;
      const comments = [...root.childNodes].filter((node) => node.nodeType === Node.COMMENT_NODE).map((node) => node.textContent ?? '');
      return { articles: root.querySelectorAll('article').length, serverMarkers: comments.some((text) => text.startsWith('lit-part ')) };
    });
    assert.deepEqual(shape, { articles: 1, serverMarkers: true });
    // Interactive: the name's click handler came with hydration.
    await page.evaluate(() => {
      document.addEventListener('dpg-select', (event) => {
        event.preventDefault();
        document.body.dataset.selected = (event as CustomEvent<{ id: string }>).detail.id;
      });
    });
    await page.locator('dpg-card [part="name"]').click();
    assert.equal(await page.locator('body').getAttribute('data-selected'), 'dhis2');
    assert.deepEqual(await nameBox(page), before);
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
    assert.equal(await page.locator('dpg-card .toggle').isVisible(), true, 'the clamp was measured and "Show more" shows');
    assert.ok(await page.evaluate(() => PerformanceObserver.supportedEntryTypes.includes('layout-shift')), 'layout shifts are observable here');
    assert.equal(await page.evaluate(() => (window as unknown as { __layoutShift: number }).__layoutShift), 0);
    await assertClean(report);
    await context.close();
  });

  test('on a page in another language, keeps the language and direction the server wrote it in', async () => {
    // The card was rendered in English; its page here says Arabic. Hydrating, the client must not
    // write the page's Arabic strings into the server's left-to-right layout.
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    await context.addInitScript({ content: RECORD_SHIFTS });
    await context.route(`**${PAGE}`, async (route) => {
      const response = await route.fetch();
      await route.fulfill({ response, body: (await response.text()).replace('<html lang="en">', '<html lang="ar" dir="rtl">') });
    });
    const { page, report } = await openPage(await contextBrowser(context), site.url(PAGE));
    await page.waitForFunction(() => (document.querySelector('dpg-card') as unknown as { hasUpdated: boolean }).hasUpdated);
    // Whatever the page's language would load (its strings) has come by then.
    await page.waitForLoadState('networkidle');
    const shown = await page.locator('dpg-card').evaluate((host) => {
      const article = host.shadowRoot!.querySelector('article')!;
      return { lang: article.lang, dir: getComputedStyle(article).direction, text: article.innerText };
    });
    assert.deepEqual([shown.lang, shown.dir], ['en', 'ltr']);
    assert.match(shown.text, /Digital Public Good/);
    assert.doesNotMatch(shown.text, /[\u0600-\u06FF]/, 'no Arabic string in the card the server wrote in English');
    assert.equal(await page.evaluate(() => (window as unknown as { __layoutShift: number }).__layoutShift), 0);
    await assertClean(report);
    await context.close();
  });
});

/** openPage opens a page in a browser's default context; this one opens it in `context`. */
async function contextBrowser(context: BrowserContext): Promise<Browser> {
  return { newPage: () => context.newPage() } as unknown as Browser;
}
