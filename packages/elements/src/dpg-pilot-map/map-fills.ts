/**
 * How the map colours pilot countries, and the legend that explains it: by number of pilots
 * (three steps) or by sector (one colour per sector, one more for a country with several).
 * Colours are CSS classes over the theme's tokens; see dpg-pilot-map.styles.ts.
 */
import type { Pilot, PilotCountry } from '@dpg-kit/sdk';
import { svg, type SVGTemplateResult } from 'lit';
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

/** Distance between the lines of the one-pilot hatch, in pixels on screen. */
const HATCH_SPACING = 5;
/** Width of a hatch line, in pixels on screen. */
const HATCH_LINE = 1.5;

/**
 * The hatch that sets a one-pilot country apart from land without pilots by more than its
 * tint, which in a dark scheme is close to the land's: lines in the pilot colour over the tint.
 * A pattern is drawn in the user space of the shape it fills, so `unit` is one screen pixel in
 * that space, and each space (the zoomed world, the inset, the legend) has its own pattern.
 */
export function hatchPattern(id: string, unit: number): SVGTemplateResult {
  const size = HATCH_SPACING * unit;
  return svg`<pattern id=${id} class="hatch" patternUnits="userSpaceOnUse" width=${size} height=${size} patternTransform="rotate(45)">
    <rect class="hatch-ground" width=${size} height=${size}></rect>
    <line class="hatch-line" x1=${size / 2} y1="0" x2=${size / 2} y2=${size} stroke-width=${HATCH_LINE * unit}></line>
  </pattern>`;
}
