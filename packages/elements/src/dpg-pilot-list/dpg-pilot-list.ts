/**
 * `<dpg-pilot-list>`: the pathfinder pilots as a list, by country or one by one.
 */
import type { DigitalPublicGood, DpgClient, Pilot, PilotCountry, PilotQuery } from '@dpg-kit/sdk';
import { html, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { DataController } from '../base/data-controller.js';
import { DpgDataElement } from '../base/dpg-data-element.js';
import { clampHeadingLevel } from '../base/dpg-element.js';
import { collatorFor, formatDate, formatNumber } from '../base/i18n/index.js';
import { pilotQueryOf } from '../base/pilots.js';
import { sharedStyles } from '../base/theme.styles.js';
import { safeHref } from '../base/url.js';
import { pilotMessages, sectorName, type PilotMessages } from '../base/i18n/pilots.js';
import { pilotListStyles } from './dpg-pilot-list.styles.js';

export type PilotGrouping = 'country' | 'pilot';

interface ListData {
  /** How many pilots there are before filtering: none at all is said differently. */
  total: number;
  /** The pilots the filters keep, as the client answers them. */
  pilots: Pilot[];
  /** The same pilots by country, as the client answers them. */
  groups: PilotCountry[];
  /** The registry's record of every DPG the pilots name and the registry has, by id. */
  dpgs: Map<string, DigitalPublicGood>;
}

/**
 * The pathfinder pilots as text: grouped by country (the default; countries in the reader's
 * alphabetical order, each with its pilots) or one entry per pilot with its summary, countries,
 * partners and dates. Each pilot names its Digital Public Goods, linked to their registry pages.
 * It filters like `<dpg-pilot-map>`, so the two side by side show the same pilots; it also
 * stands alone.
 *
 * @tagname dpg-pilot-list
 * @summary The pathfinder pilots as a list, by country or by pilot.
 *
 * @fires dpg-select - The reader chose a DPG (its link). Cancelable: cancelling keeps the page where it is.
 * @fires dpg-load - The data is shown (`detail.empty` when no pilot is shown).
 * @fires dpg-error - Loading failed; `detail.error` is the `DpgError`.
 *
 * @slot loading - Replaces the skeleton shown while loading.
 * @slot error - Replaces the error message and Retry button.
 *
 * @csspart group - A country and its pilots (grouped by country).
 * @csspart group-heading - A country's name and number of pilots.
 * @csspart pilot - One pilot.
 * @csspart title - A pilot's title.
 * @csspart dpg - A DPG's link or name.
 * @csspart empty - The message when no pilot is shown.
 * @csspart loading - The loading state.
 * @csspart error - The error state.
 * @csspart retry - The Retry button.
 *
 * @cssprop --dpg-pilot-list-background - Behind the list (default: `--dpg-color-surface`).
 * @cssprop --dpg-pilot-list-item-background - Behind each pilot (default: `--dpg-color-surface`).
 * @cssprop --dpg-pilot-list-border - Each pilot's border (default: 1px solid `--dpg-color-border`).
 */
export class DpgPilotList extends DpgDataElement {
  static override styles = [...DpgDataElement.styles, sharedStyles, pilotListStyles];

  /** Show only these pilots: ids separated by spaces or commas. */
  @property({ attribute: 'pilot-ids' }) pilotIds?: string;

  /** Show only these countries: ISO 3166-1 alpha-2 codes separated by spaces or commas. */
  @property() country?: string;

  /** Show only pilots of these sectors (e.g. `education`), separated by spaces or commas. */
  @property() sector?: string;

  /** Show only pilots that use these DPGs: registry ids (or names, any case) separated by spaces or commas. */
  @property({ attribute: 'dpg-id' }) dpgId?: string;

  /** `country` (default): pilots under each country. `pilot`: one entry per pilot. */
  @property({ attribute: 'group-by', reflect: true }) groupBy: PilotGrouping = 'country';

  /** Heading level of the countries (or of the pilots' titles), to fit the page's outline. */
  @property({ attribute: 'heading-level', type: Number }) headingLevel = 3;

  protected readonly data = new DataController(this, {
    args: () => [this.client, this.pilotIds, this.country, this.sector, this.dpgId] as const,
    load: ([client, pilotIds, country, sector, dpgId], signal) => loadList(client, pilotQueryOf({ pilotIds, country, sector, dpgId }), signal),
    isEmpty: (value: ListData) => value.pilots.length === 0,
  });

  get state() {
    return this.data.state;
  }

  private get text(): PilotMessages {
    return pilotMessages(this.i18n.locale);
  }

  private get level(): number {
    return clampHeadingLevel(this.headingLevel, 3);
  }

  protected override render(): TemplateResult {
    const { lang, dir } = this.i18n;
    const label = this.groupBy === 'pilot' ? this.text.listByPilot : this.text.listByCountry;
    // While the client answers a change of filters, the list shown stays: no skeleton, no lost focus.
    const shown = this.data.state === 'loading' ? this.data.value : undefined;
    return html`<div class="root" lang=${lang} dir=${dir} role="region" aria-label=${label}>
      ${shown
        ? this.renderData(shown)
        : this.data.render({
            loading: () => this.renderSkeleton(),
            empty: (value) => this.renderData(value),
            ready: (value) => this.renderData(value),
          })}
    </div>`;
  }

  private renderData(value: ListData): TemplateResult {
    if (value.pilots.length === 0) {
      return html`<p part="empty" class="message state">${value.total === 0 ? this.text.empty : this.text.emptyFiltered}</p>`;
    }
    return this.groupBy === 'pilot' ? this.renderPilots(value) : this.renderCountries(value);
  }

  private renderCountries({ groups, dpgs }: ListData): TemplateResult {
    const { lang } = this.i18n;
    const collator = collatorFor(lang);
    const named = groups
      .map((group) => ({ group, name: this.client.countries.name(group.code, lang) }))
      .sort((a, b) => collator.compare(a.name, b.name));
    return html`${named.map(({ group, name }) => this.renderCountry(group, name, dpgs))}`;
  }

  private renderCountry(group: PilotCountry, name: string, dpgs: Map<string, DigitalPublicGood>): TemplateResult {
    const count = group.pilots.length;
    return html`<section part="group" class="group" data-code=${group.code}>
      <div part="group-heading" class="group-heading" role="heading" aria-level=${this.level}>
        <bdi>${name}</bdi> <span class="count">${this.text.pilotCount(count, formatNumber(count, this.i18n.lang))}</span>
      </div>
      <ul class="pilots">
        ${group.pilots.map((pilot) => html`<li part="pilot" class="pilot">${this.renderPilot(pilot, dpgs, false)}</li>`)}
      </ul>
    </section>`;
  }

  private renderPilots({ pilots, dpgs }: ListData): TemplateResult {
    return html`<ul class="pilots">
      ${pilots.map(
        (pilot) => html`<li part="pilot" class="pilot" data-id=${pilot.id}>${this.renderPilot(pilot, dpgs, true)}</li>`,
      )}
    </ul>`;
  }

  /** One pilot; `full` adds what a country heading would otherwise say, and the summary. */
  private renderPilot(pilot: Pilot, dpgs: Map<string, DigitalPublicGood>, full: boolean): TemplateResult {
    const { lang, messages } = this.i18n;
    const text = this.text;
    const fact = (label: string, value: unknown) => html`<div class="fact"><dt>${label}</dt><dd dir="auto">${value}</dd></div>`;
    const countries = pilot.countries.map((code) => this.client.countries.name(code, lang)).join(', ');
    return html`${full
        ? html`<div part="title" class="title" dir="auto" role="heading" aria-level=${this.level}>${pilot.title}</div>
            <p class="summary" dir="auto">${pilot.summary}</p>`
        : html`<p part="title" class="title" dir="auto">${pilot.title}</p>`}
      <dl class="facts">
        ${full ? fact(messages.card.countries, countries) : nothing} ${fact(text.sector, sectorName(pilot.sector, text))}
        ${fact(text.status, messages.card.pilotStatus[pilot.status])}
        ${pilot.announced ? fact(text.announced, formatDate(pilot.announced, lang)) : nothing}
        ${full && pilot.partners.length > 0 ? fact(text.partners, pilot.partners.join(', ')) : nothing}
        ${pilot.dpgs.length > 0 ? fact(text.dpgs, this.renderDpgs(pilot, dpgs)) : nothing}
      </dl>`;
  }

  private renderDpgs(pilot: Pilot, dpgs: Map<string, DigitalPublicGood>): TemplateResult {
    return html`<ul class="dpgs">
      ${pilot.dpgs.map((named) => {
        const dpg = named.id === undefined ? undefined : dpgs.get(named.id);
        const href = safeHref(dpg?.registryUrl);
        if (!dpg || !href) return html`<li><span part="dpg" dir="auto">${named.name}</span></li>`;
        const select = (event: Event) => {
          if (this.emit('dpg-select', { id: dpg.id, dpg }, { cancelable: true }).defaultPrevented) event.preventDefault();
        };
        return html`<li><a part="dpg" dir="auto" href=${href} @click=${select}>${named.name}</a></li>`;
      })}
    </ul>`;
  }

  private renderSkeleton(): TemplateResult {
    return html`${[0, 1, 2].map(
      () => html`<div class="group">
        <span class="skeleton line short"></span>
        <span class="skeleton block"></span>
      </div>`,
    )}`;
  }
}

/**
 * The pilots `query` keeps, alone and by country, and the registry's record of each DPG they
 * name (the registry is loaded once for all of it).
 */
async function loadList(client: DpgClient, query: PilotQuery, signal: AbortSignal): Promise<ListData> {
  const [all, pilots, groups] = await Promise.all([
    client.pilots.list({}, { signal }),
    client.pilots.list(query, { signal }),
    client.pilots.countries(query, { signal }),
  ]);
  const withDpgs = pilots.filter((pilot) => pilot.dpgs.some((dpg) => dpg.id !== undefined));
  const records = await Promise.all(withDpgs.map((pilot) => client.pilots.dpgs(pilot.id, { signal })));
  return { total: all.length, pilots, groups, dpgs: new Map(records.flat().map((dpg) => [dpg.id, dpg])) };
}
