/**
 * `<dpg-card>`: one Digital Public Good.
 */
import type { DigitalPublicGood, DpgClient, Pilot, SourceMeta } from '@dpg-kit/sdk';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { DataController, asDpgError } from '../base/data-controller.js';
import { DpgDataElement } from '../base/dpg-data-element.js';
import { clampHeadingLevel } from '../base/dpg-element.js';
import { describeSource } from '../base/source-info.js';
import { sharedStyles } from '../base/theme.styles.js';
import { safeHref } from '../base/url.js';
import { deployedWith, facts, indicators, links, pilots, sdgChips, sourceNote, type SectionContext } from './card-sections.js';
import { ClampController } from './clamp-controller.js';
import { cardStyles } from './dpg-card.styles.js';

export type CardVariant = 'compact' | 'full';

/**
 * What the card loaded: nothing asked, an id the registry does not have, or a good. `meta`
 * says where the registry data came from; a record passed as `.dpg` has none.
 */
type CardData =
  | { kind: 'none' }
  | { kind: 'not-found'; id: string; meta: SourceMeta }
  | { kind: 'dpg'; dpg: DigitalPublicGood; pilots?: Pilot[] | null; meta?: SourceMeta };

/** The card's visible state; `not-found` is an empty state of its own. */
export type CardState = 'loading' | 'ready' | 'empty' | 'not-found' | 'error';

/**
 * One Digital Public Good: name, short description, types, SDGs, licences, stage, number of
 * countries and links. The full variant adds the DPG Standard indicators and the pilots that
 * use the good, and a line naming the data's source and its date. When a fallback serves the
 * embedded snapshot because the live registry failed, every card says so in one short line.
 *
 * @tagname dpg-card
 * @summary A card for one Digital Public Good.
 *
 * @fires dpg-select - The reader chose the good (its name). Cancelable: cancelling keeps the page where it is.
 * @fires dpg-load - The data is shown (`detail.empty` when there was none or the id is unknown).
 * @fires dpg-error - Loading failed; `detail.error` is the `DpgError`.
 *
 * @slot loading - Replaces the skeleton shown while loading.
 * @slot error - Replaces the error message and Retry button (call `retry()` from your own).
 *
 * @csspart card - The card's box.
 * @csspart name - The name (a link to the registry page, or a button).
 * @csspart stage - The stage label.
 * @csspart description - The short description.
 * @csspart sdgs - The list of SDG chips.
 * @csspart sdg - One SDG chip.
 * @csspart facts - Types, licences and countries.
 * @csspart deployed-with - The organisations the good is deployed with (full variant).
 * @csspart links - The list of links.
 * @csspart link - One link.
 * @csspart indicators - The DPG Standard section (full).
 * @csspart pilots - The pilots section (full).
 * @csspart pilot - One pilot.
 * @csspart loading - The loading state.
 * @csspart error - The error state.
 * @csspart retry - The Retry button.
 * @csspart empty - The empty state.
 * @csspart not-found - The not-found state.
 * @csspart source - Where the data comes from and its date (full; not for a `.dpg` record).
 * @csspart stale - The notice that a fallback is serving the snapshot (any variant).
 *
 * @cssprop --dpg-card-background - Card background (default: `--dpg-color-surface`).
 * @cssprop --dpg-card-color - Card text colour (default: `--dpg-color-text`).
 * @cssprop --dpg-card-border - Card border (default: 1px solid `--dpg-color-border`).
 * @cssprop --dpg-card-radius - Corner radius (default: `--dpg-radius`).
 * @cssprop --dpg-card-padding - Inner spacing (default: 4 × `--dpg-space`).
 * @cssprop --dpg-card-shadow - Box shadow (default: none).
 * @cssprop --dpg-card-min-height - Smallest height, kept in every state (default: 14rem).
 * @cssprop --dpg-card-description-lines - Lines of description before "Show more" (default: 3).
 */
export class DpgCard extends DpgDataElement {
  static override styles = [...DpgDataElement.styles, sharedStyles, cardStyles];

  /** The DPG's id, slug, registry id or alias. */
  @property({ attribute: 'dpg-id' }) dpgId = '';

