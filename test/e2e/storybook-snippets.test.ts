/**
 * What a designer copies from Storybook: on each element's Docs page, every "Show code" snippet
 * is markup a partner can paste, so it starts with the CDN script tag, carries it once only, and
 * has no inline `style=` (a story's own layout is not part of the embed). Reads the built
 * Storybook (`npm run build-storybook`; `npm test` builds it before the end-to-end tests).
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Browser } from 'playwright-core';
import { SCRIPT_TAG } from '../../.storybook/source-snippet.js';
import { docsPath, storybookEntries } from '../visual/storybook.js';
import { launchChromium, startSite, type Site } from './browser.js';

const docsPages = storybookEntries().filter((entry) => entry.type === 'docs' && entry.title.startsWith('Elements/'));

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

const occurrences = (text: string, part: string): number => text.split(part).length - 1;

describe('"Show code" snippets on the Docs pages', () => {
  test('every element has a Docs page', () => {
    assert.deepEqual(docsPages.map((entry) => entry.title.replace('Elements/', '')).sort(), ['dpg-badge', 'dpg-card', 'dpg-cop-table', 'dpg-pilot-list', 'dpg-pilot-map', 'dpg-provider', 'dpg-registry']);
  });

  for (const entry of docsPages) {
    test(entry.title, async () => {
      const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
      try {
        await page.goto(site.url(docsPath(entry.id)), { waitUntil: 'load' });
        // The toggles are switches named "Show code": the primary story's and one per story below it.
        const closed = page.locator('button.docblock-code-toggle[aria-checked="false"]');
        await closed.first().waitFor();
        const count = await closed.count();
        assert.ok(count >= 2, `${entry.title}: ${count} "Show code" switches`);
        // An opened switch leaves the locator, so the first one left is always the next.
        for (let opened = 0; opened < count; opened += 1) await closed.first().click();
        await page.waitForFunction(
          (expected) => [...document.querySelectorAll('pre.prismjs')].filter((pre) => (pre.textContent ?? '').includes('<dpg-')).length >= expected,
          count,
        );
        const snippets = (await page.locator('pre.prismjs').allTextContents()).filter((text) => text.includes('<dpg-'));
        assert.ok(snippets.length >= count, `${entry.title}: ${snippets.length} snippets for ${count} switches`);
        for (const [index, text] of snippets.entries()) {
          const where = `${entry.title}, snippet ${index + 1}`;
          assert.equal(occurrences(text, SCRIPT_TAG), 1, `${where} has the script tag ${occurrences(text, SCRIPT_TAG)} times:\n${text}`);
          assert.ok(text.startsWith(SCRIPT_TAG), `${where} does not start with the script tag:\n${text}`);
          assert.ok(!/\sstyle=/.test(text), `${where} has an inline style:\n${text}`);
          assert.match(text, /<dpg-[a-z-]+/, `${where} shows no element:\n${text}`);
        }
      } finally {
        await page.close();
      }
    });
  }
});
