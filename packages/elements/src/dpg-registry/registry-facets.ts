/**
 * The facets of `<dpg-registry>`: one fieldset of labelled checkboxes per group, each value
 * with its live count. Long groups show their first values and a toggle; the country group
 * has a box that narrows it and marks the countries where pathfinder pilots run.
 *
 * Every keystroke re-renders the facets, so each group renders at most a few dozen rows.
 */
import type { DpgClient, DpgFacets, DpgType, FacetCount, SdgNumber, Stage } from '@dpg-kit/sdk';
import { html, nothing, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { formatNumber, sdgTitle, type Locale, type Messages } from '../base/i18n/index.js';
import { textOn } from '../base/sdg.js';
import type { RegistryMessages } from '../base/i18n/registry.js';
import { sameValue, type FacetGroup, type Selection } from './registry-state.js';

/** A count in `lang`: `formatNumber`, which keeps one formatter per language tag. */
export const formatCount = formatNumber;

/** Values a long group shows before "Show all". */
export const SHORT_LIST = 8;

const GOALS = Array.from({ length: 17 }, (_, i) => (i + 1) as SdgNumber);

/** What the facet templates need from the element. */
export interface FacetContext {
  client: DpgClient;
  text: RegistryMessages;
  messages: Messages;
  locale: Locale;
  lang: string;
  selection: Selection;
  /** Countries where pathfinder pilots run. */
  pilotCountries: ReadonlySet<string>;
  /** Groups the reader opened in full. */
  expanded: ReadonlySet<FacetGroup>;
  /** Text typed in the country box. */
  countryFilter: string;
  onToggle: (group: FacetGroup, value: string) => void;
  onExpand: (group: FacetGroup) => void;
  onCountryFilter: (text: string) => void;
}

/** The readable name of one value of a group (checkbox labels and chips share it). */
export function valueLabel(group: FacetGroup, value: string, ctx: Pick<FacetContext, 'client' | 'text' | 'messages' | 'locale'>): string {
  const { card } = ctx.messages;
  switch (group) {
    case 'sdg':
      return `${value}. ${sdgTitle(ctx.client.sdgs.get(Number(value))!, ctx.locale)}`;
    case 'type':
      return card.typeNames[value as DpgType];
    case 'stage':
      return card.stageNames[value as Stage];
    case 'country':
      return ctx.client.countries.name(value, ctx.locale);
    case 'license': {
      const kind = value.toLowerCase();
      return kind === 'open' || kind === 'non-commercial' ? ctx.text.licenseKinds[kind] : value;
    }
    default:
      return value;
  }
}

interface Row {
  value: string;
  count: number;
}

/** Counts as rows, with every chosen value present (a chosen value may count 0 under the other filters). */
function rowsOf(group: FacetGroup, counts: readonly FacetCount<string | number>[], chosen: readonly string[]): Row[] {
  const rows: Row[] = counts.map(({ value, count }) => ({ value: String(value), count }));
  for (const value of chosen) if (!rows.some((row) => sameValue(group, row.value, value))) rows.push({ value, count: 0 });
  return rows;
}

function checkbox(group: FacetGroup, row: Row, label: TemplateResult | string, ctx: FacetContext, extra?: TemplateResult): TemplateResult {
  const checked = ctx.selection[group].some((value) => sameValue(group, value, row.value));
  return html`<li class="facet-value">
    <label part="facet-option">
      <input type="checkbox" .checked=${checked} @change=${() => ctx.onToggle(group, row.value)} />
      <span class="facet-label" dir="auto">${label}</span>${extra ?? nothing}
      <span class="count">${formatCount(row.count, ctx.lang)}</span>
    </label>
  </li>`;
}

function fieldset(group: FacetGroup, body: TemplateResult, ctx: FacetContext): TemplateResult {
  return html`<fieldset part="facet" class="facet facet-${group}">
    <legend>${ctx.text.groups[group]}</legend>
    ${body}
  </fieldset>`;
}

/** A list that shows SHORT_LIST rows until the reader asks for all of them. */
function longList(
  group: FacetGroup,
  rows: Row[],
  ctx: FacetContext,
  label: (row: Row) => TemplateResult | string = (row) => valueLabel(group, row.value, ctx),
): TemplateResult {
  const open = ctx.expanded.has(group) || rows.length <= SHORT_LIST + 1;
  const chosen = (row: Row) => ctx.selection[group].some((value) => sameValue(group, value, row.value));
  // Chosen values stay in view when the list is short.
  const shown = open ? rows : rows.filter((row, i) => i < SHORT_LIST || chosen(row));
  return html`<ul class="facet-values">
      ${repeat(shown, (row) => row.value, (row) => checkbox(group, row, label(row), ctx))}
    </ul>
    ${rows.length > SHORT_LIST + 1
      ? html`<button class="link-button more-values" type="button" aria-expanded=${open} @click=${() => ctx.onExpand(group)}>
          ${open ? ctx.text.showFewer : ctx.text.showAll(formatCount(rows.length, ctx.lang))}
        </button>`
      : nothing}`;
}

/** The 17 goals as coloured tiles, always all of them, in order. */
function sdgFacet(facets: DpgFacets, ctx: FacetContext): TemplateResult {
  const counts = new Map(facets.sdg.map(({ value, count }) => [value, count]));
  const items = GOALS.map((goal) => {
    // Goals 1 to 17 always have an official colour: the number takes black or white, whichever reads.
    const sdg = ctx.client.sdgs.get(goal)!;
    // Through the CSSOM (the `style` property): a strict CSP refuses style attributes.
    const swatch = `background: ${sdg.color}; color: ${textOn(sdg.color)}`;
    const label = html`<span class="sdg-number goal-number" .style=${swatch}>${formatCount(goal, ctx.lang)}</span>
      <span class="goal-title">${sdgTitle(sdg, ctx.locale)}</span>`;
    return checkbox('sdg', { value: String(goal), count: counts.get(goal) ?? 0 }, label, ctx);
  });
  return fieldset('sdg', html`<ul class="facet-values goals">${items}</ul>`, ctx);
}

function countryFacet(facets: DpgFacets, ctx: FacetContext): TemplateResult {
  const rows = rowsOf('country', facets.country, ctx.selection.country);
  const needle = ctx.countryFilter.trim().toLocaleLowerCase(ctx.locale);
  const matching = needle
    ? rows.filter((row) => row.value.toLowerCase() === needle || valueLabel('country', row.value, ctx).toLocaleLowerCase(ctx.locale).includes(needle))
    : rows;
  const pilot = (row: Row) =>
    ctx.pilotCountries.has(row.value) ? html`<span part="pilot-flag" class="pilot-flag">${ctx.text.pilotCountry}</span>` : undefined;
  const onInput = (event: Event) => ctx.onCountryFilter((event.target as HTMLInputElement).value);
  const body = html`<label class="country-search">
      <span class="visually-hidden">${ctx.text.findCountry}</span>
      <input type="search" part="country-search" placeholder=${ctx.text.findCountry} .value=${ctx.countryFilter} @input=${onInput} />
    </label>
    ${longListWith('country', matching, ctx, pilot)}`;
  return fieldset('country', body, ctx);
}

/** `longList` with something after each label (the pilot flag). */
function longListWith(group: FacetGroup, rows: Row[], ctx: FacetContext, after: (row: Row) => TemplateResult | undefined): TemplateResult {
  return longList(group, rows, ctx, (row) => html`${valueLabel(group, row.value, ctx)}${after(row) ? html` ${after(row)}` : nothing}`);
}

/**
 * Licences: the two kinds first (open, non-commercial), then the licences themselves. Kinds
 * and licences are one field of the query, so choosing both widens (either one will do).
 */
function licenseFacet(facets: DpgFacets, ctx: FacetContext): TemplateResult {
  const kinds = facets.licenseKind.filter((entry) => entry.value !== 'unknown');
  const kindRows = rowsOf(
    'license',
    kinds,
    ctx.selection.license.filter((value) => ['open', 'non-commercial'].includes(value.toLowerCase())),
  );
  const licenseRows = rowsOf(
    'license',
    facets.license,
    ctx.selection.license.filter((value) => !['open', 'non-commercial'].includes(value.toLowerCase())),
  );
  const body = html`<ul class="facet-values kinds">
      ${kindRows.map((row) => checkbox('license', row, valueLabel('license', row.value, ctx), ctx))}
    </ul>
    ${longList('license', licenseRows, ctx)}`;
  return fieldset('license', body, ctx);
}

function plainFacet(group: 'type' | 'stage' | 'sector', facets: DpgFacets, ctx: FacetContext): TemplateResult | typeof nothing {
  const rows = rowsOf(group, facets[group], ctx.selection[group]);
  if (rows.length === 0) return nothing;
  return fieldset(group, longList(group, rows, ctx), ctx);
}

/** Every facet group, in the order of `FacetGroup`; a group without values (often: sector) is left out. */
export function facetGroups(facets: DpgFacets, ctx: FacetContext): TemplateResult {
  return html`${sdgFacet(facets, ctx)} ${plainFacet('type', facets, ctx)} ${licenseFacet(facets, ctx)} ${countryFacet(facets, ctx)}
  ${plainFacet('stage', facets, ctx)} ${plainFacet('sector', facets, ctx)}`;
}
