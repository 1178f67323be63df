/**
 * What a page's `<head>` holds for its server-rendered elements: a preload of each element's
 * style sheet, so that it is on its way before the parser reaches the element's shadow root,
 * and the two scripts that hydrate the elements, the hydration support first.
 */
import { stylesheetFile } from './stylesheets.js';
import type { ServerTag } from './tags.js';

export interface HeadLinksOptions {
  /** The URL of the folder holding `dpg-kit.js` and `dpg-kit-hydrate.js`, ending with `/`. Default `/cdn/`. */
  cdn?: string;
  /** The URL of the style sheets' folder, as given to `renderElement`. Default: `ssr/` in `cdn`. */
  stylesheets?: string;
  /** Leave the scripts out, for a page that is to stay static (its elements never hydrate). */
  scripts?: boolean;
}

function escapeAttribute(text: string): string {
  return text.replaceAll('&', '&amp;').replaceAll('"', '&quot;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
}

/** The head's HTML for a page holding `tags` (each listed once, however often it appears). */
export function headLinks(tags: Iterable<ServerTag>, options: HeadLinksOptions = {}): string {
  const cdn = options.cdn ?? '/cdn/';
  const stylesheets = options.stylesheets ?? `${cdn}ssr/`;
  const preloads = [...new Set(tags)].sort().map((tag) => `<link rel="preload" as="style" href="${escapeAttribute(`${stylesheets}${stylesheetFile(tag)}`)}">`);
  const scripts = options.scripts === false ? [] : ['dpg-kit-hydrate.js', 'dpg-kit.js'].map((file) => `<script type="module" src="${escapeAttribute(`${cdn}${file}`)}"></script>`);
  return [...preloads, ...scripts].join('\n');
}
