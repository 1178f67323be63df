/**
 * Clients for the stories' loading and error states. They are real SDK clients; "pending"
 * ones read from a source that never answers, so the loading state stays on screen.
 */
import { adaptAny, createClient, getDefaultClient, httpSource, type DpgClient, type RegistrySource } from '@dpg-kit/sdk';
import { syntheticRegistry } from '../scripts/synthetic.js';

/** An address that refuses connections: every load fails with a `network` error. */
export const REFUSED_URL = 'http://127.0.0.1:9/none.json';

const never = <T>() => new Promise<T>(() => undefined);

/** Registry data that never arrives (a partner source that hangs). */
const hangingRegistry: RegistrySource = { name: 'a registry that never answers', load: never };

export const pendingClient = (): DpgClient => createClient({ registry: hangingRegistry });

/**
 * The default client with Communities of Practice that never arrive. The SDK has no public
 * source type for CoPs to hang, so this one wraps the real client's other APIs unchanged.
 */
export const pendingCopsClient = (): DpgClient => ({ ...getDefaultClient(), cops: { list: never } });

export const unreachableClient = (): DpgClient => createClient({ registry: httpSource(REFUSED_URL, { retries: 0 }) });

export const unreachableCopsClient = (): DpgClient => createClient({ cops: REFUSED_URL });

export const noCopsClient = (): DpgClient =>
  createClient({ cops: { format: 'dpg-kit/cops', version: 1, cops: [] }, copsMode: 'replace' });

/** A registry of `count` synthetic records (the benchmark's generator): sizes the real registry has not reached. */
export const syntheticClient = (count: number): DpgClient =>
  createClient({
    registry: {
      name: `${count} synthetic records`,
      load: async () => ({ ...adaptAny(syntheticRegistry(count)), meta: { source: `${count} synthetic records` } }),
    },
  });

/** Waits until a dpg-kit element has rendered its data (or its error). */
export async function loaded(root: HTMLElement, tag: string): Promise<HTMLElement & { state: string; shadowRoot: ShadowRoot }> {
  const el = root.querySelector(tag) as HTMLElement & { state: string; shadowRoot: ShadowRoot; loadComplete(): Promise<void> };
  await customElements.whenDefined(tag);
  await el.loadComplete();
  return el;
}