  /** A DPG record to show as is (no registry look-up); takes precedence over `dpg-id`. */
  @property({ attribute: false }) dpg?: DigitalPublicGood;

  /** `compact` (default) or `full` (adds the DPG Standard indicators and pilots). */
  @property({ reflect: true }) variant: CardVariant = 'compact';

  /** Heading level of the DPG's name, 1–6, to fit the page's outline. */
  @property({ attribute: 'heading-level', type: Number }) headingLevel = 3;

  @state() private expanded = false;
  /** The description's text as last rendered. */
  private descriptionText = '';

  /** Shows "Show more" once layout says the description's clamp hides text. */
  private readonly clamp = new ClampController(this, {
    target: () => this.renderRoot.querySelector('.description'),
    content: () => this.descriptionText,
    measured: (clamped) => this.setToggle(clamped),
  });

  protected readonly data = new DataController(this, {
    args: () => [this.client, this.dpg, this.dpgId.trim(), this.variant] as const,
    load: ([client, dpg, id, variant], signal) => loadCard(client, dpg, id, variant, signal),
    // A compact card given its record has nothing to load: it shows it in its first update.
    ready: ([, dpg, , variant]) => (dpg && variant !== 'full' ? { kind: 'dpg' as const, dpg } : undefined),
    isEmpty: (value: CardData) => value.kind !== 'dpg',
  });

  /** What the card shows now. */
  get state(): CardState {
    const value = this.data.value;
    return this.data.state === 'empty' && value?.kind === 'not-found' ? 'not-found' : this.data.state;
  }

