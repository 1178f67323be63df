/**
 * The strings of `<dpg-registry>`, in every language the elements speak. They live here, not
 * in base/i18n, so that a page with only cards never downloads them. Names of types, stages
 * and SDGs come from the shared catalogue.
 */
import type { DpgSort } from '@dpg-kit/sdk';
import type { Locale } from '../base/i18n/index.js';

/** How results are shown. */
export type RegistryView = 'cards' | 'table';

/** The facet groups of the registry, in the order they are shown. */
export type FacetGroup = 'sdg' | 'type' | 'license' | 'country' | 'stage' | 'sector';

export interface RegistryMessages {
  /** Accessible name of the whole widget. */
  label: string;
  search: string;
  searchPlaceholder: string;
  filters: string;
  groups: Record<FacetGroup, string>;
  licenseKinds: { open: string; 'non-commercial': string };
  /** Label of the box that narrows the country list. */
  findCountry: string;
  /** Marks a country where pathfinder pilots run. */
  pilotCountry: string;
  /** Toggle of a long facet list: show every value / only the first ones. */
  showAll: (count: string) => string;
  showFewer: string;
  activeFilters: string;
  /** Accessible name of a chip's remove button. */
  removeFilter: (label: string) => string;
  clearAll: string;
  /** The results count, as announced; `formatted` is `count` written for the reader. */
  results: (count: number, formatted: string) => string;
  sort: string;
  sortNames: Record<DpgSort, string>;
  view: string;
  viewNames: Record<RegistryView, string>;
  showMore: string;
  noResults: string;
  columns: { name: string; type: string; sdgs: string; license: string; countries: string; stage: string };
  /** Closes a result opened in place. */
  close: string;
}

const en: RegistryMessages = {
  label: 'Digital Public Goods Registry',
  search: 'Search Digital Public Goods',
  searchPlaceholder: 'Name, organisation or keyword',
  filters: 'Filters',
  groups: { sdg: 'Sustainable Development Goal', type: 'Type', license: 'Licence', country: 'Country', stage: 'Stage', sector: 'Sector' },
  licenseKinds: { open: 'Open licence', 'non-commercial': 'Non-commercial licence' },
  findCountry: 'Find a country',
  pilotCountry: 'pilot country',
  showAll: (count) => `Show all ${count}`,
  showFewer: 'Show fewer',
  activeFilters: 'Active filters',
  removeFilter: (label) => `Remove filter: ${label}`,
  clearAll: 'Clear all',
  results: (count, formatted) => (count === 1 ? '1 result' : `${formatted} results`),
  sort: 'Sort by',
  sortNames: { relevance: 'Relevance', name: 'Name', countries: 'Deployment countries' },
  view: 'View',
  viewNames: { cards: 'Cards', table: 'Table' },
  showMore: 'Show more',
  noResults: 'No Digital Public Good matches these filters.',
  columns: { name: 'Name', type: 'Type', sdgs: 'SDGs', license: 'Licence', countries: 'Countries', stage: 'Stage' },
  close: 'Close',
};

const fr: RegistryMessages = {
  label: 'Registre des biens publics numériques',
  search: 'Rechercher des biens publics numériques',
  searchPlaceholder: 'Nom, organisation ou mot-clé',
  filters: 'Filtres',
  groups: { sdg: 'Objectif de développement durable', type: 'Type', license: 'Licence', country: 'Pays', stage: 'Statut', sector: 'Secteur' },
  licenseKinds: { open: 'Licence ouverte', 'non-commercial': 'Licence non commerciale' },
  findCountry: 'Trouver un pays',
  pilotCountry: 'pays pilote',
  showAll: (count) => `Afficher les ${count}`,
  showFewer: 'Afficher moins',
  activeFilters: 'Filtres actifs',
  removeFilter: (label) => `Retirer le filtre : ${label}`,
  clearAll: 'Tout effacer',
  results: (count, formatted) => (count <= 1 ? `${formatted} résultat` : `${formatted} résultats`),
  sort: 'Trier par',
  sortNames: { relevance: 'Pertinence', name: 'Nom', countries: 'Pays de déploiement' },
  view: 'Affichage',
  viewNames: { cards: 'Cartes', table: 'Tableau' },
  showMore: 'Afficher plus',
  noResults: 'Aucun bien public numérique ne correspond à ces filtres.',
  columns: { name: 'Nom', type: 'Type', sdgs: 'ODD', license: 'Licence', countries: 'Pays', stage: 'Statut' },
  close: 'Fermer',
};

