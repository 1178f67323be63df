/**
 * The results of `<dpg-registry>`: compact `<dpg-card>`s, or a dense table. A result opened in
 * place (`expand="inline"`) becomes a full card where it was.
 */
import { deploymentCount, type DigitalPublicGood } from '@dpg-kit/sdk';
import { html, nothing, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import type { Messages } from '../base/i18n/index.js';
import { safeHref } from '../base/url.js';
import type { RegistryMessages } from '../base/i18n/registry.js';
import { formatCount } from './registry-facets.js';

export interface ResultsContext {
  text: RegistryMessages;
  messages: Messages;
  lang: string;
  /** Heading level of each result's name. */
  headingLevel: number;
  /** The registry's own `theme`, handed to its cards (a theme does not cross a shadow root). */
  theme: string | undefined;
  /** The id of the result opened in place, if any. */
  expandedId: string | undefined;
  /** The reader chose a result in the table (a card emits its own `dpg-select`). */
  onSelect: (dpg: DigitalPublicGood, event: Event) => void;
  onClose: () => void;
  view: 'cards' | 'table';
  /** Whether any filter or search text is set (the empty state then offers Clear all). */
  filtered: boolean;
  /** A card's own `dpg-select`, heard on the way up. */
  onCardSelect: (event: Event) => void;
  onShowMore: () => void;
  onClearAll: () => void;
}

/** How many placeholder cards show while the first results load. */
const SKELETON_CARDS = 6;

export function resultsSkeleton(): TemplateResult {
  return html`<ul class="results cards">
    ${Array.from({ length: SKELETON_CARDS }, () => html`<li class="skeleton skeleton-card"></li>`)}
  </ul>`;
}

/**
 * The results, "Show more" when there are more, or the empty state. `busy` marks results that a
 * newer question is about to replace.
 */
export function resultsArea(items: readonly DigitalPublicGood[], total: number, ctx: ResultsContext, busy: boolean): TemplateResult {
  if (total === 0) {
    return html`<div part="empty" class="empty">
      <p class="message">${ctx.text.noResults}</p>
      ${ctx.filtered ? html`<button class="button" type="button" @click=${ctx.onClearAll}>${ctx.text.clearAll}</button>` : nothing}
    </div>`;
  }
  const more = items.length < total;
  // The cards' own dpg-load events stay inside: the page hears one per change, from the registry.
  return html`<div
    class="results-area"
    aria-busy=${busy ? 'true' : 'false'}
    @dpg-select=${ctx.onCardSelect}
    @dpg-load=${(event: Event) => event.stopPropagation()}
  >
    ${ctx.view === 'table' ? resultTable(items, ctx) : resultCards(items, ctx)}
    ${more ? html`<button part="more" class="button more" type="button" @click=${ctx.onShowMore}>${ctx.text.showMore}</button>` : nothing}
  </div>`;
}

/** A full card in place of a result, with a button that closes it. */
function expandedCard(dpg: DigitalPublicGood, ctx: ResultsContext): TemplateResult {
  return html`<div class="expanded">
    <dpg-card part="expanded" dpg-id=${dpg.id} variant="full" heading-level=${ctx.headingLevel} theme=${ctx.theme ?? nothing}></dpg-card>
    <button class="button close" type="button" @click=${ctx.onClose}>${ctx.text.close}</button>
  </div>`;
}

export function resultCards(items: readonly DigitalPublicGood[], ctx: ResultsContext): TemplateResult {
  // By position, not keyed by id: a keystroke hands the cards on screen their new records, and
  // each updates a few texts in place (a card given its record renders it in the same update).
  // Keyed, every result that enters builds a card and its shadow root, and every one that moves
  // is taken off the page and put back: about twice the work per keystroke at 10,000 records.
  return html`<ul part="results" class="results cards">
    ${items.map(
      (dpg, index) =>
        html`<li class="result" data-index=${index}>
          ${dpg.id === ctx.expandedId
            ? expandedCard(dpg, ctx)
            : html`<dpg-card part="result" .dpg=${dpg} variant="compact" heading-level=${ctx.headingLevel} theme=${ctx.theme ?? nothing}></dpg-card>`}
        </li>`,
    )}
  </ul>`;
}

/** The countries the good is deployed in (what the "countries" sort counts), or "not stated". */
const deployments = (dpg: DigitalPublicGood, ctx: ResultsContext): string => {
  const count = deploymentCount(dpg);
  return count === null ? ctx.messages.card.notStated : formatCount(count, ctx.lang);
};

/** Names longer than this may not fit the name column's three lines, so they carry a tooltip. */
const LONG_NAME = 60;

export function resultTable(items: readonly DigitalPublicGood[], ctx: ResultsContext): TemplateResult {
  const { columns } = ctx.text;
  const { card } = ctx.messages;
  const row = (dpg: DigitalPublicGood, index: number) => {
    const href = safeHref(dpg.registryUrl);
    const select = (event: Event) => ctx.onSelect(dpg, event);
    // The name shows on at most three lines; one long enough to be cut there keeps it whole in a tooltip.
    const title = dpg.name.length > LONG_NAME ? dpg.name : nothing;
    const label = html`<span class="name-text">${dpg.name}</span>`;
    const name = href
      ? html`<a class="result-name" dir="auto" href=${href} title=${title} @click=${select}>${label}</a>`
      : html`<button class="link-button result-name" dir="auto" type="button" title=${title} @click=${select}>${label}</button>`;
    return html`<tr part="row" class="result" data-index=${index}>
        <th scope="row">${name}</th>
        <td>${dpg.types.map((type) => card.typeNames[type]).join(', ')}</td>
        <td>${dpg.sdgs.map(({ goal }) => formatCount(goal, ctx.lang)).join(', ')}</td>
        <td>${dpg.licenses.map((license, i) => html`${i > 0 ? ', ' : ''}<bdi>${license.spdx ?? license.name}</bdi>`)}</td>
        <td class="number">${deployments(dpg, ctx)}</td>
        <td>${card.stageNames[dpg.stage]}</td>
      </tr>
      ${dpg.id === ctx.expandedId
        ? html`<tr class="expanded-row">
            <td colspan="6">${expandedCard(dpg, ctx)}</td>
          </tr>`
        : nothing}`;
  };
  // On a narrow screen the table scrolls inside its own box, which the keyboard can reach and a
  // screen reader names, so the page itself never scrolls sideways.
  return html`<div class="table-scroll" role="region" aria-label=${ctx.text.resultsTable} tabindex="0"><table part="table" class="results table">
    <caption class="visually-hidden">${ctx.text.label}</caption>
    <thead>
      <tr>
        <th scope="col">${columns.name}</th>
        <th scope="col">${columns.type}</th>
        <th scope="col">${columns.sdgs}</th>
        <th scope="col">${columns.license}</th>
        <th scope="col" class="number">${columns.countries}</th>
        <th scope="col">${columns.stage}</th>
      </tr>
    </thead>
    <tbody>
      ${repeat(items, (dpg) => dpg.id, row)}
    </tbody>
  </table></div>`;
}
