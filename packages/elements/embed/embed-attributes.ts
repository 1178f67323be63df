/**
 * The tags `embed.html` shows and, for each, the attributes it takes from the query string:
 * each element's own attributes (its observed attributes; an end-to-end test keeps the two
 * lists equal). `lang` is not here: the embed page sets it on its document, and the element
 * follows it like any ancestor's.
 */
export const EMBEDDABLE = {
  'dpg-card': ['dpg-id', 'variant', 'heading-level', 'theme'],
  'dpg-badge': ['dpg-id', 'size', 'theme'],
  'dpg-cop-table': ['status', 'sort-by', 'sort-direction', 'caption', 'theme'],
  'dpg-pilot-map': ['pilot-ids', 'country', 'sector', 'dpg-id', 'selected', 'color-by', 'theme'],
  'dpg-pilot-list': ['pilot-ids', 'country', 'sector', 'dpg-id', 'group-by', 'heading-level', 'theme'],
  'dpg-registry': [
    'q',
    'sdg',
    'type',
    'license',
    'country',
    'stage',
    'sector',
    'sort',
    'view',
    'expand',
    'sync-url',
    'url-prefix',
    'page-size',
    'heading-level',
    'theme',
  ],
} as const satisfies Record<string, readonly string[]>;

export type EmbedTag = keyof typeof EMBEDDABLE;

export function isEmbedTag(tag: string | null): tag is EmbedTag {
  return tag !== null && Object.hasOwn(EMBEDDABLE, tag);
}

/** Whether `name` is one of `tag`'s attributes. */
export function isAttributeOf(tag: EmbedTag, name: string): boolean {
  return (EMBEDDABLE[tag] as readonly string[]).includes(name);
}

/** A BCP 47 language tag as the elements read it (`fr`, `pt-BR`, `ar-EG`). */
export const LANGUAGE_TAG = /^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8}){0,3}$/;

/** Languages written right to left, by primary subtag. */
const RTL = new Set(['ar', 'fa', 'he', 'ur', 'ps', 'dv', 'yi']);

export function directionOf(lang: string): 'ltr' | 'rtl' {
  return RTL.has(lang.split('-')[0]!.toLowerCase()) ? 'rtl' : 'ltr';
}
