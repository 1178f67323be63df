/**
 * Shared test helpers. Clients are real SDK clients: the embedded snapshot, or an HTTP source
 * pointed at a port that refuses connections (port 9, "discard", is closed on test machines).
 */
import { fixtureSync } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import { createClient, DpgError, httpSource, snapshotSource, type DpgClient, type LoadOptions, type RegistrySource } from '@dpg-kit/sdk';

export const REFUSED_URL = 'http://127.0.0.1:9/none.json';

/** A client whose registry cannot be reached: every DPG query fails with a `network` error. */
export function unreachableClient(): DpgClient {
  return createClient({ registry: httpSource(REFUSED_URL, { retries: 0 }) });
}

/** A client whose Communities of Practice cannot be loaded. */
export function unreachableCopsClient(): DpgClient {
  // No retries: the error state is what the test wants, not the backoff.
  return createClient({ cops: REFUSED_URL, http: { retries: 0 } });
}

/** A client with no Communities of Practice at all (a partner file that replaces the built-in ones). */
export function noCopsClient(): DpgClient {
  return createClient({ cops: { format: 'dpg-kit/cops', version: 1, cops: [] }, copsMode: 'replace' });
}

/** Elements that load data expose this; it resolves once the result is rendered. */
export interface Loadable extends HTMLElement {
  loadComplete(): Promise<void>;
  updateComplete: Promise<boolean>;
}

/**
 * Waits for a `lang` attribute change to reach an element. The change queued the element's
 * MutationObserver callback as a microtask; one more microtask runs after it, and then the
 * element's re-render completes.
 */
export async function langApplied(element: Loadable): Promise<void> {
  await Promise.resolve();
  // The strings of a language other than English load with its first use.
  await (element as Loadable & { i18n?: { loaded: Promise<void> } }).i18n?.loaded;
  await element.updateComplete;
}

/** The shadow root of `element`, asserted to exist. */
export function shadow(element: Element): ShadowRoot {
  const root = element.shadowRoot;
  if (!root) throw new Error(`${element.localName} has no shadow root`);
  return root;
}

/** Text content of the first match in the shadow root, whitespace collapsed. */
export function textOf(element: Element, selector: string): string {
  const found = shadow(element).querySelector(selector);
  if (!found) throw new Error(`nothing matches ${selector} in ${element.localName}`);
  return (found.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/**
 * The embedded snapshot behind a gate the test opens: the element stays in its loading state
 * until `open()`, and `signals` shows every AbortSignal the client handed to the source.
 */
export function gatedClient(): { client: DpgClient; open: () => void; signals: AbortSignal[] } {
  const snapshot = snapshotSource();
  const signals: AbortSignal[] = [];
  let open!: () => void;
  const gate = new Promise<void>((resolve) => (open = resolve));
  const source: RegistrySource = {
    name: 'gated snapshot',
    async load(options: LoadOptions = {}) {
      const { signal } = options;
      if (signal) signals.push(signal);
      await new Promise<void>((resolve, reject) => {
        void gate.then(resolve);
        signal?.addEventListener('abort', () => reject(new DpgError('aborted', 'aborted by the test')), { once: true });
      });
      return snapshot.load(options);
    },
    loadFull: (id, options) => snapshot.loadFull!(id, options),
  };
  return { client: createClient({ registry: source }), open, signals };
}

/**
 * Renders `template` and waits for the dpg-kit elements in it to render. Unlike `fixture()`,
 * it never waits for an animation frame (which a page in a background tab does not get when
 * test files run side by side), only for the elements' own update cycles.
 */
export async function mount<T extends Element>(template: TemplateResult): Promise<T> {
  const root = fixtureSync<T>(template);
  const elements = [root, ...root.querySelectorAll('*')].filter((el) => el.localName.startsWith('dpg-'));
  await Promise.all(elements.map((el) => (el as Partial<Loadable>).updateComplete));
  return root;
}
