/**
 * How the map colours pilot countries, and the legend that explains it: by number of pilots
 * (three steps) or by sector (one colour per sector, one more for a country with several).
 * Colours are CSS classes over the theme's tokens; see dpg-pilot-map.styles.ts.
 */
import type { Pilot, PilotCountry } from '@dpg-kit/sdk';
import { formatNumber } from '../base/i18n/index.js';
import { sectorName, type PilotMessages } from '../base/i18n/pilots.js';

export type ColorBy = 'count' | 'sector';

/** Sector colours available before they repeat. */
const SECTOR_COLOURS = 5;

export interface LegendEntry {
  /** The fill's class. */
  fill: string;
  label: string;
}

/** The sectors of `pilots`, sorted: the index of a sector is its colour. */
export function sectorsOf(pilots: readonly Pilot[]): string[] {
  return [...new Set(pilots.map((pilot) => pilot.sector.toLowerCase()))].sort();
}

/** The fill class of a country. */
export function fillOf(group: PilotCountry, colorBy: ColorBy, sectors: readonly string[]): string {
  if (colorBy === 'count') return `count-${Math.min(group.pilots.length, 3)}`;
  const own = new Set(group.pilots.map((pilot) => pilot.sector.toLowerCase()));
  if (own.size > 1) return 'sector-several';
  return `sector-${sectors.indexOf([...own][0]!) % SECTOR_COLOURS}`;
}

/** The legend entries for what the map shows now: only steps and sectors that appear. */
export function legendOf(
  groups: readonly PilotCountry[],
  colorBy: ColorBy,
  sectors: readonly string[],
  messages: PilotMessages,
  lang: string,
): LegendEntry[] {
  const used = new Set(groups.map((group) => fillOf(group, colorBy, sectors)));
  const entries: LegendEntry[] =
    colorBy === 'count'
      ? [1, 2, 3].map((step) => ({
          fill: `count-${step}`,
          label: step === 3 ? messages.orMore(formatNumber(3, lang)) : formatNumber(step, lang),
        }))
      : [
          ...sectors.map((sector, index) => ({ fill: `sector-${index % SECTOR_COLOURS}`, label: sectorName(sector, messages) })),
          { fill: 'sector-several', label: messages.severalSectors },
        ];
  return entries.filter((entry) => used.has(entry.fill));
}
