/**
 * Stable ids: the slug of a DPG's name, or the basename of a legacy record's `_file`.
 *
 * Slugs follow the registry's own page addresses (`digitalpublicgoods.net/r/<slug>`): accents
 * dropped, lower case, punctuation dropped ("Compar:IA" → `comparia`, "Wikirate.org" →
 * `wikirateorg`), spaces and dashes as one `-`. For legacy records the `_file` basename
 * is the id the registry used, so it wins over the name ("NMF.earth" is `nmf.earth`).
 */

import { stripAccents } from './fold.js';

const PUNCTUATION = /[^\p{L}\p{N}\s_-]+/gu;
const NOT_ASCII_SLUG = /[^a-z0-9\s_-]+/g;
const NON_ASCII = /[\u0080-\uffff]/;
const SEPARATORS = /[\s_-]+/g;
const EDGE_DASHES = /^-+|-+$/g;
const SAFE_SLUG = /^[a-z0-9](?:[a-z0-9._-]{0,98}[a-z0-9])?$/;
const MAX_SLUG = 100;

/**
 * The slug of a name: `"Aam Digital"` → `aam-digital`, `"SantéMPI"` → `santempi`.
 * Empty when the name has no Latin letters or digits (the caller then needs another id).
 */
export function slugify(name: string): string {
  // Most names are ASCII: decomposing changes nothing there, and on ASCII the Unicode-aware
  // PUNCTUATION pass removes exactly what NOT_ASCII_SLUG removes after lower-casing.
  const folded = NON_ASCII.test(name) ? stripAccents(name).replace(PUNCTUATION, '') : name;
  const slug = folded
    .toLowerCase()
    .replace(NOT_ASCII_SLUG, '')
    .replace(SEPARATORS, '-')
    .replace(EDGE_DASHES, '');
  return slug.length <= MAX_SLUG ? slug : slug.slice(0, MAX_SLUG).replace(EDGE_DASHES, '');
}

/** True when `id` is a slug dpg-kit can use as is: lower case, digits, `.`, `_`, `-`, ≤ 100 characters. */
export function isSlug(id: string): boolean {
  return SAFE_SLUG.test(id) && !id.includes('..');
}

/**
 * The id of a legacy record from its `_file` path (`nominees/aam-digital.json` →
 * `aam-digital`): the basename as is when it is a safe slug, else its slugified form; null
 * when nothing usable is left.
 */
export function slugFromFile(path: string): string | null {
  const base = path.slice(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1).replace(/\.json$/i, '');
  if (isSlug(base)) return base;
  const slug = slugify(base);
  return slug === '' ? null : slug;
}

/** Where the public registry shows a DPG: `https://www.digitalpublicgoods.net/r/<slug>`. */
export function registryPageUrl(slug: string): string {
  return `https://www.digitalpublicgoods.net/r/${encodeURIComponent(slug)}`;
}
