/**
 * The messages `embed.html` (inside an iframe) sends to the page around it, and the one check
 * that page's helper, `dpg-embed.js`, runs on every message before it believes one.
 *
 * Both are small and versioned: `{ type, version, id, ... }`. `type` names the message,
 * `version` is 1 (a later, incompatible shape gets a new number and old helpers ignore it), and
 * `id` is the frame's own `id` query parameter, or null, for a host page that listens itself.
 * They carry nothing private (a height in CSS pixels, a DPG id from public data), so the frame
 * posts them to any parent origin; the parent checks origin, source and shape.
 */

export const EMBED_PROTOCOL_VERSION = 1;

/** The frame's content is `height` CSS pixels tall. */
export interface EmbedHeightMessage {
  type: 'dpg-embed:height';
  version: typeof EMBED_PROTOCOL_VERSION;
  id: string | null;
  height: number;
}

/** The reader chose a DPG inside the frame (the element's `dpg-select` event). */
export interface EmbedSelectMessage {
  type: 'dpg-embed:select';
  version: typeof EMBED_PROTOCOL_VERSION;
  id: string | null;
  dpgId: string;
}

export type EmbedMessage = EmbedHeightMessage | EmbedSelectMessage;

/** Taller than any element gets; a bigger number is not a height this protocol sends. */
const MAX_HEIGHT = 100_000;

/** An `id` query parameter the frame repeats in its messages: short, plain characters only. */
export const FRAME_ID = /^[A-Za-z0-9_-]{1,64}$/;

/** `data` as an embed message when it has exactly the expected shape; null for anything else. */
export function readEmbedMessage(data: unknown): EmbedMessage | null {
  if (typeof data !== 'object' || data === null) return null;
  const message = data as Record<string, unknown>;
  if (message.version !== EMBED_PROTOCOL_VERSION) return null;
  const id = message.id === null || (typeof message.id === 'string' && FRAME_ID.test(message.id)) ? message.id : undefined;
  if (id === undefined) return null;
  if (message.type === 'dpg-embed:height') {
    const { height } = message;
    if (typeof height !== 'number' || !Number.isFinite(height) || height < 0 || height > MAX_HEIGHT) return null;
    return { type: message.type, version: EMBED_PROTOCOL_VERSION, id, height };
  }
  if (message.type === 'dpg-embed:select') {
    const { dpgId } = message;
    if (typeof dpgId !== 'string' || dpgId.length === 0 || dpgId.length > 200) return null;
    return { type: message.type, version: EMBED_PROTOCOL_VERSION, id, dpgId };
  }
  return null;
}
