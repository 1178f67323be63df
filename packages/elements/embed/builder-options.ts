/**
 * What the snippet builder offers for each element: its options (each an attribute of the
 * element, with the element's default first, so a default never reaches a snippet), whether it
 * shows one DPG, the height its iframe starts with, and its light-DOM fallback link.
 */
import type { EmbedTag } from './embed-attributes.js';

export interface SelectOption {
  kind: 'select';
  name: string;
  label: string;
  /** `[value, label]` pairs; the first is the element's default. */
  values: readonly (readonly [string, string])[];
}

export interface TextOption {
  kind: 'text';
  name: string;
  label: string;
  /** Shown under the field: what it takes. */
  hint: string;
}

export type ElementOption = SelectOption | TextOption;

export interface ElementChoice {
  tag: EmbedTag;
  label: string;
  /** `one`: the element shows one DPG; `filter`: a DPG narrows what it shows (optional). */
  dpg: 'one' | 'filter' | 'none';
  options: readonly ElementOption[];
}

const HEADING_LEVEL = (fallback: number): SelectOption => ({
  kind: 'select',
  name: 'heading-level',
  label: 'Heading level',
  values: [[String(fallback), `h${fallback} (default)`], ...[1, 2, 3, 4, 5, 6].filter((level) => level !== fallback).map((level) => [String(level), `h${level}`] as const)],
});

const PILOT_FILTERS: readonly ElementOption[] = [
  { kind: 'text', name: 'country', label: 'Countries', hint: 'ISO codes, e.g. RW KE (empty: all)' },
  { kind: 'text', name: 'sector', label: 'Sectors', hint: 'e.g. health, education (empty: all)' },
];

export const ELEMENTS: readonly ElementChoice[] = [
  {
    tag: 'dpg-card',
    label: 'Card: one DPG',
    dpg: 'one',
    options: [
      { kind: 'select', name: 'variant', label: 'Variant', values: [['compact', 'Compact'], ['full', 'Full: indicators and pilots']] },
      HEADING_LEVEL(3),
    ],
  },
  {
    tag: 'dpg-badge',
    label: 'Badge: "Digital Public Good" in a sentence',
    dpg: 'one',
    options: [{ kind: 'select', name: 'size', label: 'Size', values: [['medium', 'Medium'], ['small', 'Small'], ['large', 'Large']] }],
  },
  {
    tag: 'dpg-registry',
    label: 'Registry: search and filters',
    dpg: 'none',
    options: [
      { kind: 'text', name: 'q', label: 'Search text', hint: 'Preset search, e.g. health records' },
      {
        kind: 'select',
        name: 'sdg',
        label: 'SDG',
        values: [['', 'Any'], ...Array.from({ length: 17 }, (_, index) => [String(index + 1), `SDG ${index + 1}`] as const)],
      },
      {
        kind: 'select',
        name: 'type',
        label: 'Type',
        values: [['', 'Any'], ['software', 'Software'], ['content', 'Content'], ['data', 'Data'], ['ai-model', 'AI model'], ['standard', 'Standard']],
      },
      { kind: 'select', name: 'view', label: 'View', values: [['cards', 'Cards'], ['table', 'Table']] },
      { kind: 'select', name: 'sort', label: 'Sort', values: [['relevance', 'Relevance'], ['name', 'Name'], ['countries', 'Countries']] },
      { kind: 'select', name: 'page-size', label: 'Results per page', values: [['24', '24'], ['6', '6'], ['12', '12'], ['48', '48']] },
    ],
  },
  {
    tag: 'dpg-pilot-map',
    label: 'Pilot map',
    dpg: 'filter',
    options: [...PILOT_FILTERS, { kind: 'select', name: 'color-by', label: 'Colour by', values: [['count', 'Number of pilots'], ['sector', 'Sector']] }],
  },
  {
    tag: 'dpg-pilot-list',
    label: 'Pilot list',
    dpg: 'filter',
    options: [...PILOT_FILTERS, { kind: 'select', name: 'group-by', label: 'Group by', values: [['country', 'Country'], ['pilot', 'Pilot']] }, HEADING_LEVEL(3)],
  },
  {
    tag: 'dpg-cop-table',
    label: 'Communities of Practice table',
    dpg: 'none',
    options: [
      { kind: 'select', name: 'status', label: 'Status', values: [['all', 'All'], ['complete', 'Complete'], ['in-progress', 'In progress'], ['coming-soon', 'Coming soon']] },
      { kind: 'text', name: 'caption', label: 'Caption', hint: 'The table’s title (empty: the default)' },
    ],
  },
];

export function elementChoice(tag: string): ElementChoice {
  return ELEMENTS.find((choice) => choice.tag === tag) ?? ELEMENTS[0]!;
}

/** The iframe's `height` before dpg-embed.js fits it: about the element's usual height. */
export function frameHeight(tag: EmbedTag, attributes: ReadonlyMap<string, string>): number {
  switch (tag) {
    case 'dpg-card':
      return attributes.get('variant') === 'full' ? 760 : 340;
    case 'dpg-badge':
      return 48;
    case 'dpg-registry':
      return 900;
    case 'dpg-pilot-map':
      return 520;
    default:
      return 560;
  }
}

export const LANGUAGES: readonly (readonly [string, string])[] = [
  ['', 'The page’s language'],
  ['en', 'English'],
  ['fr', 'Français'],
  ['es', 'Español'],
  ['pt', 'Português'],
  ['ar', 'العربية'],
];
