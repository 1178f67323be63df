/**
 * The rows of the Tokens page, read from the elements' own styles and manifest when Storybook
 * builds, so the page lists exactly the tokens the elements read, with the values they use.
 *
 * System tokens come from `themeStyles` (theme.styles.ts): each `var(--dpg-…, default)` in its
 * `:host` rule gives the light value, and the same token in its `:host([theme='dark'])` rule
 * the dark one (a token the dark rule does not repeat keeps its value). Component tokens come
 * from the manifest's `@cssprop` entries, and inherit the system colour their default names.
 */
import manifest from '../../packages/elements/custom-elements.json' with { type: 'json' };
import { themeStyles } from '../../packages/elements/src/base/theme.styles.js';

export interface TokenRow {
  name: string;
  description: string;
  light: string;
  dark: string;
  /** Whether the values are colours (the page draws swatches for them). */
  colour: boolean;
  /** The elements that read the token; empty for system tokens, which every element reads. */
  elements: string[];
}

const DARK_RULE = ":host([theme='dark'])";
const TOKEN_DEFAULT = /var\((--dpg-[\w-]+),\s*(.*?)\);/g;
const COLOUR_VALUE = /^(#[0-9a-f]{3,8}|rgb|hsl|oklch)/i;

/** A manifest description as page text: the default has its own columns, code marks go. */
const plain = (description: string) => description.replace(/\s*\(default: [^)]*\)/, '').replaceAll('`', '');

function defaults(cssText: string): Map<string, string> {
  return new Map([...cssText.matchAll(TOKEN_DEFAULT)].map((match) => [match[1] ?? '', (match[2] ?? '').trim()] as [string, string]));
}

/** Every `--dpg-*` custom property of an element in the manifest: its description and tags. */
function manifestTokens(): Map<string, { description: string; elements: string[] }> {
  const tokens = new Map<string, { description: string; elements: string[] }>();
  for (const mod of manifest.modules) {
    for (const declaration of mod.declarations ?? []) {
      if (!('cssProperties' in declaration) || !declaration.cssProperties) continue;
      const tag = 'tagName' in declaration ? declaration.tagName : undefined;
      for (const property of declaration.cssProperties) {
        const entry = tokens.get(property.name) ?? { description: property.description ?? '', elements: [] };
        if (tag && !entry.elements.includes(tag)) entry.elements.push(tag);
        tokens.set(property.name, entry);
      }
    }
  }
  return tokens;
}

/** The system tokens, in the order theme.styles.ts sets them. */
export function systemTokens(cssText = themeStyles.cssText): TokenRow[] {
  const darkAt = cssText.indexOf(DARK_RULE);
  const light = defaults(darkAt < 0 ? cssText : cssText.slice(0, darkAt));
  const dark = defaults(darkAt < 0 ? '' : cssText.slice(darkAt, cssText.indexOf('}', darkAt)));
  const described = manifestTokens();
  return [...light].map(([name, lightValue]) => ({
    name,
    description: plain(described.get(name)?.description ?? ''),
    light: lightValue,
    dark: dark.get(name) ?? lightValue,
    colour: COLOUR_VALUE.test(lightValue),
    elements: [],
  }));
}

/** The tokens of one kind of element, each with the system colour its default refers to. */
export function componentTokens(system = systemTokens()): TokenRow[] {
  const systemByName = new Map(system.map((row) => [row.name, row]));
  const rows: TokenRow[] = [];
  for (const [name, { description, elements }] of manifestTokens()) {
    if (systemByName.has(name)) continue;
    const inherited = systemByName.get(/^[^(]*\(default: `(--dpg-color-[\w-]+)`\)/.exec(description)?.[1] ?? '');
    const fallback = /\(default: ([^)]*)\)/.exec(description)?.[1]?.replaceAll('`', '') ?? '';
    rows.push({
      name,
      description: plain(description),
      light: inherited?.light ?? fallback,
      dark: inherited?.dark ?? fallback,
      colour: inherited?.colour ?? false,
      elements,
    });
  }
  return rows;
}
