/**
 * A registered language's strings for the CoP table, the registry or the pilot elements, checked against
 * English when an element first asks for them. Apart from `languages.ts` so that this code
 * loads with those elements' chunks, not with the card.
 */
import { registeredLanguage, type LanguagePack } from './languages.js';
import { missingKeys } from './missing-keys.js';

/** Packs whose gaps were already reported. */
const reported = new WeakSet<object>();

/**
 * The strings of one group of a registered language, with English in place of any key it
 * lacks (reported once in the console): a page written in plain JavaScript has no type check.
 */
export function registeredGroup<Group extends 'cops' | 'registry' | 'pilots'>(locale: string, group: Group, english: LanguagePack[Group]): LanguagePack[Group] | undefined {
  const strings = registeredLanguage(locale)?.[group];
  if (!strings) return undefined;
  const missing = missingKeys(english, strings);
  if (missing.length === 0) return strings;
  if (!reported.has(strings)) {
    reported.add(strings);
    console.error(`dpg-kit: the "${locale}" strings of ${group} lack ${missing.join(', ')}; English is shown there.`);
  }
  return fillFrom(english, strings) as LanguagePack[Group];
}

/** `strings`, with `english`'s value wherever `missingKeys` finds a gap. */
function fillFrom(english: unknown, strings: unknown): unknown {
  if (english === null || typeof english !== 'object' || Array.isArray(english)) {
    return missingKeys(english, strings).length === 0 ? strings : english;
  }
  const given = strings !== null && typeof strings === 'object' ? (strings as Record<string, unknown>) : {};
  return Object.fromEntries(Object.entries(english).map(([key, value]) => [key, fillFrom(value, Object.hasOwn(given, key) ? given[key] : undefined)]));
}
