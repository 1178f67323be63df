// Pages the visual checks load besides the examples: registry records with long names (a
// 200-character name, a 53-character word), every element in Arabic, and the map in dark.
const LONG_WORD = 'Interoperabilityframeworkforpublicdigitalinfrastructur'.slice(0, 53);
const LONG_NAME = `${'Open platform for community health records and '.repeat(5)}`.slice(0, 200);

function record(name, description) {
  return {
    name,
    description,
    website: 'https://example.org',
    license: [{ spdx: 'MIT', licenseURL: 'https://example.org/license' }],
    SDGs: [{ SDGNumber: 3, evidenceText: 'Health.' }],
    type: ['software'],
    repositoryURL: 'https://example.org/repo',
    organizations: [{ name: `${LONG_WORD} Foundation`, org_type: 'owner', website: 'https://example.org' }],
    locations: { developmentCountries: ['Kenya'], deploymentCountries: ['Kenya'] },
    stage: 'DPG',
  };
}

/** A legacy-format registry file with hostile names. */
export const LONG_NAMES_JSON = JSON.stringify([
  record(LONG_NAME, 'A record whose name is two hundred characters long.'),
  record(`${LONG_WORD} toolkit`, `A description with ${LONG_WORD} in it.`),
  record('Short', 'An ordinary record.'),
]);

const head = (title) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${title}</title><script type="module" src="/cdn/dpg-kit.js"></script></head>`;

export const VISUAL_PAGES = {
  '/visual/long-names.html': `${head('Long names')}<body><dpg-provider registry-src="/visual/long-names.json"><dpg-registry view="table"></dpg-registry></dpg-provider></body></html>`,
  '/visual/long-names-cards.html': `${head('Long names')}<body><dpg-provider registry-src="/visual/long-names.json"><dpg-registry></dpg-registry></dpg-provider></body></html>`,
  '/visual/arabic.html': `${head('Arabic')}<body lang="ar" dir="rtl"><dpg-card dpg-id="dhis2" variant="full"></dpg-card><p>DHIS2 <dpg-badge dpg-id="dhis2"></dpg-badge></p><dpg-cop-table></dpg-cop-table><dpg-pilot-map></dpg-pilot-map><dpg-pilot-list></dpg-pilot-list><dpg-registry view="table" page-size="4"></dpg-registry></body></html>`,
  '/visual/map-dark.html': `${head('Map, dark')}<body style="background:#101418"><dpg-pilot-map theme="dark"></dpg-pilot-map></body></html>`,
};
