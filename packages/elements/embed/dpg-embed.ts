/**
 * `dpg-embed.js`: an optional helper for a page that shows dpg-kit in iframes (`embed.html`).
 *
 *   <iframe src="https://cdn.example/dpg-kit/embed.html?el=dpg-card&dpg-id=dhis2" title="DHIS2"
 *           width="100%" height="320" data-dpg-embed></iframe>
 *   <script src="https://cdn.example/dpg-kit/dpg-embed.js" defer></script>
 *
 * Every `<iframe data-dpg-embed>` on the page (now or added later) then takes the height of its
 * content, so it never scrolls, and a reader's choice of a DPG inside it arrives as a
 * `dpg-select` event on the iframe (`event.detail.id` is the DPG's id). Without the helper the
 * frame keeps its `height` attribute and scrolls.
 *
 * A message is believed only when it comes from one of those frames' windows, from the origin
 * of that frame's `src`, and has exactly the shape of embed-protocol.ts. A page that loads the
 * helper twice listens once. It is a classic script, not a module: a page loads it from
 * another origin without the CORS headers a module would need.
 */
import { readEmbedMessage } from './embed-protocol.js';

const FRAMES = 'iframe[data-dpg-embed]';
const INSTALLED = Symbol.for('dpg-kit.embed-helper');

function originOf(frame: HTMLIFrameElement): string | null {
  try {
    return new URL(frame.src, document.baseURI).origin;
  } catch {
    return null;
  }
}

/** The embed frame that sent a message, or null when none of them did. */
function senderOf(event: MessageEvent): HTMLIFrameElement | null {
  for (const frame of document.querySelectorAll<HTMLIFrameElement>(FRAMES)) {
    if (frame.contentWindow === event.source && originOf(frame) === event.origin) return frame;
  }
  return null;
}

function onMessage(event: MessageEvent): void {
  const message = readEmbedMessage(event.data);
  if (!message) return;
  const frame = senderOf(event);
  if (!frame) return;
  if (message.type === 'dpg-embed:height') {
    // Through the CSSOM, which a strict `style-src` allows (a style attribute it would not).
    frame.style.height = `${Math.ceil(message.height)}px`;
  } else {
    frame.dispatchEvent(new CustomEvent('dpg-select', { detail: { id: message.dpgId, frameId: message.id }, bubbles: true, composed: true }));
  }
}

const host = window as Window & { [INSTALLED]?: true };
if (!host[INSTALLED]) {
  host[INSTALLED] = true;
  window.addEventListener('message', onMessage);
}
