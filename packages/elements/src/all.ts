/**
 * Every dpg-kit element: the CDN entry. `<script type="module" src=".../dpg-kit.js">` and every
 * tag works.
 *
 * The provider, card and badge are defined at once, in this module: they are what most pages
 * show, and a card paints its loading state without waiting for anything else. The larger
 * elements (the Communities of Practice table, the pilot map and list, the registry browser)
 * are separate chunks that the autoloader requests when their tag is on the page or appears on
 * it later (also inside an element's shadow root), and never otherwise: a page with one card
 * downloads no map. `defineAll()` loads them all, for a page that creates tags from script and
 * wants them defined first.
 *
 * The provider comes first so that a provider and its children parsed together upgrade in
 * document order; elements defined a moment later still find their provider (it answers
 * context requests whenever they come).
 */
import { getDefaultClient, type DpgClient } from '@dpg-kit/sdk';
import { ContextEvent } from '@lit/context';
import { clientContext } from './base/context.js';
import './define/dpg-provider.js';
import './define/dpg-card.js';
import './define/dpg-badge.js';
import { startAutoloader, type Autoloader } from './base/autoload.js';

/** A partner's own language for every element, from the CDN entry too (`lang="sw"`, say). */
export { registerLanguage, type LanguagePack } from './base/i18n/languages.js';

const LAZY_TAGS = {
  'dpg-cop-table': () => import('./define/dpg-cop-table.js'),
  'dpg-pilot-map': () => import('./define/dpg-pilot-map.js'),
  'dpg-pilot-list': () => import('./define/dpg-pilot-list.js'),
  'dpg-registry': () => import('./define/dpg-registry.js'),
};

/**
 * What an element asks its client for first, started alongside its chunk instead of after it.
 * A client loads each source once, so the element's own queries share these loads.
 */
const FIRST_DATA: Record<string, (client: DpgClient) => Promise<unknown>> = {
  'dpg-cop-table': (client) => client.cops.list(),
  'dpg-pilot-map': (client) => client.pilots.list(),
  'dpg-pilot-list': (client) => client.pilots.list(),
  // The first page (a few kB) before the index: the registry paints from it, then the index
  // and the pilots load behind.
  'dpg-registry': (client) => client.dpgs.facets().then(() => client.pilots.countries()),
};

/**
 * The client `element` will use: its provider's (asked the way the element will ask, through
 * the context; providers are defined by now), or the default one.
 */
function clientOf(element: Element): DpgClient | undefined {
  if (!element.closest('dpg-provider')) return getDefaultClient();
  let provided: DpgClient | undefined;
  element.dispatchEvent(new ContextEvent(clientContext, element, (client: DpgClient | undefined) => (provided = client)));
  return provided;
}

function startFirstData(tag: string, element: Element): void {
  const first = FIRST_DATA[tag];
  const client = first && clientOf(element);
  if (client) first(client).catch(() => undefined); // the element reports its own load errors
}

const autoloader: Autoloader | undefined =
  typeof document === 'undefined' ? undefined : startAutoloader(LAZY_TAGS, startFirstData);

/**
 * Defines every dpg-kit tag now, including those not on the page yet; resolves once all are
 * defined. Rejects when a chunk could not be loaded.
 */
export function defineAll(): Promise<void> {
  return autoloader?.defineAll() ?? Promise.resolve();
}
