// The iframe embed as a CMS page uses it: a snippet made by the builder, pasted alone into a page
// served from another origin under a strict policy that names the embed's origin in frame-src.
// The frame shows a ready card, dpg-embed.js fits the frame from the height message (and from
// nothing else), links leave the frame, and a reader's choice reaches the page. Needs `npm run build`.
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { after, before, describe, test } from 'node:test';
import type { Browser, Frame, Page } from 'playwright-core';
import { exampleHeaders } from '../../scripts/serve.mjs';
import { EMBEDDABLE } from '../../packages/elements/embed/embed-attributes.js';
import { assertClean, defineAllTags, launchChromium, openPage, shadowText, startSite, type OpenOptions, type Site } from './browser.js';
import { builderReady, copySnippet, pastedPages, type PastedPages } from './embed-helpers.js';

let embedSite: Site;
let hostSite: Site;
let browser: Browser;
let pasted: PastedPages;
/** The builder's iframe snippets for a compact DHIS2 card: links in the whole window, and in a new tab. */
let snippet: string;
let newTabSnippet: string;

const REGISTRY_PAGE = 'https://www.digitalpublicgoods.net/**';

before(async () => {
  assert.ok(existsSync('dist/cdn/embed.html'), 'dist/cdn/embed.html is missing: run `npm run build` first');
  embedSite = await startSite({ headersFor: exampleHeaders });
  pasted = pastedPages('/pasted/');
  const hostPolicy = `default-src 'self'; script-src 'self' ${embedSite.origin}; frame-src ${embedSite.origin}; style-src 'self'; require-trusted-types-for 'script'`;
  hostSite = await startSite({ mounts: [['/pasted/', pasted.dir]], headersFor: (path): Record<string, string> => (path.startsWith('/pasted/') ? { 'content-security-policy': hostPolicy } : {}) });
  browser = await launchChromium();

  const { page, report } = await openPage(browser, embedSite.url('/cdn/builder.html'));
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: embedSite.origin });
  await builderReady(page);
  snippet = await copySnippet(page, 'iframe');
  await page.getByLabel('Open links in a new tab').check();
  newTabSnippet = await copySnippet(page, 'iframe');
  await assertClean(report);
  await page.close();
});

after(async () => {
  await browser?.close();
  await embedSite?.close();
  await hostSite?.close();
  pasted?.remove();
});

/** Records, in the top window only, every message it receives. */
const RECORD_MESSAGES = `if (window === window.top) {
  const seen = [];
  Object.defineProperty(window, '__embedMessages', { value: seen });
  window.addEventListener('message', (event) => seen.push({ origin: event.origin, data: event.data }));
}`;

/** Opens a pasted page on the host origin, the embed's origin allowed, messages recorded. */
async function openHost(path: string, options: OpenOptions = {}) {
  return openPage(browser, hostSite.url(path), {
    allowOrigins: [embedSite.origin],
    ...options,
    beforeGoto: async (page) => {
      await page.addInitScript({ content: RECORD_MESSAGES });
      await options.beforeGoto?.(page);
    },
  });
}

/** The embed frame, once its element is ready. */
async function readyFrame(page: Page, tag = 'dpg-card'): Promise<Frame> {
  const frame = await (await page.waitForSelector('iframe[data-dpg-embed]')).contentFrame();
  assert.ok(frame, 'the iframe has a document');
  await frame.waitForFunction((selector) => (document.querySelector(selector) as { state?: string } | null)?.state === 'ready', tag);
  return frame;
}

/** The frame's height on the host page, and its content's height inside, once they agree (or after 5 s). */
async function settledHeights(page: Page, frame: Frame): Promise<{ frame: number; content: number }> {
  let heights = { frame: 0, content: -1 };
  for (let attempt = 0; attempt < 50 && heights.frame !== heights.content; attempt++) {
    if (attempt > 0) await page.waitForTimeout(100);
    heights = {
      frame: await page.locator('iframe[data-dpg-embed]').evaluate((iframe) => Math.round(iframe.getBoundingClientRect().height)),
      content: await frame.evaluate(() => Math.ceil(document.getElementById('embed')!.getBoundingClientRect().height)),
    };
  }
  return heights;
}

