// The CDN entry's autoloader in headless Chromium: a page downloads the chunks of the tags it
// has and no others; a tag that appears later (in the document, or inside a dpg-kit element's
// shadow root) is found and upgraded; `defineAll()` defines every tag. Needs `npm run build`.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { after, before, describe, test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { assertClean, launchChromium, openPage, settledStates, startSite, type Site } from './browser.js';
import { TAGS } from './tags.js';

interface GraphChunk {
  file: string;
  isEntry: boolean;
  imports: string[];
  dynamicImports: string[];
  modules: string[];
}


let site: Site;
let browser: Browser;
let graph: GraphChunk[];
/** The tags whose define module is in a chunk of its own rather than in the entry. */
let autoloaded: string[];

before(async () => {
  assert.ok(existsSync('dist/cdn-graph.json'), 'dist/cdn-graph.json is missing: run `npm run build` first');
  graph = (JSON.parse(readFileSync('dist/cdn-graph.json', 'utf8')) as { chunks: GraphChunk[] }).chunks;
  const entry = `/cdn/${graph.find((chunk) => chunk.isEntry)!.file}`;
  autoloaded = TAGS.filter((tag) => defineChunk(tag) !== entry);
  assert.deepEqual(autoloaded, ['dpg-cop-table', 'dpg-pilot-list', 'dpg-pilot-map', 'dpg-registry']);
  site = await startSite();
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  await site?.close();
});

/** The chunk file that holds the define module of `tag`. */
function defineChunk(tag: string): string {
  const chunk = graph.find((each) => each.modules.some((module) => module.endsWith(`/define/${tag}.js`)));
  assert.ok(chunk, `no chunk holds define/${tag}.js`);
  return `/cdn/${chunk.file}`;
}

/** Opens `path`, recording the path of every request to /cdn/. */
async function openRecording(path: string): Promise<{ page: Page; requested: string[]; done: () => Promise<void> }> {
  const requested: string[] = [];
  const { page, report } = await openPage(browser, site.url(path), {
    beforeGoto: async (target) => target.on('request', (request) => void requested.push(new URL(request.url()).pathname)),
  });
  return { page, requested, done: async () => (await assertClean(report), await page.close()) };
}

describe('the autoloader of dpg-kit.js', () => {
  test('a page with one card requests no chunk of an element it does not have', async () => {
    const { page, requested, done } = await openRecording('/one-card.html');
    assert.deepEqual(await settledStates(page, 'dpg-card'), ['ready']);
    // Long enough for idle-time loading to have happened, had there been any.
    await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 1500)));
    for (const tag of autoloaded) {
      assert.ok(!requested.includes(defineChunk(tag)), `<${tag}>'s chunk was requested: ${requested.join(', ')}`);
      assert.equal(await page.evaluate((name) => customElements.get(name) === undefined, tag), true, `<${tag}> got defined`);
    }
    await done();
  });

  test('a tag added to the document after load is loaded and upgrades', async () => {
    const { page, requested, done } = await openRecording('/one-card.html');
    await settledStates(page, 'dpg-card');
    assert.ok(!requested.includes(defineChunk('dpg-cop-table')));
    await page.evaluate(() => document.body.append(document.createElement('dpg-cop-table')));
    assert.deepEqual(await settledStates(page, 'dpg-cop-table'), ['ready']);
    assert.ok(requested.includes(defineChunk('dpg-cop-table')));
    await done();
  });

  test("a tag rendered inside a dpg-kit element's shadow root is loaded and upgrades", async () => {
    const { page, done } = await openRecording('/one-card.html');
    await settledStates(page, 'dpg-card');
    await page.evaluate(() => document.querySelector('dpg-card')!.shadowRoot!.append(document.createElement('dpg-pilot-list')));
    // Fails (after Playwright's 30 s) rather than hangs when the tag is never found.
    await page.waitForFunction(() => {
      const list = document.querySelector('dpg-card')!.shadowRoot!.querySelector('dpg-pilot-list') as (HTMLElement & { state?: string }) | null;
      return customElements.get('dpg-pilot-list') !== undefined && list?.state !== undefined && list.state !== 'loading';
    });
    const state = await page.evaluate(() => (document.querySelector('dpg-card')!.shadowRoot!.querySelector('dpg-pilot-list') as HTMLElement & { state?: string }).state);
    assert.equal(state, 'ready');
    await done();
  });

  test('defineAll() defines every tag, whether or not the page has it', async () => {
    const { page, done } = await openRecording('/one-badge.html');
    await settledStates(page, 'dpg-badge');
    const defined = await page.evaluate(async (tags) => {
      const entry = (await import('/cdn/dpg-kit.js' as string)) as { defineAll(): Promise<void> };
      await entry.defineAll();
      return tags.filter((tag) => customElements.get(tag) !== undefined);
    }, autoloaded);
    assert.deepEqual(defined, autoloaded);
    await done();
  });
});
