// `npm run gen:geometry`: writes the world map's geometry for <dpg-pilot-map>, already projected.
//
// Reads Natural Earth's 1:50m countries from the world-atlas package, keeps only the country
// outlines and their ISO 3166-1 numeric ids (names are dropped: the map names countries through
// Intl.DisplayNames in the reader's language, and joins pilots on the numeric id), simplifies the
// arcs (Visvalingam, keeping the heaviest share of points) and quantizes them. Then it does the
// geography once, here, instead of in every reader's browser: it projects the arcs (Equal Earth)
// into the map's frame (packages/elements/src/dpg-pilot-map/map-frame.ts), and an enlarged copy of
// the Eastern Caribbean's into the inset's; it draws the few polygons that cross the antimeridian
// (in Russia, Fiji and Antarctica) through d3's path, which cuts them at the map's edge; and it
// works out where each country goes (centroid, area, place in the inset). The result is a
// committed TypeScript module that the map imports lazily, so the bytes only travel when a map
// is on the page, and the map's only work left is joining arcs into outlines. The output is
// deterministic: the same input gives the same file.
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { gzipSync } from 'node:zlib';
import { geoCentroid, geoEqualEarth, geoPath } from 'd3-geo';
import { feature, quantize } from 'topojson-client';
import { presimplify, quantile, simplify } from 'topojson-simplify';
import { EASTERN_CARIBBEAN as INSET_REGION, INSET, MAP_HEIGHT, MAP_WIDTH } from '../packages/elements/src/dpg-pilot-map/map-frame.ts';
import { PLACES } from '../packages/elements/src/dpg-pilot-map/places.ts';

/** Share of the weighted points kept, about 1.3 times the points of the 1:110m map (small islands are kept apart, below). */
const KEEP = 0.08;
/** Grid of the quantized coordinates: 1e4 steps of ~0.036° in longitude, finer than a pixel at 960 px. */
const QUANTIZE = 1e4;
/** Projected points are stored as integers in tenths of a map unit. */
const TENTHS = 10;

/**
 * The map enlarges the Eastern Caribbean in an inset: there the islands keep every point, as
 * they are drawn over ten times larger than on the world map. A little wider than the inset's
 * region (packages/elements/src/dpg-pilot-map/map-frame.ts) so that no outline is cut short.
 */
const EASTERN_CARIBBEAN = { west: -64, east: -58.5, south: 11, north: 19 };

/**
 * A country drawn only as islands, each ring a single arc, would shrink to nothing when its
 * rings lose every point but their ends. Its largest ring keeps its three heaviest points, so
 * that every country keeps an outline (and a centroid) however small.
 */
function keepSmallCountries(topology, geometries) {
  for (const geometry of geometries) {
    const polygons = geometry.type === 'Polygon' ? [geometry.arcs] : geometry.type === 'MultiPolygon' ? geometry.arcs : [];
    const rings = polygons.map((polygon) => polygon[0]).filter((ring) => ring.length === 1);
    if (rings.length !== polygons.length || rings.length === 0) continue;
    const arcs = rings.map(([index]) => topology.arcs[index < 0 ? ~index : index]);
    const largest = arcs.reduce((best, arc) => (arc.length > best.length ? arc : best));
    const inner = largest.slice(1, -1).sort((a, b) => b[2] - a[2]);
    for (const point of inner.slice(0, 3)) point[2] = Infinity;
  }
}

function keepRegion(topology, { west, east, south, north }) {
  for (const arc of topology.arcs) {
    for (const point of arc) {
      if (point[0] >= west && point[0] <= east && point[1] >= south && point[1] <= north) point[2] = Infinity;
    }
  }
}

const require = createRequire(import.meta.url);
const source = require.resolve('world-atlas/countries-50m.json');
const target = new URL('../packages/elements/src/dpg-pilot-map/generated/world-50m.ts', import.meta.url);

const input = JSON.parse(readFileSync(source, 'utf8'));

const countries = {
  type: 'GeometryCollection',
  geometries: input.objects.countries.geometries.map((geometry) => {
    const kept = { type: geometry.type, arcs: geometry.arcs };
    // Somaliland, Kosovo, N. Cyprus and a few others have no ISO numeric id: they stay as land.
    if (geometry.id !== undefined) kept.id = geometry.id;
    return kept;
  }),
};