describe('the iframe snippet, pasted alone into a page of another origin', () => {
  test('the builder made a lone iframe, the optional helper script and nothing inline', () => {
    assert.match(snippet, new RegExp(`^<iframe src="${embedSite.origin}/cdn/embed\\.html\\?el=dpg-card&amp;dpg-id=dhis2" title="DHIS2 in the Digital Public Goods Registry" width="100%" height="\\d+"[^>]* data-dpg-embed></iframe>`));
    assert.match(snippet, new RegExp(`<script src="${embedSite.origin}/cdn/dpg-embed.js" defer></script>\\n$`));
    assert.doesNotMatch(snippet, /style=|<script>|\son[a-z]+=/);
    assert.match(newTabSnippet, /links=new-tab/);
  });

  test('shows a ready card, and the height message fits the frame to it', async () => {
    const path = pasted.write('frame.html', snippet);
    const { page, report } = await openHost(path);
    const frame = await readyFrame(page);
    assert.match(await shadowText(frame as unknown as Page, 'dpg-card'), /DHIS2/);
    const initial = Number(/height="(\d+)"/.exec(snippet)![1]);
    const heights = await settledHeights(page, frame);
    assert.equal(heights.frame, heights.content, 'the frame is as tall as its content');
    assert.notEqual(heights.frame, initial, 'the frame no longer has the snippet’s height');
    const messages = await page.evaluate(() => (window as unknown as { __embedMessages: { origin: string; data: unknown }[] }).__embedMessages);
    const last = messages.at(-1)!;
    assert.equal(last.origin, embedSite.origin);
    assert.deepEqual(last.data, { type: 'dpg-embed:height', version: 1, id: null, height: heights.content });
    await assertClean(report);
    await page.close();
  });

  test('a strict policy naming the embed in frame-src sees no violation, in the page or in the frame, and no cookie is set', async () => {
    const path = pasted.write('strict.html', snippet);
    const { page, report } = await openHost(path);
    const frame = await readyFrame(page);
    const policy = (await page.request.get(hostSite.url(path))).headers()['content-security-policy'];
    assert.match(policy!, new RegExp(`frame-src ${embedSite.origin}`));
    assert.deepEqual(await frame.evaluate(() => (window as unknown as { __dpgE2eViolations: unknown[] }).__dpgE2eViolations), []);
    assert.equal(await frame.evaluate(() => document.cookie), '');
    assert.deepEqual(await page.context().cookies(), []);
    await assertClean(report);
    await page.close();
  });

  test('the page believes only the embed frame’s own messages of the right shape', async () => {
    const path = pasted.write('forged.html', snippet);
    const { page, report } = await openHost(path);
    const frame = await readyFrame(page);
    const before = await settledHeights(page, frame);
    const iframeHeight = () => page.locator('iframe[data-dpg-embed]').evaluate((iframe) => Math.round(iframe.getBoundingClientRect().height));
    // From the page itself (not the frame), and from the frame with a wrong version or height.
    await page.evaluate(() => window.postMessage({ type: 'dpg-embed:height', version: 1, id: null, height: 7 }, '*'));
    await frame.evaluate(() => window.parent.postMessage({ type: 'dpg-embed:height', version: 2, id: null, height: 7 }, '*'));
    await frame.evaluate(() => window.parent.postMessage({ type: 'dpg-embed:height', version: 1, id: null, height: 'tall' }, '*'));
    await frame.evaluate(() => window.parent.postMessage({ type: 'dpg-embed:height', version: 1, id: '<b>', height: 7 }, '*'));
    // The one message the page must believe comes last: once it is applied, the others were not.
    await frame.evaluate(() => window.parent.postMessage({ type: 'dpg-embed:height', version: 1, id: null, height: 123 }, '*'));
    await page.waitForFunction(() => document.querySelector('iframe')!.style.height === '123px');
    assert.notEqual(before.frame, 123);
    assert.equal(await iframeHeight(), 123);
    await assertClean(report);
    await page.close();
  });

  test('without dpg-embed.js the frame keeps the snippet’s height and scrolls', async () => {
    const iframeOnly = snippet.split('\n')[0]!;
    const path = pasted.write('no-helper.html', `${iframeOnly}\n`);
    const { page, report } = await openHost(path, { beforeGoto: (target) => target.setViewportSize({ width: 360, height: 800 }) });
    const frame = await readyFrame(page);
    const initial = Number(/height="(\d+)"/.exec(snippet)![1]);
    assert.ok(initial >= 300, `a card's frame starts at least 300 px tall (${initial})`);
    assert.equal(await page.locator('iframe').evaluate((iframe) => Math.round(iframe.getBoundingClientRect().height)), initial);
    const { scroll, view } = await frame.evaluate(() => ({ scroll: document.documentElement.scrollHeight, view: window.innerHeight }));
    assert.ok(scroll > view, `a narrow card is taller than the frame and scrolls (${scroll} > ${view})`);
    await assertClean(report);
    await page.close();
  });
});

