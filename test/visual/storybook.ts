/**
 * The built Storybook (dist/storybook, from `npm run build-storybook`) as the story tests see
 * it: the list of stories from its index, the address of one story alone in its iframe with
 * the toolbar's globals (theme, locale, direction: .storybook/toolbar.ts), and a wait for
 * Storybook to have rendered it and run its play function.
 */
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';

export const STORYBOOK_DIR = 'dist/storybook';
const INDEX = `${STORYBOOK_DIR}/index.json`;

export interface IndexEntry {
  id: string;
  title: string;
  name: string;
  type: 'story' | 'docs';
  tags?: string[];
}

/** Every entry of the built Storybook's index; fails (never skips) when there is no build. */
export function storybookEntries(): IndexEntry[] {
  assert.ok(existsSync(INDEX), `${INDEX} is missing: run \`npm run build-storybook\` first (\`npm test\` builds it before the end-to-end tests)`);
  const { entries } = JSON.parse(readFileSync(INDEX, 'utf8')) as { entries: Record<string, IndexEntry> };
  return Object.values(entries);
}

export const storyEntries = (): IndexEntry[] => storybookEntries().filter((entry) => entry.type === 'story');

/** The toolbar's globals, as .storybook/toolbar.ts names them. */
export interface StoryGlobals {
  theme?: 'light' | 'dark';
  locale?: string;
  direction?: 'auto' | 'ltr' | 'rtl';
}

/** Path (on a server that mounts the build at /storybook/) of one story alone, with `globals`. */
export function storyPath(id: string, globals: StoryGlobals = {}): string {
  const pairs = Object.entries(globals).map(([key, value]) => `${key}:${value}`);
  const query = new URLSearchParams({ id, viewMode: 'story' });
  if (pairs.length > 0) query.set('globals', pairs.join(';'));
  return `/storybook/iframe.html?${query}`;
}

/** Path of a component's Docs page. */
export const docsPath = (id: string): string => `/storybook/iframe.html?${new URLSearchParams({ id, viewMode: 'docs' })}`;

/**
 * Stories that show an element still loading on purpose (its data never arrives): their
 * elements are not waited out of the loading state.
 */
export const showsLoading = (entry: IndexEntry): boolean => /^loading/i.test(entry.name);

/**
 * Waits until Storybook has rendered the open story and run its play function; fails with the
 * story's own error when rendering or playing threw.
 */
export async function waitForStory(page: Page): Promise<void> {
  const handle = await page.waitForFunction(() => {
    const preview = (window as unknown as { __STORYBOOK_PREVIEW__?: { currentRender?: { phase?: string } } }).__STORYBOOK_PREVIEW__;
    const phase = preview?.currentRender?.phase;
    return phase === 'finished' || phase === 'errored' || phase === 'aborted' ? phase : false;
  });
  const phase = await handle.jsonValue();
  if (phase !== 'finished') {
    const error = await page.locator('#error-message, .sb-errordisplay').first().textContent().catch(() => null);
    assert.fail(`${page.url()}: the story ended ${phase}${error ? `: ${error.trim()}` : ''}`);
  }
}
