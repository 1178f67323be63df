/**
 * The strings of `<dpg-registry>`: their shape, and the lookup by language. Each language's
 * strings are in `<lang>/registry.ts`; only the registry's chunk imports this module, so a page
 * with only cards never downloads them. Names of types, stages and SDGs come from `core`.
 */
import type { DpgSort } from '@dpg-kit/sdk';
import type { FacetGroup, RegistryView } from '../../dpg-registry/registry-state.js';
import { ar } from './ar/registry.js';
import { en } from './en/registry.js';
import { es } from './es/registry.js';
import { fr } from './fr/registry.js';
import { registeredGroup } from './group-strings.js';
import type { BuiltInLocale, Locale } from './messages.js';
import { pt } from './pt/registry.js';

export interface RegistryMessages {
  /** Accessible name of the whole widget. */
  label: string;
  search: string;
  searchPlaceholder: string;
  filters: string;
  groups: Record<FacetGroup, string>;
  licenseKinds: { open: string; 'non-commercial': string };
  /** Label of the box that narrows the country list. */
  findCountry: string;
  /** Marks a country where pathfinder pilots run. */
  pilotCountry: string;
  /** Toggle of a long facet list: show every value / only the first ones. */
  showAll: (count: string) => string;
  showFewer: string;
  activeFilters: string;
  /** Accessible name of a chip's remove button. */
  removeFilter: (label: string) => string;
  clearAll: string;
  /** The results count, as announced; `formatted` is `count` written for the reader. */
  results: (count: number, formatted: string) => string;
  sort: string;
  sortNames: Record<DpgSort, string>;
  view: string;
  viewNames: Record<RegistryView, string>;
  showMore: string;
  noResults: string;
  columns: { name: string; type: string; sdgs: string; license: string; countries: string; stage: string };
  /** Closes a result opened in place. */
  close: string;
  /** Accessible name of the box the results table scrolls in on a narrow screen. */
  resultsTable: string;
  /** The button that shows the folded filters on a narrow screen; `formatted` is `active` written for the reader. */
  filtersButton: (active: number, formatted: string) => string;
}

const catalogue: Record<BuiltInLocale, RegistryMessages> = { en, fr, es, pt, ar };

/** The registry's strings in `locale`: a registered language's, else a built-in one's. */
export function registryMessages(locale: Locale): RegistryMessages {
  return registeredGroup(locale, 'registry', en) ?? (Object.hasOwn(catalogue, locale) ? catalogue[locale as BuiltInLocale] : en);
}
