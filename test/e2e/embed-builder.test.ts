// The snippet builder (dist/cdn/builder.html) in headless Chromium: axe finds nothing at a
// phone's and a desktop's width in light and dark, it works by keyboard alone, and the snippets
// it copies (through its own buttons, read back from the clipboard) render when pasted alone
// into a blank page under the strict policy. Needs `npm run build`.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { after, before, describe, test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { assertClean, launchChromium, openPage, settledStates, shadowText, type Site } from './browser.js';
import { builderReady, chooseDpg, copySnippet, snippetText, startPastedSite, type PastedPages } from './embed-helpers.js';

let site: Site;
let browser: Browser;
let pasted: PastedPages;

before(async () => {
  assert.ok(existsSync('dist/cdn/builder.html'), 'dist/cdn/builder.html is missing: run `npm run build` first');
  ({ site, pasted } = await startPastedSite());
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  await site?.close();
  pasted?.remove();
});

/** The builder, ready, in a context allowed to use the clipboard. */
async function openBuilder(options: { width?: number; scheme?: 'light' | 'dark' } = {}) {
  const opened = await openPage(browser, site.url('/cdn/builder.html'), {
    beforeGoto: async (page) => {
      await page.setViewportSize({ width: options.width ?? 1280, height: 900 });
      await page.emulateMedia({ colorScheme: options.scheme ?? 'light' });
      await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: site.origin });
    },
  });
  await builderReady(opened.page);
  return opened;
}

const AXE = readFileSync('node_modules/axe-core/axe.min.js', 'utf8');

async function axeViolations(page: Page): Promise<string[]> {
  // Evaluated through the debugging protocol, which the page's policy does not govern.
  await page.evaluate(AXE);
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(context: Document): Promise<{ violations: { id: string; nodes: { target: unknown }[] }[]; passes: unknown[] }> } }).axe;
    const { violations, passes } = await axe.run(document);
    // A run that checked nothing would find nothing too.
    if (passes.length < 10) return [`axe checked only ${passes.length} rules`];
    return violations.map((violation) => `${violation.id}: ${JSON.stringify(violation.nodes.map((node) => node.target))}`);
  });
}

describe('the snippet builder', () => {
  for (const width of [390, 1280]) {
    for (const scheme of ['light', 'dark'] as const) {
      test(`axe finds no violation at ${width} px, ${scheme}, and nothing scrolls sideways`, async () => {
        const { page, report } = await openBuilder({ width, scheme });
        await settledStates(page, '#preview > *');
        assert.deepEqual(await axeViolations(page), []);
        assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth), 'no sideways scroll');
        await assertClean(report);
        await page.close();
      });
    }
  }

  test('works by keyboard alone: choose an element, find a DPG, set the theme, copy', async () => {
    const { page, report } = await openBuilder();
    const focused = () => page.evaluate(() => document.activeElement?.id || document.activeElement?.textContent || '');
    await page.keyboard.press('Tab');
    assert.equal(await focused(), 'element');
    await page.keyboard.press('ArrowDown'); // the badge, second in the list
    assert.equal(await page.locator('#element').inputValue(), 'dpg-badge');
    await page.keyboard.press('Tab');
    assert.equal(await focused(), 'dpg-search');
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.type('kolibri');
    await page.waitForFunction(() => (document.getElementById('dpg-choice') as HTMLSelectElement).value === 'kolibri');
    assert.match(await page.locator('#dpg-status').innerText(), /DPGs? match/);
    // On through the matches, the size and the theme, which the arrow keys set to "Light".
    for (const id of ['dpg-choice', 'option-size', 'theme']) {
      await page.keyboard.press('Tab');
      assert.equal(await focused(), id);
    }
    await page.keyboard.press('ArrowDown');
    let presses = 0;
    while ((await focused()) !== 'Copy HTML' && presses++ < 20) await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.getElementById('copy-status')?.textContent === 'Copied the HTML snippet.');
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    assert.match(copied, /<dpg-badge dpg-id="kolibri" theme="light">\n {2}<a href="https:\/\/www\.digitalpublicgoods\.net\/r\/kolibri">Kolibri in the Digital Public Goods Registry<\/a>\n<\/dpg-badge>/);
    await assertClean(report);
    await page.close();
  });

  test('snippets leave defaults out and carry no inline style or code', async () => {
    const { page, report } = await openBuilder();
    await page.selectOption('#element', 'dpg-registry');
    await page.selectOption('#option-sdg', '4');
    const html = await snippetText(page, 'html');
    assert.match(html, /<dpg-registry sdg="4">\n {2}<a href="https:\/\/www\.digitalpublicgoods\.net\/registry">The Digital Public Goods Registry<\/a>\n<\/dpg-registry>/);
    for (const kind of ['html', 'iframe', 'react', 'vue'] as const) {
      const text = await snippetText(page, kind);
      assert.doesNotMatch(text, /style=|<script>|\son[a-z]+=|=""/, `${kind} snippet`);
    }
    await assertClean(report);
    await page.close();
  });
});

