// One page load in headless Chromium under an emulated network and CPU, through the DevTools
// protocol: the probe's time (bench-pages/probe.ts) and what crossed the network until the page
// settled. The cache is off and every load gets a fresh context, so each is a first visit.
import type { Browser } from 'playwright-core';
import { median } from '../bench-stats.js';
import { PROBE, type ProbeKind, type ProbeResult } from './probe.js';

/** How long one load may take before it counts as an error. */
const LOAD_TIMEOUT_MS = 90_000;
/** Network quiet for this long after the page's first idle moment = the page has settled. */
const QUIET_MS = 1000;

export interface Profile {
  name: string;
  /** Added to every request, ms (the round trip). */
  latency: number;
  /** Bytes per second; -1 for no limit. */
  down: number;
  up: number;
  cpu: number;
}
const kbps = (kilobits: number) => (kilobits * 1000) / 8;
export const UNTHROTTLED: Profile = { name: 'unthrottled', latency: 0, down: -1, up: -1, cpu: 1 };
export const SLOW_4G: Profile = { name: 'slow 4G + 4× CPU', latency: 150, down: kbps(1600), up: kbps(750), cpu: 4 };
export const SLOW_3G: Profile = { name: 'slow 3G + 4× CPU', latency: 400, down: kbps(400), up: kbps(400), cpu: 4 };
export const PROFILES = [UNTHROTTLED, SLOW_4G, SLOW_3G];

/** One load's figures, or the medians of several. */
export interface Figures {
  /** Navigation start to the frame that paints what the probe waits for. */
  ms: number;
  /** Bytes on the wire (gzip), every request but the favicon. */
  bytes: number;
  requests: number;
  /** Each response's path and bytes on the wire, in the order they finished (of the last load, for medians). */
  files: [string, number][];
}

/** One fresh load under a profile: the probe's time, and what crossed the network until it was idle. */
export async function load(browser: Browser, url: string, kind: ProbeKind, profile: Profile): Promise<Figures> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: profile.latency,
      downloadThroughput: profile.down,
      uploadThroughput: profile.up,
    });
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: profile.cpu });
    const urls = new Map<string, string>();
    const inFlight = new Set<string>();
    let lastEvent = performance.now();
    let bytes = 0;
    let requests = 0;
    const files: [string, number][] = [];
    cdp.on('Network.requestWillBeSent', (event) => {
      urls.set(event.requestId, event.request.url);
      inFlight.add(event.requestId);
      lastEvent = performance.now();
    });
    cdp.on('Network.loadingFailed', (event) => {
      inFlight.delete(event.requestId);
      lastEvent = performance.now();
    });
    cdp.on('Network.loadingFinished', (event) => {
      inFlight.delete(event.requestId);
      lastEvent = performance.now();
      // Headless Chromium asks for a favicon the example pages do not name; a partner's page has its own.
      const path = new URL(urls.get(event.requestId) ?? 'http://x/').pathname;
      if (path === '/favicon.ico') return;
      bytes += event.encodedDataLength;
      requests += 1;
      files.push([path, event.encodedDataLength]);
    });
    await page.addInitScript(`(${PROBE})(${JSON.stringify(kind)})`);
    await page.goto(url, { waitUntil: 'commit', timeout: LOAD_TIMEOUT_MS });
    await page.waitForFunction(() => (window as { __benchReady?: unknown }).__benchReady !== undefined, undefined, { timeout: LOAD_TIMEOUT_MS });
    const result = await page.evaluate(() => (window as unknown as { __benchReady: ProbeResult }).__benchReady);
    if ('error' in result) throw new Error(result.error);
    // Work a page defers to idle time (a chunk, an index) is still paid for by the visitor: count
    // its requests too. Settled = the page had an idle moment, then the network was quiet for QUIET_MS.
    await page.evaluate(() => new Promise((idle) => requestIdleCallback(idle, { timeout: 5000 })));
    const settleBy = performance.now() + LOAD_TIMEOUT_MS;
    while (inFlight.size > 0 || performance.now() - lastEvent < QUIET_MS) {
      if (performance.now() > settleBy) throw new Error(`the network never went quiet in ${LOAD_TIMEOUT_MS / 1000} s`);
      await new Promise((tick) => setTimeout(tick, 100));
    }
    return { ms: result.ms, bytes, requests, files };
  } finally {
    await context.close();
  }
}

/** Medians over `runs` fresh loads. */
export async function measure(browser: Browser, url: string, kind: ProbeKind, profile: Profile, runs: number): Promise<Figures> {
  const loads: Figures[] = [];
  for (let run = 0; run < runs; run++) loads.push(await load(browser, url, kind, profile));
  return {
    ms: median(loads.map((one) => one.ms)),
    bytes: median(loads.map((one) => one.bytes)),
    requests: median(loads.map((one) => one.requests)),
    files: loads.at(-1)?.files ?? [],
  };
}
