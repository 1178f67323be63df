// The hosted registry in headless Chromium. The CDN build reads the registry it ships beside
// its script: a page with one card (or one badge) requests the entry, the manifest and that
// DPG's file, and nothing else. A partner's folder written by `dpg-kit snapshot` and named by
// `<dpg-provider registry-src=".../">` is read the same way. Needs `npm run build`.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { runSnapshotCommand } from '../../packages/sdk/src/cli/snapshot-command.js';
import { writeHostedRegistry } from '../../packages/sdk/src/hosted/write.js';
import { dpg } from '../helpers/records.js';
import { assertClean, launchChromium, openPage, settledStates, shadowText, startSite, type Site } from './browser.js';

interface GraphChunk {
  file: string;
  isEntry: boolean;
  imports: string[];
}

const PARTNER_PAGE = `<!doctype html>
<html lang="en">
  <head><meta charset="utf-8" /><title>Partner page</title><script type="module" src="/cdn/dpg-kit.js"></script></head>
  <body>
    <dpg-provider registry-src="/partner/registry/">
      <dpg-card dpg-id="dhis2"></dpg-card>
      <dpg-badge dpg-id="dhis2"></dpg-badge>
    </dpg-provider>
  </body>
</html>`;

/**
 * Two cards and a badge of one good, and a card handed its record by a script
 * that ran before dpg-kit: the record the script gives must not be fetched.
 */
const MANY_PAGE = `<!doctype html>
<html lang="en">
  <head><meta charset="utf-8" /><title>Many of one</title><script type="module" src="/cdn/dpg-kit.js"></script></head>
  <body>
    <dpg-card dpg-id="dhis2"></dpg-card>
    <dpg-card dpg-id="dhis2"></dpg-card>
    <p>Built on <dpg-badge dpg-id="dhis2"></dpg-badge>.</p>
    <dpg-card id="given" dpg-id="openspp"></dpg-card>
  </body>
</html>`;

/** A registry browser over a partner's layout of 40 goods: more than its first page holds. */
const BIG_REGISTRY_PAGE = `<!doctype html>
<html lang="en">
  <head><meta charset="utf-8" /><title>Partner registry</title><script type="module" src="/cdn/dpg-kit.js"></script></head>
  <body>
    <dpg-provider registry-src="/partner/big/"><dpg-registry></dpg-registry></dpg-provider>
  </body>
</html>`;
const BIG_REGISTRY = Array.from({ length: 40 }, (_, i) =>
  dpg({ id: `good-${i}`, name: i === 39 ? 'Zebra Crossing Maps' : `Good number ${String(i).padStart(2, '0')}`, description: 'A partner’s good.' }),
);

let site: Site;
let browser: Browser;
let partner: string;
/** The entry and every chunk it imports statically, as paths on the site. */
let entryFiles: string[];

before(async () => {
  assert.ok(existsSync('dist/cdn/registry/manifest.json'), 'dist/cdn/registry is missing: run `npm run build` first');
  const { chunks } = JSON.parse(readFileSync('dist/cdn-graph.json', 'utf8')) as { chunks: GraphChunk[] };
  const byFile = new Map(chunks.map((chunk) => [chunk.file, chunk]));
  const seen = new Set<string>();
  const pending = [chunks.find((chunk) => chunk.isEntry)!.file];
  while (pending.length > 0) {
    const file = pending.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    pending.push(...byFile.get(file)!.imports);
  }
  entryFiles = [...seen].map((file) => `/cdn/${file}`);

  partner = await mkdtemp(join(tmpdir(), 'dpg-partner-'));
  const code = await runSnapshotCommand(['--from', 'test/fixtures/registry/dpg-kit.json', '--out', join(partner, 'registry')], () => {}, () => {});
  assert.equal(code, 0);
  await writeFile(join(partner, 'index.html'), PARTNER_PAGE);
  await writeFile(join(partner, 'many.html'), MANY_PAGE);
  await writeHostedRegistry(join(partner, 'big'), { records: BIG_REGISTRY, issues: [], asOf: '2026-07-13', source: 'partner registry' });
  await writeFile(join(partner, 'big.html'), BIG_REGISTRY_PAGE);
  site = await startSite({ mounts: [['/partner/', partner]] });
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  await site?.close();
  if (partner) await rm(partner, { recursive: true, force: true });
});

