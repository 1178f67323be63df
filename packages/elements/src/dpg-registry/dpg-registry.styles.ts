import { css } from 'lit';

export const registryStyles = css`
  :host {
    display: block;
    container-type: inline-size;
    font-size: var(--_font-size);
    line-height: 1.5;
    --_gap: var(--dpg-registry-gap, calc(var(--_space) * 4));
  }
  .registry {
    display: grid;
    /* One column that may shrink below its content's width: the registry never widens the page. */
    grid-template-columns: minmax(0, 1fr);
    gap: var(--_gap);
    background: var(--dpg-registry-background, var(--_surface));
    color: var(--_text);
    /* Room for the search box, a row of cards and the facets in every state: nothing jumps. */
    min-block-size: 24rem;
  }
  .search {
    display: grid;
    gap: var(--_space);
  }
  .search label {
    font-weight: 700;
  }
  .search input {
    inline-size: 100%;
    min-block-size: 2.75rem;
    font-size: 1.0625em;
  }
  .layout {
    display: grid;
    grid-template-columns: var(--dpg-registry-facets-width, 16rem) minmax(0, 1fr);
    gap: var(--_gap);
    align-items: start;
  }
  .facet-column {
    display: grid;
    gap: calc(var(--_space) * 3);
    min-inline-size: 0;
  }
  .filters-toggle {
    display: none;
    justify-self: start;
  }
  @container (max-width: 44rem) {
    .layout {
      grid-template-columns: minmax(0, 1fr);
    }
  }
  /*
   * On a phone (or a 1280 px screen at 200% zoom) the facets, 1,700 px of them, fold behind a
   * button so the results come first. In px, not rem: a page with a large root font is not a phone.
   */
  @container (max-width: 640px) {
    .filters-toggle {
      display: inline-flex;
    }
    .facets:not(.open) {
      display: none;
    }
  }
  .facets {
    display: grid;
    gap: calc(var(--_space) * 3);
  }
  .facet {
    margin: 0;
    padding: 0;
    border: 0;
    min-inline-size: 0;
  }
  .facet legend {
    padding: 0;
    margin-block-end: var(--_space);
    font-weight: 700;
  }
  ul {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .facet-values label {
    display: flex;
    align-items: center;
    gap: calc(var(--_space) * 2);
    padding-block: 0.125rem;
    cursor: pointer;
  }
  .facet-values input {
    margin: 0;
    accent-color: var(--_primary);
  }
  .facet-label {
    flex: 1;
    min-inline-size: 0;
    overflow-wrap: anywhere;
  }
  .count {
    color: var(--_text-muted);
    font-size: 0.875em;
    font-variant-numeric: tabular-nums;
  }
  .goals .facet-label {
    display: flex;
    align-items: center;
    gap: calc(var(--_space) * 2);
  }
  .goal-number {
    flex: none;
    font-size: 0.8125em;
  }
  .goal-title {
    font-size: 0.875em;
  }
  .kinds {
    margin-block-end: var(--_space);
  }
  .more-values {
    margin-block-start: var(--_space);
    font-size: 0.875em;
  }
  .country-search input {
    inline-size: 100%;
    margin-block-end: var(--_space);
  }
  .pilot-flag {
    margin-inline-start: var(--_space);
    padding-inline: var(--_space);
    border: 1px solid currentColor;
    border-radius: 999px;
    color: var(--_success);
    font-size: 0.75em;
    white-space: nowrap;
  }
  .main,
  .results-area {
    grid-template-columns: minmax(0, 1fr);
  }
  .main {
    display: grid;
    gap: calc(var(--_space) * 3);
    min-inline-size: 0;
  }
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: calc(var(--_space) * 2) calc(var(--_space) * 4);
  }
  .count-line {
    flex: 1;
    /* "245 results" stays one line; the selects beside it wrap below instead. */
    white-space: nowrap;
    margin: 0;
    font-weight: 700;
  }
  .select {
    display: inline-flex;
    flex-wrap: wrap;
    align-items: center;
    gap: calc(var(--_space) * 2);
    max-inline-size: 100%;
  }
  .select select {
    max-inline-size: 100%;
  }
  .chips-bar {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: calc(var(--_space) * 2);
  }
  .chips {
    display: contents;
  }
  .chip {
    display: inline-flex;
    align-items: center;
    gap: calc(var(--_space) * 2);
    font: inherit;
    font-size: 0.875em;
    min-block-size: 2rem;
    padding-inline: calc(var(--_space) * 3) calc(var(--_space) * 2);
    border: 1px solid var(--_border);
    border-radius: 999px;
    background: var(--_surface-muted);
    color: var(--_text);
    cursor: pointer;
  }
  .chip-x {
    font-size: 1.125em;
    line-height: 1;
  }
  .clear {
    font-size: 0.875em;
  }
  .results-area {
    display: grid;
    gap: var(--_gap);
  }
  .results-area[aria-busy='true'] {
    cursor: progress;
  }
  .cards {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, var(--dpg-registry-card-min-width, 18rem)), 1fr));
    gap: var(--_gap);
  }
  .cards .result {
    display: grid;
    /* Results below the fold are laid out when they come near the screen, not at every keystroke. */
    content-visibility: auto;
    contain-intrinsic-size: auto 18rem;
  }
  .expanded {
    display: grid;
    gap: calc(var(--_space) * 2);
    justify-items: start;
    grid-column: 1 / -1;
  }
  .cards .result:has(.expanded) {
    grid-column: 1 / -1;
  }
  .expanded dpg-card {
    inline-size: 100%;
  }
  .more {
    justify-self: center;
  }
  .empty {
    display: grid;
    justify-items: start;
    gap: calc(var(--_space) * 3);
  }
  .skeleton-card {
    block-size: 14rem;
  }
  .facet-skeleton {
    block-size: 20rem;
  }
  .table-scroll {
    max-inline-size: 100%;
    overflow-x: auto;
  }
  table {
    inline-size: 100%;
    border-collapse: collapse;
    background: var(--_surface);
  }
  th,
  td {
    padding: calc(var(--_space) * 2);
    border-block-end: 1px solid var(--_border);
    text-align: start;
    vertical-align: top;
  }
  thead th {
    background: var(--_surface-muted);
    white-space: nowrap;
  }
  tbody th {
    font-weight: 600;
    /*
     * The name column keeps room to be read when the other columns crowd it, and a long unbroken
     * word (53 letters in one real record) wraps instead of widening the table.
     */
    min-inline-size: 11rem;
    overflow-wrap: anywhere;
  }
  /* At most three lines of a name; a longer one ends in an ellipsis, whole in the link's title. */
  .name-text {
    display: -webkit-box;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: 3;
    line-clamp: 3;
    overflow: hidden;
  }
  /*
   * A name long enough to be cut keeps its own start: Chromium places a clamped block's ellipsis
   * as if its lines were not aligned, so English lined up on the right of an Arabic table would
   * lose its ellipsis past the edge.
   */
  .result-name[title] .name-text {
    text-align: start;
  }
  td {
    overflow-wrap: break-word;
  }
  .number {
    text-align: end;
    font-variant-numeric: tabular-nums;
  }
  /* A block holding the clamped lines; it lines up with the table's start (see sharedStyles). */
  .result-name {
    display: block;
  }
`;
