/**
 * Country names as registries write them → ISO 3166-1 alpha-2 codes.
 *
 * Names come from countries-list (English names and their aliases); what the registry writes
 * beyond those ("Palestine State", "Côte d" cut short at its apostrophe, "Eswatini (fmr.
 * 'Swaziland')", UN-style "Korea, Republic of") is in the alias table below, built from every
 * country string in the registry data. Regions ("Global", "Africa") are not countries and do not
 * resolve. Kosovo is XK.
 *
 * Codes, numeric codes and display names are country-codes.ts's job; this file only reads names
 * in, and is kept apart because its name tables are only needed where registry data is read.
 */
import { countries } from 'countries-list';
import { iso31661Alpha3ToAlpha2 } from 'iso-3166/1-a3-to-1-a2.js';
import { isCountryCode } from './country-codes.js';
import { foldText } from './fold.js';

/** Spellings seen in registry data and common official forms, by code. Keys are normalised. */
const ALIASES: Record<string, readonly string[]> = {
  AX: ['Åland Islands'],
  BN: ['Brunei Darussalam'],
  BO: ['Plurinational State of Bolivia'],
  BQ: ['Caribbean Netherlands', 'Bonaire, Sint Eustatius and Saba', 'Bonaire Sint Eustatius and Saba'],
  BS: ['Bahamas, The'],
  CD: ['Congo, Democratic Republic of the', 'Democratic Republic of Congo', 'Congo DR', 'Congo (Kinshasa)', 'DR of the Congo'],
  CG: ['Congo', 'Republic of Congo', 'Congo Republic', 'Congo (Brazzaville)', 'Congo, Republic of the'],
  CI: ['Côte d', "Cote d'Ivoire", 'Ivory Coast'],
  CV: ['Cape Verde', 'Cabo Verde'],
  CZ: ['Czech Republic'],
  FK: ['Falkland Islands (Malvinas)', 'Malvinas'],
  FM: ['Federated States of Micronesia', 'Micronesia, Federated States of'],
  GB: ['United Kingdom of Great Britain and Northern Ireland', 'England', 'Scotland', 'Wales', 'Northern Ireland', 'U.K.'],
  GM: ['Gambia, The'],
  IR: ['Islamic Republic of Iran', 'Iran, Islamic Republic of'],
  KP: ["Democratic People's Republic of Korea", "Korea, Democratic People's Republic of", 'Korea, North'],
  KR: ['Korea, Republic of', 'Korea, South', 'Republic of Korea'],
  LA: ["Lao People's Democratic Republic", 'Lao'],
  MD: ['Republic of Moldova', 'Moldova, Republic of'],
  MF: ['Saint Martin (French part)'],
  MK: ['Republic of North Macedonia'],
  NL: ['Netherlands, The', 'Kingdom of the Netherlands'],
  PN: ['Pitcairn'],
  PS: ['Palestine State', 'State of Palestine', 'Palestinian Territories', 'Palestinian Territory', 'Occupied Palestinian Territory', 'Palestine, State of'],
  RU: ['Russian Federation'],
  SH: ['Saint Helena, Ascension and Tristan da Cunha'],
  SX: ['Sint Maarten (Dutch part)'],
  SY: ['Syrian Arab Republic'],
  SZ: ['Kingdom of Eswatini', 'Swaziland'],
  TL: ['Timor-Leste', 'East Timor'],
  TR: ['Türkiye', 'Turkey', 'Turkiye'],
  TW: ['Taiwan, Province of China', 'Taiwan (Province of China)'],
  TZ: ['United Republic of Tanzania', 'Tanzania, United Republic of'],
  UM: ['United States Minor Outlying Islands'],
  US: ['United States of America', 'U.S.A.', 'U.S.'],
  VA: ['Holy See (Vatican City State)'],
  VE: ['Bolivarian Republic of Venezuela'],
  VG: ['Virgin Islands, British', 'British Virgin Islands'],
  VI: ['Virgin Islands, U.S.', 'United States Virgin Islands', 'US Virgin Islands'],
  VN: ['Viet Nam', 'VietNam'],
};

const QUOTES = /["'`´‘’“”]/g;
const AMPERSAND = /&/g;
const SAINT = /\bst\.?(?=\s)/g;
const NON_ALNUM = /[^a-z0-9]+/g;
const LEADING_THE = /^the /;
const BRACKETED = /\(([^)]*)\)?/g;
const FORMERLY = /^(?:fmr|formerly|former|previously|aka|also) /;
const CODE = /^[A-Za-z]{2,3}$/;

/**
 * The comparison key of a country name: no accents, lower case, `&` as "and", "St." as
 * "Saint", no leading "The", punctuation as single spaces, apostrophes dropped.
 */
function countryKey(text: string): string {
  const key = foldText(text)
    .replace(QUOTES, '')
    .replace(AMPERSAND, ' and ')
    .replace(SAINT, 'saint')
    .replace(NON_ALNUM, ' ')
    .trim();
  return key.replace(LEADING_THE, '');
}

const BY_KEY = new Map<string, string>();

for (const [code, country] of Object.entries(countries)) {
  // Ascension, Tristan da Cunha (AC, TA) are parts of SH and have no ISO 3166-1 entry.
  if (!isCountryCode(code)) continue;
  BY_KEY.set(countryKey(country.name), code);
  for (const alias of country.alias ?? []) BY_KEY.set(countryKey(alias), code);
}
for (const [code, aliases] of Object.entries(ALIASES)) {
  for (const alias of aliases) BY_KEY.set(countryKey(alias), code);
}
// "UK" is exceptionally reserved for GB in ISO 3166 and written everywhere.
BY_KEY.set('uk', 'GB');

function lookupName(text: string): string | null {
  const key = countryKey(text);
  if (key === '') return null;
  const direct = BY_KEY.get(key);
  if (direct !== undefined) return direct;
  if (!text.includes('(')) return null;
  // "Czechia (Czech Republic)", "Eswatini (fmr. 'Swaziland')": the name outside the brackets
  // first, then each bracketed note, which is often the older or longer name.
  const outside = BY_KEY.get(countryKey(text.replace(BRACKETED, ' ')));
  if (outside !== undefined) return outside;
  for (const match of text.matchAll(BRACKETED)) {
    const note = countryKey(match[1] ?? '').replace(FORMERLY, '');
    const code = BY_KEY.get(note);
    if (code !== undefined) return code;
  }
  return null;
}

const CACHE_LIMIT = 4096;
const cache = new Map<string, string | null>();

/**
 * ISO 3166-1 alpha-2 code for a country name, alias, alpha-2 or alpha-3 code, or null when the
 * text is not a country (a region such as "Global" or "Africa", a typo, an empty string).
 *
 * @example toAlpha2('Viet Nam') === 'VN'; toAlpha2('CIV') === 'CI'; toAlpha2('Global') === null
 */
export function toAlpha2(text: string): string | null {
  const cached = cache.get(text);
  if (cached !== undefined) return cached;
  const trimmed = text.trim();
  let code: string | null = null;
  if (CODE.test(trimmed)) {
    const upper = trimmed.toUpperCase();
    if (upper.length === 2 && isCountryCode(upper)) code = upper;
    else if (upper.length === 3) code = iso31661Alpha3ToAlpha2[upper] ?? null;
  }
  code ??= lookupName(trimmed);
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(text, code);
  return code;
}
