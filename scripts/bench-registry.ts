// `node --import tsx scripts/bench-registry.ts`: <dpg-registry> in headless Chromium, beside a
// hand-written vanilla-DOM registry served by the same page file, on the same data:
// - time to first results on the embedded snapshot (245 DPGs) and on 10,000 synthetic records;
// - keystroke to updated results (p50/p95) at 10,000 records, typing search texts letter by letter;
// - for a plain page loading <dpg-registry> from the CDN bundle: bytes transferred (gzip), time to
//   first results, JS heap, DOM nodes and axe violations, beside the DPGA registry page's figures.
// Everything is served from 127.0.0.1 by the project's own server, gzipped as a CDN would, with
// the element from the CDN build (`npm run bench` builds first); the run stops by itself after
// BENCH_LIMIT_MS.
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { adaptAny } from '../packages/sdk/src/adapters/detect.js';
import { loadSlim } from '../packages/sdk/src/snapshot-data/index.js';
import { median, percentile } from './bench-stats.js';
import { launchChromium } from './chromium.mjs';
import { serve } from './serve.mjs';
import { syntheticRegistry } from './synthetic.js';

const ROOT = new URL('..', import.meta.url);
const BENCH_LIMIT_MS = Number(process.env.BENCH_LIMIT_MS ?? 300_000);
/** Page loads per time-to-first-results figure (the median is reported). */
const LOADS = Number(process.env.BENCH_LOADS ?? 5);
/** Search texts typed letter by letter at 10,000 records. */
const TYPED = ['health records', 'educaton', 'open data platform', 'climate', 'library maps'];
/** Which parts to run (`BENCH_PARTS=typing,page`); all by default. */
const PARTS = new Set((process.env.BENCH_PARTS ?? 'first,typing,page').split(','));
/** The DPGA registry page, measured on this kind of machine (2 cores, headless Chromium). */
const DPGA = { gzipBytes: 627 * 1024, firstRowMs: 830, heapBytes: 11 * 1024 * 1024, domNodes: 5300 };

const limit = setTimeout(() => {
  console.error(`bench-registry: stopped after ${BENCH_LIMIT_MS / 1000} s`);
  process.exit(1);
}, BENCH_LIMIT_MS);
limit.unref();

// ---------------------------------------------------------------------------------------------
// The data: the embedded snapshot and 10,000 synthetic records, raw (for the element's
// provider) and normalised (for the vanilla registry, which is given the model ready-made).

const snapshot = await loadSlim();
const syntheticRaw = syntheticRegistry(10_000);
const syntheticRecords = adaptAny(syntheticRaw).records;

// ---------------------------------------------------------------------------------------------
// The vanilla registry: plain arrays, a substring search, loops for the counts, DOM by hand.
// It renders what the element renders for a page of results: 24 cards with name, stage,
// description, SDG chips, types, licences and countries, the SDG, type, licence and country
// counts, and the results count.

const VANILLA = String.raw`
const root = document.getElementById('vanilla');
const url = root.dataset.src;
const records = await (await fetch(url)).json();
const texts = records.map((r) => (r.name + ' ' + r.aliases.join(' ') + ' ' + r.description).toLowerCase());
const input = Object.assign(document.createElement('input'), { type: 'search', id: 'vanilla-search' });
const label = Object.assign(document.createElement('label'), { htmlFor: 'vanilla-search', textContent: 'Search' });
const count = Object.assign(document.createElement('p'), { role: 'status' });
const facets = document.createElement('div');
const list = document.createElement('ul');
root.append(label, input, facets, count, list);
const el = (tag, text, cls) => { const e = document.createElement(tag); if (text !== undefined) e.textContent = text; if (cls) e.className = cls; return e; };
function tally(matches, values) {
  const counts = new Map();
  for (const r of matches) for (const v of values(r)) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1]);
}
function render() {
  const terms = input.value.toLowerCase().split(/\s+/).filter(Boolean);
  const matches = [];
  for (let i = 0; i < records.length; i++) if (terms.every((t) => texts[i].includes(t))) matches.push(records[i]);
  count.textContent = matches.length + ' results';
  const groups = [
    ['SDG', tally(matches, (r) => r.sdgs.map((s) => s.goal)).sort((a, b) => a[0] - b[0])],
    ['Type', tally(matches, (r) => r.types)],
    ['Licence', tally(matches, (r) => r.licenses.map((l) => l.spdx ?? l.name)).slice(0, 8)],
    ['Country', tally(matches, (r) => [...new Set([...r.countries.deployment, ...r.countries.development])]).slice(0, 8)],
  ];
  facets.replaceChildren(...groups.map(([name, rows]) => {
    const set = el('fieldset'); set.append(el('legend', name));
    for (const [value, n] of rows) {
      const row = el('label'); const box = el('input'); box.type = 'checkbox';
      row.append(box, el('span', String(value)), el('span', String(n), 'count')); set.append(row);
    }
    return set;
  }));
  list.replaceChildren(...matches.slice(0, 24).map((r) => {
    const card = el('li', undefined, 'card');
    const head = el('h3'); head.append(el('a', r.name)); card.append(head, el('span', r.stage, 'stage'), el('p', r.description, 'description'));
    const sdgs = el('ul'); for (const s of r.sdgs) sdgs.append(el('li', String(s.goal))); card.append(sdgs);
    const facts = el('dl');
    facts.append(el('dt', 'Types'), el('dd', r.types.join(', ')), el('dt', 'Licences'), el('dd', r.licenses.map((l) => l.spdx ?? l.name).join(', ')));
    facts.append(el('dt', 'Countries'), el('dd', String(new Set([...r.countries.deployment, ...r.countries.development]).size)));
    card.append(facts);
    return card;
  }));
}
input.addEventListener('input', render);
render();
document.body.offsetHeight;
window.__firstResults = performance.now();
`;

