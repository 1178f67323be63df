/**
 * Every dpg-kit element, defined: the CDN entry. `<script type="module" src=".../dpg-kit.js">`
 * and every tag works.
 *
 * The provider, card and badge are defined at once, in this module: they are what most pages
 * show first, and a card paints its loading state without waiting for anything else. The larger
 * elements (the Communities of Practice table, the pilot map and list, the registry browser) are
 * requested here too, in parallel, as separate chunks (those already on the page straight away,
 * the others when the browser is idle), so that a page with one card does not wait for a map.
 * The provider comes first so that a provider and its children parsed together upgrade in
 * document order; elements defined a moment later still find their provider (it answers
 * context requests whenever they come).
 */
import { getDefaultClient } from '@dpg-kit/sdk';
import './define/dpg-provider.js';
import './define/dpg-card.js';
import './define/dpg-badge.js';

/** Says which chunk failed, where: a folder copied without its `chunks/` is the usual cause. */
function reportMissingChunk(tag: string): (error: unknown) => void {
  return (error) =>
    console.error(`dpg-kit: <${tag}> could not be loaded; keep the chunks/ folder next to dpg-kit.js.`, error);
}

// Tags whose chunk some copy of dpg-kit on this page has already asked for, shared by every copy.
const LAZY_TAGS = Symbol.for('dpg-kit.lazy-tags');
const requested = ((globalThis as { [LAZY_TAGS]?: Set<string> })[LAZY_TAGS] ??= new Set<string>());

/**
 * Loads the chunk that defines `tag`. When a page loads dpg-kit twice, the first copy to ask
 * defines the tag, as it does for the tags defined up front: a later copy waits for that
 * definition before running its own, which `define()` then ignores (same version) or warns
 * about (another version), instead of racing it.
 */
function defineLater(tag: string, load: () => Promise<unknown>): void {
  const first = !requested.has(tag);
  requested.add(tag);
  (first ? load() : customElements.whenDefined(tag).then(load)).catch(reportMissingChunk(tag));
}

/**
 * A tag already in the document is requested at once; the others when the browser is idle, so
 * that the chunks a page shows do not share the first moments with chunks it may never use.
 * Every tag is defined either way.
 */
function defineSoon(tag: string, load: () => Promise<unknown>): void {
  if (typeof document === 'undefined' || document.getElementsByTagName(tag).length > 0 || typeof requestIdleCallback !== 'function') {
    defineLater(tag, load);
  } else {
    requestIdleCallback(() => defineLater(tag, load), { timeout: 1000 });
  }
}

defineSoon('dpg-cop-table', () => import('./define/dpg-cop-table.js'));
defineSoon('dpg-pilot-map', () => import('./define/dpg-pilot-map.js'));
defineSoon('dpg-pilot-list', () => import('./define/dpg-pilot-list.js'));
defineSoon('dpg-registry', () => import('./define/dpg-registry.js'));

/**
 * A registry outside any provider shows the embedded snapshot and the pilot countries as soon as
 * its chunk has run: both start loading now, alongside that chunk, rather than after it. The
 * default client loads each source once, so the registry's own queries share these loads.
 */
function preloadRegistryData(): void {
  if (typeof document === 'undefined') return;
  const registries = document.getElementsByTagName('dpg-registry');
  for (let i = 0; i < registries.length; i++) {
    if (!registries[i]!.closest('dpg-provider')) {
      getDefaultClient().pilots.countries().catch(() => undefined);
      return;
    }
  }
}

preloadRegistryData();
