/**
 * The map's coordinate frame, known before the geometry arrives so that the placeholder has
 * the map's exact shape. The SVG draws in these units and scales to its container's width.
 * scripts/gen-geometry.mjs projects the geometry into this frame, and the inset's, at build time.
 */

/** Width of the map in SVG units. */
export const MAP_WIDTH = 960;
/** Height of the map in SVG units: the Equal Earth projection is about 2.05 times as wide as high. */
export const MAP_HEIGHT = 468;

/** The Eastern Caribbean inset, in SVG units, in the empty South Pacific corner of the map. */
export const INSET = { x: 6, y: 206, width: 150, height: 256, title: 20 } as const;

/** The inset's region, in degrees: the OECS states, Martinique and Guadeloupe. */
export const EASTERN_CARIBBEAN = { west: -63.4, east: -59.2, south: 11.8, north: 18.4 } as const;