const topology = { type: 'Topology', transform: input.transform, objects: { countries }, arcs: input.arcs };
const weighted = presimplify(topology);
keepSmallCountries(weighted, countries.geometries);
keepRegion(weighted, EASTERN_CARIBBEAN);
const simplified = simplify(weighted, quantile(weighted, KEEP));
const output = quantize({ type: 'Topology', objects: simplified.objects, arcs: simplified.arcs }, QUANTIZE);

// What follows is the projection: the map draws exactly what is computed here.

const geometries = output.objects.countries.geometries;
const polygonsOf = (g) => (g.type === 'Polygon' ? [g.arcs] : g.type === 'MultiPolygon' ? g.arcs : []);
const ringsOf = (g) => polygonsOf(g).flat();
const arcOf = (index) => (index < 0 ? ~index : index);

/** The arcs in longitude and latitude, flat: [lon, lat, lon, lat, ...]. */
const lonLatArcs = output.arcs.map((arc) => {
  const { scale, translate } = output.transform;
  const out = [];
  let x = 0;
  let y = 0;
  for (const [dx = 0, dy = 0] of arc) out.push((x += dx) * scale[0] + translate[0], (y += dy) * scale[1] + translate[1]);
  return out;
});

/** Points of arcs projected by `projection`, flat, in tenths of a unit (integers); each arc once. */
function projector(projection) {
  const projected = [];
  return (index) =>
    (projected[index] ??= (() => {
      const arc = lonLatArcs[index];
      const out = [];
      for (let i = 0; i < arc.length; i += 2) {
        const [x, y] = projection([arc[i], arc[i + 1]]);
        out.push(Math.round(x * TENTHS), Math.round(y * TENTHS));
      }
      return out;
    })());
}

/** Area enclosed by rings of projected arcs, in square units (holes wind the other way, so they subtract). */
function ringsArea(project, rings) {
  let twice = 0;
  for (const ring of rings) {
    const p = [];
    for (const index of ring) {
      const arc = project(arcOf(index)).map((v) => v / TENTHS);
      const n = arc.length / 2;
      for (let k = p.length === 0 ? 0 : 1; k < n; k++) {
        const at = index < 0 ? n - 1 - k : k;
        p.push(arc[2 * at], arc[2 * at + 1]);
      }
    }
    for (let i = 0; i < p.length - 2; i += 2) twice += p[i] * p[i + 3] - p[i + 2] * p[i + 1];
  }
  return Math.abs(twice / 2);
}

/** Arcs delta-encoded for the module: the first point, then each point's step from the previous. */
const deltas = (points) => points.map((v, i) => (i < 2 ? v : v - points[i - 2]));

const frame = [[1, 1], [MAP_WIDTH - 1, MAP_HEIGHT - 1]];
const projection = geoEqualEarth().fitExtent(frame, { type: 'Sphere' });
const project = projector(projection);
const { west, east, south, north } = INSET_REGION;
const corners = { type: 'MultiPoint', coordinates: [[west, south], [east, north], [west, north], [east, south]] };
const insetProjection = geoEqualEarth().fitExtent([[8, INSET.title + 6], [INSET.width - 8, INSET.height - 8]], corners);
const projectInset = projector(insetProjection);
const geoOutline = geoPath(projection.precision(0)).digits(1);

/** Whether an arc jumps across the antimeridian somewhere: its polygons go through d3's path. */
const crossing = new Set(
  lonLatArcs.flatMap((arc, index) => {
    for (let i = 2; i < arc.length; i += 2) if (Math.abs(arc[i] - arc[i - 2]) > 180) return [index];
    return [];
  }),
);
const crosses = (polygon) => polygon.some((ring) => ring.some((index) => crossing.has(arcOf(index))));
/** A country's polygons in two parts: those that cross the antimeridian (as one geometry for d3) and the rest. */
function parts(g) {
  const polygons = polygonsOf(g);
  const across = polygons.filter(crosses);
  const plain = across.length === 0 ? polygons : polygons.filter((polygon) => !across.includes(polygon));
  return { plain: plain.flat(), across: across.length === 0 ? undefined : feature(output, { type: 'MultiPolygon', arcs: across }) };
}

