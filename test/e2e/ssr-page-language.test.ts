// A server-rendered card keeps the language its HTML was written in. The example page's card
// was rendered in English; put on a page whose own language is Arabic, the card hydrates in
// English, left to right, as the server wrote it: not the page's Arabic strings in the server's
// left-to-right layout, which is what a client render of another language over the server's
// HTML gives. Needs `npm run build`.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { Browser } from 'playwright-core';
import { launchChromium, startSite, type Site } from './browser.js';

let site: Site;
let browser: Browser;

before(async () => {
  site = await startSite();
  browser = await launchChromium();
});
after(async () => {
  await browser?.close();
  await site?.close();
});

test('an English server-rendered card on an Arabic page hydrates in English, left to right', async () => {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.route('**/ssr-card.html', async (route) => {
    const response = await route.fetch();
    await route.fulfill({ response, body: (await response.text()).replace('<html lang="en">', '<html lang="ar" dir="rtl">') });
  });
  await page.goto(site.url('/ssr-card.html'));
  await page.waitForFunction(() => (document.querySelector('dpg-card') as unknown as { hasUpdated?: boolean } | null)?.hasUpdated === true);
  // Whatever the page's language would load (its strings) has come by then.
  await page.waitForLoadState('networkidle');
  const shown = await page.locator('dpg-card').evaluate((host) => {
    const article = host.shadowRoot!.querySelector('article')!;
    return { lang: article.lang, dir: getComputedStyle(article).direction, text: article.innerText };
  });
  await page.close();
  assert.deepEqual([shown.lang, shown.dir], ['en', 'ltr']);
  assert.match(shown.text, /Digital Public Good/);
  assert.doesNotMatch(shown.text, /[\u0600-\u06FF]/, 'no Arabic string in the card the server wrote in English');
});
