import type { PilotMessages } from '../pilots.js';
import { plural } from '../plural.js';

export const pt: PilotMessages = {
  map: 'Mapa dos países-piloto',
  caribbean: 'Caribe Oriental',
  pilotCount: plural('1 piloto', 'pilotos'),
  countryLabel: (name, pilots) => `${name}: ${pilots}`,
  legendCount: 'Pilotos por país',
  orMore: (n) => `${n} ou mais`,
  legendSector: 'Setor',
  severalSectors: 'Vários setores',
  marker: 'País pequeno',
  countries: 'Países-piloto',
  more: (n) => `e mais ${n}`,
  empty: 'Ainda não há pilotos.',
  emptyFiltered: 'Nenhum piloto corresponde a esta seleção.',
  sector: 'Setor',
  status: 'Situação',
  dpgs: 'Bens públicos digitais',
  partners: 'Parceiros',
  announced: 'Anunciado',
  listByCountry: 'Pilotos por país',
  listByPilot: 'Pilotos',
  zoomIn: 'Aproximar',
  zoomOut: 'Afastar',
  zoomReset: 'Ver o mundo inteiro',
  sectors: { education: 'Educação', health: 'Saúde', innovation: 'Inovação', youth: 'Juventude' },
};
