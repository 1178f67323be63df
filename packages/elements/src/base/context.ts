/**
 * The context through which `<dpg-provider>` hands one client to every element inside it.
 *
 * The key is a string, not a Symbol, on purpose: a provider from the CDN bundle and a card from
 * a partner's npm bundle are different copies of this module, and they must still find each other.
 */
import { ContextRoot, createContext } from '@lit/context';
import type { DpgClient } from '@dpg-kit/sdk';

export const clientContext = createContext<DpgClient | undefined>('dpg-kit/client');

const ROOT_KEY = Symbol.for('dpg-kit.context-root');

/**
 * Makes a provider that upgrades after its children still reach them. With separate define
 * files in any order (card first, provider second), a card asks for the client before any
 * provider exists; the ContextRoot keeps that request and replays it when the provider
 * arrives. One per document, whichever copy of dpg-kit comes first.
 */
export function ensureContextRoot(doc: Document = document): void {
  const holder = doc as Document & { [ROOT_KEY]?: ContextRoot };
  if (holder[ROOT_KEY]) return;
  holder[ROOT_KEY] = new ContextRoot();
  holder[ROOT_KEY].attach(doc.documentElement);
}
