/**
 * The shape of the map's generated geometry (generated/world-50m.ts, written by
 * scripts/gen-geometry.mjs): what the generator writes and what world-layout.ts reads.
 */

/** A ring of a polygon: indices of arcs, negative ones (`~i`) reversed. */
export type Ring = number[];

/** The map's geometry, projected: lengths in SVG units of the frame (map-frame.ts). */
export interface World {
  /** The globe's outline, as a path. */
  sphere: string;
  /**
   * The arcs (stretches of border, each shared by up to two countries) in tenths of a unit,
   * flat: the first point [x, y], then each point's step from the one before.
   */
  arcs: number[][];
  /**
   * Each country: its ISO 3166-1 numeric code as three digits (null for a few disputed lands),
   * its rings of arcs, and the path of its polygons that cross the antimeridian, cut at the map's
   * edge ('' when none do).
   */
  countries: [id: string | null, rings: Ring[], across: string][];
  /**
   * Where each country goes, by numeric code: its centroid and its area (square units; 0 when
   * it has no outline) on the world map, then its centroid in the inset when it lies there.
   */
  places: Record<string, [x: number, y: number, area: number] | [x: number, y: number, area: number, insetX: number, insetY: number]>;
  /** The Eastern Caribbean inset: its own arcs (as `arcs`), and the rings that reach into it. */
  inset: { arcs: number[][]; countries: [id: string | null, rings: Ring[]][] };
  /** The inset's region on the world map: [x, y, width, height]. */
  region: [x: number, y: number, width: number, height: number];
}