describe('a copied snippet, pasted alone into a blank page under the strict policy', () => {
  test('the HTML snippet: a full card in French, dark, its fallback link hidden once it upgrades', async () => {
    const { page: builder, report: builderReport } = await openBuilder();
    await chooseDpg(builder, 'openmrs', 'openmrs');
    await builder.selectOption('#option-variant', 'full');
    await builder.selectOption('#theme', 'dark');
    await builder.selectOption('#lang', 'fr');
    const snippet = await copySnippet(builder, 'html');
    await assertClean(builderReport);
    await builder.close();

    assert.match(snippet, /^<script type="module" src="http:\/\/127\.0\.0\.1:\d+\/cdn\/dpg-kit\.js"><\/script>\n<dpg-card dpg-id="openmrs" variant="full" theme="dark" lang="fr">/);
    const { page, report } = await openPage(browser, site.url(pasted.write('html.html', snippet)));
    assert.deepEqual(await settledStates(page, 'dpg-card'), ['ready']);
    assert.match(await shadowText(page, 'dpg-card'), /OpenMRS.*Site web/);
    const fallback = page.locator('dpg-card > a');
    assert.equal(await fallback.isVisible(), false, 'the element renders no default slot, so the fallback link is not shown');
    assert.equal(await fallback.evaluate((link) => link.getClientRects().length), 0);
    await assertClean(report);
    await page.close();
  });

  test('the iframe snippet: a registry preset to SDG 4, in a frame of the same origin', async () => {
    const { page: builder } = await openBuilder();
    await builder.selectOption('#element', 'dpg-registry');
    await builder.selectOption('#option-sdg', '4');
    const snippet = await copySnippet(builder, 'iframe');
    await builder.close();
    assert.match(snippet, /embed\.html\?el=dpg-registry&amp;sdg=4"/);

    const { page, report } = await openPage(browser, site.url(pasted.write('iframe.html', snippet)));
    const frame = await (await page.waitForSelector('iframe[data-dpg-embed]')).contentFrame();
    await frame!.waitForFunction(() => (document.querySelector('dpg-registry') as { state?: string } | null)?.state === 'ready');
    assert.equal(await frame!.locator('dpg-registry').getAttribute('sdg'), '4');
    await page.waitForFunction(() => document.querySelector('iframe')!.style.height !== '');
    await assertClean(report);
    await page.close();
  });
});

describe('what ships and what the examples show', () => {
  test('the CDN folder of the npm package carries the pages and the helper', () => {
    for (const file of ['embed.html', 'embed.css', 'embed.js', 'builder.html', 'builder.css', 'builder.js', 'dpg-embed.js']) {
      assert.ok(existsSync(`packages/elements/dist/cdn/${file}`), `packages/elements/dist/cdn/${file}`);
    }
  });

  test('examples/embed.html: three frames under the strict policy, each ready and fitted to its content', async () => {
    const { page, report } = await openPage(browser, site.url('/embed.html'));
    const frames = await page.locator('iframe[data-dpg-embed]').elementHandles();
    assert.equal(frames.length, 3);
    for (const [index, tag] of ['dpg-card', 'dpg-pilot-map', 'dpg-registry'].entries()) {
      await frames[index]!.scrollIntoViewIfNeeded();
      const frame = await frames[index]!.contentFrame();
      await frame!.waitForFunction((selector) => (document.querySelector(selector) as { state?: string } | null)?.state === 'ready', tag);
      await page.waitForFunction((at) => document.querySelectorAll('iframe')[at]!.style.height !== '', index);
    }
    assert.match((await page.request.get(site.url('/embed.html'))).headers()['content-security-policy'] ?? '', /require-trusted-types-for/);
    await assertClean(report);
    await page.close();
  });
});
