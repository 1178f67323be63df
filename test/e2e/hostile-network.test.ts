/**
 * Broken networks, in Chromium against a real server on 127.0.0.1: every element pointed at a
 * failing source shows its error state with a Retry button and says why through a typed
 * `dpg-error`; with `fallback` the card shows the snapshot and says it is stale; Retry recovers
 * once the source does; no promise rejection goes unhandled; no cookie is ever sent.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Browser, Page } from 'playwright-core';
import { startServer, type FaultServer, type Route } from '../helpers/fault-server.js';
import { startHostileSite, type HostileSite } from '../helpers/hostile-site.js';
import { launchChromium, openPage, STRICT_CSP, type PageReport } from './browser.js';
import { LAZY_TAGS } from './tags.js';

const MB = 1024 * 1024;
const REGISTRY = JSON.stringify({ format: 'dpg-kit/registry', version: 1, source: 'test', asOf: '2026-11-01', dpgs: [{ id: 'dhis2', name: 'DHIS2', description: 'Health data.', types: ['software'], licenses: [{ spdx: 'BSD-3-Clause' }], sdgs: [{ goal: 3 }], stage: 'dpg', countries: { deployment: ['KE'], development: ['NO'] } }] });
const COPS = JSON.stringify({ format: 'dpg-kit/cops', version: 1, cops: [{ id: 'test-cop', priorityArea: 'Health', focus: null, status: 'complete' }] });
const PILOTS = JSON.stringify({ format: 'dpg-kit/pilots', version: 1, pilots: [] });

/** The faults, and the error code each must end in. */
const FAULTS = {
  refused: 'network',
  'status-500': 'http',
  'status-503-retry-after': 'http',
  'status-404': 'http',
  'html-page': 'parse',
  'truncated-json': 'parse',
  'too-large-declared': 'too-large',
  'too-large-streamed': 'too-large',
  hang: 'timeout',
  drip: 'timeout',
  'abort-mid-body': 'network',
} as const;
type Fault = keyof typeof FAULTS;

/** Streams `total` bytes of a JSON string in 1 MB chunks, minding backpressure, until done or the client leaves. */
function stream(res: ServerResponse, total: number): void {
  res.writeHead(200, { 'content-type': 'application/json' });
  let sent = 0;
  const chunk = Buffer.alloc(MB, 'x'.charCodeAt(0));
  const pump = () => {
    while (sent < total && !res.destroyed) {
      sent += chunk.length;
      if (!res.write(chunk)) return void res.once('drain', pump);
    }
    res.end();
  };
  res.write('"');
  pump();
}

/**
 * The faults that hold a connection open for the whole time limit are served from a second
 * origin: a browser opens at most six connections to one origin, and two faults holding six
 * would make the others queue until they time out too (a page with a hanging source on the
 * host it loads everything from would see the same).
 */
const SLOW: ReadonlySet<Fault> = new Set(['hang', 'drip']);

/** A route that misbehaves as `fault` says until it is healed, then serves `body`. */
function faulty(fault: Exclude<Fault, 'refused'>, body: string, healed: Set<string>, cookies: string[]): Route {
  return (req, res) => {
    if (req.headers.cookie) cookies.push(`${fault}: ${req.headers.cookie}`);
    res.setHeader('access-control-allow-origin', '*');
    if (healed.has(fault)) return void res.writeHead(200, { 'content-type': 'application/json' }).end(body);
    switch (fault) {
      case 'status-500':
        return void res.writeHead(500, { 'content-type': 'text/plain' }).end('internal error');
      case 'status-503-retry-after':
        return void res.writeHead(503, { 'retry-after': '1' }).end();
      case 'status-404':
        return void res.writeHead(404, { 'content-type': 'text/plain' }).end('not here');
      case 'html-page':
        return void res.writeHead(200, { 'content-type': 'text/html' }).end('<!doctype html><title>Sign in</title><p>Please sign in');
      case 'truncated-json':
        return void res.writeHead(200, { 'content-type': 'application/json' }).end(body.slice(0, body.length / 2));
      case 'too-large-declared':
        return void res.writeHead(200, { 'content-type': 'application/json', 'content-length': String(21 * MB) }).end('[');
      case 'too-large-streamed':
        return stream(res, 21 * MB);
      case 'hang':
        return; // never answers; the server closes it when the test ends
      case 'drip': {
        res.writeHead(200, { 'content-type': 'application/json' });
        res.write('[');
        const timer = setInterval(() => res.write(' '), 100);
        return void res.once('close', () => clearInterval(timer));
      }
      case 'abort-mid-body':
        res.writeHead(200, { 'content-type': 'application/json', 'content-length': String(body.length) });
        res.write(body.slice(0, 20));
        return void setTimeout(() => res.destroy(), 50);
    }
  };
}

/** A free port on 127.0.0.1 that nothing listens on. */
async function closedPort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as AddressInfo;
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  return port;
}

