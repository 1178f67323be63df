/**
 * A test site for the browser suites that attack dpg-kit: the project's own server on 127.0.0.1
 * (scripts/serve.mjs, through the e2e harness) with a page under a strict Content-Security-Policy
 * with Trusted Types, dpg-kit from the CDN build (`dist/cdn`, so `npm run build` comes first),
 * hostile data files and misbehaving routes, all from one origin (the page's CSP lets it fetch
 * only from there). It counts open requests and keeps every request's headers.
 *
 * The page script defines the tripwire `__pwned()` that every hostile payload calls, and
 * records unhandled promise rejections; the tests build the elements through the page.
 */
import { existsSync } from 'node:fs';
import type { IncomingHttpHeaders, IncomingMessage, ServerResponse } from 'node:http';
import { startSite } from '../e2e/browser.js';
import type { Route } from './fault-server.js';
import { TRIPWIRE } from './hostile.js';

const CDN_ENTRY = new URL('../../dist/cdn/dpg-kit.js', import.meta.url);

// The page's own script: the tripwire, a record of unhandled rejections and of dpg-error events,
// helpers the tests call, then dpg-kit from the CDN build. CSP violations are recorded by the
// e2e harness (`openPage`), which sees them from before the first script.
const PAGE_SCRIPT = `
window.__pwnedCount = 0;
window.${TRIPWIRE} = () => { window.__pwnedCount += 1; };
window.__unhandled = [];
window.addEventListener('unhandledrejection', (event) => {
  window.__unhandled.push(String(event.reason && event.reason.message || event.reason));
});
window.__errorEvents = [];
document.addEventListener('dpg-error', (event) => {
  const marked = event.target.closest && event.target.closest('[data-fault]');
  window.__errorEvents.push({ tag: event.target.localName, fault: marked && marked.getAttribute('data-fault'), code: event.detail.error.code, message: event.detail.error.message });
});

/** Every node below the document, through open shadow roots. */
function* deep(root) {
  const pending = [root];
  while (pending.length > 0) {
    const node = pending.pop();
    yield node;
    if (node.shadowRoot) pending.push(node.shadowRoot);
    for (const child of node.children ?? []) pending.push(child);
  }
}

/** Creates elements from plain specs: { tag, attrs, props, children }. */
function create(spec) {
  const element = document.createElement(spec.tag);
  for (const [name, value] of Object.entries(spec.attrs ?? {})) element.setAttribute(name, value);
  for (const [name, value] of Object.entries(spec.props ?? {})) element[name] = value;
  for (const child of spec.children ?? []) element.append(create(child));
  return element;
}

window.__test = {
  mount(specs) {
    const stage = document.getElementById('stage');
    for (const spec of specs) stage.append(create(spec));
  },
  clear() {
    document.getElementById('stage').replaceChildren();
  },
  /** The dpg-* elements and their states, e.g. { 'dpg-card': { ready: 3, error: 1 } }. */
  states() {
    const states = {};
    for (const node of deep(document.documentElement)) {
      if (!node.localName || !node.localName.startsWith('dpg-') || node.localName === 'dpg-provider') continue;
      const byState = (states[node.localName] ??= {});
      const state = customElements.get(node.localName) ? String(node.state) : 'undefined';
      byState[state] = (byState[state] ?? 0) + 1;
    }
    return states;
  },
  /** Every href and src on the page, shadow roots included, and every inline handler attribute. */
  urls() {
    const found = { links: [], sources: [], handlers: [], scripts: 0, iframes: 0 };
    for (const node of deep(document.documentElement)) {
      if (!node.getAttribute) continue;
      if (node.localName === 'a' && node.hasAttribute('href')) found.links.push(node.href);
      if (node.hasAttribute('src')) found.sources.push(node.getAttribute('src'));
      if (node.hasAttribute('xlink:href')) found.sources.push(node.getAttribute('xlink:href'));
      for (const attr of node.attributes) if (/^on/i.test(attr.name)) found.handlers.push(node.localName + ' ' + attr.name);
      if (node.localName === 'script' && node.getRootNode() !== document) found.scripts += 1;
      if (node.localName === 'iframe' || node.localName === 'object' || node.localName === 'embed') found.iframes += 1;
    }
    return found;
  },
  /**
   * Mounts and unmounts \`spec\` (a provider around one element) \`cycles\` times, each time
   * leaving it one task (every other cycle 20 ms, so that requests reach the server too);
   * returns how many were still loading when they were taken off the page.
   */
  async cycle(spec, cycles) {
    const stage = document.getElementById('stage');
    let loading = 0;
    for (let i = 0; i < cycles; i++) {
      const provider = create(spec);
      stage.append(provider);
      const element = provider.firstElementChild;
      await element.updateComplete;
      await new Promise((resolve) => setTimeout(resolve, i % 2 === 0 ? 0 : 20));
      if (element.state === 'loading') loading += 1;
      provider.remove();
    }
    return loading;
  },
  /** The visible text of every shadow root below the elements matching \`selector\`, one string. */
  text(selector) {
    const parts = [];
    for (const root of document.querySelectorAll(selector)) for (const node of deep(root)) {
      if (node instanceof ShadowRoot) {
        for (const child of node.childNodes) if (child.localName !== 'style') parts.push(child.textContent ?? '');
      }
    }
    return parts.join(' ');
  },
};

await import('./cdn/dpg-kit.js');
window.__ready = true;
`;