/** Opens `path`, recording the path of every request; `initScript` runs before the page's own. */
async function openRecording(
  path: string,
  initScript?: string,
  setup?: (page: Page) => Promise<unknown>,
): Promise<{ page: Page; requested: string[]; done: () => Promise<void> }> {
  const requested: string[] = [];
  const { page, report } = await openPage(browser, site.url(path), {
    beforeGoto: async (target) => {
      target.on('request', (request) => void requested.push(new URL(request.url()).pathname));
      if (initScript) await target.addInitScript({ content: initScript });
      await setup?.(target);
    },
  });
  return { page, requested, done: async () => (await assertClean(report), await page.close()) };
}

/** What `path` requested once its elements settled and a moment passed for anything late. */
async function requestsOf(path: string, selector: string): Promise<{ requested: string[]; text: string }> {
  const { page, requested, done } = await openRecording(path);
  assert.deepEqual(await settledStates(page, selector), ['ready']);
  const text = await shadowText(page, selector);
  await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 1000)));
  await done();
  return { requested: requested.filter((pathname) => pathname !== path && pathname !== '/favicon.ico').sort(), text };
}

describe('the registry the CDN build ships', () => {
  test('a page with one card requests the entry, the manifest and the card’s file, nothing else', async () => {
    const { requested, text } = await requestsOf('/one-card.html', 'dpg-card');
    assert.match(text, /DHIS2/);
    assert.deepEqual(requested, [...entryFiles, '/cdn/registry/dpgs/dhis2.json', '/cdn/registry/manifest.json'].sort());
  });

  test('a page with one badge requests the same, nothing else', async () => {
    const { requested } = await requestsOf('/one-badge.html', 'dpg-badge');
    assert.deepEqual(requested, [...entryFiles, '/cdn/registry/dpgs/dhis2.json', '/cdn/registry/manifest.json'].sort());
  });
});

describe('the first data of the cards and badges on a page', () => {
  test('starts before the card is defined, and each file is requested once however many elements show it', async () => {
    // Before any script of the page: note when the card is defined, and hand #given its record
    // as soon as the parser makes it, before dpg-kit runs.
    const given = dpg({ id: 'openspp', name: 'Given by the page' });
    const initScript = `customElements.whenDefined('dpg-card').then(() => performance.mark('dpg-card defined'));
      new MutationObserver((_, observer) => {
        const card = document.getElementById('given');
        if (card) { card.dpg = ${JSON.stringify(given)}; observer.disconnect(); }
      }).observe(document, { childList: true, subtree: true });`;
    const { page, requested, done } = await openRecording('/partner/many.html', initScript);
    assert.deepEqual(await settledStates(page, 'dpg-card'), ['ready', 'ready', 'ready']);
    assert.match(await shadowText(page, '#given'), /Given by the page/);
    assert.deepEqual(await settledStates(page, 'dpg-badge'), ['ready']);
    await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 1000)));
    const timing = await page.evaluate(() => {
      const entry = performance.getEntriesByType('resource').find((one) => one.name.endsWith('/cdn/registry/dpgs/dhis2.json'));
      const defined = performance.getEntriesByName('dpg-card defined')[0];
      return { fetched: entry?.startTime, defined: defined?.startTime };
    });
    await done();
    const data = requested.filter((pathname) => pathname.startsWith('/cdn/registry/')).sort();
    assert.deepEqual(data, ['/cdn/registry/dpgs/dhis2.json', '/cdn/registry/manifest.json']);
    assert.ok(timing.fetched !== undefined && timing.defined !== undefined, JSON.stringify(timing));
    assert.ok(timing.fetched < timing.defined, `the card's file was asked for at ${timing.fetched} ms, after the card was defined (${timing.defined} ms)`);
  });
});

