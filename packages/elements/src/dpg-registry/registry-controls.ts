/**
 * The controls of `<dpg-registry>` above its results: the search box, the toolbar (results
 * count, sort, view) and the active filters as chips. Templates only: the element owns the
 * state and handles each change.
 */
import type { DpgSort } from '@dpg-kit/sdk';
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import type { RegistryMessages } from '../base/i18n/registry.js';
import { SORTS, type RegistryView } from './registry-state.js';

/** One active filter: what its chip says, and how it goes. */
export interface Chip {
  label: string;
  remove: () => void;
}

export interface ControlsContext {
  text: RegistryMessages;
  q: string;
  sort: DpgSort;
  view: RegistryView;
  /** The results line ("24 results"), empty while nothing is loaded. */
  count: string;
  onSearch: (q: string) => void;
  onSearchFocus: () => void;
  onSort: (sort: DpgSort) => void;
  onView: (view: RegistryView) => void;
  /** The reader removed chip `index`. */
  onRemove: (index: number) => void;
  onClearAll: () => void;
}

export function searchBox(ctx: ControlsContext): TemplateResult {
  const onInput = (event: Event) => ctx.onSearch((event.target as HTMLInputElement).value);
  return html`<div class="search">
    <label for="search">${ctx.text.search}</label>
    <input
      id="search"
      part="search"
      type="search"
      autocomplete="off"
      placeholder=${ctx.text.searchPlaceholder}
      .value=${live(ctx.q)}
      @input=${onInput}
      @focus=${ctx.onSearchFocus}
    />
  </div>`;
}

export function toolbar(ctx: ControlsContext): TemplateResult {
  const { text } = ctx;
  const onSort = (event: Event) => ctx.onSort((event.target as HTMLSelectElement).value as DpgSort);
  const onView = (event: Event) => ctx.onView((event.target as HTMLSelectElement).value as RegistryView);
  return html`<div class="toolbar">
    <p part="count" class="count-line" role="status" aria-live="polite">${ctx.count}</p>
    <label class="select">
      <span>${text.sort}</span>
      <select part="sort" .value=${live(ctx.sort)} @change=${onSort}>
        ${SORTS.map((sort) => html`<option value=${sort} ?selected=${ctx.sort === sort}>${text.sortNames[sort]}</option>`)}
      </select>
    </label>
    <label class="select">
      <span>${text.view}</span>
      <select part="view" .value=${live(ctx.view)} @change=${onView}>
        ${(['cards', 'table'] as const).map((view) => html`<option value=${view} ?selected=${ctx.view === view}>${text.viewNames[view]}</option>`)}
      </select>
    </label>
  </div>`;
}

/** The active filters as chips that remove themselves, and Clear all; nothing without any. */
export function chipsBar(chips: readonly Chip[], ctx: ControlsContext): TemplateResult | typeof nothing {
  if (chips.length === 0) return nothing;
  const { text } = ctx;
  return html`<div class="chips-bar">
    <ul part="chips" class="chips" aria-label=${text.activeFilters}>
      ${chips.map(
        (chip, index) => html`<li>
          <button part="chip" class="chip" type="button" aria-label=${text.removeFilter(chip.label)} @click=${() => ctx.onRemove(index)}>
            <span>${chip.label}</span><span class="chip-x" aria-hidden="true">×</span>
          </button>
        </li>`,
      )}
    </ul>
    <button part="clear" class="link-button clear" type="button" @click=${ctx.onClearAll}>${text.clearAll}</button>
  </div>`;
}
