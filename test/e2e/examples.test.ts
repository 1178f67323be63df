// Each example of examples/ loaded from the project's server in headless Chromium: the elements
// render the registry's real data, and nothing goes wrong — no console error, no CSP or Trusted
// Types violation, no request to another origin. Needs `npm run build` and `npm run example:react`.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { after, before, describe, test } from 'node:test';
import { promisify } from 'node:util';
import { createClient } from '@dpg-kit/sdk';
import type { Browser, Page, Route } from 'playwright-core';
import { exampleHeaders } from '../../scripts/serve.mjs';
import { assertClean, launchChromium, openPage, settledStates, shadowText, startSite, STRICT_CSP, type Site } from './browser.js';
import { SHOWN_TAGS, TAGS } from './tags.js';

const client = createClient();
let site: Site;
let browser: Browser;

before(async () => {
  assert.ok(existsSync('dist/cdn/dpg-kit.js'), 'dist/cdn/dpg-kit.js is missing: run `npm run build` first');
  site = await startSite({
    // As `npm start` serves them: the strict page and the React page under the strict policy.
    headersFor: exampleHeaders,
  });
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  await site?.close();
});

/** Every element on a page, for waiting and measuring. */
const ELEMENTS = SHOWN_TAGS.join(', ');

/** What a DHIS2 card must show: the record's name and the start of its description. */
async function expectDhis2(page: Page, selector: string): Promise<void> {
  const dhis2 = await client.dpgs.get('dhis2');
  const text = await shadowText(page, selector);
  assert.match(text, /DHIS2/);
  assert.ok(text.includes(dhis2.description.slice(0, 40)), `card text lacks the registry's description: ${text.slice(0, 200)}`);
}

async function copRows(page: Page): Promise<number> {
  return page.locator('dpg-cop-table').evaluate((table) => table.shadowRoot!.querySelectorAll('tbody tr').length);
}

describe('examples/cdn.html, the one-script-tag embed', () => {
  test('defines the elements the page has and renders a card, a badge and the Communities of Practice', async () => {
    const { page, report } = await openPage(browser, site.url('/cdn.html'));
    assert.deepEqual(await settledStates(page, 'dpg-card, dpg-badge, dpg-cop-table'), ['ready', 'ready', 'ready']);
    await expectDhis2(page, 'dpg-card');
    assert.match(await shadowText(page, 'dpg-badge'), /Digital Public Good/);
    assert.equal(await copRows(page), (await client.cops.list()).length);
    // The entry defines provider, card and badge itself and loads the chunks of the tags the page
    // has; the map, the list and the registry, which it does not have, stay undefined.
    const defined = await page.evaluate((tags) => tags.filter((tag) => customElements.get(tag)), [...TAGS]);
    assert.deepEqual(defined.sort(), ['dpg-badge', 'dpg-card', 'dpg-cop-table', 'dpg-provider']);
    assert.deepEqual(report.notFound, []);
    await assertClean(report);
    await page.close();
  });

  test('a card paints its loading state from dpg-kit.js alone, before any chunk arrives', async () => {
    // Every chunk request is held back until the card has painted: what `npm run size` counts
    // as "until a card paints" (the entry and its static imports) is really all it needs.
    // The card's data (the registry files beside the script) is held back too, or the card
    // would be ready before anyone could see its loading state.
    const held: Route[] = [];
    const heldData: Route[] = [];
    const { page, report } = await openPage(browser, site.url('/cdn.html'), {
      waitUntil: 'domcontentloaded',
      beforeGoto: async (target) => {
        await target.route('**/cdn/chunks/**', (route) => void held.push(route));
        await target.route('**/cdn/registry/**', (route) => void heldData.push(route));
      },
    });
    await page.waitForFunction(() => {
      const card = document.querySelector('dpg-card') as (HTMLElement & { state?: string }) | null;
      return card?.state === 'loading' && card.shadowRoot?.querySelector('[part~="loading"]') && card.getBoundingClientRect().height > 100;
    });
    assert.ok(held.length > 0, 'the entry asks for its chunks at once');
    assert.ok(held.every((route) => new URL(route.request().url()).pathname.startsWith('/cdn/chunks/')));
    await page.unroute('**/cdn/chunks/**');
    await page.unroute('**/cdn/registry/**');
    await Promise.all([...held, ...heldData].map((route) => route.fallback()));
    assert.deepEqual(await settledStates(page, 'dpg-card, dpg-badge, dpg-cop-table'), ['ready', 'ready', 'ready']);
    await assertClean(report);
    await page.close();
  });

  test('the README shows the embed exactly as cdn.html has it', () => {
    const html = readFileSync('examples/cdn.html', 'utf8');
    const snippet = /<!-- dpg-kit embed -->\n([\s\S]*?)\n\s*<!-- \/dpg-kit embed -->/.exec(html)?.[1];
    assert.ok(snippet, 'cdn.html marks its embed with <!-- dpg-kit embed --> comments');
    assert.ok(readFileSync('README.md', 'utf8').includes(`\`\`\`html\n${snippet}\n\`\`\``), 'README.md has the snippet of cdn.html verbatim');
  });
});

