/**
 * @dpg-kit/elements: the element classes and the shared base, with no side effects (nothing
 * is defined). Import `@dpg-kit/elements/define/<tag>.js` or `@dpg-kit/elements/all.js` to
 * define the tags.
 */
export { DpgCard, type CardState, type CardVariant } from './dpg-card/dpg-card.js';
export { DpgBadge, type BadgeSize } from './dpg-badge/dpg-badge.js';
export { DpgCopTable } from './dpg-cop-table/dpg-cop-table.js';
export { DpgPilotMap } from './dpg-pilot-map/dpg-pilot-map.js';
export { DpgPilotList, type PilotGrouping } from './dpg-pilot-list/dpg-pilot-list.js';
export type { ColorBy } from './dpg-pilot-map/map-fills.js';
export { DpgProvider } from './dpg-provider/dpg-provider.js';
export { DpgRegistry, type RegistryResults } from './dpg-registry/dpg-registry.js';

export { DpgElement, type Theme } from './base/dpg-element.js';
export { DataController, type DataState, type DataOptions, type DataViews } from './base/data-controller.js';
export { define } from './base/define.js';
export { clientContext } from './base/context.js';
export { VERSION } from './base/version.js';
export type {
  CopColumn,
  SortDirection,
  DpgLoadEvent,
  DpgErrorEvent,
  DpgSelectEvent,
  DpgSortEvent,
  DpgFilterEvent,
  DpgCountrySelectEvent,
  DpgChangeEvent,
} from './base/events.js';
export { resolveLocale, type Locale, type BuiltInLocale, type Messages } from './base/i18n/index.js';
export { registerLanguage, type LanguagePack } from './base/i18n/languages.js';
export type { CopMessages } from './base/i18n/cops.js';
export type { RegistryMessages } from './base/i18n/registry.js';
export type { PilotMessages } from './base/i18n/pilots.js';
