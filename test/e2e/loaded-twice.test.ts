// A page that loads dpg-kit more than once: the same script twice, the same version from two
// URLs, and two different versions. No error ever; one warning per tag for the second version.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import type { Browser, Page } from 'playwright-core';
import { rollup } from 'rollup';
import { assertClean, launchChromium, openPage, settledStates, shadowText, startSite, type Site } from './browser.js';
import { TAGS } from './tags.js';

const NEXT_VERSION = '99.0.0-next';
let nextBuild: string;
let site: Site;
let browser: Browser;

/** A second CDN build of the same sources that calls itself another version. */
async function buildNextVersion(dir: string): Promise<void> {
  const bundle = await rollup({
    input: { 'dpg-kit': 'packages/elements/dist/all.js' },
    plugins: [
      {
        name: 'next-version',
        transform(code, id) {
          if (!id.replaceAll('\\', '/').endsWith('packages/elements/dist/base/version.js')) return null;
          const patched = code.replace(/VERSION = '[^']+'/, `VERSION = '${NEXT_VERSION}'`);
          if (patched === code) throw new Error('version.js no longer has `VERSION = \'…\'`');
          return patched;
        },
      },
      nodeResolve({ exportConditions: ['browser', 'default'] }),
    ],
  });
  await bundle.write({ dir, format: 'es', entryFileNames: '[name].js', chunkFileNames: 'chunks/[name]-[hash].js' });
  await bundle.close();
}

before(async () => {
  nextBuild = mkdtempSync(join(tmpdir(), 'dpg-kit-next-'));
  await buildNextVersion(nextBuild);
  site = await startSite({ mounts: [['/cdn-next/', nextBuild], ['/e2e/', 'test/e2e/pages']] });
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  await site?.close();
  if (nextBuild) rmSync(nextBuild, { recursive: true, force: true });
});

/** Calls `defineAll()` of each copy of the entry, in order (each URL is a module of its own). */
async function defineAllThrough(page: Page, entries: string[]): Promise<void> {
  for (const entry of entries) {
    await page.evaluate(async (url) => ((await import(url)) as { defineAll(): Promise<void> }).defineAll(), entry);
  }
}

test('the same version loaded three times: no error, no warning, every element works', async () => {
  const { page, report } = await openPage(browser, site.url('/e2e/loaded-twice.html'));
  assert.deepEqual(await settledStates(page, 'dpg-card, dpg-badge, dpg-cop-table'), ['ready', 'ready', 'ready']);
  assert.match(await shadowText(page, 'dpg-card'), /DHIS2/);
  // Every copy defines every tag, the lazy ones too: none may fail or complain.
  await defineAllThrough(page, ['/cdn/dpg-kit.js', '/cdn/dpg-kit.js?copy=2']);
  assert.ok(await page.evaluate((tags) => tags.every((tag) => customElements.get(tag)), [...TAGS]));
  // The copy from another URL is a module instance of its own: it ran, and kept quiet.
  await page.waitForLoadState('networkidle');
  const entries = await page.evaluate(() => performance.getEntriesByType('resource').map((entry) => new URL(entry.name).pathname + new URL(entry.name).search));
  assert.ok(entries.includes('/cdn/dpg-kit.js?copy=2'), 'the second copy was loaded');
  assert.deepEqual(report.consoleWarnings.filter((text) => text.startsWith('dpg-kit')), []);
  await assertClean(report);
  await page.close();
});

test('two versions: the first one serves, one warning per tag, no error', async () => {
  const { page, report } = await openPage(browser, site.url('/e2e/two-versions.html'));
  assert.deepEqual(await settledStates(page, 'dpg-card, dpg-badge, dpg-cop-table'), ['ready', 'ready', 'ready']);
  assert.match(await shadowText(page, 'dpg-card'), /DHIS2/);
  // Both builds define every tag, the lazy ones through their autoloaders' defineAll().
  await defineAllThrough(page, ['/cdn/dpg-kit.js', '/cdn-next/dpg-kit.js']);
  const versions = await page.evaluate((tags) => tags.map((tag) => (customElements.get(tag) as unknown as { version?: string } | undefined)?.version), [...TAGS]);
  assert.ok(versions.every((version) => version && version !== NEXT_VERSION), `the first version keeps every tag: ${versions.join(', ')}`);
  const warned = report.consoleWarnings
    .filter((text) => text.includes(`ignoring version ${NEXT_VERSION}`))
    .map((text) => /<([a-z-]+)>/.exec(text)?.[1])
    .sort();
  assert.deepEqual(warned, [...TAGS].sort(), 'one warning per tag, naming both versions');
  await assertClean(report);
  await page.close();
});
