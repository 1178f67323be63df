/**
 * The world map's drawing: country outlines projected (Equal Earth) into the map's frame, an
 * enlarged inset of the Eastern Caribbean, and where each country's marker goes.
 *
 * This module, the geometry and the projection code are loaded on demand (`import()`), so a page
 * pays for them only when a map is shown, and the map's first paint never waits for them.
 *
 * The outlines are built from the topology's arcs, not from GeoJSON features: each arc (a
 * stretch of border shared by two countries) is projected once, and a country's outline is its
 * arcs' projected points joined. That is several times faster than projecting every feature
 * through a full geographic path. The few polygons that cross the antimeridian (in Russia, Fiji
 * and Antarctica) go through d3's path, which cuts them at the map's edge.
 */
import { geoCentroid, geoEqualEarth, geoPath, type GeoProjection } from 'd3-geo';
import { feature } from 'topojson-client';
import type { MultiPoint } from 'geojson';
import type { GeometryObject } from 'topojson-specification';
import { world } from './generated/world-50m.js';
import { EASTERN_CARIBBEAN, INSET, MAP_HEIGHT, MAP_WIDTH } from './map-frame.js';
import { PLACES } from './places.js';

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

/** A ring of a polygon: indices of arcs, negative ones (`~i`) reversed. */
type Ring = number[];
type Box = [west: number, south: number, east: number, north: number];

const { west, east, south, north } = EASTERN_CARIBBEAN;
const inRegion = ([lon, lat]: Point) => lon >= west && lon <= east && lat >= south && lat <= north;
const nearRegion = ([w, s, e, n]: Box) => w <= east && e >= west && s <= north && n >= south;

/** A geometry's polygons; the countries object holds nothing else (a null geometry has none). */
function polygonsOf(geometry: GeometryObject): Ring[][] {
  return geometry.type === 'Polygon' ? [geometry.arcs] : geometry.type === 'MultiPolygon' ? geometry.arcs : [];
}

const ringsOf = (geometry: GeometryObject): Ring[] => polygonsOf(geometry).flat();

/** The arcs in longitude and latitude (the topology stores them quantized and delta-encoded). */
function decodeArcs(): number[][] {
  const { scale, translate } = world.transform!;
  return world.arcs.map((arc) => {
    const out = new Array<number>(arc.length * 2);
    let x = 0;
    let y = 0;
    arc.forEach(([dx = 0, dy = 0], i) => {
      out[2 * i] = (x += dx) * scale[0] + translate[0];
      out[2 * i + 1] = (y += dy) * scale[1] + translate[1];
    });
    return out;
  });
}

/**
 * Outlines and areas from the arcs projected by `projection`, to a tenth of a unit. Each arc is
 * projected once, when a ring first needs it.
 */
function projectArcs(arcs: readonly number[][], projection: GeoProjection) {
  const projected: (number[] | undefined)[] = [];
  const project = (index: number): number[] => {
    let out = projected[index];
    if (out) return out;
    const arc = arcs[index]!;
    out = new Array<number>(arc.length);
    for (let i = 0; i < arc.length; i += 2) {
      const [x, y] = projection([arc[i]!, arc[i + 1]!])!;
      out[i] = Math.round(x * 10) / 10;
      out[i + 1] = Math.round(y * 10) / 10;
    }
    return (projected[index] = out);
  };
  /** The ring's points in order: each arc after the first starts where the previous ended. */
  const points = (ring: Ring): number[] => {
    const out: number[] = [];
    for (const index of ring) {
      const arc = project(index < 0 ? ~index : index);
      const n = arc.length / 2;
      for (let k = out.length === 0 ? 0 : 1; k < n; k++) {
        const at = index < 0 ? n - 1 - k : k;
        out.push(arc[2 * at]!, arc[2 * at + 1]!);
      }
    }
    return out;
  };
  /**
   * An arc as path commands, without its first point (where the ring already is). Most arcs
   * are a border between two countries: each is written once per direction and reused.
   */
  const written = new Map<number, string>();
  const commands = (index: number): string => {
    let d = written.get(index);
    if (d !== undefined) return d;
    const arc = project(index < 0 ? ~index : index);
    const n = arc.length / 2;
    d = '';
    for (let k = 1; k < n; k++) {
      const at = index < 0 ? n - 1 - k : k;
      d += `L${arc[2 * at]},${arc[2 * at + 1]}`;
    }
    written.set(index, d);
    return d;
  };
  return {
    path(rings: readonly Ring[]): string {
      let d = '';
      for (const ring of rings) {
        const first = ring[0]!;
        const arc = project(first < 0 ? ~first : first);
        const start = first < 0 ? arc.length - 2 : 0;
        d += `M${arc[start]},${arc[start + 1]}`;
        for (const index of ring) d += commands(index);
        d += 'Z';
      }
      return d;
    },
    /** Area enclosed by the rings (holes wind the other way, so they subtract). */
    area(rings: readonly Ring[]): number {
      let twice = 0;
      for (const ring of rings) {
        const p = points(ring);
        for (let i = 0; i < p.length - 2; i += 2) twice += p[i]! * p[i + 3]! - p[i + 2]! * p[i + 1]!;
      }
      return Math.abs(twice / 2);
    },
  };
}

