/**
 * Where places are that the map's geometry lacks, as [longitude, latitude] of their centroid,
 * keyed by ISO 3166-1 numeric code. Natural Earth draws the French overseas departments as
 * parts of France (250), so a pilot there would otherwise colour France; a few small islands
 * have no outline at 1:50m at all. Montserrat is here in case a coarser simplification drops
 * its outline. The United States Minor Outlying Islands, spread over the Pacific, have no one
 * place and stay off the map (the text list still names them). scripts/gen-geometry.mjs projects
 * these into the map's frame with the countries' own centroids.
 */
export const PLACES: Readonly<Record<string, readonly [number, number]>> = {
  '474': [-61.02, 14.65], // Martinique
  '312': [-61.55, 16.24], // Guadeloupe
  '254': [-53.13, 3.93], // French Guiana
  '638': [55.54, -21.13], // Réunion
  '175': [45.15, -12.83], // Mayotte
  '500': [-62.19, 16.74], // Montserrat
  '535': [-68.26, 12.18], // Bonaire, Sint Eustatius and Saba (at Bonaire, the largest)
  '292': [-5.35, 36.14], // Gibraltar
  '798': [179.2, -8.52], // Tuvalu
  '772': [-171.85, -9.17], // Tokelau
  '162': [105.69, -10.45], // Christmas Island
  '166': [96.87, -12.16], // Cocos (Keeling) Islands
  '744': [16.0, 78.5], // Svalbard and Jan Mayen (at Svalbard)
  '074': [3.41, -54.42], // Bouvet Island
};
