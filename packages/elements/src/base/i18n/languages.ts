/**
 * Languages a page adds at run time, beside the five the elements ship with.
 *
 * The store lives on `globalThis` under a shared symbol, so that a language registered through
 * one copy of dpg-kit (an npm import in the partner's own script) reaches the elements of
 * another (the CDN build), as defined tags are shared.
 */
import { DpgError } from '@dpg-kit/sdk';
import { en } from './en/core.js';
import { missingKeys } from './missing-keys.js';
import type { Messages } from './messages.js';
import type { CopMessages } from './cops.js';
import type { PilotMessages } from './pilots.js';
import type { RegistryMessages } from './registry.js';

/**
 * Every string the elements show, in one language: what `registerLanguage()` takes.
 *
 * Each group is what one part of the kit shows, and each key is required, so a translation
 * that misses one fails the TypeScript check instead of showing English mid-sentence.
 */
export interface LanguagePack {
  /** Writing direction of the language (default `ltr`). */
  dir?: 'ltr' | 'rtl';
  /**
   * The card, the badge and what every element shares (loading, retry, errors), with the
   * official titles of the 17 SDGs in this language.
   */
  core: Messages & { sdgTitles: NonNullable<Messages['sdgTitles']> };
  /** `<dpg-cop-table>`. */
  cops: CopMessages;
  /** `<dpg-registry>`. */
  registry: RegistryMessages;
  /** `<dpg-pilot-map>` and `<dpg-pilot-list>`. */
  pilots: PilotMessages;
}

interface LanguageStore {
  packs: Map<string, LanguagePack>;
  listeners: Set<() => void>;
}

const STORE = Symbol.for('dpg-kit.languages');
const store: LanguageStore = ((globalThis as { [STORE]?: LanguageStore })[STORE] ??= { packs: new Map(), listeners: new Set() });

/** The pack registered for a primary language subtag (`sw`), if any. */
export function registeredLanguage(code: string): LanguagePack | undefined {
  return store.packs.get(code);
}

/** Calls `listener` after each registration; returns the function that stops it. */
export function onLanguageRegistered(listener: () => void): () => void {
  store.listeners.add(listener);
  return () => store.listeners.delete(listener);
}

/**
 * Adds a language the elements speak, or replaces the strings of one they know: every element
 * whose `lang` (its own, an ancestor's or the document's) has this primary subtag shows these
 * strings from then on, the elements already on the page included. Numbers and dates follow
 * the element's `lang` through `Intl`, as for the built-in languages.
 *
 * ```ts
 * import { registerLanguage, type LanguagePack } from '@dpg-kit/elements';
 * const swahili: LanguagePack = { core: { loading: 'Inapakia…', ... }, registry: { ... }, pilots: { ... } };
 * registerLanguage('sw', swahili);
 * ```
 *
 * @param code The language's primary subtag (`sw`, `de`; case does not matter): elements with
 *   `lang="sw"` or `lang="sw-KE"` use it.
 * @throws DpgError `invalid-data` when `code` is not a primary subtag, or when the shared strings
 *   (`core`) or the `cops`, `registry` and `pilots` groups are missing, naming what is missing. The
 *   groups' own keys are checked against English by the type checker, and again when an element
 *   first uses them (their English is not loaded before): a key missing there shows in English,
 *   with an error in the console.
 */
export function registerLanguage(code: string, pack: LanguagePack): void {
  const subtag = code.trim().toLowerCase();
  if (!/^[a-z]{2,3}$/.test(subtag)) {
    throw new DpgError('invalid-data', `registerLanguage: "${code}" is not a primary language subtag; give one such as "sw" or "de".`);
  }
  const problems = [
    ...missingKeys({ ...en, sdgTitles: Array.from({ length: 17 }, () => '') }, pack?.core, 'core'),
    ...(['cops', 'registry', 'pilots'] as const).filter((group) => pack?.[group] === null || typeof pack?.[group] !== 'object'),
  ];
  if (problems.length > 0) {
    throw new DpgError('invalid-data', `registerLanguage("${subtag}"): missing or wrong strings: ${problems.join(', ')}.`);
  }
  store.packs.set(subtag, pack);
  store.listeners.forEach((listener) => listener());
}
