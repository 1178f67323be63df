// An element that comes with a shadow root from the HTML (declarative shadow DOM, as a server
// renders it) loads its data before its first update, which then shows the data at once: the
// update that hydrates the server's HTML must render what the server rendered, never a
// loading state. Elements created in the browser keep their loading state.
import { expect } from '@open-wc/testing';
import type { DpgBadge } from '../../packages/elements/src/dpg-badge/dpg-badge.js';
import type { DpgCard } from '../../packages/elements/src/dpg-card/dpg-card.js';
import '../../packages/elements/src/define/dpg-badge.js';
import '../../packages/elements/src/define/dpg-card.js';

/** Parses `markup` as a page would (declarative shadow roots attached) into a fresh container. */
function parse(markup: string): HTMLElement {
  const container = document.createElement('div');
  container.setHTMLUnsafe(markup);
  document.body.append(container);
  return container;
}

/** The state of each update, in order, from the first on. */
function recordStates(element: DpgCard | DpgBadge): string[] {
  const states: string[] = [];
  element.addController({ hostUpdated: () => states.push(element.state) });
  return states;
}

describe('a server-rendered element', () => {
  it('shows its data in its first update, with no loading state', async () => {
    const container = parse('<dpg-card dpg-id="dhis2"><template shadowrootmode="open"></template></dpg-card>');
    const card = container.querySelector('dpg-card') as DpgCard;
    const states = recordStates(card);
    await card.loadComplete();
    expect(states[0]).to.equal('ready');
    expect(states).not.to.include('loading');
    expect(card.shadowRoot!.querySelector('[part="name"]')?.textContent).to.equal('DHIS2');
    container.remove();
  });

  it('loads again on Retry, the preloaded value serving once', async () => {
    const container = parse('<dpg-badge dpg-id="dhis2"><template shadowrootmode="open"></template></dpg-badge>');
    const badge = container.querySelector('dpg-badge') as DpgBadge;
    await badge.loadComplete();
    const states = recordStates(badge);
    await badge.retry();
    await badge.loadComplete();
    expect(states).to.include('loading');
    expect(badge.state).to.equal('ready');
    container.remove();
  });

  it('still shows the loading state when created in the browser', async () => {
    const container = parse('<dpg-card dpg-id="dhis2"></dpg-card>');
    const card = container.querySelector('dpg-card') as DpgCard;
    const states = recordStates(card);
    await card.loadComplete();
    expect(states[0]).to.equal('loading');
    expect(card.state).to.equal('ready');
    container.remove();
  });
});
