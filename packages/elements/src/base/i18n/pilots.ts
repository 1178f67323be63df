/**
 * The strings of `<dpg-pilot-map>` and `<dpg-pilot-list>`: their shape, and the lookup by
 * language. Each language's strings are in `<lang>/pilots.ts`; only the map's and the list's
 * chunks import this module, so a page showing only a card does not download the map's words.
 * Country names are not here: they come from `Intl.DisplayNames` in the reader's language,
 * through the SDK.
 */
import { ar } from './ar/pilots.js';
import { en } from './en/pilots.js';
import { es } from './es/pilots.js';
import { fr } from './fr/pilots.js';
import { registeredGroup } from './group-strings.js';
import type { BuiltInLocale, Locale } from './messages.js';
import { pt } from './pt/pilots.js';

export interface PilotMessages {
  /** Accessible name of the map. */
  map: string;
  /** Title of the inset that enlarges the Eastern Caribbean. */
  caribbean: string;
  /** "3 pilots"; `formatted` is `count` written for the reader's language. */
  pilotCount: (count: number, formatted: string) => string;
  /** Accessible name of a country on the map: "Rwanda: 1 pilot". */
  countryLabel: (name: string, pilots: string) => string;
  /** Title of the legend when countries are coloured by their number of pilots. */
  legendCount: string;
  /** The last step of the count legend: "3 or more". */
  orMore: (formatted: string) => string;
  /** Title of the legend when countries are coloured by sector. */
  legendSector: string;
  /** A country whose pilots are in more than one sector. */
  severalSectors: string;
  /** Legend entry of the dots that stand for countries too small to see. */
  marker: string;
  /** Heading of the text list of pilot countries that the map carries for screen readers. */
  countries: string;
  /** The tooltip's last line when it cannot list every pilot: "and 2 more". */
  more: (formatted: string) => string;
  empty: string;
  emptyFiltered: string;
  /** Labels of a pilot's details in the list. */
  sector: string;
  status: string;
  dpgs: string;
  partners: string;
  announced: string;
  /** Accessible name of the list, grouped by country or by pilot. */
  listByCountry: string;
  listByPilot: string;
  /** The zoom buttons. */
  zoomIn: string;
  zoomOut: string;
  zoomReset: string;
  /** Sector names the data uses; a sector not named here shows as the data writes it. */
  sectors: Record<string, string>;
}

const catalogue: Record<BuiltInLocale, PilotMessages> = { en, fr, es, pt, ar };

/** The pilot elements' strings in `locale`: a registered language's, else a built-in one's. */
export function pilotMessages(locale: Locale): PilotMessages {
  return registeredGroup(locale, 'pilots', en) ?? (Object.hasOwn(catalogue, locale) ? catalogue[locale as BuiltInLocale] : en);
}

/** The sector's name in the reader's language, or the data's own word. */
export function sectorName(sector: string, messages: PilotMessages): string {
  return Object.hasOwn(messages.sectors, sector.toLowerCase()) ? messages.sectors[sector.toLowerCase()]! : sector;
}
