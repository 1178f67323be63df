/**
 * The elements render every hostile record in Chromium, on a page whose Content-Security-Policy
 * allows only its own scripts and enforces Trusted Types: no payload runs (the tripwire stays at
 * zero), nothing violates the policy, no unsafe URL becomes a link, no e-mail address shows,
 * and no element is left loading.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser, Page } from 'playwright-core';
import { adaptAny } from '../../packages/sdk/src/adapters/detect.js';
import { hostileFiles, hostileSet, TRIPWIRE, UNSAFE_URLS, HOSTILE_STRINGS } from '../helpers/hostile.js';
import { startHostileSite, type HostileSite } from '../helpers/hostile-site.js';
import { assertClean, defineAllTags, launchChromium, openPage, STRICT_CSP, type PageReport } from './browser.js';
import { LAZY_TAGS } from './tags.js';

const SHAPES = ['legacy', 'appApi2022', 'appApi2026', 'normalized'] as const;
const EMAIL = /(?<![\w/:.%+-])[\w.%+-]+@[a-z0-9-]+(?:\.[a-z0-9-]+)+|mailto:/i;
const HOSTILE_IDS = ['__proto__', 'constructor', `<img src=x onerror=${TRIPWIRE}()>`, `javascript:${TRIPWIRE}()`, '\ud800', 'x'.repeat(5000)];

interface Spec {
  tag: string;
  attrs?: Record<string, string>;
  props?: Record<string, unknown>;
  children?: Spec[];
}

/** A model record as a partner's own code might pass it to `.dpg`: right types, hostile values. */
function hostileModel(n: number): Record<string, unknown> {
  const url = (i: number) => UNSAFE_URLS[(n + i) % UNSAFE_URLS.length]!;
  const text = (i: number) => HOSTILE_STRINGS[(n + i) % HOSTILE_STRINGS.length]!;
  return {
    id: `hostile-model-${n}`,
    name: text(0) || 'unnamed',
    aliases: [text(1)],
    description: `${text(2)} ${text(3)}`,
    website: url(0),
    registryUrl: url(1),
    types: ['software'],
    licenses: [{ spdx: null, name: text(4) || 'x', kind: 'unknown', url: url(2) }],
    sdgs: [{ goal: 4, evidence: text(5), links: [{ url: url(3), label: text(6) }] }],
    sectors: [text(7)],
    repositories: [{ url: url(4), name: text(8) }],
    organizations: [{ name: text(9) || 'org', website: url(5), role: text(10) }],
    stage: 'dpg',
    countries: { deployment: ['KE'], development: [] },
    indicators: { documentation: { met: true, links: [{ url: url(6) }], evidence: text(11) } },
  };
}