  /**
   * Moves focus to the good's name: the link to its registry page, or the button that selects
   * it when the record has no registry page. A page calls it to bring the reader to a card (the
   * registry does so after "Show more"). Until the card shows a good (while it loads, when it is
   * empty, not found or failed) it has no name to focus, and focus stays where it is.
   *
   * @param options As for `HTMLElement.focus()`: `{ preventScroll: true }` keeps the page still.
   */
  override focus(options?: FocusOptions): void {
    this.renderRoot?.querySelector<HTMLElement>('[part="name"]')?.focus(options);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('dpgId') || changed.has('dpg')) this.expanded = false;
  }

  protected override render(): TemplateResult {
    const { lang, dir } = this.i18n;
    return html`<article part="card" class="card ${this.variant}" lang=${lang} dir=${dir}>
      ${this.data.render({
        loading: () => this.renderSkeleton(),
        empty: (value) => this.renderEmpty(value),
        ready: (value) => (value.kind === 'dpg' ? this.renderDpg(value.dpg, value.pilots, value.meta) : nothing),
      })}
    </article>`;
  }

  protected override updated(): void {
    // Expanded, the text is whole and the toggle always shows, whatever the clamp measured.
    if (this.expanded) this.setToggle(false);
  }

  /**
   * Shows "Show more" only when the clamp hides text (`clamped`, measured after layout by the
   * clamp controller) or the text is expanded. Set on the button directly, so that a
   * measurement never schedules another render.
   */
  private setToggle(clamped: boolean): void {
    const toggle = this.renderRoot.querySelector<HTMLButtonElement>('.toggle');
    if (toggle) toggle.hidden = !this.expanded && !clamped;
  }

  /** The heading level of the DPG's name, clamped to 1–6. */
  private get level(): number {
    return clampHeadingLevel(this.headingLevel, 3);
  }

  private sectionContext(): SectionContext {
    const { messages, locale, lang } = this.i18n;
    return { client: this.client, messages, locale, lang, subheadingLevel: Math.min(this.level + 1, 6) };
  }

  private renderSource(meta: SourceMeta | undefined, ctx: SectionContext): TemplateResult | typeof nothing {
    const full = this.variant === 'full';
    // A compact card on data that is not stale shows no source line: its date is not formatted
    // (the first date `Intl` formats loads calendar data, tens of ms on a slow phone).
    if (!meta || (!full && meta.stale === undefined)) return nothing;
    return sourceNote(describeSource(meta, ctx.lang), full, ctx);
  }

  private renderDpg(dpg: DigitalPublicGood, pilotList: Pilot[] | null | undefined, meta: SourceMeta | undefined): TemplateResult {
    const { messages } = this.i18n;
    const level = this.level;
    const ctx = this.sectionContext();
    const registry = safeHref(dpg.registryUrl);
    const select = (event: Event) => {
      const selected = this.emit('dpg-select', { id: dpg.id, dpg }, { cancelable: true });
      if (selected.defaultPrevented) event.preventDefault();
    };
    const full = this.variant === 'full';
    return html`<header class="header">
        <div class="name" role="heading" aria-level=${level}>
          ${registry
            ? html`<a part="name" dir="auto" href=${registry} @click=${select}>${dpg.name}</a>`
            : html`<button part="name" class="link-button" dir="auto" type="button" @click=${select}>${dpg.name}</button>`}
        </div>
        <span part="stage" class="stage ${dpg.stage}">${messages.card.stageNames[dpg.stage]}</span>
      </header>
      ${dpg.description ? this.renderDescription(dpg.description) : nothing} ${sdgChips(dpg, ctx)} ${facts(dpg, ctx)}
      ${links(dpg, ctx)} ${full ? deployedWith(dpg, ctx) : nothing} ${full ? indicators(dpg, ctx) : nothing}
      ${full ? pilots(pilotList ?? null, ctx) : nothing}
      ${this.renderSource(meta, ctx)}`;
  }

  private renderDescription(text: string): TemplateResult {
    const { showMore, showLess } = this.i18n.messages;
    const toggle = () => {
      this.expanded = !this.expanded;
    };
    this.descriptionText = text;
    // The toggle starts hidden; setToggle() shows it once layout says the text is clamped.
    return html`<p id="description" part="description" dir="auto" class="description ${this.expanded ? '' : 'clamped'}">${text}</p>
      <button class="link-button toggle" type="button" hidden aria-expanded=${this.expanded} aria-controls="description" @click=${toggle}>
        ${this.expanded ? showLess : showMore}
      </button>`;
  }

  private renderEmpty(value: CardData): TemplateResult {
    const { card } = this.i18n.messages;
    if (value.kind === 'not-found') {
      // The date matters here: a good added to the registry after the snapshot is not in it.
      return html`<p part="not-found" class="message state not-found">${card.notFound(value.id)}</p>
        ${this.renderSource(value.meta, this.sectionContext())}`;
    }
    return html`<p part="empty" class="message state empty">${card.empty}</p>`;
  }

  private renderSkeleton(): TemplateResult {
    const full = this.variant === 'full';
    return html`<div class="skeleton-card">
      <span class="skeleton title"></span>
      <span class="skeleton line"></span><span class="skeleton line"></span><span class="skeleton line short"></span>
      <span class="skeleton chips"></span>
      <span class="skeleton line short"></span>
      ${full ? html`<span class="skeleton block"></span><span class="skeleton block"></span>` : nothing}
    </div>`;
  }
}

/** Loads what the card shows; pilots are extra, so their failure leaves the card standing. */
async function loadCard(
  client: DpgClient,
  given: DigitalPublicGood | undefined,
  id: string,
  variant: CardVariant,
  signal: AbortSignal,
): Promise<CardData> {
  let dpg = given;
  let meta: SourceMeta | undefined;
  if (!dpg) {
    if (!id) return { kind: 'none' };
    // The client loads its registry once for all its calls: asking for the meta costs nothing.
    try {
      [meta, dpg] = await Promise.all([client.meta({ signal }), client.dpgs.get(id, { signal, detail: variant === 'full' ? 'full' : 'compact' })]);
    } catch (error) {
      if (asDpgError(error).code === 'not-found') return { kind: 'not-found', id, meta: await client.meta({ signal }) };
      throw error;
    }
  }
  const found = { kind: 'dpg' as const, dpg, ...(meta ? { meta } : {}) };
  if (variant !== 'full') return found;
  const pilotList = await client.dpgs.pilots(dpg.id, { signal }).catch((error: unknown) => {
    const { code } = asDpgError(error);
    if (code === 'aborted') throw error;
    // A record passed as `.dpg` may not be in the registry: then no pilot can name it.
    return code === 'not-found' ? [] : null;
  });
  return { ...found, pilots: pilotList };
}
