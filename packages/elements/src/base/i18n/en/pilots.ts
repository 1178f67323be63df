import type { PilotMessages } from '../pilots.js';
import { plural } from '../plural.js';

export const en: PilotMessages = {
  map: 'Map of pilot countries',
  caribbean: 'Eastern Caribbean',
  pilotCount: plural('1 pilot', 'pilots'),
  countryLabel: (name, pilots) => `${name}: ${pilots}`,
  legendCount: 'Pilots per country',
  orMore: (n) => `${n} or more`,
  legendSector: 'Sector',
  severalSectors: 'Several sectors',
  marker: 'Small country',
  countries: 'Pilot countries',
  more: (n) => `and ${n} more`,
  empty: 'No pilots yet.',
  emptyFiltered: 'No pilot matches this selection.',
  sector: 'Sector',
  status: 'Status',
  dpgs: 'Digital Public Goods',
  partners: 'Partners',
  announced: 'Announced',
  listByCountry: 'Pilots by country',
  listByPilot: 'Pilots',
  zoomIn: 'Zoom in',
  zoomOut: 'Zoom out',
  zoomReset: 'Show the whole world',
  sectors: { education: 'Education', health: 'Health', innovation: 'Innovation', youth: 'Youth' },
};
