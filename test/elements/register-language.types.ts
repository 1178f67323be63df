/**
 * Type tests of `registerLanguage()`, checked by `tsc -p tsconfig.test.json` (never run): each
 * `@ts-expect-error` line must be refused, so a pack that lacks a string, or gives one of the
 * wrong kind, fails the type check instead of showing English on the page.
 */
import { registerLanguage, type LanguagePack } from '../../packages/elements/src/index.js';

declare const complete: LanguagePack;
declare function without<T, Key extends keyof T>(value: T, key: Key): Omit<T, Key>;
const coreWithoutRetry = without(complete.core, 'retry');
const coreWithoutTitles = without(complete.core, 'sdgTitles');
const copsWithoutCaption = without(complete.cops, 'caption');
const registryWithoutClearAll = without(complete.registry, 'clearAll');
const pilotsWithoutZoomIn = without(complete.pilots, 'zoomIn');

export function typeTests(): void {
  registerLanguage('sw', complete);
  registerLanguage('sw', { ...complete, dir: 'rtl' });
  // @ts-expect-error a shared string is missing
  registerLanguage('sw', { ...complete, core: coreWithoutRetry });
  // @ts-expect-error a registered language must give the SDG titles (English takes the SDK's)
  registerLanguage('sw', { ...complete, core: coreWithoutTitles });
  // @ts-expect-error a table string is missing
  registerLanguage('sw', { ...complete, cops: copsWithoutCaption });
  // @ts-expect-error a registry string is missing
  registerLanguage('sw', { ...complete, registry: registryWithoutClearAll });
  // @ts-expect-error a pilot string is missing
  registerLanguage('sw', { ...complete, pilots: pilotsWithoutZoomIn });
  // @ts-expect-error a whole group is missing
  registerLanguage('sw', { core: complete.core, cops: complete.cops, registry: complete.registry });
  // @ts-expect-error a string where the text needs a function of the id
  registerLanguage('sw', { ...complete, core: { ...complete.core, card: { ...complete.core.card, notFound: 'Not found' } } });
  // @ts-expect-error no such direction
  registerLanguage('sw', { ...complete, dir: 'up' });
}