/** Records the time the element first shows results: its dpg-load, its render, the first card's. */
const ELEMENT_TIMING = String.raw`
document.addEventListener('dpg-load', async (event) => {
  if (window.__firstResults !== undefined) return;
  const registry = event.target;
  await registry.updateComplete;
  await registry.shadowRoot.querySelector('dpg-card')?.loadComplete();
  document.body.offsetHeight;
  window.__firstResults ??= performance.now();
});
`;

function page(mode: Mode, data: Data, origin: string): string {
  const head = `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Digital Public Goods</title></head><body><main><h1>Digital Public Goods</h1>`;
  if (mode === 'vanilla') {
    const src = data === 'snapshot' ? '/bench/data/snapshot-records.json' : '/bench/data/synthetic-records.json';
    return `${head}<div id="vanilla" data-src="${src}"></div></main><script type="module">${VANILLA}</script></body></html>`;
  }
  const registry =
    data === 'snapshot'
      ? '<dpg-registry></dpg-registry>'
      : `<dpg-provider registry-src="${origin}/bench/data/synthetic-raw.json"><dpg-registry></dpg-registry></dpg-provider>`;
  return `${head}<script>${ELEMENT_TIMING}</script><script type="module" src="/cdn/dpg-kit.js"></script>${registry}</main></body></html>`;
}

// ---------------------------------------------------------------------------------------------
// The site: the pages and data in a folder served at /bench/, the CDN build at /cdn/.

type Mode = 'element' | 'vanilla';
type Data = 'snapshot' | '10k';

/** Writes every page and data file into `dir`; the element pages name the server's `origin`. */
async function writeSite(dir: string, origin: string): Promise<void> {
  await mkdir(join(dir, 'data'));
  await writeFile(join(dir, 'data/snapshot-records.json'), JSON.stringify(snapshot.dpgs));
  await writeFile(join(dir, 'data/synthetic-records.json'), JSON.stringify(syntheticRecords));
  await writeFile(join(dir, 'data/synthetic-raw.json'), JSON.stringify(syntheticRaw));
  for (const mode of ['element', 'vanilla'] as const) {
    for (const data of ['snapshot', '10k'] as const) await writeFile(join(dir, `${mode}-${data}.html`), page(mode, data, origin));
  }
}

// ---------------------------------------------------------------------------------------------
// Measurements.

async function fresh(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  return context.newPage();
}

async function firstResults(page: Page): Promise<number> {
  await page.waitForFunction(() => (window as { __firstResults?: number }).__firstResults !== undefined, undefined, { timeout: 60_000 });
  return page.evaluate(() => (window as unknown as { __firstResults: number }).__firstResults);
}

/** Median time to first results over LOADS fresh page loads. */
async function timeToFirstResults(browser: Browser, url: string): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < LOADS; i++) {
    const page = await fresh(browser);
    await page.goto(url);
    times.push(await firstResults(page));
    await page.context().close();
  }
  return median(times);
}

/**
 * Runs in the page: types each text letter by letter and times every keystroke until its results
 * are rendered and laid out (for the element: its dpg-load, its render, every card's render).
 */
