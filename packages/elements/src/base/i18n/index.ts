/**
 * Language resolution and formatting. Every string an element shows comes from here or from
 * the data; numbers and dates go through `Intl` in the resolved language.
 */
import type { DpgErrorCode, Sdg } from '@dpg-kit/sdk';
import { en } from './en/core.js';
import { registeredLanguage } from './languages.js';
import type { BuiltInLocale, ErrorKind, Locale, Messages } from './messages.js';

export type { BuiltInLocale, ErrorKind, Locale, Messages } from './messages.js';
export { registerLanguage, onLanguageRegistered, type LanguagePack } from './languages.js';

/**
 * The shared strings of the built-in languages (those of the table, the registry and the pilots
 * are apart). English ships in the entry; the others load when an element first speaks them,
 * so a page pays for its own language only.
 */
const catalogue: Partial<Record<BuiltInLocale, Messages>> = { en };
const loaders: Record<Exclude<BuiltInLocale, 'en'>, () => Promise<Messages>> = {
  fr: () => import('./fr/core.js').then((module) => module.fr),
  es: () => import('./es/core.js').then((module) => module.es),
  pt: () => import('./pt/core.js').then((module) => module.pt),
  ar: () => import('./ar/core.js').then((module) => module.ar),
};
const loading = new Map<BuiltInLocale, Promise<void>>();

const isBuiltIn = (code: string): code is BuiltInLocale => code === 'en' || Object.hasOwn(loaders, code);

/**
 * Loads the shared strings of a built-in `locale`; undefined when they are already here (English,
 * a registered language, a language loaded before). Until they arrive `messagesFor` answers in
 * English; a language whose file cannot load stays English, and the console says why.
 */
export function loadLocale(locale: Locale): Promise<void> | undefined {
  if (!isBuiltIn(locale) || locale === 'en' || catalogue[locale] || registeredLanguage(locale)) return undefined;
  let pending = loading.get(locale);
  if (!pending) {
    pending = loaders[locale]().then(
      (messages) => void (catalogue[locale] = messages),
      (error: unknown) => console.error(`dpg-kit: the ${locale} strings could not be loaded; keep the chunks/ folder next to dpg-kit.js.`, error),
    );
    loading.set(locale, pending);
  }
  return pending;
}

/**
 * The language for a BCP 47 tag (`fr-CA` → `fr`): a registered or built-in one, English for
 * anything else.
 */
export function resolveLocale(lang: string | null | undefined): Locale {
  const primary = (lang ?? '').trim().toLowerCase().split(/[-_]/)[0] ?? '';
  return registeredLanguage(primary) || isBuiltIn(primary) ? primary : 'en';
}

export function messagesFor(locale: Locale): Messages {
  return registeredLanguage(locale)?.core ?? (isBuiltIn(locale) ? catalogue[locale] : undefined) ?? en;
}

export function directionOf(locale: Locale): 'ltr' | 'rtl' {
  const registered = registeredLanguage(locale);
  if (registered) return registered.dir ?? 'ltr';
  return locale === 'ar' ? 'rtl' : 'ltr';
}

/** Which message explains an error: the reader can retry a network fault, not a bad file. */
export function errorKind(code: DpgErrorCode): ErrorKind {
  if (code === 'network' || code === 'timeout' || code === 'aborted') return 'unreachable';
  if (code === 'http') return 'server';
  return 'unreadable';
}

/** The SDG's title in `locale`: the SDK's English title, or the official UN translation. */
export function sdgTitle(sdg: Sdg, locale: Locale): string {
  return messagesFor(locale).sdgTitles?.[sdg.goal - 1] ?? sdg.title;
}

/**
 * Formats a whole number for `lang`. The full tag is kept (not just the locale) so that
 * `ar-MA` gets Western digits and `ar-EG` Arabic-Indic ones, as readers there expect.
 */
export function formatNumber(value: number, lang: string): string {
  if (hasPlainDigits(value, lang)) return String(value);
  // One formatter per tag: creating one costs far more than formatting, and a registry's
  // keystroke formats a hundred numbers (facet counts, card facts).
  let format = numberFormats.get(lang);
  if (!format) {
    format = new Intl.NumberFormat(intlTag(lang));
    numberFormats.set(lang, format);
  }
  return format.format(value);
}

const numberFormats = new Map<string, Intl.NumberFormat>();

/**
 * Built-in languages that write numbers in ASCII digits and group none below 1,000 (`fr-CA` as
 * `fr`; Arabic is not one: `ar-EG` has its own digits).
 */
const PLAIN_DIGIT_LANGUAGES = new Set(['en', 'fr', 'es', 'pt']);

/**
 * Whether `Intl` would write `value` in `lang` as `String(value)` does: a whole number from 0 to
 * 999 in a language of PLAIN_DIGIT_LANGUAGES, with no `-u-` extension (`-u-nu-arab` picks other
 * digits). A card's SDG numbers and country counts are such numbers; writing them without `Intl`
 * keeps its first number format, which loads locale data, off the card's first paint.
 */
function hasPlainDigits(value: number, lang: string): boolean {
  if (!Number.isInteger(value) || value < 0 || value > 999) return false;
  const subtags = lang.trim().toLowerCase().split(/[-_]/);
  return PLAIN_DIGIT_LANGUAGES.has(subtags[0] ?? '') && !subtags.includes('u');
}
const collators = new Map<string, Intl.Collator>();

/** Formats an ISO date of day, month or year precision, as the data gives it. */
export function formatDate(iso: string, lang: string): string {
  const [year, month, day] = iso.split('-').map(Number);
  if (year === undefined || Number.isNaN(year)) return iso;
  const date = new Date(Date.UTC(year, (month ?? 1) - 1, day ?? 1));
  if (Number.isNaN(date.getTime())) return iso;
  const options: Intl.DateTimeFormatOptions = { year: 'numeric', timeZone: 'UTC' };
  if (month !== undefined) options.month = 'long';
  if (day !== undefined) options.day = 'numeric';
  return new Intl.DateTimeFormat(intlTag(lang), options).format(date);
}

/**
 * Formats a source's as-of date for `lang`: a date (`2026-07-13`) or a date-time, whose day is
 * kept as written. Anything else gives undefined, so a malformed header never reaches the page.
 */
export function formatAsOf(asOf: string | undefined, lang: string): string | undefined {
  const day = asOf?.match(/^\d{4}(?:-\d{2}){0,2}(?=$|T)/)?.[0];
  return day ? formatDate(day, lang) : undefined;
}

/** A tag `Intl` accepts: the element's own when valid, else its resolved locale. */
function intlTag(lang: string): string {
  try {
    return Intl.getCanonicalLocales(lang)[0] ?? resolveLocale(lang);
  } catch {
    return resolveLocale(lang);
  }
}

/** A collator for sorting text the way readers of `lang` expect. */
export function collatorFor(lang: string): Intl.Collator {
  // Cached per tag, as number formats are: sorting a list should not start with building a collator.
  let collator = collators.get(lang);
  if (!collator) {
    collator = new Intl.Collator(intlTag(lang), { sensitivity: 'base', numeric: true });
    collators.set(lang, collator);
  }
  return collator;
}
