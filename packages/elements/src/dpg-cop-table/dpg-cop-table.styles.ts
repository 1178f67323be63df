import { css } from 'lit';

export const copTableStyles = css`
  :host {
    display: block;
    container-type: inline-size;
    font-size: var(--_font-size);
    line-height: 1.5;
  }
  .root {
    background: var(--dpg-cop-table-background, var(--_surface));
    color: var(--_text);
    /* Room for a caption, the header and a few rows in every state: the page does not jump. */
    min-block-size: 12rem;
  }
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: calc(var(--_space) * 2);
    margin-block-end: calc(var(--_space) * 2);
  }
  .toolbar select {
    max-inline-size: 100%;
  }
  table {
    inline-size: 100%;
    border-collapse: collapse;
    background: var(--dpg-cop-table-background, var(--_surface));
    color: var(--_text);
  }
  caption {
    padding-block-end: calc(var(--_space) * 2);
    font-size: 1.125em;
    font-weight: 700;
    text-align: start;
  }
  th,
  td {
    padding: calc(var(--_space) * 2) calc(var(--_space) * 3);
    border-block-end: var(--dpg-cop-table-border, 1px solid var(--_border));
    text-align: start;
    vertical-align: top;
  }
  thead th {
    background: var(--dpg-cop-table-header-background, var(--_surface-muted));
    font-weight: 700;
    white-space: nowrap;
  }
  tbody th {
    font-weight: 600;
  }
  .sort {
    display: inline-flex;
    align-items: center;
    gap: var(--_space);
    min-block-size: 2rem;
    padding: 0;
    border: 0;
    background: none;
    color: inherit;
    font: inherit;
    cursor: pointer;
  }
  .arrow {
    color: var(--_text-muted);
    font-size: 0.8em;
  }
  .arrow.active {
    color: var(--_primary);
  }
  .tbd {
    color: var(--_text-muted);
    font-style: italic;
  }
  /* Only the value is a placeholder; its label (on a narrow table) reads like every other label. */
  .tbd::before {
    font-style: normal;
  }
  .status {
    display: inline-flex;
    align-items: center;
    gap: calc(var(--_space) * 1.5);
    font-weight: 600;
  }
  .dot {
    inline-size: 0.6em;
    block-size: 0.6em;
    border-radius: 50%;
    background: currentColor;
  }
  .status.complete {
    color: var(--dpg-cop-table-complete-color, var(--_success));
  }
  .status.in-progress {
    color: var(--dpg-cop-table-in-progress-color, var(--_warning));
  }
  .status.coming-soon {
    color: var(--dpg-cop-table-coming-soon-color, var(--_info));
  }
  .skeleton.cell {
    block-size: 1em;
    margin-block: 0.25em;
  }
  .state {
    padding-block: calc(var(--_space) * 4);
  }
  /* Narrow: each row becomes a block of label/value lines; the header row stays as sort buttons. */
  @container (max-width: 32rem) {
    /* One row of compact sort buttons that fits 320 px; below that it wraps rather than overflow. */
    thead tr {
      display: flex;
      flex-wrap: wrap;
      column-gap: calc(var(--_space) * 3);
      padding-inline: calc(var(--_space) * 2);
      background: var(--dpg-cop-table-header-background, var(--_surface-muted));
    }
    thead th {
      padding-inline: 0;
      border: 0;
      font-size: 0.875em;
    }
    tbody tr {
      display: grid;
      padding-block: calc(var(--_space) * 2);
      border-block-end: var(--dpg-cop-table-border, 1px solid var(--_border));
    }
    tbody th,
    tbody td {
      display: grid;
      /* Both columns may shrink: a page whose root font is large must not push the rows wider. */
      grid-template-columns: minmax(0, 35%) minmax(0, 1fr);
      overflow-wrap: anywhere;
      gap: calc(var(--_space) * 2);
      padding-block: var(--_space);
      border: 0;
    }
    tbody [data-label]::before {
      content: attr(data-label);
      color: var(--_text-muted);
      font-weight: 400;
    }
  }
`;