describe('examples/strict-csp.html, under a strict CSP and Trusted Types', () => {
  test('renders real data with zero violations', async () => {
    const { page, report } = await openPage(browser, site.url('/strict-csp.html'));
    const response = await page.request.get(site.url('/strict-csp.html'));
    assert.equal(response.headers()['content-security-policy'], STRICT_CSP);
    const states = await settledStates(page, ELEMENTS);
    assert.ok(states.length >= 7 && states.every((state) => state === 'ready'), `every element ready: ${states.join(', ')}`);
    await expectDhis2(page, 'dpg-card');
    // The full card loads the record's long texts (a lazy chunk): its DPG Standard section shows.
    assert.match(await shadowText(page, 'dpg-card'), /DPG Standard/);
    assert.match(await shadowText(page, 'dpg-card', 1), /Kolibri/);
    assert.equal(await copRows(page), (await client.cops.list()).length);
    assert.deepEqual(await report.violations(), []);
    await assertClean(report);

    // The policy is really in force and the collector really sees violations: an inline style
    // attribute is refused and reported, and an HTML string sink throws without a policy.
    await page.evaluate(() => document.body.setAttribute('style', 'outline: 1px solid'));
    await page.waitForFunction(() => ((window as unknown as { __dpgE2eViolations: unknown[] }).__dpgE2eViolations ?? []).length > 0);
    // One report per policy in force: the header's and the <meta>'s.
    assert.deepEqual((await report.violations()).map((violation) => violation.directive), ['style-src-attr', 'style-src-attr']);
    const sinkError = await page.evaluate(() => {
      try {
        document.body.insertAdjacentHTML('beforeend', '<b>x</b>');
        return null;
      } catch (error) {
        return (error as Error).name;
      }
    });
    assert.equal(sinkError, 'TypeError');
    await page.close();
  });
});

/**
 * Every visible piece of text inside the elements' shadow roots, with its colour; one loop, no
 * inner functions (see shadowText).
 */
async function renderedTexts(page: Page, selector: string): Promise<Array<{ text: string; color: string; font: string }>> {
  return page.evaluate((selector) => {
    const found: Array<{ text: string; color: string; font: string }> = [];
    const hosts = [...document.querySelectorAll(selector)];
    const pending: Node[] = hosts.flatMap((host) => [...(host.shadowRoot?.childNodes ?? [])]);
    while (pending.length > 0) {
      const node = pending.shift()!;
      // Disclosure buttons (`aria-expanded`, e.g. a card's "Show more") appear only when a text
      // overflows, which depends on the width and font size the page gives: not compared.
      if (node.nodeType === Node.TEXT_NODE && node.textContent!.trim() && node.parentElement && !node.parentElement.closest('[aria-expanded]')) {
        const box = node.parentElement.getBoundingClientRect();
        if (box.width > 0 && box.height > 0) found.push({ text: node.textContent!.trim(), color: getComputedStyle(node.parentElement).color, font: getComputedStyle(node.parentElement).fontFamily });
      }
      if (node.nodeType === Node.ELEMENT_NODE) pending.unshift(...((node as Element).shadowRoot?.childNodes ?? []), ...node.childNodes);
    }
    return found;
  }, selector);
}

