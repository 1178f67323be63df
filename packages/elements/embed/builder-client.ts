/**
 * The builder searches the registry with the SDK client that its preview's `<dpg-provider>`
 * already holds, asked for through the context protocol the elements themselves use (the key is
 * the string `dpg-kit/client`, shared by every copy of dpg-kit). The builder thus bundles no
 * second copy of the SDK and its data, and search and preview share one loaded registry.
 */
import type { DpgClient } from '@dpg-kit/sdk';

interface ContextRequest extends Event {
  context: string;
  contextTarget: Element;
  subscribe: boolean;
  callback: (value: DpgClient | undefined) => void;
}

/** The client of the `<dpg-provider>` around `from`; rejects when there is none. */
export async function providedClient(from: Element): Promise<DpgClient> {
  await customElements.whenDefined('dpg-provider');
  let client: DpgClient | undefined;
  const request = Object.assign(new Event('context-request', { bubbles: true, composed: true }), {
    context: 'dpg-kit/client',
    contextTarget: from,
    subscribe: false,
    callback: (value: DpgClient | undefined) => {
      client = value;
    },
  }) satisfies ContextRequest;
  // A provider answers while the event is dispatched.
  from.dispatchEvent(request);
  if (!client) throw new Error('dpg-kit builder: no <dpg-provider> answered; keep the builder inside one.');
  return client;
}