interface Seen {
  tag: string;
  fault: string;
  state: string;
  retry: boolean;
  stale: boolean;
  message: string;
}

describe('network faults, element by element', () => {
  const healed = new Set<string>();
  let site: HostileSite;
  let slow: FaultServer;
  const cookies: string[] = [];
  let browser: Browser;
  let page: Page;
  let report: PageReport;
  let refusedPort: number;
  let lateServer: Server | undefined;
  const optional: string[] = [];

  const url = (fault: Fault, file: string) =>
    fault === 'refused' ? `http://127.0.0.1:${refusedPort}/${file}` : SLOW.has(fault) ? slow.url(`/fault/${fault}/${file}`) : `/fault/${fault}/${file}`;

  before(async () => {
    refusedPort = await closedPort();
    const routes: Record<string, Route> = {};
    const slowRoutes: Record<string, Route> = {};
    for (const fault of Object.keys(FAULTS) as Fault[]) {
      if (fault === 'refused') continue;
      const into = SLOW.has(fault) ? slowRoutes : routes;
      into[`/fault/${fault}/registry.json`] = faulty(fault, REGISTRY, healed, cookies);
      into[`/fault/${fault}/cops.json`] = faulty(fault, COPS, healed, cookies);
      into[`/fault/${fault}/pilots.json`] = faulty(fault, PILOTS, healed, cookies);
    }
    slow = await startServer(slowRoutes);
    const slowOrigin = new URL(slow.url('/')).origin;
    site = await startHostileSite({
      // The refused and the slow sources are other origins: the policy must let the page try them.
      csp: `${STRICT_CSP}; connect-src 'self' http://127.0.0.1:${refusedPort} ${slowOrigin}`,
      routes,
      cookie: 'session=do-not-send; Path=/; SameSite=Lax',
    });
    browser = await launchChromium();
    ({ page, report } = await openPage(browser, site.url('/'), { allowOrigins: [`http://127.0.0.1:${refusedPort}`, slowOrigin] }));
    await page.waitForFunction(() => (window as unknown as { __ready?: boolean }).__ready === true);
    optional.push(
      ...(await page.evaluate(async (tags) => {
        const found = await Promise.all(tags.map((tag) => Promise.race([customElements.whenDefined(tag).then(() => tag), new Promise<string>((resolve) => setTimeout(() => resolve(''), 3000))])));
        return found.filter((tag) => tag !== '');
      }, [...LAZY_TAGS])),
    );
  });

  after(async () => {
    await browser?.close();
    await site?.close();
    await slow?.close();
    await new Promise<void>((resolve) => (lateServer ? lateServer.close(() => resolve()) : resolve()));
  });

  /** Each element's state, Retry button and stale notice, by the fault its provider points at. */
  const snapshot = (): Promise<Seen[]> =>
    page.evaluate(() =>
      [...document.querySelectorAll('[data-fault] > *')].map((el) => {
        const root = el.shadowRoot!;
        return {
          tag: el.localName + (el.parentElement!.hasAttribute('fallback') ? '+fallback' : ''),
          fault: el.parentElement!.getAttribute('data-fault')!,
          state: String((el as unknown as { state: string }).state),
          retry: root.querySelector('[part~="retry"]') !== null,
          stale: root.querySelector('[part~="stale"]') !== null,
          message: (root.querySelector('[part~="error"]')?.textContent ?? '').replace(/\s+/g, ' ').trim(),
        };
      }),
    );

  test('every fault ends in the error state with Retry, a typed dpg-error, or the stale snapshot; Retry recovers', async () => {
    const started = Date.now();
    const specs = (Object.keys(FAULTS) as Fault[]).flatMap((fault) => [
      { tag: 'dpg-provider', attrs: { 'data-fault': fault, 'registry-src': url(fault, 'registry.json') }, children: [{ tag: 'dpg-card', attrs: { 'dpg-id': 'dhis2' } }, { tag: 'dpg-badge', attrs: { 'dpg-id': 'dhis2' } }, ...optional.filter((tag) => tag === 'dpg-registry').map((tag) => ({ tag }))] },
      { tag: 'dpg-provider', attrs: { 'data-fault': fault, 'registry-src': url(fault, 'registry.json'), fallback: '' }, children: [{ tag: 'dpg-card', attrs: { 'dpg-id': 'dhis2' } }] },
      { tag: 'dpg-provider', attrs: { 'data-fault': fault, 'cops-src': url(fault, 'cops.json') }, children: [{ tag: 'dpg-cop-table' }] },
      ...optional.filter((tag) => tag !== 'dpg-registry').map((tag) => ({ tag: 'dpg-provider', attrs: { 'data-fault': fault, 'pilots-src': url(fault, 'pilots.json') }, children: [{ tag }] })),
    ]);
    await page.evaluate((s) => (window as unknown as { __test: { mount(s: unknown): void } }).__test.mount(s), specs);
    // The slowest faults (a hang, a drip) end at the SDK's 15 s default time limit.
    await page.waitForFunction(
      () => [...document.querySelectorAll('[data-fault] > *')].every((el) => customElements.get(el.localName) && (el as unknown as { state: string }).state !== 'loading'),
      undefined,
      { timeout: 40_000, polling: 200 },
    );
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    const seen = await snapshot();
    const events = await page.evaluate(() => (window as unknown as { __errorEvents: Array<{ tag: string; fault: string; code: string; message: string }> }).__errorEvents);
    for (const fault of Object.keys(FAULTS) as Fault[]) {
      const mine = seen.filter((entry) => entry.fault === fault);
      assert.ok(mine.length >= 4, `${fault}: elements`);
      for (const entry of mine) {
        if (entry.tag.endsWith('+fallback')) {
          assert.equal(entry.state, 'ready', `${fault} ${entry.tag} serves the snapshot`);
          assert.ok(entry.stale, `${fault} ${entry.tag} says the data is stale`);
        } else {
          assert.equal(entry.state, 'error', `${fault} ${entry.tag}`);
          assert.ok(entry.retry, `${fault} ${entry.tag} offers Retry`);
          assert.ok(entry.message.length > 10, `${fault} ${entry.tag} says what failed: "${entry.message}"`);
        }
      }
    }
    // One dpg-error per failing element, with the fault's own code and a message that says what failed.
    const failing = seen.filter((entry) => !entry.tag.endsWith('+fallback')).length;
    assert.equal(events.length, failing, 'one dpg-error per failing element');
    for (const event of events) {
      assert.equal(event.code, FAULTS[event.fault as Fault], `${event.fault} ${event.tag}: ${event.message}`);
      assert.ok(event.message.length > 20 && !/undefined|\[object/.test(event.message), `a clear message: ${event.message}`);
      if (event.fault === 'abort-mid-body') assert.match(event.message, /broke after \d+ bytes/, 'a cut-off body is told from an unreachable host');
    }
    const examples = Object.fromEntries(events.filter((event) => event.tag === 'dpg-card').map((event) => [event.fault, `${event.code}: ${event.message}`]));
    console.log(`network faults: ${Object.keys(FAULTS).length} faults × ${seen.length / Object.keys(FAULTS).length} elements settled in ${seconds} s`);
    for (const [fault, line] of Object.entries(examples)) console.log(`  ${fault} → ${line}`);

    // The sources recover: Retry on every element in error brings the data.
    for (const fault of Object.keys(FAULTS)) healed.add(fault);
    lateServer = createServer((req, res) => {
      const body = req.url?.includes('cops') ? COPS : req.url?.includes('pilots') ? PILOTS : REGISTRY;
      res.writeHead(200, { 'content-type': 'application/json', 'access-control-allow-origin': '*' }).end(body);
    });
    await new Promise<void>((resolve) => lateServer!.listen(refusedPort, '127.0.0.1', resolve));
    await page.evaluate(() => {
      for (const el of document.querySelectorAll('[data-fault] > *')) (el.shadowRoot!.querySelector('[part~="retry"]') as HTMLButtonElement | null)?.click();
    });
    await page.waitForFunction(() => [...document.querySelectorAll('[data-fault] > *')].every((el) => ['ready', 'empty'].includes((el as unknown as { state: string }).state)), undefined, { timeout: 20_000, polling: 200 });

    const unhandled = await page.evaluate(() => (window as unknown as { __unhandled: string[] }).__unhandled);
    assert.deepEqual(unhandled, [], 'no unhandled promise rejection');
    assert.deepEqual(report.pageErrors, []);
    assert.deepEqual(await report.violations(), []);
    assert.deepEqual(report.foreignRequests, []);
  });

  test('no cookie is sent with any data request, though the page has one', async () => {
    assert.ok((await page.evaluate(() => document.cookie)).includes('session=do-not-send'));
    // The page's own script is fetched with the cookie: the browser did keep it.
    assert.ok(site.headers('/page.js').some((headers) => headers.cookie?.includes('session=')) || site.headers('/cdn/dpg-kit.js').some((headers) => headers.cookie?.includes('session=')));
    let dataRequests = 0;
    for (const fault of Object.keys(FAULTS)) {
      for (const file of ['registry.json', 'cops.json', 'pilots.json']) {
        for (const headers of site.headers(`/fault/${fault}/${file}`)) {
          dataRequests++;
          assert.equal(headers.cookie, undefined, `${fault}/${file} carried no cookie`);
          assert.equal(headers.authorization, undefined);
        }
      }
    }
    assert.ok(dataRequests > 20, `${dataRequests} data requests checked`);
    assert.deepEqual(cookies, [], 'no cookie reached any fault route, same origin or not');
  });
});
