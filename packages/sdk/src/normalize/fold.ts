/**
 * Accent and case folding, shared by every comparison key in the SDK (ids, aliases, search
 * terms, country and licence names, slugs), so that they all agree on what "the same" means.
 */

const NON_ASCII = /[\u0080-\uffff]/;
const COMBINING_MARKS = /[\u0300-\u036f]/g;

/**
 * Removes accents: "Côte" → "Cote". ASCII text, nearly all of it, is returned as it is
 * (decomposing changes nothing there), which keeps this cheap on hot paths.
 */
export function stripAccents(text: string): string {
  return NON_ASCII.test(text) ? text.normalize('NFKD').replace(COMBINING_MARKS, '') : text;
}

/** An accent- and case-insensitive key: "Educação" → "educacao". */
export function foldText(text: string): string {
  return stripAccents(text).toLowerCase();
}
