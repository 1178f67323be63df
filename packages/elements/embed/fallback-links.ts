/**
 * The light-DOM content a snippet puts inside its element: a link that readers without
 * JavaScript, and crawlers, see, and that the element hides once it upgrades (it renders no
 * default slot). In the element's language when the builder knows it.
 */
import type { EmbedTag } from './embed-attributes.js';
import { safeHref } from '../src/base/url.js';

export interface FallbackLink {
  href: string;
  text: string;
}

/** What the builder knows of the chosen DPG. */
export interface ChosenDpg {
  id: string;
  name: string;
  /** The registry page, else the good's website; http(s) only. */
  url?: string;
}

const REGISTRY = 'https://www.digitalpublicgoods.net/registry';
const ALLIANCE = 'https://www.digitalpublicgoods.net/';

type Phrases = { dpg: (name: string) => string; registry: string; pilots: string; cops: string };

const PHRASES: Record<string, Phrases> = {
  en: {
    dpg: (name) => `${name} in the Digital Public Goods Registry`,
    registry: 'The Digital Public Goods Registry',
    pilots: 'Pathfinder pilots of the Digital Public Goods Alliance',
    cops: 'Communities of Practice of the Digital Public Goods Alliance',
  },
  fr: {
    dpg: (name) => `${name} dans le registre des biens publics numériques`,
    registry: 'Le registre des biens publics numériques',
    pilots: 'Les projets pilotes de la Digital Public Goods Alliance',
    cops: 'Les communautés de pratique de la Digital Public Goods Alliance',
  },
  es: {
    dpg: (name) => `${name} en el Registro de Bienes Públicos Digitales`,
    registry: 'El Registro de Bienes Públicos Digitales',
    pilots: 'Los proyectos piloto de la Digital Public Goods Alliance',
    cops: 'Las comunidades de práctica de la Digital Public Goods Alliance',
  },
  pt: {
    dpg: (name) => `${name} no Registro de Bens Públicos Digitais`,
    registry: 'O Registro de Bens Públicos Digitais',
    pilots: 'Os projetos-piloto da Digital Public Goods Alliance',
    cops: 'As comunidades de prática da Digital Public Goods Alliance',
  },
  ar: {
    dpg: (name) => `${name} في سجل المنافع العامة الرقمية`,
    registry: 'سجل المنافع العامة الرقمية',
    pilots: 'المشاريع التجريبية لتحالف المنافع العامة الرقمية',
    cops: 'مجتمعات الممارسة لتحالف المنافع العامة الرقمية',
  },
};

export function fallbackLink(tag: EmbedTag, lang: string, dpg: ChosenDpg | null): FallbackLink {
  const phrases = PHRASES[lang.split('-')[0]!.toLowerCase()] ?? PHRASES.en!;
  switch (tag) {
    case 'dpg-card':
    case 'dpg-badge':
      return dpg ? { href: safeHref(dpg.url) ?? REGISTRY, text: phrases.dpg(dpg.name) } : { href: REGISTRY, text: phrases.registry };
    case 'dpg-registry':
      return { href: REGISTRY, text: phrases.registry };
    case 'dpg-cop-table':
      return { href: ALLIANCE, text: phrases.cops };
    default:
      return { href: ALLIANCE, text: phrases.pilots };
  }
}