const TYPING = String.raw`async ({ mode, texts }) => {
  let longTasks = 0;
  new PerformanceObserver((list) => (longTasks += list.getEntries().length)).observe({ type: 'longtask' });
  const registry = document.querySelector('dpg-registry');
  const input = mode === 'element' ? registry.shadowRoot.querySelector('[part="search"]') : document.getElementById('vanilla-search');
  const frame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
  const key = async (value) => {
    const before = registry && JSON.stringify(registry.query);
    const shown = registry && new Promise((resolve) => registry.addEventListener('dpg-load', resolve, { once: true }));
    const start = performance.now();
    input.value = value;
    input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
    // A keystroke that leaves the query as it was (a trailing space) asks nothing of the element.
    if (registry && JSON.stringify(registry.query) !== before) {
      await shown;
      await registry.updateComplete;
      await Promise.all([...registry.shadowRoot.querySelectorAll('dpg-card')].map((card) => card.loadComplete()));
    }
    void document.body.offsetHeight;
    return performance.now() - start;
  };
  // Focus builds the search index; one search waits for it to finish. Neither is timed.
  input.focus();
  await key('warm');
  await key('');
  await frame();
  longTasks = 0;
  const times = [];
  for (const text of texts) {
    for (let i = 1; i <= text.length; i++) {
      times.push(await key(text.slice(0, i)));
      await frame();
    }
    await key('');
    await frame();
  }
  return { times, longTasks };
}`;

interface Typing {
  p50: number;
  p95: number;
  max: number;
  keystrokes: number;
  longTasks: number;
}

/** Types every text of TYPED letter by letter; each keystroke timed until its results are rendered and laid out. */
async function typing(page: Page, mode: 'element' | 'vanilla'): Promise<Typing> {
  // As source text: functions compiled for Node may call helpers the page does not have.
  const result = await page.evaluate<{ times: number[]; longTasks: number }>(`(${TYPING})(${JSON.stringify({ mode, texts: TYPED })})`);
  const sorted = [...result.times].sort((a, b) => a - b);
  return { p50: percentile(sorted, 50), p95: percentile(sorted, 95), max: sorted.at(-1)!, keystrokes: sorted.length, longTasks: result.longTasks };
}

interface PageFigures {
  gzipBytes: number;
  jsGzipBytes: number;
  requests: number;
  /** Each response: its transferred size and path. */
  files: string[];
  firstResultsMs: number;
  heapBytes: number;
  domNodes: number;
  axe: { id: string; impact: string | null | undefined; nodes: number }[];
}

/** The plain snapshot page, loaded once in a fresh context: what it transfers, holds and axe says of it. */
async function pageFigures(browser: Browser, url: string): Promise<PageFigures> {
  const page = await fresh(browser);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  const requests = new Map<string, string>();
  let gzipBytes = 0;
  let jsGzipBytes = 0;
  cdp.on('Network.requestWillBeSent', (event) => requests.set(event.requestId, event.request.url));
  const files: string[] = [];
  cdp.on('Network.loadingFinished', (event) => {
    gzipBytes += event.encodedDataLength;
    const url = requests.get(event.requestId) ?? '';
    if (url.endsWith('.js')) jsGzipBytes += event.encodedDataLength;
    files.push(new URL(url).pathname, (event.encodedDataLength / 1024).toFixed(1));
  });
  await page.goto(url);
  const firstResultsMs = await firstResults(page);
  // Let the idle work run (the search index), then count what the page holds once settled.
  await page.evaluate(() => new Promise((resolve) => requestIdleCallback(() => setTimeout(resolve, 500), { timeout: 3000 })));
  const started = new Map(
    await page.evaluate(() => performance.getEntriesByType('resource').map((entry) => [new URL(entry.name).pathname, entry.startTime] as [string, number])),
  );
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  await cdp.send('Performance.enable');
  const { metrics } = await cdp.send('Performance.getMetrics');
  const domNodes = metrics.find((metric) => metric.name === 'Nodes')?.value ?? NaN;
  // Each file, and whether it was asked for only after the first results (the search index's library should be).
  const listed: string[] = [];
  for (let i = 0; i < files.length; i += 2) {
    const start = started.get(files[i]!);
    const late = start !== undefined && start > firstResultsMs ? `  (requested at ${start.toFixed(0)} ms, after the first results)` : '';
    listed.push(`${files[i + 1]!.padStart(7)} kB  ${files[i]}${late}`);
  }
  const transferred = { gzipBytes, jsGzipBytes, requests: requests.size, files: listed };
  await page.addScriptTag({ path: new URL('node_modules/axe-core/axe.min.js', ROOT).pathname });
  const axe = await page.evaluate(async () => {
    const run = (window as unknown as { axe: { run(context: Document): Promise<{ violations: { id: string; impact?: string | null; nodes: unknown[] }[] }> } }).axe;
    const { violations } = await run.run(document);
    return violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.length }));
  });
  await page.context().close();
  return { ...transferred, firstResultsMs, heapBytes: usedSize, domNodes, axe };
}

// ---------------------------------------------------------------------------------------------
// The run.

if (!existsSync(new URL('dist/cdn/dpg-kit.js', ROOT))) {
  console.error('bench-registry: dist/cdn/dpg-kit.js is missing: run `npm run build` first (`npm run bench` does).');
  process.exit(1);
}

