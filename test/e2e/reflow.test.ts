// Reflow (WCAG 1.4.10): every example page and every story, at 320 CSS px wide and at 1280 px
// with 200% zoom, with no horizontal scroll. A 1280 px screen at 200% zoom lays a page out in
// 640 CSS px, so a 640 px viewport stands in for it (`deviceScaleFactor` only sharpens pixels,
// it does not reflow). Stories are read from dist/storybook, which `npm test` builds before the
// end-to-end tests (`npm run build-storybook` alone); without it the file fails rather than
// checking the examples only. Needs `npm run build`.
import assert from 'node:assert/strict';
import { existsSync, readdirSync } from 'node:fs';
import { after, before, describe, test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { exampleHeaders } from '../../scripts/serve.mjs';
import { settle } from '../visual/settle.js';
import { showsLoading, storyEntries, storyPath, waitForStory, type IndexEntry } from '../visual/storybook.js';
import { launchChromium, startSite, type Site } from './browser.js';

const WIDTHS: [string, number][] = [
  ['320 px', 320],
  ['1280 px at 200% zoom (640 CSS px)', 640],
];

const examplePages = readdirSync('examples')
  .filter((file) => file.endsWith('.html'))
  .map((file) => `/${file}`);
if (existsSync('dist/examples/react/index.html')) examplePages.push('/react/');

/** The stories, or why they cannot be read (then the first test fails, and the examples are still checked). */
let missingStorybook: unknown = null;
const stories: IndexEntry[] = (() => {
  try {
    return storyEntries();
  } catch (error) {
    missingStorybook = error;
    return [];
  }
})();

let site: Site;
let browser: Browser;

before(async () => {
  assert.ok(existsSync('dist/cdn/dpg-kit.js'), 'dist/cdn/dpg-kit.js is missing: run `npm run build` first');
  site = await startSite({ headersFor: exampleHeaders });
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  await site?.close();
});

/** Waits (at most 15 s) until every dpg-kit element on the page is defined and done loading. */
async function settled(page: Page): Promise<void> {
  await page.waitForFunction(
    `[...document.querySelectorAll('*')].filter((el) => el.localName.startsWith('dpg-'))
      .every((el) => customElements.get(el.localName) && el.state !== 'loading')`,
    undefined,
    { timeout: 15_000 },
  );
  // Layout after the last render: two frames.
  await page.evaluate('new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)))');
}

/**
 * The document's width past the viewport, with the elements (through shadow roots) that stick
 * out, and the story root's own scroll width when there is one (a story's canvas that scrolls
 * inside itself hides what the document does not show). A string, not a function: tsx's helpers
 * for named functions do not exist in the page.
 */
const MEASURE = `(() => {
  const { scrollWidth, clientWidth } = document.documentElement;
  const root = document.querySelector('#storybook-root');
  const rootOverflow = root ? root.scrollWidth - root.clientWidth : 0;
  const culprits = [];
  // Children of a box that clips (a scroller, a visually hidden list) cannot widen the page.
  const walk = (root, path) => {
    for (const el of root.children) {
      const box = el.getBoundingClientRect();
      // Its box, or the text that runs out of it.
      const right = Math.max(box.right, box.left + el.scrollWidth);
      if (right > clientWidth + 0.5 && box.width > 0 && culprits.length < 8) {
        const classes = typeof el.className === 'string' && el.className.trim() ? '.' + el.className.trim().split(/\\s+/).join('.') : '';
        culprits.push(path + el.localName + classes + ' (right edge ' + Math.round(right) + ')');
      }
      if (getComputedStyle(el).overflowX !== 'visible') continue;
      if (el.shadowRoot) walk(el.shadowRoot, path + el.localName + ' > ');
      walk(el, path);
    }
  };
  if (scrollWidth > clientWidth || rootOverflow > 0) walk(document, '');
  return { scrollWidth, clientWidth, rootOverflow, culprits };
})()`;

interface Overflow {
  scrollWidth: number;
  clientWidth: number;
  rootOverflow: number;
  culprits: string[];
}

async function overflow(page: Page): Promise<Overflow> {
  return page.evaluate(MEASURE);
}

function assertNoSideScroll(path: string, { scrollWidth, clientWidth, rootOverflow, culprits }: Overflow): void {
  assert.ok(scrollWidth <= clientWidth, `${path} is ${scrollWidth} px wide in a ${clientWidth} px viewport; sticking out: ${culprits.join('; ')}`);
  assert.ok(rootOverflow <= 0, `${path}: the story root scrolls ${rootOverflow} px sideways; sticking out: ${culprits.join('; ')}`);
}

describe('reflow: no horizontal scroll', () => {
  test('checks every example page and the stories of every element', () => {
    assert.ok(examplePages.includes('/index.html') && examplePages.includes('/hostile-css.html'), examplePages.join(', '));
    if (missingStorybook) throw missingStorybook;
    const titles = new Set(stories.map((story) => story.title));
    assert.equal(titles.size, 7, [...titles].join(', '));
  });
  for (const path of examplePages) {
    for (const [label, width] of WIDTHS) {
      test(`${path} at ${label}`, async () => {
        // The strict pages refuse the measuring script as eval; layout does not depend on the policy.
        const page = await browser.newPage({ viewport: { width, height: 800 }, bypassCSP: true });
        try {
          await page.goto(site.url(path), { waitUntil: 'load' });
          await settled(page);
          assertNoSideScroll(path, await overflow(page));
        } finally {
          await page.close();
        }
      });
    }
  }
  for (const story of stories) {
    for (const [label, width] of WIDTHS) {
      const path = storyPath(story.id);
      test(`story ${story.id} at ${label}`, async () => {
        const page = await browser.newPage({ viewport: { width, height: 800 } });
        try {
          await page.goto(site.url(path), { waitUntil: 'load' });
          await waitForStory(page);
          await settle(page, { allowLoading: showsLoading(story) });
          assertNoSideScroll(path, await overflow(page));
        } finally {
          await page.close();
        }
      });
    }
  }
});