const round = (value, digits) => Number(value.toFixed(digits));
const inRegion = ([lon, lat]) => lon >= west && lon <= east && lat >= south && lat <= north;
const byId = new Map(geometries.filter((g) => g.id !== undefined).map((g) => [String(g.id), g]));

/** Where a country goes: [x, y, area] on the world map, then [x, y] in the inset when it lies there. */
function locate(numeric) {
  const geometry = byId.get(numeric);
  const split = geometry && parts(geometry);
  const area = !split ? 0 : ringsArea(project, split.plain) + (split.across ? geoOutline.area(split.across) : 0);
  const lonLat = geometry && area > 0 ? geoCentroid(feature(output, geometry)) : PLACES[numeric];
  if (!lonLat) return undefined;
  const [x, y] = projection(lonLat);
  const place = [round(x, 2), round(y, 2), Number(area.toPrecision(5))];
  if (!inRegion(lonLat)) return place;
  const [ix, iy] = insetProjection(lonLat);
  return [...place, round(ix + INSET.x, 2), round(iy + INSET.y, 2)];
}

const shapes = geometries.map((g) => {
  const { plain, across } = parts(g);
  return [g.id ?? null, plain, across ? (geoOutline(across) ?? '') : ''];
});
const usedArcs = new Set(shapes.flatMap(([, rings]) => rings.flat().map(arcOf)));
const arcs = lonLatArcs.map((_, index) => (usedArcs.has(index) ? deltas(project(index)) : []));

const places = {};
for (const numeric of [...new Set([...byId.keys(), ...Object.keys(PLACES)])].sort()) {
  const place = locate(numeric);
  if (place) places[numeric] = place;
}

// The inset: rings with an arc near its region, drawn from their own copy of those arcs.
const nearRegion = (index) => {
  const arc = lonLatArcs[index];
  let [w, s, e, n] = [Infinity, Infinity, -Infinity, -Infinity];
  for (let i = 0; i < arc.length; i += 2) {
    w = Math.min(w, arc[i]);
    e = Math.max(e, arc[i]);
    s = Math.min(s, arc[i + 1]);
    n = Math.max(n, arc[i + 1]);
  }
  return w <= east && e >= west && s <= north && n >= south;
};
const insetRings = geometries
  .map((g) => [g.id ?? null, ringsOf(g).filter((ring) => ring.some((index) => nearRegion(arcOf(index))))])
  .filter(([, rings]) => rings.length > 0);
const insetIndex = new Map();
for (const [, rings] of insetRings) for (const ring of rings) for (const index of ring) if (!insetIndex.has(arcOf(index))) insetIndex.set(arcOf(index), insetIndex.size);
const renumber = (index) => (index < 0 ? ~insetIndex.get(~index) : insetIndex.get(index));
const inset = {
  arcs: [...insetIndex.keys()].map((index) => deltas(projectInset(index))),
  countries: insetRings.map(([id, rings]) => [id, rings.map((ring) => ring.map(renumber))]),
};

const [[x0, y0], [x1, y1]] = geoOutline.bounds(corners);
const data = {
  // The globe's outline is a few points that need resampling to curve.
  sphere: geoPath(geoEqualEarth().fitExtent(frame, { type: 'Sphere' })).digits(1)({ type: 'Sphere' }) ?? '',
  arcs,
  countries: shapes,
  places,
  inset,
  region: [x0, y0, x1 - x0, y1 - y0].map((v) => round(v, 2)),
};

const json = JSON.stringify(data);
const ids = geometries.filter((g) => g.id !== undefined);
const module = `// Generated by scripts/gen-geometry.mjs from world-atlas countries-50m.json (Natural Earth 1:50m,
// public domain): country outlines keyed by ISO 3166-1 numeric id, simplified (keep ${KEEP}),
// quantized (${QUANTIZE}) and projected (Equal Earth) into the map's frame. Do not edit; run
// \`npm run gen:geometry\`.

import type { World } from '../world-data.js';

export const world = JSON.parse(${JSON.stringify(json)}) as World;
`;

mkdirSync(new URL('.', target), { recursive: true });
writeFileSync(target, module);
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} kB`;
console.log(
  `wrote ${target.pathname}: ${geometries.length} geometries (${ids.length} with ids), ` +
    `${kb(json.length)} JSON, ${kb(gzipSync(json, { level: 9 }).length)} gzip`,
);
