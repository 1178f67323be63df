/**
 * Which pilot countries the map can point at, and how: an outline when the country is big
 * enough on screen, a marker when it is not, a marker in the Eastern Caribbean inset when it
 * lies there. A pure function of the layout, the groups and the current scale.
 */
import type { PilotCountry } from '@dpg-kit/sdk';
import { formatNumber } from '../base/i18n/index.js';
import { fillOf, type ColorBy } from './map-fills.js';
import type { PartsContext } from './map-parts.js';
import type { Point, WorldLayout } from './world-layout.js';

/** A country is drawn with a marker when its outline covers less than this many square pixels. */
const MIN_VISIBLE_AREA = 40;

/** A pilot country on the map: its outline when big enough to point at, else a marker. */
export interface Target {
  group: PilotCountry;
  name: string;
  /** Accessible name: the country and its number of pilots. */
  label: string;
  fill: string;
  /** The outline to draw as the target; a marker when undefined. */
  outline?: string;
  /** Where the tooltip points and the marker sits: map units, or the frame's in the inset. */
  at: Point;
  /** Whether the target sits in the Eastern Caribbean inset (which does not zoom). */
  inset: boolean;
}

export interface TargetContext extends PartsContext {
  colorBy: ColorBy;
  sectors: readonly string[];
}

/**
 * The pilot countries the map can place, west to east (the order the arrow keys follow).
 * `pixels` is how many pixels one map unit of the world covers now (width and zoom).
 */
export function placeTargets(groups: readonly PilotCountry[], layout: WorldLayout, pixels: number, ctx: TargetContext): Target[] {
  const list: (Target & { order: Point })[] = [];
  for (const group of groups) {
    const place = group.numeric ? layout.place(group.numeric) : undefined;
    if (!place) continue;
    const name = ctx.client.countries.name(group.code, ctx.lang);
    const count = ctx.text.pilotCount(group.pilots.length, formatNumber(group.pilots.length, ctx.lang));
    const big = !place.inset && place.area * pixels * pixels >= MIN_VISIBLE_AREA;
    const outline = big ? layout.outline(group.numeric!) : undefined;
    list.push({
      group,
      name,
      label: ctx.text.countryLabel(name, count),
      fill: fillOf(group, ctx.colorBy, ctx.sectors),
      ...(outline ? { outline } : {}),
      at: place.inset ?? place.point,
      inset: place.inset !== undefined,
      order: place.point,
    });
  }
  return list.sort((a, b) => a.order[0] - b.order[0] || a.order[1] - b.order[1]);
}
