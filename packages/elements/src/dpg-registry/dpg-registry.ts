/**
 * `<dpg-registry>`: search, facets and results for the whole registry.
 */
import type { DigitalPublicGood, DpgQuery, DpgSort } from '@dpg-kit/sdk';
import { html, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { guard } from 'lit/directives/guard.js';
import { DataController } from '../base/data-controller.js';
import { DpgDataElement } from '../base/dpg-data-element.js';
import { clampHeadingLevel } from '../base/dpg-element.js';
import { sharedStyles } from '../base/theme.styles.js';
import { registryStyles } from './dpg-registry.styles.js';
import { registryMessages, type RegistryMessages } from '../base/i18n/registry.js';
import { facetGroups, formatCount, valueLabel, type FacetContext } from './registry-facets.js';
import { RegistryFocusController } from './registry-focus.js';
import { MAX_PAGE, knownPilotCountries, loadResults, type RegistryResults } from './registry-loader.js';
import { chipsBar, searchBox, toolbar, type Chip, type ControlsContext } from './registry-controls.js';
import { resultsArea, resultsSkeleton, type ResultsContext } from './registry-results.js';
import {
  FACET_GROUPS,
  emptySelection,
  isFiltered,
  isSort,
  parseValues,
  toQuery,
  toggled,
  type FacetGroup,
  type RegistryState,
  type RegistryView,
} from './registry-state.js';
import { RegistryUrlController } from './registry-url.js';

export type { RegistryResults } from './registry-loader.js';

const DEFAULT_PAGE_SIZE = 24;

/**
 * Search, facets and results for the whole Digital Public Goods Registry, for any page.
 *
 * Typing searches at once (prefix and typo tolerant); facets for SDG, type, licence, country
 * (countries with pathfinder pilots are marked), stage and sector show live counts; chosen
 * values show as chips that remove themselves. Results are compact cards or a dense table,
 * sorted by relevance, name or number of deployment countries, a page at a time. Attributes
 * preset the filters (`sdg="4" country="RW"`), and `sync-url` keeps them in the page's URL so
 * that a link shares them and Back and Forward step through them.
 *
 * The search index is built when the browser is idle after the first results, or when the
 * search box gets focus, in steps short enough to leave typing smooth.
 *
 * @tagname dpg-registry
 * @summary Search, facets and results for the whole registry.
 *
 * @fires dpg-select - The reader chose a result (`detail.id`, `detail.dpg`). Cancelable: cancelling keeps the page where it is.
 * @fires dpg-change - The reader changed the search, a filter or the sort; `detail.query` is the SDK query.
 * @fires dpg-load - Results are shown (`detail.empty` when nothing matches); after every change.
 * @fires dpg-error - Loading failed; `detail.error` is the `DpgError`.
 *
 * @slot loading - Replaces the skeleton shown while the registry loads.
 * @slot error - Replaces the error message and Retry button.
 *
 * @csspart search - The search box.
 * @csspart facets - The column of facets.
 * @csspart filters-toggle - The "Filters" button that shows the folded facets on a narrow registry.
 * @csspart facet - One facet group (a fieldset).
 * @csspart facet-option - One value of a facet (its label).
 * @csspart country-search - The box that narrows the country list.
 * @csspart pilot-flag - The mark of a country with pathfinder pilots.
 * @csspart chips - The list of active filters.
 * @csspart chip - One active filter (a button that removes it).
 * @csspart clear - The Clear all button.
 * @csspart count - The results count (a polite live region).
 * @csspart sort - The sort select.
 * @csspart view - The view select.
 * @csspart results - The list of result cards.
 * @csspart result - One result card.
 * @csspart table - The results table.
 * @csspart row - One row of the table.
 * @csspart expanded - The full card of a result opened in place.
 * @csspart more - The Show more button.
 * @csspart empty - The message when nothing matches.
 * @csspart loading - The loading state.
 * @csspart error - The error state.
 * @csspart retry - The Retry button.
 *
 * @cssprop --dpg-registry-background - Background behind the search, facets and results (default: `--dpg-color-surface`).
 * @cssprop --dpg-registry-facets-width - Width of the facet column (default: 16rem).
 * @cssprop --dpg-registry-card-min-width - Narrowest result card before the grid wraps (default: 18rem).
 * @cssprop --dpg-registry-gap - Space between cards and sections (default: 4 × `--dpg-space`).
 */
export class DpgRegistry extends DpgDataElement {
  static override styles = [...DpgDataElement.styles, sharedStyles, registryStyles];

  /** Search text. */
  @property() q = '';
  /** SDG numbers to show, separated by commas or spaces (`"3 4"`). */
  @property() sdg = '';
  /** Types to show: `software`, `content`, `data`, `ai-model`, `standard`. */
  @property() type = '';
  /** Licences to show, separated by commas: SPDX ids, or the kinds `open` and `non-commercial`. */
  @property() license = '';
  /** ISO 3166-1 alpha-2 codes of deployment or development countries (`"RW KE"`). */
  @property() country = '';
  /** Stages to show: `dpg`, `nominee`. */
  @property() stage = '';
  /** Sectors to show, separated by commas. */
  @property() sector = '';
  /** `relevance` (default; name order without a search text), `name` or `countries` (most deployment countries first). */
  @property() sort: DpgSort = 'relevance';
  /** `cards` (default) or `table`. */
  @property({ reflect: true }) view: RegistryView = 'cards';
  /** `inline` opens a chosen result as a full card in place; by default choosing only emits `dpg-select`. */
  @property() expand: 'inline' | 'none' = 'none';
  /** Keeps the search, filters and sort in the page's URL (Back and Forward restore them). */
  @property({ attribute: 'sync-url', type: Boolean }) syncUrl = false;
  /** Prefix of this element's URL parameters, so the page's own stay untouched (default `dpg-`). */
  @property({ attribute: 'url-prefix' }) urlPrefix = 'dpg-';
  /** Results per page: shown at first, and added by "Show more" (default 24). */
  @property({ attribute: 'page-size', type: Number }) pageSize = DEFAULT_PAGE_SIZE;
  /** Heading level of each result's name, 1–6 (default 2: results under the page's title). */
  @property({ attribute: 'heading-level', type: Number }) headingLevel = 2;

  /** How many results are asked for: a page, plus one more per "Show more". */
  @state() private shown = 0;
  @state() private expandedId: string | undefined;
  @state() private openGroups = new Set<FacetGroup>();
  @state() private countryFilter = '';
  /** On a narrow registry the facets fold behind a "Filters" button; this is that button's state. */
  @state() private filtersOpen = false;

  private searchScheduled = false;
  /** The pilot countries the results shown are waiting for, if any. */
  private pilotsAwaited: Promise<unknown> | undefined;

  protected readonly data = new DataController(this, {
    args: () => [this.client, JSON.stringify(this.query), this.shown || this.pageSizeOrDefault] as const,
    load: ([client, query, shown], signal) => loadResults(client, JSON.parse(query) as DpgQuery, shown, signal),
    isEmpty: (results: RegistryResults) => results.total === 0,
  });

  private readonly url = new RegistryUrlController(this, { read: () => this.registryState, apply: (next) => this.applyState(next) });

  private readonly focusTo = new RegistryFocusController(this, () =>
    this.data.value && this.data.state !== 'loading' ? this.data.value.items.length : undefined,
  );

  /** `loading`, `ready`, `empty` (nothing matches) or `error`. */
  get state() {
    return this.data.state;
  }

  /** The search, filters and sort as plain data. */
  get registryState(): RegistryState {
    const selection = emptySelection();
    for (const group of FACET_GROUPS) selection[group] = parseValues(group, this[group]);
    return { q: this.q, selection, sort: isSort(this.sort) ? this.sort : 'relevance' };
  }

  /** The SDK query the element shows (without paging). */
  get query(): DpgQuery {
    return toQuery(this.registryState);
  }

  private get pageSizeOrDefault(): number {
    const size = Math.trunc(this.pageSize);
    return size >= 1 ? Math.min(size, MAX_PAGE) : DEFAULT_PAGE_SIZE;
  }

  private get text(): RegistryMessages {
    return registryMessages(this.i18n.locale);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // A new question starts from its first page; the result opened in place closes.
    const queryChanged = [...FACET_GROUPS, 'q', 'sort', 'pageSize'].some((key) => changed.has(key as keyof DpgRegistry));
    if (queryChanged) {
      this.shown = this.pageSizeOrDefault;
      this.expandedId = undefined;
      this.focusTo.cancel();
    }
  }

  protected override updated(): void {
    const value = this.data.value;
    if (!value || this.data.state === 'loading') return;
    // Results shown before the pilot countries (a first page): the marks follow them.
    if (value.pilotsLater && value.pilotsLater !== this.pilotsAwaited) {
      this.pilotsAwaited = value.pilotsLater;
      value.pilotsLater.then(() => this.data.value === value && this.requestUpdate(), () => undefined);
    }
    if (this.searchScheduled) return;
    this.searchScheduled = true;
    whenIdle(() => this.prepareSearch());
  }

  /** Builds the search index now, unless it is built or building (the client builds it once). */
  private prepareSearch(): void {
    this.client.dpgs.prepareSearch().catch(() => undefined);
  }

  /** Sets the search, filters and sort from `next`. */
  private applyState(next: RegistryState): void {
    this.q = next.q;
    for (const group of FACET_GROUPS) this[group] = next.selection[group].join(',');
    this.sort = next.sort;
  }

  /** After a change by the reader: tells the page, and writes the URL (a new entry unless `replace`). */
  private changed(replace = false): void {
    const current = this.registryState;
    this.emit('dpg-change', { query: toQuery(current) });
    this.url.write(current, replace);
  }

  protected override render(): TemplateResult {
    const { lang, dir } = this.i18n;
    const text = this.text;
    const value = this.data.value;
    const state = this.data.state;
    const controls = this.controls(value, text);
    return html`<section class="registry" lang=${lang} dir=${dir} aria-label=${text.label}>
      ${searchBox(controls)}
      <div class="layout">
        <div class="facet-column">
          ${this.filtersToggle(text)}
          <div part="facets" id="facets" class="facets ${this.filtersOpen ? 'open' : ''}" role="group" aria-label=${text.filters}>
            ${value
              ? guard(this.facetInputs(value), () => facetGroups(value.facets, this.facetContext(value, text)))
              : html`<div class="skeleton facet-skeleton"></div>`}
          </div>
        </div>
        <div class="main">
          ${toolbar(controls)} ${chipsBar(this.activeChips(text), controls)}
          ${value && state !== 'error'
            ? // Results, and the previous results while a newer question loads, are one template, so
              // that a keystroke updates the cards on screen instead of building every one again.
              this.renderResults(value, text, state === 'loading')
            : this.data.render({
                loading: () => resultsSkeleton(),
                ready: (results) => this.renderResults(results, text, false),
                empty: (results) => this.renderResults(results, text, false),
              })}
        </div>
      </div>
    </section>`;
  }

  private controls(value: RegistryResults | undefined, text: RegistryMessages): ControlsContext {
    return {
      text,
      q: this.q,
      sort: this.registryState.sort,
      view: this.view,
      count: value ? text.results(value.total, formatCount(value.total, this.i18n.lang)) : '',
      onSearch: (q) => {
        this.q = q;
        this.changed(true);
      },
      onSearchFocus: () => this.prepareSearch(),
      onSort: (sort) => {
        this.sort = sort;
        this.changed();
      },
      onView: (view) => (this.view = view),
      onRemove: (index) => {
        this.activeChips(text)[index]!.remove();
        this.changed();
        void this.focusTo.afterChipRemoved(index);
      },
      onClearAll: () => this.clearAll(),
    };
  }

  /** Shown only below the registry's narrow breakpoint (see the styles): folds the facets, with the count of chosen values. */
  private filtersToggle(text: RegistryMessages): TemplateResult {
    const active = FACET_GROUPS.reduce((sum, group) => sum + this.registryState.selection[group].length, 0);
    return html`<button
      part="filters-toggle"
      class="button filters-toggle"
      type="button"
      aria-expanded=${this.filtersOpen ? 'true' : 'false'}
      aria-controls="facets"
      @click=${() => (this.filtersOpen = !this.filtersOpen)}
    >
      ${text.filtersButton(active, formatCount(active, this.i18n.lang))}
    </button>`;
  }

  /** The search text and each chosen facet value, as chips, in the order they were chosen. */
  private activeChips(text: RegistryMessages): Chip[] {
    const current = this.registryState;
    const ctx = { client: this.client, text, messages: this.i18n.messages, locale: this.i18n.locale };
    const chips: Chip[] = [];
    if (current.q.trim()) chips.push({ label: `“${current.q.trim()}”`, remove: () => (this.q = '') });
    for (const group of FACET_GROUPS) {
      for (const value of current.selection[group]) {
        chips.push({ label: valueLabel(group, value, ctx), remove: () => this.toggle(group, value) });
      }
    }
    return chips;
  }

  private renderResults(results: RegistryResults, text: RegistryMessages, busy: boolean): TemplateResult {
    const ctx: ResultsContext = {
      text,
      messages: this.i18n.messages,
      lang: this.i18n.lang,
      headingLevel: clampHeadingLevel(this.headingLevel, 2),
      theme: this.theme,
      expandedId: this.expandedId,
      onSelect: (dpg, event) => this.selectFromTable(dpg, event),
      onClose: () => this.closeExpanded(),
      view: this.view,
      filtered: isFiltered(this.registryState),
      onCardSelect: this.onCardSelect,
      onShowMore: () => this.showMore(),
      onClearAll: () => this.clearAll(),
    };
    return resultsArea(results.items, results.total, ctx, busy);
  }

  /**
   * Everything the facets show: they render again only when one of these changes. A keystroke
   * first renders the previous results as busy, and those facets are the ones on screen.
   */
  private facetInputs(value: RegistryResults): unknown[] {
    const { client, openGroups, countryFilter } = this;
    return [value.facets, this.pilotCountries(value), client, this.i18n.lang, openGroups, countryFilter, ...FACET_GROUPS.map((group) => this[group])];
  }

  /** The countries to mark: those of the results, or those known since they were shown. */
  private pilotCountries(value: RegistryResults): ReadonlySet<string> {
    return value.pilotsLater ? (knownPilotCountries(this.client) ?? value.pilotCountries) : value.pilotCountries;
  }

  private facetContext(value: RegistryResults, text: RegistryMessages): FacetContext {
    return {
      client: this.client,
      text,
      messages: this.i18n.messages,
      locale: this.i18n.locale,
      lang: this.i18n.lang,
      selection: this.registryState.selection,
      pilotCountries: this.pilotCountries(value),
      expanded: this.openGroups,
      countryFilter: this.countryFilter,
      onToggle: (group, option) => {
        this.toggle(group, option);
        this.changed();
      },
      onExpand: (group) => {
        const open = new Set(this.openGroups);
        if (!open.delete(group)) open.add(group);
        this.openGroups = open;
      },
      onCountryFilter: (filter) => (this.countryFilter = filter),
    };
  }

  /** Adds one value of a group, or removes it when it is there. */
  private toggle(group: FacetGroup, value: string): void {
    this[group] = toggled(group, parseValues(group, this[group]), value).join(',');
  }

  private clearAll(): void {
    this.q = '';
    for (const group of FACET_GROUPS) this[group] = '';
    this.changed();
    void this.focusTo.search();
  }

  private showMore(): void {
    const shown = this.data.value!.items.length;
    this.focusTo.resultWhenShown(shown);
    this.shown = shown + this.pageSizeOrDefault;
  }

  /** A card's `dpg-select`: with `expand="inline"`, the card opens (or closes) in place instead of leaving the page. */
  private readonly onCardSelect = (event: Event): void => {
    if (this.expand !== 'inline' || event.defaultPrevented) return;
    event.preventDefault();
    const { id } = (event as CustomEvent<{ id: string }>).detail;
    this.expandedId = this.expandedId === id ? undefined : id;
  };

  private selectFromTable(dpg: DigitalPublicGood, event: Event): void {
    const selected = this.emit('dpg-select', { id: dpg.id, dpg }, { cancelable: true });
    if (selected.defaultPrevented) {
      event.preventDefault();
      return;
    }
    if (this.expand !== 'inline') return;
    event.preventDefault();
    this.expandedId = this.expandedId === dpg.id ? undefined : dpg.id;
  }

  private closeExpanded(): void {
    const id = this.expandedId;
    this.expandedId = undefined;
    // Focus goes back to the result's name, in the card or the row that replaces the full card.
    void this.updateComplete.then(() => {
      const index = this.data.value!.items.findIndex((dpg) => dpg.id === id);
      if (index >= 0) void this.focusTo.result(index);
    });
  }
}

/** Runs `task` when the browser is idle (soon after, where it cannot tell). */
function whenIdle(task: () => void): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(task, { timeout: 2000 });
  else setTimeout(task, 200);
}
