/**
 * Country codes without country-name data: ISO 3166-1 alpha-2 → numeric, and display names
 * through `Intl.DisplayNames`. Kept apart from the name matcher (countries.ts) so that a page
 * showing DPGs does not download every country's aliases.
 */
import { iso31661Alpha2ToNumeric } from 'iso-3166/1-a2-to-1-n.js';

/** Code, numeric code and English name of a country. */
export interface CountryInfo {
  /** ISO 3166-1 alpha-2, upper case. */
  code: string;
  /** ISO 3166-1 numeric as three digits, or null (Kosovo has none). */
  numeric: string | null;
  name: string;
}

/** Kosovo is not in ISO 3166-1 but is in the registry's data, under the user-assigned XK. */
const EXTRA_CODES = ['XK'];

/** True when `code` is an ISO 3166-1 alpha-2 code (upper case) or XK. */
export function isCountryCode(code: string): boolean {
  return Object.hasOwn(iso31661Alpha2ToNumeric, code) || EXTRA_CODES.includes(code);
}

/** ISO 3166-1 numeric code as a three-digit string ("404" for KE); undefined for XK or unknown codes. */
export function alpha2ToNumeric(code: string): string | undefined {
  const upper = code.toUpperCase();
  return Object.hasOwn(iso31661Alpha2ToNumeric, upper) ? iso31661Alpha2ToNumeric[upper] : undefined;
}

const displayNames = new Map<string, Intl.DisplayNames | null>();

function displayNamesFor(lang: string): Intl.DisplayNames | null {
  let names = displayNames.get(lang);
  if (names === undefined) {
    try {
      names = new Intl.DisplayNames([lang, 'en'], { type: 'region', fallback: 'none' });
    } catch {
      names = null; // a malformed language tag, or a runtime without Intl.DisplayNames
    }
    displayNames.set(lang, names);
  }
  return names;
}

/**
 * The name of a country in `lang` (a BCP 47 tag), through `Intl.DisplayNames`; the code itself
 * when the code or the runtime knows no name, so a caller always has something to print.
 */
export function countryName(code: string, lang = 'en'): string {
  const upper = code.toUpperCase();
  if (!isCountryCode(upper)) return code;
  let name: string | undefined;
  try {
    name = displayNamesFor(lang)?.of(upper);
  } catch {
    name = undefined;
  }
  return name ?? (upper === 'XK' ? 'Kosovo' : upper);
}

/** Code, numeric code and English name of a country; undefined when the code is not known. */
export function countryInfo(code: string): CountryInfo | undefined {
  const upper = code.toUpperCase();
  if (!isCountryCode(upper)) return undefined;
  return { code: upper, numeric: alpha2ToNumeric(upper) ?? null, name: countryName(upper, 'en') };
}
