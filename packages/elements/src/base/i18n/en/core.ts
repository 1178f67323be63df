import type { Messages } from '../messages.js';

export const en: Messages = {
  loading: 'Loading…',
  retry: 'Retry',
  errors: {
    unreachable: 'Could not reach the data source. Check the connection and retry.',
    server: 'The data source answered with an error. Retry in a moment.',
    unreadable: 'The data could not be read.',
  },
  showMore: 'Show more',
  showLess: 'Show less',
  card: {
    empty: 'No Digital Public Good selected.',
    notFound: (id) => `No Digital Public Good with the id “${id}” is in the registry.`,
    types: 'Type',
    sdgs: 'Sustainable Development Goals',
    licenses: 'Licence',
    stage: 'Stage',
    countries: 'Countries',
    deployedIn: 'Countries of deployment',
    developedIn: 'Countries of development',
    notStated: 'Not stated in the registry',
    deployedWith: 'Deployed with',
    links: 'Links',
    website: 'Website',
    repository: 'Repository',
    registryPage: 'Registry page',
    indicators: 'DPG Standard',
    pilots: 'Pilots',
    noPilots: 'No pathfinder pilot uses it yet.',
    pilotsUnavailable: 'The pilots could not be loaded.',
    stageNames: { dpg: 'Digital Public Good', nominee: 'Nominee' },
    typeNames: { software: 'Software', content: 'Content', data: 'Data', 'ai-model': 'AI model', standard: 'Standard' },
    indicatorNames: {
      ownership: 'Clear ownership',
      license: 'Open licence',
      platformIndependence: 'Platform independence',
      documentation: 'Documentation',
      nonPII: 'Mechanism for extracting data and content',
      privacy: 'Privacy and applicable laws',
      standards: 'Standards and best practices',
      doNoHarm: 'Do no harm by design',
    },
    indicatorMet: { met: 'Met', notMet: 'Not met', unclear: 'Unclear' },
    pilotStatus: { announced: 'Announced', active: 'Active', complete: 'Complete' },
  },
  badge: {
    notFound: 'Not in the DPG Registry',
    error: 'DPG badge unavailable.',
    dpg: 'Digital Public Good',
    nominee: 'DPG nominee',
    link: (name) => `${name} in the Digital Public Goods Registry`,
    linkAsOf: (name, date, snapshot) =>
      snapshot
        ? `${name} in the Digital Public Goods Registry (snapshot as of ${date})`
        : `${name} in the Digital Public Goods Registry (as of ${date})`,
  },
  source: {
    snapshot: (date) => (date ? `DPG Registry snapshot, as of ${date}` : 'DPG Registry snapshot'),
    other: (name, date) => (date ? `Source: ${name}, as of ${date}` : `Source: ${name}`),
    stale: (date) =>
      date
        ? `Live registry unavailable; showing the snapshot of ${date}.`
        : 'Live registry unavailable; showing a saved copy.',
  },
};
