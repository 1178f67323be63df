// Content before the script: the builder's HTML snippet of every element carries a fallback link
// in the element's light DOM. With JavaScript off (as a crawler or a script-stripping CMS sees
// the page) the link shows; once the element upgrades it does not, because no element renders a
// default slot. embed.html shows a link of its own without JavaScript. Needs `npm run build`.
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { after, before, describe, test } from 'node:test';
import type { Browser, BrowserContext } from 'playwright-core';
import { ELEMENTS } from '../../packages/elements/embed/builder-options.js';
import { assertClean, launchChromium, openPage, settledStates, type Site } from './browser.js';
import { builderReady, snippetText, startPastedSite, type PastedPages } from './embed-helpers.js';

let site: Site;
let browser: Browser;
let pasted: PastedPages;
/** Per tag: the pasted page's path and the fallback link the snippet holds. */
const pages = new Map<string, { path: string; href: string; text: string }>();

before(async () => {
  assert.ok(existsSync('dist/cdn/builder.html'), 'dist/cdn/builder.html is missing: run `npm run build` first');
  ({ site, pasted } = await startPastedSite());
  browser = await launchChromium();
  const { page, report } = await openPage(browser, site.url('/cdn/builder.html'));
  await builderReady(page);
  for (const { tag } of ELEMENTS) {
    await page.selectOption('#element', tag);
    const snippet = await snippetText(page, 'html');
    const [, href, text] = /<a href="([^"]+)">([^<]+)<\/a>/.exec(snippet) ?? [];
    assert.ok(href && text, `the ${tag} snippet holds a fallback link`);
    pages.set(tag, { path: pasted.write(`${tag}.html`, snippet), href, text });
  }
  await assertClean(report);
  await page.close();
});

after(async () => {
  await browser?.close();
  await site?.close();
  pasted?.remove();
});

/** A context with JavaScript off that lets no request leave 127.0.0.1. */
async function withoutJavaScript(): Promise<BrowserContext> {
  const context = await browser.newContext({ javaScriptEnabled: false });
  await context.route('**/*', (route) => (new URL(route.request().url()).hostname === '127.0.0.1' ? route.continue() : route.abort('blockedbyclient')));
  return context;
}

describe('content before the script', () => {
  test('with JavaScript off, every element’s snippet shows its fallback link', async () => {
    const context = await withoutJavaScript();
    const page = await context.newPage();
    for (const [tag, expected] of pages) {
      await page.goto(site.url(expected.path));
      const link = page.locator(`${tag} > a`);
      assert.ok(await link.isVisible(), `${tag}: the fallback link shows`);
      assert.equal(await link.innerText(), expected.text);
      assert.equal(await link.getAttribute('href'), expected.href);
      assert.match(expected.href, /^https:\/\/www\.digitalpublicgoods\.net\//);
    }
    assert.equal(pages.get('dpg-card')!.text, 'DHIS2 in the Digital Public Goods Registry');
    assert.equal(pages.get('dpg-card')!.href, 'https://www.digitalpublicgoods.net/r/dhis2');
    await context.close();
  });

  test('with JavaScript off, embed.html shows a link to the registry', async () => {
    const context = await withoutJavaScript();
    const page = await context.newPage();
    await page.goto(site.url('/cdn/embed.html?el=dpg-card&dpg-id=dhis2'));
    const link = page.locator('#embed a');
    assert.ok(await link.isVisible());
    assert.equal(await link.getAttribute('href'), 'https://www.digitalpublicgoods.net/registry');
    await context.close();
  });

  for (const { tag } of ELEMENTS) {
    test(`once <${tag}> upgrades, its fallback link is no longer shown (no default slot)`, async () => {
      const { page, report } = await openPage(browser, site.url(pages.get(tag)!.path));
      assert.deepEqual(await settledStates(page, tag), ['ready']);
      const found = await page.locator(tag).evaluate((host) => ({
        defaultSlots: host.shadowRoot!.querySelectorAll('slot:not([name])').length,
        boxes: host.querySelector(':scope > a')!.getClientRects().length,
        slotted: host.querySelector(':scope > a')!.assignedSlot !== null,
      }));
      assert.deepEqual(found, { defaultSlots: 0, boxes: 0, slotted: false });
      await assertClean(report);
      await page.close();
    });
  }
});