const PAGE = `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>dpg-kit under attack</title>
<script type="module" src="/page.js"></script></head>
<body><main id="stage"></main></body>
</html>`;

export interface HostileSite {
  readonly origin: string;
  url(path: string): string;
  hits(path: string): number;
  /** Requests whose connection is still open. */
  open(): number;
  /** Headers of every request, by path, in order. */
  headers(path: string): IncomingHttpHeaders[];
  close(): Promise<void>;
}

export interface SiteOptions {
  /** The page's Content-Security-Policy. */
  csp: string;
  /** Static JSON bodies by path. */
  json?: Record<string, string>;
  /** Behaviours by path. */
  routes?: Record<string, Route>;
  /** A cookie the page response sets, to prove none is sent back. */
  cookie?: string;
}

/** Starts the site on a free port of 127.0.0.1; dpg-kit is served from dist/cdn at `/cdn/`. */
export async function startHostileSite({ csp, json = {}, routes = {}, cookie }: SiteOptions): Promise<HostileSite> {
  if (!existsSync(CDN_ENTRY)) throw new Error('dist/cdn/dpg-kit.js is missing: run `npm run build` first');
  let open = 0;
  const hits = new Map<string, number>();
  const seen = new Map<string, IncomingHttpHeaders[]>();
  const track = (req: IncomingMessage, res: ServerResponse) => {
    const path = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
    hits.set(path, (hits.get(path) ?? 0) + 1);
    seen.set(path, [...(seen.get(path) ?? []), req.headers]);
    open++;
    res.once('close', () => open--);
  };
  const all: Record<string, Route> = {
    '/': (_req, res) => res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-security-policy': csp, ...(cookie ? { 'set-cookie': cookie } : {}) }).end(PAGE),
    '/page.js': (_req, res) => res.writeHead(200, { 'content-type': 'text/javascript; charset=utf-8' }).end(PAGE_SCRIPT),
  };
  for (const [path, body] of Object.entries(json)) all[path] = (_req, res) => res.writeHead(200, { 'content-type': 'application/json' }).end(body);
  Object.assign(all, routes);
  // Each route learns how many times its path was asked for, this request included.
  const counted = Object.fromEntries(Object.entries(all).map(([path, route]) => [path, (req: IncomingMessage, res: ServerResponse) => route(req, res, hits.get(path) ?? 0)]));
  const site = await startSite({ routes: counted, onRequest: track });
  return {
    origin: site.origin,
    url: site.url,
    hits: (path) => hits.get(path) ?? 0,
    open: () => open,
    headers: (path) => seen.get(path) ?? [],
    close: site.close,
  };
}
