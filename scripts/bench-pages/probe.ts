// The clock of the embed bench, run in the page before any of its own scripts.
//
// Every animation frame from the start, it looks for the thing the visitor came for: the card's
// name in the card's shadow root, the badge in its ready state, the registry's first result's
// name, or the plain page's name. The first frame whose callbacks see it is the frame that
// paints it (callbacks run before that frame's style, layout and paint), so the time recorded
// there, from navigation start, is "on screen". A not-found, empty or error state ends the
// wait with an error instead, so a broken page is never timed as a slow one.
//
// Kept as source text: a function compiled for Node may call helpers the page does not have.

/** What the bench waits for on a page. */
export type ProbeKind = 'card' | 'badge' | 'registry' | 'plain';

/** What the probe leaves in `window.__benchReady`. */
export type ProbeResult = { ms: number; text: string } | { error: string };

export const PROBE = String.raw`(kind) => {
  // The name counts once it has its final styles: every style sheet its shadow root links (a
  // server-rendered card's, under a strict policy) has arrived. Chromium stops the parser at
  // such a link until then, so this only makes sure; a client-rendered card links none.
  const styled = (card) => [...(card?.shadowRoot?.querySelectorAll('link[rel="stylesheet"]') ?? [])].every((link) => link.sheet);
  const nameIn = (card) => (styled(card) ? card?.shadowRoot?.querySelector('[part="name"]')?.textContent?.trim() : undefined);
  const failedIn = (card) => card?.shadowRoot?.querySelector('[part="not-found"], [part="empty"], .error-text');
  const registryCard = () => document.querySelector('dpg-registry')?.shadowRoot?.querySelector('dpg-card');
  const checks = {
    card: () => [nameIn(document.querySelector('dpg-card')), failedIn(document.querySelector('dpg-card'))],
    badge: () => {
      const badge = document.querySelector('dpg-badge');
      const label = badge?.shadowRoot?.querySelector('[part="label"]')?.textContent?.trim();
      return [badge?.state === 'ready' && label, ['not-found', 'empty', 'error'].includes(badge?.state)];
    },
    registry: () => [nameIn(registryCard()), failedIn(registryCard())],
    plain: () => [document.querySelector('[data-bench="name"]')?.textContent?.trim(), false],
  };
  const check = checks[kind];
  const done = (result) => { window.__benchReady ??= result; };
  addEventListener('dpg-error', (event) => done({ error: 'dpg-error ' + (event.detail?.error?.code ?? '') + ': ' + (event.detail?.error?.message ?? '') }), true);
  const frame = () => {
    if (window.__benchReady) return;
    const [text, failed] = check();
    if (text) return done({ ms: performance.now(), text });
    if (failed) return done({ error: kind + ' shows no data (not found, empty or error state)' });
    requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
}`;
