/**
 * End-to-end harness: the project's own static server on a free port of 127.0.0.1 and Debian's
 * headless Chromium through playwright-core, with a record of everything a partner page must
 * never see — console errors, uncaught page errors, CSP and Trusted Types violations, and
 * requests to any origin other than the test server (those are aborted before they leave).
 *
 *   const site = await startSite({ headersFor: (path) => (path === '/x.html' ? { 'content-security-policy': CSP } : {}) });
 *   const browser = await launchChromium();
 *   const { page, report } = await openPage(browser, site.url('/x.html'));
 *   …assert on the page…
 *   assertClean(report);
 *   await browser.close(); await site.close();
 */
import assert from 'node:assert/strict';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Browser, ConsoleMessage, Page } from 'playwright-core';
import { launchChromium } from '../../scripts/chromium.mjs';
import { serve, STRICT_CSP, type ServeOptions } from '../../scripts/serve.mjs';

/** The strict policy the examples and tests use: only this origin, no inline code, Trusted Types. */
export { STRICT_CSP };

export interface Site {
  /** Origin of the server, e.g. `http://127.0.0.1:41234`. */
  readonly origin: string;
  url(path: string): string;
  close(): Promise<void>;
}

export interface SiteOptions extends Omit<ServeOptions, 'port' | 'host'> {
  /** Sees every request before it is answered (to count requests or keep their headers). */
  onRequest?: (req: IncomingMessage, res: ServerResponse) => void;
}

