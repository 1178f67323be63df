/**
 * The module of `embed.html`: shows one dpg-kit element, chosen by the page's query string, so
 * that a page which can only hold an iframe (most CMS editors) can show any element.
 *
 *   embed.html?el=dpg-card&dpg-id=dhis2&variant=full&lang=fr&theme=dark&bg=transparent
 *
 * - `el` must be one of the tags in EMBEDDABLE; every other parameter is either one of that
 *   element's attributes or one of the page's own (`lang`, `bg=transparent`, `links=new-tab`,
 *   `id`). Anything else is ignored, and named in one console warning. Values only ever become
 *   attribute values (never markup).
 * - The page tells its parent its height, and which DPG a reader chose, through the messages of
 *   embed-protocol.ts. The host page's `dpg-embed.js` resizes the frame from them.
 * - Links open outside the frame: the page's `<base target="_top">` applies to every link,
 *   those in the elements' shadow roots included; `links=new-tab` makes it `_blank` (which
 *   browsers open without an opener).
 *
 * It runs before dpg-kit.js (the page lists it first), so the element is in the document when
 * dpg-kit.js starts and its chunk is requested at once.
 */
import { directionOf, EMBEDDABLE, isAttributeOf, isEmbedTag, LANGUAGE_TAG, type EmbedTag } from './embed-attributes.js';
import { EMBED_PROTOCOL_VERSION, FRAME_ID, type EmbedMessage } from './embed-protocol.js';

const PAGE_PARAMETERS = new Set(['el', 'lang', 'bg', 'links', 'id']);
const THEMES = new Set(['light', 'dark', 'auto']);

const params = new URLSearchParams(location.search);
const root = document.getElementById('embed')!;
const frameId = FRAME_ID.test(params.get('id') ?? '') ? params.get('id') : null;

function post(message: EmbedMessage): void {
  if (window.parent !== window) window.parent.postMessage(message, '*');
}

/** Parameters that are neither the page's nor the element's: named once, then ignored. */
function warnIgnored(tag: EmbedTag | null): void {
  const ignored = [...params.keys()].filter((name) => !PAGE_PARAMETERS.has(name) && !(tag && isAttributeOf(tag, name)));
  if (ignored.length > 0) console.warn(`dpg-kit embed: ignored parameter(s) ${ignored.join(', ')}; known here: ${[...PAGE_PARAMETERS, ...(tag ? EMBEDDABLE[tag] : [])].join(', ')}.`);
}

function applyPageOptions(): void {
  const html = document.documentElement;
  const lang = params.get('lang');
  if (lang && LANGUAGE_TAG.test(lang)) {
    html.lang = lang;
    html.dir = directionOf(lang);
  }
  const theme = params.get('theme');
  html.dataset.theme = theme && THEMES.has(theme) ? theme : 'auto';
  if (params.get('bg') === 'transparent') html.dataset.background = 'transparent';
  if (params.get('links') === 'new-tab') document.querySelector('base')?.setAttribute('target', '_blank');
}

function createElementFor(tag: EmbedTag): HTMLElement {
  const element = document.createElement(tag);
  for (const [name, value] of params) if (isAttributeOf(tag, name)) element.setAttribute(name, value);
  return element;
}

/** Posts the content's height now and whenever it changes (data arrives, "Show more", a wider frame). */
function reportHeight(): void {
  let last = -1;
  const observer = new ResizeObserver(() => {
    const height = Math.ceil(root.getBoundingClientRect().height);
    if (height === last) return;
    last = height;
    post({ type: 'dpg-embed:height', version: EMBED_PROTOCOL_VERSION, id: frameId, height });
  });
  observer.observe(root);
}

function start(): void {
  applyPageOptions();
  const tag = params.get('el');
  warnIgnored(isEmbedTag(tag) ? tag : null);
  if (!isEmbedTag(tag)) {
    const message = document.createElement('p');
    message.className = 'problem';
    message.textContent = `Nothing to show: the address needs el= with one of ${Object.keys(EMBEDDABLE).join(', ')}.`;
    root.replaceChildren(message);
    reportHeight();
    return;
  }
  document.title = `${tag} · dpg-kit`;
  root.replaceChildren(createElementFor(tag));
  document.addEventListener('dpg-select', (event) => {
    post({ type: 'dpg-embed:select', version: EMBED_PROTOCOL_VERSION, id: frameId, dpgId: event.detail.id });
  });
  // Until the element is defined it has no height: reporting then would shrink the frame to
  // nothing for a moment.
  void customElements.whenDefined(tag).then(reportHeight);
}

start();