describe('hostile records rendered under CSP and Trusted Types', () => {
  let site: HostileSite;
  let browser: Browser;
  let page: Page;
  let report: PageReport;
  const ids: Record<string, string[]> = {};

  before(async () => {
    const set = hostileSet();
    const files = hostileFiles(set);
    for (const shape of SHAPES) {
      const { records } = adaptAny(JSON.parse(files[shape]));
      ids[shape] = records.map((record) => record.id);
      assert.ok(Buffer.byteLength(files[shape]) < 20 * 1024 * 1024, `${shape} fits the size limit`);
    }
    site = await startHostileSite({
      csp: STRICT_CSP,
      json: Object.fromEntries(Object.entries(files).map(([name, body]) => [`/data/${name}.json`, body])),
    });
    browser = await launchChromium();
    ({ page, report } = await openPage(browser, site.url('/')));
    await page.waitForFunction(() => (window as unknown as { __ready?: boolean }).__ready === true);
  });

  after(async () => {
    await browser?.close();
    await site?.close();
  });

  test('every element renders every record; nothing runs, nothing is blocked, nothing is left loading', async () => {
    // Elements are created from script below: define every tag first, as such a page would.
    await defineAllTags(page);
    const providers: Spec[] = SHAPES.map((shape) => ({
      tag: 'dpg-provider',
      attrs: { 'registry-src': `/data/${shape}.json`, 'pilots-src': '/data/pilots.json', 'cops-src': '/data/cops.json' },
      children: [
        ...[...ids[shape]!, ...HOSTILE_IDS].flatMap((id): Spec[] => [
          { tag: 'dpg-card', attrs: { 'dpg-id': id, variant: 'full' } },
          { tag: 'dpg-card', attrs: { 'dpg-id': id } },
          { tag: 'dpg-badge', attrs: { 'dpg-id': id } },
        ]),
        { tag: 'dpg-cop-table' },
        ...LAZY_TAGS.map((tag) => ({ tag })),
      ],
    }));
    const models: Spec[] = Array.from({ length: 30 }, (_, n) => ({ tag: 'dpg-card', attrs: { variant: n % 2 === 0 ? 'full' : 'compact' }, props: { dpg: hostileModel(n) } }));
    const started = Date.now();
    await page.evaluate((specs) => (window as unknown as { __test: { mount(s: unknown): void } }).__test.mount(specs), [...providers, ...models]);
    await page.waitForFunction(
      () => {
        const states = (window as unknown as { __test: { states(): Record<string, Record<string, number>> } }).__test.states();
        return Object.values(states).every((byState) => !byState.loading && !byState.undefined);
      },
      undefined,
      // A guard against a page that never settles; it settles in 10 to 40 s on two busy cores.
      { timeout: 120_000, polling: 1000 },
    );
    const states = await page.evaluate(() => (window as unknown as { __test: { states(): Record<string, Record<string, number>> } }).__test.states());
    const elements = Object.values(states).reduce((sum, byState) => sum + Object.values(byState).reduce((a, b) => a + b, 0), 0);
    console.log(`hostile render: ${elements} elements settled in ${((Date.now() - started) / 1000).toFixed(1)} s: ${JSON.stringify(states)}`);

    const cards = states['dpg-card'] ?? {};
    const readIds = SHAPES.reduce((sum, shape) => sum + ids[shape]!.length, 0);
    assert.ok((cards.ready ?? 0) >= 2 * readIds, `every read record shows as a card (${cards.ready} ready for ${readIds} records)`);
    assert.ok((cards['not-found'] ?? 0) >= 2 * HOSTILE_IDS.length, 'hostile ids are not found, calmly');
    assert.equal(cards.error ?? 0, 0, 'no card failed');
    assert.equal(states['dpg-cop-table']?.ready, SHAPES.length);

    const pwned = await page.evaluate(() => (window as unknown as { __pwnedCount: number }).__pwnedCount);
    assert.equal(pwned, 0, 'the tripwire was never called');
    const unhandled = await page.evaluate(() => (window as unknown as { __unhandled: string[] }).__unhandled);
    assert.deepEqual(unhandled, []);

    const urls = await page.evaluate(() => (window as unknown as { __test: { urls(): { links: string[]; sources: string[]; handlers: string[]; scripts: number; iframes: number } } }).__test.urls());
    assert.ok(urls.links.length > readIds, `links rendered: ${urls.links.length}`);
    for (const href of urls.links) {
      const { protocol } = new URL(href);
      assert.ok(protocol === 'http:' || protocol === 'https:', `link ${href}`);
    }
    for (const src of urls.sources) assert.ok(!/^\s*(javascript|data|vbscript):/i.test(src), `source ${src}`);
    assert.deepEqual(urls.handlers, [], 'no inline event handler attribute anywhere');
    assert.equal(urls.scripts, 0, 'no script element in any shadow root');
    assert.equal(urls.iframes, 0, 'no frame, object or embed');

    // What the SDK read: a record a page's own code passes as \`.dpg\` is shown as that code gave it.
    const text = await page.evaluate(() => (window as unknown as { __test: { text(selector: string): string } }).__test.text('dpg-provider'));
    assert.ok(text.includes(`<script>${TRIPWIRE}()</script>`) || text.includes(`<img src=x onerror="${TRIPWIRE}()">`), 'markup from data shows as text');
    const email = EMAIL.exec(text);
    assert.equal(email, null, `no e-mail address shown: ${email?.[0] ?? ''}`);
    // Data never brings a bidi control; the badge's own first-strong isolates (U+2068 … U+2069)
    // wrap its name in pairs, and are all that may be left once those pairs are taken out.
    assert.ok(!/[\u202a-\u202e\u2066-\u2069]/.test(text.replace(/\u2068[^\u2066-\u2069]*\u2069/g, '')), 'no bidi control from data reaches the page');

    // The harness's record names the element behind a violation, should there be one.
    assert.deepEqual(await report.violations(), []);
    await assertClean(report);
  });
});