/** Starts scripts/serve.mjs (examples at `/`, dist/cdn at `/cdn/`) on a free port of 127.0.0.1. */
export async function startSite({ onRequest, ...options }: SiteOptions = {}): Promise<Site> {
  const server: Server = await serve({ ...options, port: 0, host: '127.0.0.1' });
  if (onRequest) server.prependListener('request', onRequest);
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    url: (path) => new URL(path, origin).href,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** Launches headless Chromium (CHROME_PATH, else Debian's); throws a clear message when there is none. */
export { launchChromium };

/** One `securitypolicyviolation` event, as the page saw it. */
export interface Violation {
  directive: string;
  blockedURI: string;
  sourceFile: string;
  sample: string;
  /** The element the violation came from, and the element whose shadow root holds it, if any. */
  element: string | null;
  host: string | null;
}

/** What happened on a page while it was open. Arrays fill as events arrive. */
export interface PageReport {
  consoleErrors: string[];
  consoleWarnings: string[];
  pageErrors: string[];
  /** Requests to any origin but the allowed ones (aborted, so nothing left the machine). */
  foreignRequests: string[];
  /** Requests that failed for another reason (a 404 is not a failure here: see `notFound`). */
  failedRequests: string[];
  /** URLs answered with 404. */
  notFound: string[];
  /** Read the page's CSP and Trusted Types violations (collected in the page from its first script). */
  violations(): Promise<Violation[]>;
}

export interface OpenOptions {
  /** Origins besides the page's own that requests may go to (aborted and recorded otherwise). */
  allowOrigins?: string[];
  /** Wait for this `load` state before returning. Default `load`. */
  waitUntil?: 'load' | 'domcontentloaded' | 'networkidle';
  /**
   * Runs after the recorders are set up and before navigation, e.g. to add a `page.route()`
   * that holds some requests back (routes added here run before the foreign-origin guard; call
   * `route.fallback()` to pass a request on to it).
   */
  beforeGoto?: (page: Page) => Promise<unknown>;
}

// Runs in the page before any of its scripts; not subject to the page's CSP (it is injected by
// the browser's debugging protocol). Violations are kept where page code cannot easily reach.
const COLLECT_VIOLATIONS = `(() => {
  const seen = [];
  Object.defineProperty(window, '__dpgE2eViolations', { value: seen, enumerable: false });
  document.addEventListener('securitypolicyviolation', (e) => {
    const target = e.composedPath()[0];
    const host = target && target.getRootNode && target.getRootNode().host;
    seen.push({ directive: e.effectiveDirective || e.violatedDirective, blockedURI: e.blockedURI, sourceFile: e.sourceFile, sample: e.sample,
      element: (target && target.localName) || null, host: (host && host.localName) || null });
  }, true);
})();`;

/** Opens `url` in a new page of `browser` and records everything listed in PageReport. */
export async function openPage(browser: Browser, url: string, options: OpenOptions = {}): Promise<{ page: Page; report: PageReport }> {
  const page = await browser.newPage();
  const allowed = new Set([new URL(url).origin, ...(options.allowOrigins ?? [])]);
  const consoleErrors: string[] = [];
  const consoleWarnings: string[] = [];
  const pageErrors: string[] = [];
  const foreignRequests: string[] = [];
  const failedRequests: string[] = [];
  const notFound: string[] = [];

  await page.addInitScript({ content: COLLECT_VIOLATIONS });
  await page.route('**/*', async (route) => {
    const target = new URL(route.request().url());
    const local = target.protocol === 'data:' || target.protocol === 'blob:' || allowed.has(target.origin);
    if (local) return route.continue();
    foreignRequests.push(target.href);
    return route.abort('blockedbyclient');
  });
  page.on('console', (message: ConsoleMessage) => {
    const where = message.location().url ? ` (${message.location().url})` : '';
    if (message.type() === 'error') consoleErrors.push(`${message.text()}${where}`);
    if (message.type() === 'warning') consoleWarnings.push(message.text());
  });
  page.on('pageerror', (error) => pageErrors.push(error.stack ?? error.message));
  page.on('requestfailed', (request) => {
    if (!foreignRequests.includes(request.url())) failedRequests.push(`${request.url()}: ${request.failure()?.errorText ?? 'failed'}`);
  });
  page.on('response', (response) => {
    if (response.status() === 404) notFound.push(response.url());
  });

  await options.beforeGoto?.(page);
  await page.goto(url, { waitUntil: options.waitUntil ?? 'load' });
  const report: PageReport = {
    consoleErrors,
    consoleWarnings,
    pageErrors,
    foreignRequests,
    failedRequests,
    notFound,
    violations: () => page.evaluate(() => [...((window as unknown as { __dpgE2eViolations?: Violation[] }).__dpgE2eViolations ?? [])]),
  };
  return { page, report };
}

/**
 * Fails with everything that went wrong at once: console errors, page errors, CSP/Trusted Types
 * violations and foreign requests. `expectConsoleErrors` lists substrings of errors a test
 * provoked on purpose (a deliberately missing file, say); any other error still fails.
 */
export async function assertClean(report: PageReport, options: { expectConsoleErrors?: string[] } = {}): Promise<void> {
  const expected = options.expectConsoleErrors ?? [];
  const unexpected = report.consoleErrors.filter((text) => !expected.some((part) => text.includes(part)));
  const violations = await report.violations();
  assert.deepEqual(
    { consoleErrors: unexpected, pageErrors: report.pageErrors, violations, foreignRequests: report.foreignRequests, failedRequests: report.failedRequests },
    { consoleErrors: [], pageErrors: [], violations: [], foreignRequests: [], failedRequests: [] },
  );
}

/**
 * Text of an element's shadow root (and its nested shadow roots), whitespace collapsed:
 * what a reader sees, for asserting that real data rendered.
 */
export async function shadowText(page: Page, selector: string, index = 0): Promise<string> {
  // One loop, no inner functions: the TypeScript loader would wrap them in a helper the page lacks.
  const text = await page.locator(selector).nth(index).evaluate((host) => {
    const parts: string[] = [];
    const pending: Node[] = [host];
    while (pending.length > 0) {
      const node = pending.shift()!;
      if (node.nodeType === Node.TEXT_NODE) parts.push(node.textContent ?? '');
      if (node.nodeName === 'STYLE' || node.nodeName === 'SCRIPT') continue;
      const children = [...((node as Element).shadowRoot?.childNodes ?? []), ...node.childNodes];
      pending.unshift(...children);
    }
    return parts.join(' ').replace(/\s+/g, ' ').trim();
  });
  return String(text);
}

/**
 * Waits until every element matching `selector` is upgraded and has left its loading state
 * (dpg-kit elements expose `state`: loading | ready | empty | not-found | error); returns the
 * states in document order.
 */
export async function settledStates(page: Page, selector: string): Promise<string[]> {
  await page.waitForFunction((sel) => {
    const hosts = [...document.querySelectorAll(sel)];
    return hosts.length > 0 && hosts.every((host) => customElements.get(host.localName) && (host as { state?: string }).state && (host as { state?: string }).state !== 'loading');
  }, selector);
  return page.$$eval(selector, (hosts) => hosts.map((host) => String((host as { state?: string }).state)));
}

/**
 * Defines every tag on `page` through the CDN entry's `defineAll()`, as a page that creates its
 * elements from script does: the autoloader otherwise loads a tag's chunk only once it is used.
 */
export async function defineAllTags(page: Page): Promise<void> {
  await page.evaluate(async () => ((await import('/cdn/dpg-kit.js' as string)) as { defineAll(): Promise<void> }).defineAll());
}