const es: RegistryMessages = {
  label: 'Registro de bienes públicos digitales',
  search: 'Buscar bienes públicos digitales',
  searchPlaceholder: 'Nombre, organización o palabra clave',
  filters: 'Filtros',
  groups: { sdg: 'Objetivo de Desarrollo Sostenible', type: 'Tipo', license: 'Licencia', country: 'País', stage: 'Estado', sector: 'Sector' },
  licenseKinds: { open: 'Licencia abierta', 'non-commercial': 'Licencia no comercial' },
  findCountry: 'Buscar un país',
  pilotCountry: 'país piloto',
  showAll: (count) => `Mostrar los ${count}`,
  showFewer: 'Mostrar menos',
  activeFilters: 'Filtros activos',
  removeFilter: (label) => `Quitar filtro: ${label}`,
  clearAll: 'Borrar todo',
  results: (count, formatted) => (count === 1 ? '1 resultado' : `${formatted} resultados`),
  sort: 'Ordenar por',
  sortNames: { relevance: 'Relevancia', name: 'Nombre', countries: 'Países de implementación' },
  view: 'Vista',
  viewNames: { cards: 'Tarjetas', table: 'Tabla' },
  showMore: 'Mostrar más',
  noResults: 'Ningún bien público digital coincide con estos filtros.',
  columns: { name: 'Nombre', type: 'Tipo', sdgs: 'ODS', license: 'Licencia', countries: 'Países', stage: 'Estado' },
  close: 'Cerrar',
};

const pt: RegistryMessages = {
  label: 'Registro de bens públicos digitais',
  search: 'Pesquisar bens públicos digitais',
  searchPlaceholder: 'Nome, organização ou palavra-chave',
  filters: 'Filtros',
  groups: { sdg: 'Objetivo de Desenvolvimento Sustentável', type: 'Tipo', license: 'Licença', country: 'País', stage: 'Estado', sector: 'Setor' },
  licenseKinds: { open: 'Licença aberta', 'non-commercial': 'Licença não comercial' },
  findCountry: 'Encontrar um país',
  pilotCountry: 'país piloto',
  showAll: (count) => `Mostrar todos os ${count}`,
  showFewer: 'Mostrar menos',
  activeFilters: 'Filtros ativos',
  removeFilter: (label) => `Remover filtro: ${label}`,
  clearAll: 'Limpar tudo',
  results: (count, formatted) => (count === 1 ? '1 resultado' : `${formatted} resultados`),
  sort: 'Ordenar por',
  sortNames: { relevance: 'Relevância', name: 'Nome', countries: 'Países de implantação' },
  view: 'Visualização',
  viewNames: { cards: 'Cartões', table: 'Tabela' },
  showMore: 'Mostrar mais',
  noResults: 'Nenhum bem público digital corresponde a estes filtros.',
  columns: { name: 'Nome', type: 'Tipo', sdgs: 'ODS', license: 'Licença', countries: 'Países', stage: 'Estado' },
  close: 'Fechar',
};

const ar: RegistryMessages = {
  label: 'سجل المنافع العامة الرقمية',
  search: 'البحث في المنافع العامة الرقمية',
  searchPlaceholder: 'الاسم أو المنظمة أو كلمة مفتاحية',
  filters: 'عوامل التصفية',
  groups: { sdg: 'هدف التنمية المستدامة', type: 'النوع', license: 'الترخيص', country: 'البلد', stage: 'المرحلة', sector: 'القطاع' },
  licenseKinds: { open: 'ترخيص مفتوح', 'non-commercial': 'ترخيص غير تجاري' },
  findCountry: 'ابحث عن بلد',
  pilotCountry: 'بلد تجريبي',
  showAll: (count) => `عرض الكل (${count})`,
  showFewer: 'عرض أقل',
  activeFilters: 'عوامل التصفية النشطة',
  removeFilter: (label) => `إزالة عامل التصفية: ${label}`,
  clearAll: 'مسح الكل',
  // A count with a label avoids the six plural forms of Arabic nouns.
  results: (_count, formatted) => `عدد النتائج: ${formatted}`,
  sort: 'الترتيب حسب',
  sortNames: { relevance: 'الصلة', name: 'الاسم', countries: 'بلدان النشر' },
  view: 'طريقة العرض',
  viewNames: { cards: 'بطاقات', table: 'جدول' },
  showMore: 'عرض المزيد',
  noResults: 'لا توجد منفعة عامة رقمية تطابق عوامل التصفية هذه.',
  columns: { name: 'الاسم', type: 'النوع', sdgs: 'أهداف التنمية المستدامة', license: 'الترخيص', countries: 'البلدان', stage: 'المرحلة' },
  close: 'إغلاق',
};

const catalogue: Record<Locale, RegistryMessages> = { en, fr, es, pt, ar };

/** The registry's strings in `locale`. */
export function registryMessages(locale: Locale): RegistryMessages {
  return catalogue[locale];
}
