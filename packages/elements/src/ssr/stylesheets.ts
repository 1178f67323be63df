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
 * A server-rendered card keeps the line of its "Show more" toggle: whether the description is
 * clamped is known only after layout in the browser, and a toggle that appeared there after
 * hydration would push the rest of the card down (a layout shift). The cost: a card whose
 * description fits keeps an empty line where the toggle would be.
 */
const CARD_SERVER_RULES = `.toggle[hidden] { display: inline-block; visibility: hidden; }`;

/**
 * The text of `<tag>.css`: every style sheet of the element's shadow root, in order, and the
 * rules that stand for its style attributes (SDG colours from `client`, by default the
 * embedded snapshot's).
 */
export function stylesheetText(tag: ServerTag, client: DpgClient = getDefaultClient()): string {
  const styles = SERVER_ELEMENTS[tag].elementStyles.map((style) => ('cssText' in style ? style.cssText : '').trim());
  if (tag === 'dpg-card') styles.push(CARD_SERVER_RULES, sdgSwatchRules(client));
  return `${styles.join('\n')}\n`;
}

/** The file name of a tag's style sheet, inside the folder `stylesheets` points at. */
export function stylesheetFile(tag: ServerTag): string {
  return `${tag}.css`;
}