describe('a partner’s registry written by dpg-kit snapshot', () => {
  test('<dpg-provider registry-src="…/"> renders the card from the partner’s files only', async () => {
    const { page, requested, done } = await openRecording('/partner/');
    assert.deepEqual(await settledStates(page, 'dpg-card'), ['ready']);
    assert.deepEqual(await settledStates(page, 'dpg-badge'), ['ready']);
    // The fixture's own description, not the embedded snapshot's.
    assert.match(await shadowText(page, 'dpg-card'), /Health information system\./);
    await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 1000)));
    // The card's file is asked for in the same round as the code that reads it, not after it.
    const timing = await page.evaluate(() => {
      const entries = performance.getEntriesByType('resource') as PerformanceResourceTiming[];
      const file = entries.find((entry) => entry.name.endsWith('/partner/registry/dpgs/dhis2.json'));
      const reader = entries.find((entry) => entry.name.includes('/cdn/chunks/fetch-small'));
      return { asked: file?.startTime, readerArrived: reader?.responseEnd };
    });
    await done();
    assert.ok(timing.asked !== undefined && timing.readerArrived !== undefined, JSON.stringify(timing));
    assert.ok(timing.asked <= timing.readerArrived, `the card's file was asked for at ${timing.asked} ms, after its reader arrived (${timing.readerArrived} ms)`);
    const data = requested.filter((pathname) => !pathname.startsWith('/cdn/') && pathname !== '/partner/');
    assert.deepEqual(data.sort(), ['/partner/registry/dpgs/dhis2.json', '/partner/registry/manifest.json']);
    assert.ok(!requested.some((pathname) => pathname.startsWith('/cdn/registry/')), 'the shipped registry was not read');
    // A card's and a badge's files of a partner's folder are read with fetch, in one small chunk:
    // no HTTP library (that comes with the index, for a list) and no element chunk.
    const chunks = requested.filter((pathname) => pathname.startsWith('/cdn/chunks/'));
    assert.deepEqual(chunks.map((pathname) => pathname.replace(/-[\w-]{8}\.js$/, '')), ['/cdn/chunks/fetch-small'], requested.join(' '));
  });
});

describe('a registry browser on a layout with first.json', () => {
  test('shows the first page while the index is held back, and applies a search typed meanwhile once it comes', async () => {
    let indexAsked = false;
    let release!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    // Routes added later are tried first: this one holds the index until the test lets it go.
    const { page, requested, done } = await openRecording('/partner/big.html', undefined, (target) =>
      target.route('**/partner/big/index.json', async (route) => {
        indexAsked = true;
        await released;
        await route.fallback();
      }),
    );
    try {
      assert.deepEqual(await settledStates(page, 'dpg-registry'), ['ready']);
      const first = await shadowText(page, 'dpg-registry');
      assert.match(first, /Good number 00/);
      assert.match(first, /40 results/);
      assert.doesNotMatch(first, /Zebra Crossing Maps/, 'the 40th good is beyond the first page');
      assert.ok(requested.includes('/partner/big/first.json'), requested.join(' '));
      // The index is asked for behind the first page, and is still held: the page came from first.json.
      await page.waitForFunction(() => performance.getEntriesByType('resource').some((entry) => entry.name.endsWith('/partner/big/first.json')));
      await page.waitForTimeout(300);
      assert.ok(indexAsked, 'the index is requested once the first page is in');

      await page.locator('dpg-registry [part="search"]').pressSequentially('zebra', { delay: 20 });
      await page.waitForFunction(() => document.querySelector('dpg-registry')?.shadowRoot?.querySelector('.results-area')?.getAttribute('aria-busy') === 'true');
      assert.equal(await page.locator('dpg-registry [part="search"]').inputValue(), 'zebra');
      assert.doesNotMatch(await shadowText(page, 'dpg-registry'), /Zebra Crossing Maps/);

      release();
      await page.waitForFunction(() => {
        const root = document.querySelector('dpg-registry')?.shadowRoot;
        return root?.querySelector('.results-area')?.getAttribute('aria-busy') === 'false' && /1 result\b/.test(root.textContent ?? '');
      });
      const after = await shadowText(page, 'dpg-registry');
      assert.match(after, /Zebra Crossing Maps/);
      assert.doesNotMatch(after, /Good number 00/);
      assert.equal(await page.locator('dpg-registry [part="search"]').inputValue(), 'zebra');
    } finally {
      release();
      await done();
    }
  });
});
