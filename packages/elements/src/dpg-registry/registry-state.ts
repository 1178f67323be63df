/**
 * What `<dpg-registry>` is showing, as plain data: the search text, the chosen value(s) of each
 * facet, and the sort. It comes from attributes (a partner's presets) or from the page's URL,
 * goes back into the URL, and becomes an SDK query. Pure functions only: the element owns when.
 */
import type { DpgQuery, DpgSort, DpgType, SdgNumber, Stage } from '@dpg-kit/sdk';

/** How results are shown. */
export type RegistryView = 'cards' | 'table';

/** The facet groups of the registry, in the order they are shown. */
export type FacetGroup = 'sdg' | 'type' | 'license' | 'country' | 'stage' | 'sector';

/** The chosen values of every facet group, each list in the order they were chosen. */
export type Selection = Record<FacetGroup, string[]>;

export interface RegistryState {
  q: string;
  selection: Selection;
  sort: DpgSort;
}

export const FACET_GROUPS: readonly FacetGroup[] = ['sdg', 'type', 'license', 'country', 'stage', 'sector'];
export const SORTS: readonly DpgSort[] = ['relevance', 'name', 'countries'];
const TYPES: readonly string[] = ['software', 'content', 'data', 'ai-model', 'standard'];
const STAGES: readonly string[] = ['dpg', 'nominee'];

/**
 * The values of one group from an attribute or URL parameter: a list split on commas (and on
 * spaces, except for licence names and sectors, which may hold them), each checked and written
 * the way the facets write it. Anything invalid is left out, so a typo in a preset narrows
 * nothing instead of breaking the widget.
 */
export function parseValues(group: FacetGroup, text: string | null | undefined): string[] {
  const separator = group === 'license' || group === 'sector' ? /,/ : /[\s,]+/;
  const out: string[] = [];
  for (const raw of (text ?? '').split(separator)) {
    const value = normalizeValue(group, raw.trim());
    if (value !== undefined && !out.some((seen) => sameValue(group, seen, value))) out.push(value);
  }
  return out;
}

function normalizeValue(group: FacetGroup, value: string): string | undefined {
  if (!value) return undefined;
  switch (group) {
    case 'sdg': {
      const goal = Number(value.replace(/^sdg\s*/i, ''));
      return Number.isInteger(goal) && goal >= 1 && goal <= 17 ? String(goal) : undefined;
    }
    case 'type':
    case 'stage': {
      const folded = value.toLowerCase();
      return (group === 'type' ? TYPES : STAGES).includes(folded) ? folded : undefined;
    }
    case 'country':
      return /^[a-z]{2}$/i.test(value) ? value.toUpperCase() : undefined;
    default:
      return value;
  }
}

/** Whether two values of a group are the same choice (licences and sectors ignore case). */
export function sameValue(group: FacetGroup, a: string, b: string): boolean {
  return group === 'license' || group === 'sector' ? a.toLowerCase() === b.toLowerCase() : a === b;
}

export function isSort(value: string | null | undefined): value is DpgSort {
  return SORTS.includes(value as DpgSort);
}

export function emptySelection(): Selection {
  return { sdg: [], type: [], license: [], country: [], stage: [], sector: [] };
}

/** `values` with `value` added, or taken out when it is there. */
export function toggled(group: FacetGroup, values: readonly string[], value: string): string[] {
  return values.some((v) => sameValue(group, v, value)) ? values.filter((v) => !sameValue(group, v, value)) : [...values, value];
}

/** The SDK query of a state (without paging). */
export function toQuery(state: RegistryState): DpgQuery {
  const { selection } = state;
  const query: DpgQuery = {};
  const q = state.q.trim();
  if (q) query.q = q;
  if (selection.sdg.length) query.sdg = selection.sdg.map((goal) => Number(goal) as SdgNumber);
  if (selection.type.length) query.type = selection.type as DpgType[];
  if (selection.license.length) query.license = selection.license;
  // Attribute values are strings: the query checks each code when it runs (invalid-query).
  if (selection.country.length) query.country = selection.country as DpgQuery['country'];
  if (selection.stage.length) query.stage = selection.stage as Stage[];
  if (selection.sector.length) query.sector = selection.sector;
  // Without a search text, relevance is name order: say so, so both give one query.
  query.sort = state.sort === 'relevance' && !q ? 'name' : state.sort;
  return query;
}

/** Whether the state narrows anything (a search text or a chosen value). */
export function isFiltered(state: RegistryState): boolean {
  return state.q.trim() !== '' || FACET_GROUPS.some((group) => state.selection[group].length > 0);
}

/**
 * The URL parameters of a state, each name starting with `prefix`, so the host page's own
 * parameters live beside them. Only what differs from an empty state is written; when that
 * is nothing but the page has presets, an empty `q` says "no filters" so that going back to this
 * entry does not bring the presets back.
 */
export function toParams(state: RegistryState, prefix: string, hasPresets: boolean): [string, string][] {
  const params: [string, string][] = [];
  if (state.q.trim()) params.push([`${prefix}q`, state.q]);
  for (const group of FACET_GROUPS) {
    if (state.selection[group].length) params.push([`${prefix}${group}`, state.selection[group].join(',')]);
  }
  if (state.sort !== 'relevance') params.push([`${prefix}sort`, state.sort]);
  if (params.length === 0 && hasPresets) params.push([`${prefix}q`, '']);
  return params;
}

/** The state a URL describes, or undefined when it has none of the prefixed parameters. */
export function fromParams(search: URLSearchParams, prefix: string): RegistryState | undefined {
  if (![...search.keys()].some((key) => key.startsWith(prefix))) return undefined;
  const selection = emptySelection();
  for (const group of FACET_GROUPS) selection[group] = parseValues(group, search.get(`${prefix}${group}`));
  const sort = search.get(`${prefix}sort`);
  return { q: search.get(`${prefix}q`) ?? '', selection, sort: isSort(sort) ? sort : 'relevance' };
}

/** The page's URL with the state's parameters in place of the old ones. */
export function urlWith(href: string, state: RegistryState, prefix: string, hasPresets: boolean): string {
  const url = new URL(href);
  for (const key of [...url.searchParams.keys()]) if (key.startsWith(prefix)) url.searchParams.delete(key);
  for (const [key, value] of toParams(state, prefix, hasPresets)) url.searchParams.append(key, value);
  return url.href;
}

/** Whether two states show the same thing. */
export function sameState(a: RegistryState, b: RegistryState): boolean {
  return (
    a.q === b.q &&
    a.sort === b.sort &&
    FACET_GROUPS.every((group) => a.selection[group].join('\n') === b.selection[group].join('\n'))
  );
}
