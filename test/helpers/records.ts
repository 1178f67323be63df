// Hand-made model records for query tests: small, readable, each field chosen for a case.
import type { DigitalPublicGood } from '../../packages/sdk/src/model.js';

/** A record with sensible defaults; pass only what a test cares about. */
export function dpg(fields: Partial<DigitalPublicGood> & { id: string; name: string }): DigitalPublicGood {
  return {
    aliases: [],
    description: '',
    types: ['software'],
    licenses: [{ spdx: 'MIT', name: 'MIT', kind: 'open' }],
    sdgs: [],
    sectors: [],
    repositories: [],
    organizations: [],
    stage: 'dpg',
    countries: { deployment: [], development: [] },
    ...fields,
  };
}

export const RECORDS: DigitalPublicGood[] = [
  dpg({
    id: 'dhis2',
    registryId: '12094',
    name: 'DHIS2',
    aliases: ['District Health Information System 2'],
    description: 'Open platform for health and education data.',
    licenses: [{ spdx: 'BSD-3-Clause', name: 'BSD-3-Clause', kind: 'open' }],
    sdgs: [{ goal: 3 }, { goal: 4 }],
    sectors: ['Health', 'Education'],
    countries: { deployment: ['GM', 'LK', 'RW', 'SZ', 'UG'], development: ['NO'] },
  }),
  dpg({
    id: 'kolibri',
    name: 'Kolibri',
    description: 'Offline learning platform with reading content.',
    sdgs: [{ goal: 4 }],
    sectors: ['Education'],
    countries: { deployment: ['RW', 'KE'], development: ['US'] },
  }),
  dpg({
    id: 'storyweaver',
    name: 'StoryWeaver',
    types: ['content'],
    description: 'Open library of children’s stories for early reading.',
    licenses: [{ spdx: 'CC-BY-4.0', name: 'CC-BY-4.0', kind: 'open' }],
    sdgs: [{ goal: 4 }, { goal: 5 }],
    countries: { deployment: ['IN'], development: ['IN'] },
  }),
  dpg({
    id: 'weather-data',
    name: 'Weather Data Commons',
    types: ['data'],
    stage: 'nominee',
    description: 'Climate and weather observations; mentions health in passing.',
    licenses: [{ spdx: 'CC-BY-NC-4.0', name: 'CC-BY-NC-4.0', kind: 'non-commercial' }],
    sdgs: [{ goal: 13 }],
    countries: { deployment: [], development: ['KE'] },
  }),
];
