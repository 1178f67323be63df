/**
 * The SDK's one country module: ISO 3166-1 alpha-2 codes, their numeric codes, and their names
 * in any language through `Intl.DisplayNames`. It carries no table of names, so a page showing
 * DPGs does not download one; reading the names a registry writes back into codes is another
 * job, done by country-names.ts, which only the adapters load.
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

/** Names in `lang`, else in English: a malformed tag gets English names rather than codes. */
function displayNamesFor(lang: string): Intl.DisplayNames | null {
  let names = displayNames.get(lang);
  if (names === undefined) {
    try {
      names = new Intl.DisplayNames([lang, 'en'], { type: 'region', fallback: 'none' });
    } catch {
      // A malformed language tag, or a runtime without Intl.DisplayNames (then English fails too).
      names = lang === 'en' ? null : displayNamesFor('en');
    }
    displayNames.set(lang, names);
  }
  return names;
}

/**
 * The name of a country in `lang` (a BCP 47 tag), through `Intl.DisplayNames`; in English when
 * the tag is malformed; "Kosovo" for XK and the code itself for any other code when the runtime
 * knows no name; the text as given when it is not a code. A caller always has something to print.
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
  // Some runtimes answer a code they cannot name with the code itself.
  if (name !== undefined && name !== upper) return name;
  return upper === 'XK' ? 'Kosovo' : upper;
}

/** Code, numeric code and English name of a country; undefined when the code is not known. */
export function countryInfo(code: string): CountryInfo | undefined {
  const upper = code.toUpperCase();
  if (!isCountryCode(upper)) return undefined;
  return { code: upper, numeric: alpha2ToNumeric(upper) ?? null, name: countryName(upper, 'en') };
}
