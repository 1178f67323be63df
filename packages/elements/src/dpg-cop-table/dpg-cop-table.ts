/**
 * `<dpg-cop-table>`: the Communities of Practice and their status.
 */
import type { CommunityOfPractice, CopStatus } from '@dpg-kit/sdk';
import { html, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { DataController } from '../base/data-controller.js';
import { DpgDataElement } from '../base/dpg-data-element.js';
import type { CopColumn, SortDirection } from '../base/events.js';
import { copMessages } from '../base/i18n/cops.js';
import { collatorFor } from '../base/i18n/index.js';
import { sharedStyles } from '../base/theme.styles.js';
import { COP_COLUMNS, COP_STATUSES, filterCops, sortCops } from './cop-sort.js';
import { copTableStyles } from './dpg-cop-table.styles.js';

const SKELETON_ROWS = 6;

/**
 * The Communities of Practice convened by the Digital Public Goods Alliance, as a real table:
 * a caption, column headers, and a row header per community. Every column sorts (the header
 * button; `aria-sort` tells screen readers), the status filter narrows the rows, and status
 * shows as a word with a colour, never colour alone. Narrower than about 32rem, each row
 * stacks into a small block.
 *
 * @tagname dpg-cop-table
 * @summary The Communities of Practice and their status.
 *
 * @fires dpg-sort - The reader sorted by a column (`detail.column`, `detail.direction`).
 * @fires dpg-filter - The reader chose a status to show (`detail.status`, `all` for every one).
 * @fires dpg-load - The data is shown (`detail.empty` when there are no communities).
 * @fires dpg-error - Loading failed; `detail.error` is the `DpgError`.
 *
 * @slot loading - Replaces the skeleton rows shown while loading.
 * @slot error - Replaces the error message and Retry button.
 *
 * @csspart table - The table.
 * @csspart caption - The caption.
 * @csspart filter - The status filter (a select).
 * @csspart header - A column header cell.
 * @csspart sort-button - The button in a column header.
 * @csspart row - A body row.
 * @csspart status - A status label.
 * @csspart empty - The message when nothing is to be shown.
 * @csspart loading - The loading state.
 * @csspart error - The error state.
 * @csspart retry - The Retry button.
 *
 * @cssprop --dpg-cop-table-header-background - Header row background (default: `--dpg-color-surface-muted`).
 * @cssprop --dpg-cop-table-border - Lines between rows (default: 1px solid `--dpg-color-border`).
 * @cssprop --dpg-cop-table-background - Table background (default: `--dpg-color-surface`).
 * @cssprop --dpg-cop-table-complete-color - Colour of "Complete" (default: `--dpg-color-success`).
 * @cssprop --dpg-cop-table-in-progress-color - Colour of "In progress" (default: `--dpg-color-warning`).
 * @cssprop --dpg-cop-table-coming-soon-color - Colour of "Coming soon" (default: `--dpg-color-info`).
 */
export class DpgCopTable extends DpgDataElement {
  static override styles = [...DpgDataElement.styles, sharedStyles, copTableStyles];

  /** Show only the communities with this status; `all` (default) shows every one. */
  @property({ reflect: true }) status: CopStatus | 'all' = 'all';

  /** The column the rows are sorted by; unset keeps the source's order. */
  @property({ attribute: 'sort-by', reflect: true }) sortBy?: CopColumn;

  /** `ascending` (default) or `descending`. */
  @property({ attribute: 'sort-direction', reflect: true }) sortDirection: SortDirection = 'ascending';

  /** The table's caption; defaults to "Communities of Practice" in the reader's language. */
  @property() caption = '';

  protected readonly data = new DataController(this, {
    args: () => [this.client] as const,
    load: ([client], signal) => client.cops.list({}, { signal }),
    isEmpty: (cops: CommunityOfPractice[]) => cops.length === 0,
  });

  get state() {
    return this.data.state;
  }

  protected override render(): TemplateResult {
    const { lang, dir } = this.i18n;
    const text = copMessages(this.i18n.locale);
    return html`<div class="root" lang=${lang} dir=${dir}>
      ${this.data.render({
        loading: () => this.renderTable(undefined),
        empty: () => html`<p part="empty" class="message state">${text.empty}</p>`,
        ready: (cops) => this.renderTable(cops),
      })}
    </div>`;
  }

  /** The table; without rows (loading) its body holds skeleton rows of the same height. */
  private renderTable(cops: CommunityOfPractice[] | undefined): TemplateResult {
    const text = copMessages(this.i18n.locale);
    const rows = cops ? sortCops(filterCops(cops, this.status), this.sortBy, this.sortDirection, collatorFor(this.i18n.lang)) : undefined;
    return html`${cops ? this.renderFilter() : nothing}
      <table part="table">
        <caption part="caption">${this.caption || text.caption}</caption>
        <thead>
          <tr>
            ${COP_COLUMNS.map((column) => this.renderHeader(column, cops !== undefined))}
          </tr>
        </thead>
        <tbody>
          ${rows === undefined
            ? Array.from({ length: SKELETON_ROWS }, () => this.renderSkeletonRow())
            : rows.length === 0
              ? html`<tr>
                  <td part="empty" class="message" colspan=${COP_COLUMNS.length}>${text.emptyFiltered}</td>
                </tr>`
              : rows.map((cop) => this.renderRow(cop))}
        </tbody>
      </table>`;
  }

  private renderFilter(): TemplateResult {
    const text = copMessages(this.i18n.locale);
    const change = (event: Event) => {
      this.status = (event.target as HTMLSelectElement).value as CopStatus | 'all';
      this.emit('dpg-filter', { status: this.status });
    };
    return html`<div class="toolbar">
      <label for="status-filter">${text.filter}</label>
      <select id="status-filter" part="filter" .value=${live(this.status)} @change=${change}>
        <option value="all" ?selected=${this.status === 'all'}>${text.all}</option>
        ${COP_STATUSES.map(
          (status) => html`<option value=${status} ?selected=${this.status === status}>${text.statusNames[status]}</option>`,
        )}
      </select>
    </div>`;
  }

  private renderHeader(column: CopColumn, sortable: boolean): TemplateResult {
    const label = copMessages(this.i18n.locale)[column];
    const sorted = this.sortBy === column;
    const sort = () => {
      this.sortDirection = sorted && this.sortDirection === 'ascending' ? 'descending' : 'ascending';
      this.sortBy = column;
      this.emit('dpg-sort', { column, direction: this.sortDirection });
    };
    const arrow = sorted ? (this.sortDirection === 'ascending' ? '▲' : '▼') : '↕';
    return html`<th part="header" scope="col" aria-sort=${sorted ? this.sortDirection : nothing}>
      ${sortable
        ? html`<button part="sort-button" class="sort" type="button" @click=${sort}>
            ${label}<span class="arrow ${sorted ? 'active' : ''}" aria-hidden="true">${arrow}</span>
          </button>`
        : label}
    </th>`;
  }

  /**
   * A row. Its cells keep the table's direction, so a stacked row's label sits on the same side
   * in every cell; the data inside takes its own direction from its first strong letter.
   */
  private renderRow(cop: CommunityOfPractice): TemplateResult {
    const text = copMessages(this.i18n.locale);
    return html`<tr part="row">
      <th scope="row" data-label=${text.priorityArea}><span class="value" dir="auto">${cop.priorityArea}</span></th>
      <td data-label=${text.focus} class=${cop.focus === null ? 'tbd' : ''}><span class="value" dir="auto">${cop.focus ?? text.toBeDecided}</span></td>
      <td data-label=${text.status}>
        <span part="status" class="status ${cop.status}"><span class="dot" aria-hidden="true"></span>${text.statusNames[cop.status]}</span>
      </td>
    </tr>`;
  }

  private renderSkeletonRow(): TemplateResult {
    return html`<tr class="skeleton-row">
      ${COP_COLUMNS.map(() => html`<td><span class="skeleton cell"></span></td>`)}
    </tr>`;
  }
}
