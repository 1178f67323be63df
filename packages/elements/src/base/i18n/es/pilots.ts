import type { PilotMessages } from '../pilots.js';
import { plural } from '../plural.js';

export const es: PilotMessages = {
  map: 'Mapa de los países piloto',
  caribbean: 'Caribe oriental',
  pilotCount: plural('1 piloto', 'pilotos'),
  countryLabel: (name, pilots) => `${name}: ${pilots}`,
  legendCount: 'Pilotos por país',
  orMore: (n) => `${n} o más`,
  legendSector: 'Sector',
  severalSectors: 'Varios sectores',
  marker: 'País pequeño',
  countries: 'Países piloto',
  more: (n) => `y ${n} más`,
  empty: 'Todavía no hay pilotos.',
  emptyFiltered: 'Ningún piloto corresponde a esta selección.',
  sector: 'Sector',
  status: 'Estado',
  dpgs: 'Bienes públicos digitales',
  partners: 'Socios',
  announced: 'Anunciado',
  listByCountry: 'Pilotos por país',
  listByPilot: 'Pilotos',
  zoomIn: 'Acercar',
  zoomOut: 'Alejar',
  zoomReset: 'Ver el mundo entero',
  sectors: { education: 'Educación', health: 'Salud', innovation: 'Innovación', youth: 'Juventud' },
};
