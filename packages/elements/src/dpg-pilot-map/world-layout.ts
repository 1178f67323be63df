/**
 * The world map's drawing: country outlines in the map's frame (Equal Earth), an enlarged inset
 * of the Eastern Caribbean, and where each country's marker goes.
 *
 * This module and the geometry are loaded on demand (`import()`), so a page pays for them only
 * when a map is shown, and the map's first paint never waits for them.
 *
 * The geometry comes projected (scripts/gen-geometry.mjs does the geography at build time):
 * arcs in the frame's units, the few polygons that cross the antimeridian as finished paths,
 * each country's centroid and area. What is left here is writing outlines: each arc (a stretch
 * of border shared by two countries) is decoded once and written once per direction, and a
 * country's outline is its arcs joined.
 */
import { world } from './generated/world-50m.js';
import type { Ring } from './world-data.js';

/** One country's outline; `id` is its ISO 3166-1 numeric code (undefined for a few disputed lands). */
export interface CountryShape {
  id: string | undefined;
  d: string;
}

export type Point = readonly [number, number];

/** Where a country is drawn. */
export interface CountryPlace {
  /** Its centroid on the world map. */
  point: Point;
  /** Its area on the world map, in square SVG units: 0 when the geometry has no outline for it. */
  area: number;
  /** Its centroid in the Eastern Caribbean inset, when it lies there. */
  inset?: Point;
}

export interface WorldLayout {
  /** The outline of the globe. */
  sphere: string;
  countries: CountryShape[];
  /** The outline of one country by its numeric code; undefined when the geometry has none. */
  outline(numeric: string): string | undefined;
  /** Outlines inside the Eastern Caribbean inset, in the inset's own frame (clip them to it). */
  insetCountries: CountryShape[];
  /** The inset's region on the world map: [x, y, width, height]. */
  region: readonly [number, number, number, number];
  place(numeric: string): CountryPlace | undefined;
}

/**
 * Writes outlines from arcs stored in tenths of a unit and delta-encoded. Each arc is decoded
 * when a ring first needs it, and written as path commands once per direction.
 */
function outliner(arcs: readonly number[][]) {
  const decoded: (number[] | undefined)[] = [];
  const decode = (index: number): number[] => {
    let out = decoded[index];
    if (out) return out;
    const arc = arcs[index]!;
    out = new Array<number>(arc.length);
    let x = 0;
    let y = 0;
    for (let i = 0; i < arc.length; i += 2) {
      out[i] = (x += arc[i]!) / 10;
      out[i + 1] = (y += arc[i + 1]!) / 10;
    }
    return (decoded[index] = out);
  };
  /** An arc as path commands, without its first point (where the ring already is). */
  const written = new Map<number, string>();
  const commands = (index: number): string => {
    let d = written.get(index);
    if (d !== undefined) return d;
    const arc = decode(index < 0 ? ~index : index);
    const n = arc.length / 2;
    d = '';
    for (let k = 1; k < n; k++) {
      const at = index < 0 ? n - 1 - k : k;
      d += `L${arc[2 * at]},${arc[2 * at + 1]}`;
    }
    written.set(index, d);
    return d;
  };
  return (rings: readonly Ring[]): string => {
    let d = '';
    for (const ring of rings) {
      const first = ring[0]!;
      const arc = decode(first < 0 ? ~first : first);
      const start = first < 0 ? arc.length - 2 : 0;
      d += `M${arc[start]},${arc[start + 1]}`;
      for (const index of ring) d += commands(index);
      d += 'Z';
    }
    return d;
  };
}

const idOf = (id: string | null) => id ?? undefined;

/** Draws the world; the map calls it once per page and shares the result. */
export function layoutWorld(): WorldLayout {
  const path = outliner(world.arcs);
  const countries = world.countries.map(([id, rings, across]) => ({ id: idOf(id), d: path(rings) + across }));
  const outlines = new Map(countries.filter((c) => c.id !== undefined && c.d !== '').map((c) => [c.id!, c.d]));
  const insetPath = outliner(world.inset.arcs);
  const places = new Map<string, CountryPlace | undefined>();
  const locate = (numeric: string): CountryPlace | undefined => {
    const place = Object.hasOwn(world.places, numeric) ? world.places[numeric] : undefined;
    if (!place) return undefined;
    const [x, y, area, insetX, insetY] = place;
    return insetX === undefined ? { point: [x, y], area } : { point: [x, y], area, inset: [insetX, insetY!] };
  };
  return {
    sphere: world.sphere,
    countries,
    outline: (numeric) => outlines.get(numeric),
    insetCountries: world.inset.countries.map(([id, rings]) => ({ id: idOf(id), d: insetPath(rings) })),
    region: world.region,
    place(numeric) {
      if (!places.has(numeric)) places.set(numeric, locate(numeric));
      return places.get(numeric);
    },
  };
}
