/**
 * Visual regression of every Storybook story: each story alone in its iframe, at a phone and a
 * desktop width, in light, dark and Arabic (set through the toolbar's globals, as a designer
 * would), the top 600 px compared against test/visual/baselines/stories/. Needs the built
 * Storybook (`npm run build-storybook`; `npm test` builds it before the end-to-end tests).
 *
 *   npm run test:visual     compare; a failure writes test-output/visual/{diff,actual}/stories/<name>.png
 *   npm run visual:update   write the baselines anew (VISUAL_UPDATE=1)
 */
import assert from 'node:assert/strict';
import { dirname, join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import type { Browser } from 'playwright-core';
import { launchChromium, startSite, type Site } from '../e2e/browser.js';
import { matchBaseline } from './compare.js';
import { MODES, type Mode } from './modes.js';
import { settle, stableScreenshot } from './settle.js';
import { showsLoading, storyEntries, storyPath, waitForStory, type StoryGlobals } from './storybook.js';

const BASELINES = join(dirname(fileURLToPath(import.meta.url)), 'baselines');

/** Screenshots are cut here: the top of a story shows what a change did, and keeps the baselines small. */
const MAX_HEIGHT = 600;
const VIEWPORT_HEIGHT = 900;
const WIDTHS = [390, 1280] as const;

/**
 * Stories captured at once, each in its own page: most of a capture is Storybook starting in a
 * fresh page, which waits on the network and the main thread more than it uses a whole core.
 */
const CONCURRENCY = 3;

/** The toolbar's globals for each look. */
const GLOBALS: Record<Mode, StoryGlobals> = {
  light: { theme: 'light', locale: 'en', direction: 'auto' },
  dark: { theme: 'dark', locale: 'en', direction: 'auto' },
  ar: { theme: 'light', locale: 'ar', direction: 'rtl' },
};

const stories = storyEntries();
let site: Site;
let browser: Browser;

describe('visual regression of the stories', { concurrency: CONCURRENCY }, () => {
  before(async () => {
    site = await startSite();
    browser = await launchChromium();
  });
  after(async () => {
    await browser?.close();
    await site?.close();
  });

  test('the Storybook build lists the stories of every element', () => {
    const titles = new Set(stories.map((story) => story.title));
    for (const tag of ['dpg-badge', 'dpg-card', 'dpg-cop-table', 'dpg-pilot-list', 'dpg-pilot-map', 'dpg-provider', 'dpg-registry']) {
      assert.ok(titles.has(`Elements/${tag}`), `no stories for ${tag} in ${[...titles].join(', ')}`);
    }
  });

  for (const story of stories) {
    for (const width of WIDTHS) {
      for (const mode of MODES) {
        const name = `stories/${story.id}-${width}-${mode}`;
        test(name, async () => {
          const page = await browser.newPage({ viewport: { width, height: VIEWPORT_HEIGHT }, deviceScaleFactor: 1 });
          try {
            // The system scheme as the look, so nothing follows the host's; motion reduced as a reader may ask.
            await page.emulateMedia({ colorScheme: mode === 'dark' ? 'dark' : 'light', reducedMotion: 'reduce' });
            await page.goto(site.url(storyPath(story.id, GLOBALS[mode])), { waitUntil: 'load' });
            await waitForStory(page);
            await settle(page, { allowLoading: showsLoading(story) });
            // The story's own height, with the canvas padding below it.
            const height = await page.evaluate(() => {
              const root = document.querySelector('#storybook-root')!;
              return Math.ceil(root.getBoundingClientRect().bottom + parseFloat(getComputedStyle(document.body).paddingBottom));
            });
            matchBaseline(BASELINES, name, await stableScreenshot(page, { x: 0, y: 0, width, height: Math.min(height, MAX_HEIGHT) }));
          } finally {
            await page.close();
          }
        });
      }
    }
  }
});
