/**
 * The strings of `<dpg-pilot-map>` and `<dpg-pilot-list>`, in every language the elements speak.
 *
 * They live here, not in the shared catalogue (base/i18n), so that a page showing only a card
 * does not download the map's words. Country names are not here: they come from
 * `Intl.DisplayNames` in the reader's language, through the SDK.
 */
import type { Locale } from '../base/i18n/index.js';

export interface PilotMessages {
  /** Accessible name of the map. */
  map: string;
  /** Title of the inset that enlarges the Eastern Caribbean. */
  caribbean: string;
  /** "3 pilots"; `formatted` is `count` written for the reader's language. */
  pilotCount: (count: number, formatted: string) => string;
  /** Accessible name of a country on the map: "Rwanda: 1 pilot". */
  countryLabel: (name: string, pilots: string) => string;
  /** Title of the legend when countries are coloured by their number of pilots. */
  legendCount: string;
  /** The last step of the count legend: "3 or more". */
  orMore: (formatted: string) => string;
  /** Title of the legend when countries are coloured by sector. */
  legendSector: string;
  /** A country whose pilots are in more than one sector. */
  severalSectors: string;
  /** Legend entry of the dots that stand for countries too small to see. */
  marker: string;
  /** Heading of the text list of pilot countries that the map carries for screen readers. */
  countries: string;
  /** The tooltip's last line when it cannot list every pilot: "and 2 more". */
  more: (formatted: string) => string;
  empty: string;
  emptyFiltered: string;
  /** Labels of a pilot's details in the list. */
  sector: string;
  status: string;
  dpgs: string;
  partners: string;
  announced: string;
  /** Accessible name of the list, grouped by country or by pilot. */
  listByCountry: string;
  listByPilot: string;
  /** The zoom buttons. */
  zoomIn: string;
  zoomOut: string;
  zoomReset: string;
  /** Sector names the data uses; a sector not named here shows as the data writes it. */
  sectors: Record<string, string>;
}

const plural = (one: string, many: string) => (count: number, formatted: string) => (count === 1 ? one : `${formatted} ${many}`);

const en: PilotMessages = {
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

const fr: PilotMessages = {
  map: 'Carte des pays pilotes',
  caribbean: 'Caraïbes orientales',
  pilotCount: (count, n) => (count < 2 ? `${n} projet pilote` : `${n} projets pilotes`),
  countryLabel: (name, pilots) => `${name} : ${pilots}`,
  legendCount: 'Projets pilotes par pays',
  orMore: (n) => `${n} ou plus`,
  legendSector: 'Secteur',
  severalSectors: 'Plusieurs secteurs',
  marker: 'Petit pays',
  countries: 'Pays pilotes',
  more: (n) => `et ${n} de plus`,
  empty: 'Aucun projet pilote pour l’instant.',
  emptyFiltered: 'Aucun projet pilote ne correspond à cette sélection.',
  sector: 'Secteur',
  status: 'Statut',
  dpgs: 'Biens publics numériques',
  partners: 'Partenaires',
  announced: 'Annoncé',
  listByCountry: 'Projets pilotes par pays',
  listByPilot: 'Projets pilotes',
  zoomIn: 'Zoom avant',
  zoomOut: 'Zoom arrière',
  zoomReset: 'Voir le monde entier',
  sectors: { education: 'Éducation', health: 'Santé', innovation: 'Innovation', youth: 'Jeunesse' },
};

const es: PilotMessages = {
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

const pt: PilotMessages = {
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

/** Arabic counts take the dual for two and the plural of the noun only from three to ten. */
function arabicCount(count: number, n: string): string {
  if (count === 1) return 'مشروع تجريبي واحد';
  if (count === 2) return 'مشروعان تجريبيان';
  const hundredth = count % 100;
  if (hundredth >= 3 && hundredth <= 10) return `${n} مشاريع تجريبية`;
  return `${n} مشروعًا تجريبيًا`;
}

const ar: PilotMessages = {
  map: 'خريطة البلدان التي تجري فيها المشاريع التجريبية',
  caribbean: 'شرق الكاريبي',
  pilotCount: arabicCount,
  countryLabel: (name, pilots) => `${name}: ${pilots}`,
  legendCount: 'عدد المشاريع التجريبية في كل بلد',
  orMore: (n) => `${n} أو أكثر`,
  legendSector: 'القطاع',
  severalSectors: 'عدة قطاعات',
  marker: 'بلد صغير',
  countries: 'بلدان المشاريع التجريبية',
  more: (n) => `و${n} غيرها`,
  empty: 'لا توجد مشاريع تجريبية بعد.',
  emptyFiltered: 'لا يوجد مشروع تجريبي يطابق هذا الاختيار.',
  sector: 'القطاع',
  status: 'الحالة',
  dpgs: 'المنافع العامة الرقمية',
  partners: 'الشركاء',
  announced: 'تاريخ الإعلان',
  listByCountry: 'المشاريع التجريبية حسب البلد',
  listByPilot: 'المشاريع التجريبية',
  zoomIn: 'تكبير',
  zoomOut: 'تصغير',
  zoomReset: 'عرض العالم كله',
  sectors: { education: 'التعليم', health: 'الصحة', innovation: 'الابتكار', youth: 'الشباب' },
};

const catalogue: Record<Locale, PilotMessages> = { en, fr, es, pt, ar };

export function pilotMessages(locale: Locale): PilotMessages {
  return catalogue[locale];
}

/** The sector's name in the reader's language, or the data's own word. */
export function sectorName(sector: string, messages: PilotMessages): string {
  return Object.hasOwn(messages.sectors, sector.toLowerCase()) ? messages.sectors[sector.toLowerCase()]! : sector;
}