describe('links and choices leave the frame', () => {
  test('a link opens in the whole window, and dpg-select reaches the page as an event on the iframe', async () => {
    const path = pasted.write('links.html', snippet);
    const { page, report } = await openHost(path, {
      // The registry page's answer: 204 leaves the page where it is, to read what it received.
      beforeGoto: (target) => target.route(REGISTRY_PAGE, (route) => route.fulfill({ status: 204 })),
    });
    const frame = await readyFrame(page);
    const selected = page.evaluate(
      () => new Promise((resolve) => document.querySelector('iframe')!.addEventListener('dpg-select', (event) => resolve((event as CustomEvent).detail), { once: true })),
    );
    const navigation = page.waitForRequest((request) => request.url().startsWith('https://www.digitalpublicgoods.net/'));
    await frame.locator('dpg-card a[part="name"]').click();
    const request = await navigation;
    assert.equal(request.url(), 'https://www.digitalpublicgoods.net/r/dhis2');
    assert.ok(request.isNavigationRequest());
    assert.equal(request.frame(), page.mainFrame(), 'the top window navigates, not the frame');
    assert.deepEqual(await selected, { id: 'dhis2', frameId: null });
    // The 204 ends that navigation: the one request expected to fail.
    assert.deepEqual(report.failedRequests.splice(0), ['https://www.digitalpublicgoods.net/r/dhis2: net::ERR_ABORTED']);
    await assertClean(report);
    await page.close();
  });

  test('every link of the card, in its shadow root too, targets the whole window', async () => {
    const path = pasted.write('top.html', snippet);
    const { page } = await openHost(path, {
      beforeGoto: (target) => target.route(REGISTRY_PAGE, (route) => route.fulfill({ contentType: 'text/html', body: '<title>Registry page</title>' })),
    });
    const frame = await readyFrame(page);
    await frame.locator('dpg-card a[part="link"]', { hasText: 'Registry page' }).click();
    await page.waitForURL('https://www.digitalpublicgoods.net/r/dhis2');
    assert.equal(await page.title(), 'Registry page');
    await page.close();
  });

  test('with links=new-tab a link opens a new tab that has no opener', async () => {
    const path = pasted.write('new-tab.html', newTabSnippet);
    const { page, report } = await openHost(path, {
      beforeGoto: (target) => target.context().route(REGISTRY_PAGE, (route) => route.fulfill({ contentType: 'text/html', body: '<title>Registry page</title>' })),
    });
    const frame = await readyFrame(page);
    const opened = page.context().waitForEvent('page');
    await frame.locator('dpg-card a[part="name"]').click();
    const tab = await opened;
    await tab.waitForLoadState();
    assert.equal(tab.url(), 'https://www.digitalpublicgoods.net/r/dhis2');
    assert.equal(await tab.evaluate(() => window.opener), null);
    assert.equal(page.url(), hostSite.url(path), 'the page itself stays');
    await assertClean(report);
    await page.close();
  });
});

describe('embed.html reads its query string strictly', () => {
  test('each element’s attributes are exactly those it observes, and others are ignored with one warning', async () => {
    const query = 'el=dpg-card&dpg-id=dhis2&variant=full&lang=fr&theme=dark&onclick=alert(1)&style=color:red&bg=transparent';
    const { page, report } = await openPage(browser, embedSite.url(`/cdn/embed.html?${query}`));
    await page.waitForFunction(() => (document.querySelector('dpg-card') as { state?: string } | null)?.state === 'ready');
    const card = page.locator('dpg-card');
    assert.deepEqual(await card.evaluate((el) => el.getAttributeNames().sort()), ['dpg-id', 'theme', 'variant']);
    assert.deepEqual(await page.evaluate(() => [document.documentElement.lang, document.documentElement.dataset.background]), ['fr', 'transparent']);
    assert.equal(await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor), 'rgba(0, 0, 0, 0)');
    assert.match(await shadowText(page, 'dpg-card'), /Site web/);
    assert.equal(report.consoleWarnings.filter((text) => text.includes('ignored parameter(s) onclick, style')).length, 1);
    const tags = Object.keys(EMBEDDABLE);
    // The page shows one card; the autoloader leaves the other tags undefined until asked.
    await defineAllTags(page);
    const observed = await page.evaluate((names) => Object.fromEntries(names.map((name) => [name, [...((customElements.get(name) as unknown as { observedAttributes: string[] }).observedAttributes)].sort()])), tags);
    assert.deepEqual(observed, Object.fromEntries(Object.entries(EMBEDDABLE).map(([tag, names]) => [tag, [...names].sort()])));
    await assertClean(report);
    await page.close();
  });

  test('an unknown element is refused with a message, as text', async () => {
    const { page, report } = await openPage(browser, embedSite.url('/cdn/embed.html?el=script&src=/x.js'));
    await page.waitForSelector('.problem');
    assert.match(await page.locator('#embed').innerText(), /Nothing to show: the address needs el= with one of dpg-card/);
    assert.equal(await page.locator('#embed script, #embed [src]').count(), 0);
    await assertClean(report);
    await page.close();
  });
});