describe('examples/hostile-css.html, next to CSS the partner did not write', () => {
  test('the page rules hide, recolour or squash nothing inside the elements', async () => {
    const { page, report } = await openPage(browser, site.url('/hostile-css.html'));
    const states = await settledStates(page, ELEMENTS);
    assert.ok(states.length >= 7 && states.every((state) => state === 'ready'), `every element ready: ${states.join(', ')}`);
    await expectDhis2(page, 'dpg-card');
    // The hostile rules are in force on the page's own markup.
    assert.equal(await page.locator('body > p').first().evaluate((p) => getComputedStyle(p).color), 'rgb(255, 0, 0)');

    const hostile = await renderedTexts(page, ELEMENTS);
    const red = hostile.filter((entry) => entry.color === 'rgb(255, 0, 0)').map((entry) => entry.text);
    assert.deepEqual(red, [], 'no text inside the elements takes the page\'s red');
    // A badge takes the font of the sentence it sits in, by design; every other element keeps its own.
    const boxed = await renderedTexts(page, SHOWN_TAGS.filter((tag) => tag !== 'dpg-badge').join(', '));
    assert.ok(boxed.length > 50, `expected many texts, saw ${boxed.length}`);
    const serif = boxed.filter((entry) => entry.font === 'serif').map((entry) => entry.text);
    assert.deepEqual(serif, [], 'no text inside the elements takes the page\'s serif font');

    // The same elements without the page's stylesheet show the very same texts.
    await page.evaluate(() => document.querySelector('head style')!.remove());
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(resolve)));
    const clean = await renderedTexts(page, ELEMENTS);
    assert.ok(clean.length > 50, `expected the elements to show many texts, saw ${clean.length}`);
    assert.deepEqual(hostile.map((entry) => entry.text), clean.map((entry) => entry.text));
    await assertClean(report);
    await page.close();
  });
});

describe('examples/react, React 19 with the elements (built by `npm run example:react`)', () => {
  test('renders, passes attributes, hears typed events, under a strict CSP', async () => {
    assert.ok(existsSync('dist/examples/react/index.html'), 'the React example is not built: run `npm run example:react`');
    const { page, report } = await openPage(browser, site.url('/react/'));
    assert.deepEqual(await settledStates(page, 'dpg-card, dpg-badge, dpg-cop-table'), ['ready', 'ready', 'ready']);
    await expectDhis2(page, 'dpg-card');
    const complete = (await client.cops.list()).filter((cop) => cop.status === 'complete').length;
    assert.equal(await copRows(page), complete);
    await page.waitForFunction(() => document.querySelector('#chosen output')?.textContent === '1');

    // ondpg-select: React's handler cancels the link and records the choice.
    const before = page.url();
    await page.locator('dpg-card [part~="name"]').click();
    await page.waitForFunction(() => document.querySelector('#chosen')?.textContent?.startsWith('You chose DHIS2.'));
    assert.equal(page.url(), before);

    // A new attribute value from React state reloads the card.
    await page.locator('main > label select').selectOption('kolibri');
    await page.waitForFunction(() => document.querySelector('#chosen output')?.textContent === '2');
    assert.match(await shadowText(page, 'dpg-card'), /Kolibri/);
    assert.equal(await page.locator('dpg-card').getAttribute('dpg-id'), 'kolibri');
    await assertClean(report);
    await page.close();
  });
});

describe('examples/node-sdk.mjs', () => {
  test('lists the education DPGs deployed in the country asked for', async () => {
    const { stdout } = await promisify(execFile)(process.execPath, ['examples/node-sdk.mjs', 'RW']);
    const { items } = await client.dpgs.list({ sdg: 4, country: 'RW', sort: 'name', pageSize: 1000 });
    const expected = items.filter((dpg) => dpg.countries.deployment.includes('RW')).map((dpg) => dpg.name);
    assert.ok(expected.length > 0);
    const listed = stdout.split('\n').filter((line) => line.startsWith('- ')).map((line) => line.slice(2).replace(/ <.*>$/, ''));
    assert.deepEqual(listed, expected);
    assert.match(stdout, /^Education DPGs \(SDG 4\) deployed in Rwanda \(RW\):/);
    assert.match(stdout, new RegExp(`^${expected.length} goods; source: .*as of \\d{4}-\\d{2}-\\d{2}\\.$`, 'm'));
  });

  test('refuses a code that is not a country', async () => {
    const run = promisify(execFile)(process.execPath, ['examples/node-sdk.mjs', 'XX']);
    await assert.rejects(run, (error: { code?: number; stderr?: string }) => error.code === 2 && /not an ISO 3166-1 alpha-2/.test(error.stderr ?? ''));
  });
});