/** Whether an arc jumps across the antimeridian somewhere. */
function crossesAntimeridian(arc: readonly number[]): boolean {
  for (let i = 2; i < arc.length; i += 2) if (Math.abs(arc[i]! - arc[i - 2]!) > 180) return true;
  return false;
}

/** A box around each arc, in degrees. */
function arcBoxes(arcs: readonly number[][]): Box[] {
  return arcs.map((arc) => {
    const box: Box = [Infinity, Infinity, -Infinity, -Infinity];
    for (let i = 0; i < arc.length; i += 2) {
      box[0] = Math.min(box[0], arc[i]!);
      box[2] = Math.max(box[2], arc[i]!);
      box[1] = Math.min(box[1], arc[i + 1]!);
      box[3] = Math.max(box[3], arc[i + 1]!);
    }
    return box;
  });
}

/** Projects the world; the map calls it once per page and shares the result. */
export function layoutWorld(): WorldLayout {
  const geometries = world.objects.countries.geometries;
  const arcs = decodeArcs();
  const frame: [[number, number], [number, number]] = [[1, 1], [MAP_WIDTH - 1, MAP_HEIGHT - 1]];
  const projection = geoEqualEarth().fitExtent(frame, { type: 'Sphere' });
  const main = projectArcs(arcs, projection);

  const corners: MultiPoint = { type: 'MultiPoint', coordinates: [[west, south], [east, north], [west, north], [east, south]] };
  const insetProjection = geoEqualEarth().fitExtent([[8, INSET.title + 6], [INSET.width - 8, INSET.height - 8]], corners);
  const boxes = arcBoxes(arcs);
  const ringNear = (ring: Ring) => ring.some((index) => nearRegion(boxes[index < 0 ? ~index : index]!));
  const insetRings = geometries.map((g) => ({ id: g.id, rings: ringsOf(g).filter(ringNear) })).filter((g) => g.rings.length > 0);
  const inset = projectArcs(arcs, insetProjection);

  const idOf = (g: GeometryObject) => (g.id === undefined ? undefined : String(g.id));
  const byId = new Map(geometries.filter((g) => g.id !== undefined).map((g) => [String(g.id), g]));
  const crossing = new Set(arcs.flatMap((arc, index) => (crossesAntimeridian(arc) ? [index] : [])));
  const crosses = (polygon: Ring[]) => polygon.some((ring) => ring.some((index) => crossing.has(index < 0 ? ~index : index)));
  const geoOutline = geoPath(projection.precision(0)).digits(1);
  /** A country's polygons in two parts: those that cross the antimeridian (as one geometry for d3) and the rest. */
  const parts = (g: GeometryObject) => {
    const polygons = polygonsOf(g);
    const across = polygons.filter(crosses);
    const plain = across.length === 0 ? polygons : polygons.filter((polygon) => !across.includes(polygon));
    return { plain: plain.flat(), across: across.length === 0 ? undefined : feature(world, { type: 'MultiPolygon', arcs: across }) };
  };
  const countries = geometries.map((g) => {
    const { plain, across } = parts(g);
    return { id: idOf(g), d: main.path(plain) + (across ? (geoOutline(across) ?? '') : '') };
  });
  const outlines = new Map(countries.filter((c) => c.id !== undefined && c.d !== '').map((c) => [c.id!, c.d]));
  const [[x0, y0], [x1, y1]] = geoOutline.bounds(corners);
  const places = new Map<string, CountryPlace | undefined>();

  function locate(numeric: string): CountryPlace | undefined {
    const geometry = byId.get(numeric);
    const split = geometry && parts(geometry);
    const area = !split ? 0 : main.area(split.plain) + (split.across ? geoOutline.area(split.across) : 0);
    const lonLat = geometry && area > 0 ? (geoCentroid(feature(world, geometry)) as Point) : PLACES[numeric];
    if (!lonLat) return undefined;
    const point = projection(lonLat as [number, number]) as Point;
    if (!inRegion(lonLat)) return { point, area };
    const [x, y] = insetProjection(lonLat as [number, number]) as Point;
    return { point, area, inset: [x + INSET.x, y + INSET.y] };
  }

  return {
    // The globe's outline is a few points that need resampling to curve.
    sphere: geoPath(geoEqualEarth().fitExtent(frame, { type: 'Sphere' })).digits(1)({ type: 'Sphere' }) ?? '',
    countries,
    outline: (numeric) => outlines.get(numeric),
    insetCountries: insetRings.map(({ id, rings }) => ({ id: id === undefined ? undefined : String(id), d: inset.path(rings) })),
    region: [x0, y0, x1 - x0, y1 - y0],
    place(numeric) {
      if (!places.has(numeric)) places.set(numeric, locate(numeric));
      return places.get(numeric);
    },
  };
}
