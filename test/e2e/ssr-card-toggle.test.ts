// A server-rendered card's "Show more" toggle, in headless Chromium under the strict policy:
// before any script runs it shows only where the clamp hides text (a short description leaves
// no blank line), hydration changes nothing on screen, and with JavaScript off the whole
// description is there to read. Needs `npm run build`.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import type { ServerResponse } from 'node:http';
import { after, before, describe, test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { renderElement } from '../../packages/elements/dist/ssr/index.js';
import { assertClean, launchChromium, openPage, startSite, STRICT_CSP, type Site } from './browser.js';

const RECORD_SHIFTS = `
  window.__layoutShift = 0;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) if (!entry.hadRecentInput) window.__layoutShift += entry.value;
  }).observe({ type: 'layout-shift', buffered: true });
`;

/** The entry is held back until a test lets it go: until then the page is the server's HTML alone. */
let releaseEntry: () => void = () => undefined;
let entryGate = Promise.resolve();
function holdEntry(): void {
  entryGate = new Promise((resolve) => (releaseEntry = resolve));
}

let site: Site;
let browser: Browser;

function page(card: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>test</title><script type="module" src="/cdn/dpg-kit-hydrate.js"></script><script type="module" src="/cdn/dpg-kit.js"></script></head><body><main>${card}</main></body></html>`;
}

before(async () => {
  assert.ok(existsSync('dist/cdn/dpg-kit-hydrate.js') && existsSync('dist/cdn/ssr/dpg-card.css'), 'run `npm run build` first');
  const pages = {
    // Decidim's description is one line: "Decidim is a digital platform for citizen participation".
    '/short.html': page(await renderElement('dpg-card', { 'dpg-id': 'decidim' })),
    '/long.html': page(await renderElement('dpg-card', { 'dpg-id': 'dhis2' })),
  };
  const routes: Record<string, (req: unknown, res: ServerResponse) => void> = {};
  for (const [path, body] of Object.entries(pages)) {
    routes[path] = (_req, res) => res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-security-policy': STRICT_CSP }).end(body);
  }
  routes['/blank.html'] = (_req, res) => res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end('<!doctype html><title>blank</title>');
  routes['/cdn/dpg-kit.js'] = (_req, res) =>
    void entryGate.then(() => res.writeHead(200, { 'content-type': 'text/javascript; charset=utf-8' }).end(readFileSync('dist/cdn/dpg-kit.js')));
  site = await startSite({ routes });
  browser = await launchChromium();
});

after(async () => {
  releaseEntry();
  await browser?.close();
  await site?.close();
});

interface Toggle {
  /** The toggle is in the flow and visible. */
  shown: boolean;
  height: number;
  /** The description hides some of its text. */
  clamped: boolean;
  descriptionHeight: number;
  /** From the description's bottom to the top of what follows the toggle. */
  spaceBelowDescription: number;
  /** The card's gap between two of its rows. */
  rowGap: number;
  cardHeight: number;
}

async function toggleState(target: Page): Promise<Toggle> {
  return target.locator('dpg-card').evaluate((host) => {
    const root = host.shadowRoot!;
    const toggle = root.querySelector('.toggle')!;
    const description = root.querySelector('.description')!;
    const style = getComputedStyle(toggle);
    return {
      shown: style.visibility === 'visible' && style.position === 'static' && style.display !== 'none',
      height: toggle.getBoundingClientRect().height,
      clamped: description.scrollHeight > description.clientHeight + 1,
      descriptionHeight: description.getBoundingClientRect().height,
      spaceBelowDescription: toggle.nextElementSibling!.getBoundingClientRect().top - description.getBoundingClientRect().bottom,
      rowGap: parseFloat(getComputedStyle(root.querySelector('article')!).rowGap),
      cardHeight: host.getBoundingClientRect().height,
    };
  });
}

/**
 * Opens `path` while the entry is held back: the page's HTML, parsed and painted with its
 * linked style sheets, and no script of dpg-kit run yet.
 */
async function openServerHtml(path: string) {
  const context = await browser.newContext({ viewport: { width: 800, height: 700 } });
  await context.addInitScript({ content: RECORD_SHIFTS });
  const { page: target, report } = await openPage({ newPage: () => context.newPage() } as unknown as Browser, site.url('/blank.html'));
  await target.goto(site.url(path), { waitUntil: 'commit' });
  await target.waitForFunction(() => {
    const link = document.querySelector('dpg-card')?.shadowRoot?.querySelector('link');
    return Boolean(link?.sheet) && document.readyState !== 'loading';
  });
  await target.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  assert.equal(await target.evaluate(() => customElements.get('dpg-card')), undefined, 'no element defined yet');
  return { context, target, report };
}

async function hydrated(target: Page): Promise<void> {
  await target.waitForFunction(() => (document.querySelector('dpg-card') as unknown as { hasUpdated?: boolean }).hasUpdated === true);
  await target.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
}

describe('a server-rendered card\'s "Show more"', () => {
  test('takes no line where the description fits, before and after hydration, with no layout shift', async () => {
    holdEntry();
    const { context, target, report } = await openServerHtml('/short.html');
    const server = await toggleState(target);
    assert.equal(server.clamped, false);
    assert.equal(server.shown, false);
    assert.equal(server.spaceBelowDescription, server.rowGap, 'no blank line where the toggle would be');
    releaseEntry();
    await hydrated(target);
    const client = await toggleState(target);
    assert.deepEqual(client, server);
    assert.equal(await target.locator('dpg-card .toggle').isVisible(), false);
    assert.equal(await target.evaluate(() => (window as unknown as { __layoutShift: number }).__layoutShift), 0);
    await assertClean(report);
    await context.close();
  });

  test('shows where the clamp hides text, from the first paint, and opens the text once hydrated', async () => {
    holdEntry();
    const { context, target, report } = await openServerHtml('/long.html');
    const server = await toggleState(target);
    assert.equal(server.clamped, true);
    assert.equal(server.shown, true);
    assert.ok(server.height > 10, `the toggle has a line: ${server.height}`);
    assert.ok(server.spaceBelowDescription > server.height, 'the toggle sits below the description');
    releaseEntry();
    await hydrated(target);
    assert.deepEqual(await toggleState(target), server);
    assert.equal(await target.evaluate(() => (window as unknown as { __layoutShift: number }).__layoutShift), 0);
    await target.locator('dpg-card .toggle').click();
    await target.waitForFunction(() => document.querySelector('dpg-card')!.shadowRoot!.querySelector('.toggle')!.getAttribute('aria-expanded') === 'true');
    const open = await toggleState(target);
    assert.equal(open.clamped, false);
    assert.ok(open.descriptionHeight > server.descriptionHeight);
    await assertClean(report);
    await context.close();
  });

  test('with JavaScript off, the whole description shows and no toggle does', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 800, height: 700 } });
    const target = await context.newPage();
    await target.goto(site.url('/long.html'), { waitUntil: 'load' });
    const state = await toggleState(target);
    assert.equal(state.clamped, false);
    assert.equal(state.shown, false);
    assert.equal(state.height, 0);
    // More than the three lines the clamp would keep (about 24 px each).
    assert.ok(state.descriptionHeight > 4 * 20, `the description's height: ${state.descriptionHeight}`);
    await context.close();
  });
});
