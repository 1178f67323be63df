/**
 * Each server-rendered element's styles as a CSS file's text. A server-rendered shadow root
 * links to that file instead of holding a `<style>` element: a strict policy
 * (`style-src 'self'`) blocks inline styles, and a linked file is also cached across pages.
 */
import { getDefaultClient, type DpgClient } from '@dpg-kit/sdk';
import { textOn } from '../base/sdg.js';
import { SERVER_ELEMENTS, type ServerTag } from './tags.js';

/** The attribute a server render writes in place of a `style` attribute (see `serverStyle`). */
export const SERVER_STYLE_ATTRIBUTE = 'data-server-style';

/**
 * Style attributes in the server's HTML, made CSP-safe: a strict policy refuses a `style`
 * attribute, so it becomes `data-server-style`, which a rule of the element's style sheet
 * matches. In the browser the element sets the same style through the CSSOM.
 */
export function serverStyle(markup: string): string {
  return markup.replace(/ style="([^"]*)"/g, ` ${SERVER_STYLE_ATTRIBUTE}="$1"`);
}

/**
 * The rules for the SDG colour chips the card renders (the one style attribute it writes),
 * for the 17 goals of `client`'s SDG table, as the card writes them.
 */
function sdgSwatchRules(client: DpgClient): string {
  return Array.from({ length: 17 }, (_, index) => client.sdgs.get(index + 1))
    .flatMap((sdg) => (sdg ? [`background: ${sdg.color}; color: ${textOn(sdg.color)}`] : []))
    .map((style) => `[${SERVER_STYLE_ATTRIBUTE}="${style}"] { ${style}; }`)
    .join('\n');
}

/**
 * The card's "Show more" toggle, decided by CSS alone in the server's HTML, so that it is right
 * in the first paint and hydration changes nothing on screen.
 *
 * - Scripting on: the clamped description is a scroll timeline, active only when the clamp
 *   hides text (the box then has somewhere to scroll). The toggle, hidden until the element
 *   measures the clamp after hydration, is shown by an animation on that timeline: where the
 *   text fits the timeline is inactive, the animation does nothing, and the toggle takes no
 *   line. After hydration the element shows the toggle itself where the text is clamped, and
 *   leaves it hidden, as this rule does, where it fits.
 * - Scripting off: no toggle could open the text, so the description is not clamped at all and
 *   the toggle is not shown.
 */
const CARD_SERVER_RULES = `[part~='card'] { timeline-scope: --dpg-card-description; }
.description.clamped { scroll-timeline: --dpg-card-description block; }
.toggle[hidden] {
  display: inline-block;
  position: absolute;
  visibility: hidden;
  animation: dpg-card-show-toggle linear both;
  animation-timeline: --dpg-card-description;
}
@keyframes dpg-card-show-toggle { from, to { position: static; visibility: visible; } }
@media (scripting: none) {
  .description.clamped { display: block; -webkit-line-clamp: unset; line-clamp: none; overflow: visible; }
  .toggle[hidden] { display: none; }
}`;

/**
 * The text of `<tag>.css`: every style sheet of the element's shadow root, in order, and the
 * rules that stand for its style attributes (SDG colours from `client`, by default the
 * embedded snapshot's).
 */
export function stylesheetText(tag: ServerTag, client: DpgClient = getDefaultClient()): string {
  const styles = SERVER_ELEMENTS[tag].elementStyles.map((style) => ('cssText' in style ? style.cssText : '').trim());
  if (tag === 'dpg-card') styles.push(CARD_SERVER_RULES, sdgSwatchRules(client));
  return `${compact(styles.join('\n'))}\n`;
}

/**
 * The rules without their comments and with each run of white space made one space: the
 * sheet is on the way to the first paint (a strict page waits for it), and this takes about a
 * quarter off its gzip size. One space, not none, so that attribute values in selectors
 * (`[data-server-style="background: …; color: …"]`) still match what the HTML holds.
 */
function compact(css: string): string {
  return css
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The file name of a tag's style sheet, inside the folder `stylesheets` points at. */
export function stylesheetFile(tag: ServerTag): string {
  return `${tag}.css`;
}