const siteDir = await mkdtemp(join(tmpdir(), 'dpg-registry-bench-'));
const server = await serve({ port: 0, gzip: true, headers: { 'cache-control': 'no-store' }, mounts: [['/bench/', siteDir]] });
const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
await writeSite(siteDir, origin);
const at = (mode: Mode, data: Data) => `${origin}/bench/${mode}-${data}.html`;
const browser = await launchChromium();

try {
  console.log(`load average ${loadavg().map((load) => load.toFixed(2)).join(' / ')} (1 / 5 / 15 min) on ${cpus().length} cores`);
  console.log('element: dist/cdn/dpg-kit.js (npm run build)\n');
  const ms = (value: number) => `${value.toFixed(1)} ms`;
  const ratio = (element: number, vanilla: number) => (element / vanilla).toFixed(2);
  const row = (label: string, element: number, vanilla: number) =>
    console.log(`${label.padEnd(44)}${ms(element).padStart(10)}${ms(vanilla).padStart(10)}${ratio(element, vanilla).padStart(8)}`);

  if (PARTS.has('first')) {
    console.log(`${'time to first results (median of ' + LOADS + ' loads)'.padEnd(44)}${'element'.padStart(10)}${'vanilla'.padStart(10)}${'ratio'.padStart(8)}`);
    row('  embedded snapshot, 245 DPGs', await timeToFirstResults(browser, at('element', 'snapshot')), await timeToFirstResults(browser, at('vanilla', 'snapshot')));
    row('  10,000 synthetic records', await timeToFirstResults(browser, at('element', '10k')), await timeToFirstResults(browser, at('vanilla', '10k')));
  }

  const typed: Record<string, Typing> = {};
  for (const mode of PARTS.has('typing') ? (['element', 'vanilla'] as const) : []) {
    const page = await fresh(browser);
    await page.goto(at(mode, '10k'));
    await firstResults(page);
    typed[mode] = await typing(page, mode);
    await page.context().close();
  }
  const { element, vanilla } = typed as { element: Typing; vanilla: Typing };
  if (element && vanilla) {
  console.log(`\nkeystroke to updated results, 10,000 records (${element.keystrokes} keystrokes; target p95 < 16 ms, ratio < 1.5)`);
  row('  p50', element.p50, vanilla.p50);
  row('  p95', element.p95, vanilla.p95);
  row('  slowest', element.max, vanilla.max);
  console.log(`  long tasks (over 50 ms) while typing: element ${element.longTasks}, vanilla ${vanilla.longTasks}`);
  }

  const figures = await pageFigures(browser, at('element', 'snapshot'));
  const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`;
  const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(2)} MB`;
  const line = (label: string, ours: string, theirs: string, target: string, ok: boolean) =>
    console.log(`${label.padEnd(30)}${ours.padStart(12)}${theirs.padStart(12)}${target.padStart(14)}  ${ok ? 'meets it' : 'MISSES IT'}`);
  console.log(`\nplain page with <dpg-registry>, embedded snapshot (245 DPGs), beside the DPGA registry page`);
  console.log(`${''.padEnd(30)}${'this page'.padStart(12)}${'DPGA page'.padStart(12)}${'target'.padStart(14)}`);
  line('transferred (gzip), all', kb(figures.gzipBytes), kb(DPGA.gzipBytes), `≤ ${kb(DPGA.gzipBytes / 4)}`, figures.gzipBytes <= DPGA.gzipBytes / 4);
  line('  of which JavaScript', kb(figures.jsGzipBytes), kb(DPGA.gzipBytes), `≤ ${kb(DPGA.gzipBytes / 4)}`, figures.jsGzipBytes <= DPGA.gzipBytes / 4);
  line('time to first results', ms(figures.firstResultsMs), ms(DPGA.firstRowMs), `≤ ${ms(DPGA.firstRowMs / 3)}`, figures.firstResultsMs <= DPGA.firstRowMs / 3);
  line('JS heap (after GC, settled)', mb(figures.heapBytes), mb(DPGA.heapBytes), `≤ ${mb(DPGA.heapBytes / 2)}`, figures.heapBytes <= DPGA.heapBytes / 2);
  line('DOM nodes', String(figures.domNodes), String(DPGA.domNodes), '–', true);
  line('axe violations', String(figures.axe.length), '22+', '0', figures.axe.length === 0);
  for (const v of figures.axe) console.log(`  axe: ${v.id} (${v.impact}) on ${v.nodes} node(s)`);
  console.log(`  ${figures.requests} requests (time to first results is this one load's; the median above is steadier):`);
  for (const file of figures.files) console.log(`  ${file}`);
} finally {
  await browser.close();
  server.close();
  await rm(siteDir, { recursive: true, force: true });
}
