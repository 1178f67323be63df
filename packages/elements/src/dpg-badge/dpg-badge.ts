/**
 * `<dpg-badge>`: a small "Digital Public Good" badge linking to the good's registry page.
 */
import type { DigitalPublicGood, DpgClient, SourceMeta } from '@dpg-kit/sdk';
import { html, isServer, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { DataController, asDpgError } from '../base/data-controller.js';
import { DpgDataElement } from '../base/dpg-data-element.js';
import { describeSource } from '../base/source-info.js';
import { sharedStyles } from '../base/theme.styles.js';
import { safeHref } from '../base/url.js';
import { badgeStyles } from './dpg-badge.styles.js';

export type BadgeSize = 'small' | 'medium' | 'large';

/** A good found, and where the registry data came from. */
interface Found {
  kind: 'dpg';
  dpg: DigitalPublicGood;
  meta: SourceMeta;
}

type BadgeData = { kind: 'none' } | { kind: 'not-found'; id: string } | Found;

/**
 * Resolves once the next frame has painted; a task later in a hidden document, which paints
 * none (else a badge in a background tab would never get its title).
 */
function afterPaint(): Promise<void> {
  return new Promise((resolve) => {
    if (document.visibilityState === 'hidden') setTimeout(resolve);
    else requestAnimationFrame(() => setTimeout(resolve));
  });
}

/**
 * A small, accessible badge that says a good is a Digital Public Good and links to its page
 * in the registry. It sits inside a line of text like a word: it takes the surrounding font
 * and size (sizes are relative), keeps the line's height and never wraps inside itself.
 * How old the registry data is goes into the link's `title` (its accessible description),
 * never into the line.
 *
 * @tagname dpg-badge
 * @summary A "Digital Public Good" badge for one DPG.
 *
 * @fires dpg-load - The badge knows its DPG (`detail.empty` when the id is missing or unknown).
 * @fires dpg-error - Loading failed; `detail.error` is the `DpgError`.
 *
 * @slot loading - Replaces the unlinked badge shown while loading.
 * @slot error - Replaces the short error text and Retry button.
 *
 * @csspart badge - The badge (a link when the registry page is known).
 * @csspart icon - The mark before the label.
 * @csspart label - The visible label.
 * @csspart not-found - The text shown instead of a badge for an unknown id.
 * @csspart loading - The loading state.
 * @csspart error - The error state.
 * @csspart retry - The Retry button.
 *
 * @cssprop --dpg-badge-background - Badge background (default: `--dpg-color-primary`).
 * @cssprop --dpg-badge-color - Badge text colour (default: `--dpg-color-on-primary`).
 * @cssprop --dpg-badge-radius - Corner radius (default: 999px, a pill).
 * @cssprop --dpg-badge-font-family - Badge font (default: the surrounding text's).
 */
export class DpgBadge extends DpgDataElement {
  static override styles = [...DpgDataElement.styles, sharedStyles, badgeStyles];

  /** The DPG's id, slug, registry id or alias. */
  @property({ attribute: 'dpg-id' }) dpgId = '';

  /** `small`, `medium` (default) or `large`, relative to the surrounding text. */
  @property({ reflect: true }) size: BadgeSize = 'medium';

  protected readonly data = new DataController(this, {
    args: () => [this.client, this.dpgId.trim()] as const,
    load: ([client, id], signal) => loadBadge(client, id, signal),
    isEmpty: (value: BadgeData) => value.kind !== 'dpg',
    inline: true,
  });

  /**
   * The link's title is written after the badge has painted: the first date `Intl` formats loads
   * calendar data, which costs a slow phone tens of milliseconds, and the title is not what a
   * reader sees first. `titled` settles once it is written; `titledFor` is what it was written for.
   */
  private titled: Promise<void> = Promise.resolve();
  private titledFor: unknown[] = [];

  /** The badge's visible state. */
  get state(): 'loading' | 'ready' | 'empty' | 'not-found' | 'error' {
    return this.data.state === 'empty' && this.data.value?.kind === 'not-found' ? 'not-found' : this.data.state;
  }

  /** Resolves when the current load has settled and its result is rendered, title included. */
  override async loadComplete(): Promise<void> {
    await super.loadComplete();
    await this.titled;
    await this.updateComplete;
  }

  protected override updated(): void {
    const value = this.data.state === 'ready' ? this.data.value : undefined;
    const link = this.renderRoot.querySelector('a');
    const key = [value, this.i18n.lang, this.i18n.messages];
    if (value?.kind !== 'dpg' || !link || key.every((part, i) => part === this.titledFor[i])) return;
    this.titledFor = key;
    this.titled = afterPaint().then(() => {
      if (this.titledFor !== key) return; // another good or language since
      const title = this.titleOf(value);
      if (title) link.title = title;
      else link.removeAttribute('title');
    });
  }

  /** The title of the link to `found`: its name and the data's as-of date, when there is one. */
  private titleOf(found: Found): string | undefined {
    const { lang, messages } = this.i18n;
    const { date, snapshot } = describeSource(found.meta, lang);
    return date ? messages.badge.linkAsOf(isolated(found.dpg.name), date, snapshot) : undefined;
  }

  protected override render(): TemplateResult {
    const { lang, dir, messages } = this.i18n;
    return html`<span class="root size-${this.size}" lang=${lang} dir=${dir}
      >${this.data.render({
        loading: () => this.renderBadge(undefined),
        empty: (value) =>
          value.kind === 'not-found'
            ? html`<span part="not-found" class="not-found">${messages.badge.notFound}</span>`
            : this.renderBadge(undefined),
        ready: (value) => (value.kind === 'dpg' ? this.renderBadge(value) : nothing),
        error: (_error, retry) =>
          html`<span class="error-text">${messages.badge.error}</span>
            <button part="retry" class="link-button" type="button" @click=${retry}>${messages.retry}</button>`,
      })}</span
    >`;
  }

  /** The badge: a link when the DPG and its registry page are known, plain text until then. */
  private renderBadge(found: Found | undefined): TemplateResult {
    const { badge } = this.i18n.messages;
    const dpg = found?.dpg;
    const label = dpg?.stage === 'nominee' ? badge.nominee : badge.dpg;
    const content = html`<svg part="icon" class="icon" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
        <circle cx="8" cy="8" r="7" fill="none" stroke="currentColor" stroke-width="1.6" />
        <path d="M4.8 8.2l2.1 2.1 4.3-4.5" fill="none" stroke="currentColor" stroke-width="1.8" stroke-linecap="round" stroke-linejoin="round" />
      </svg><span part="label" class="label">${label}</span>`;
    const href = safeHref(dpg?.registryUrl);
    if (found && href) {
      // A server has no first paint to wait for: its HTML carries the title at once.
      return html`<a part="badge" class="badge" href=${href} title=${(isServer && this.titleOf(found)) || nothing}
        >${content}<span class="visually-hidden">: ${badge.link(isolated(found.dpg.name))}</span></a
      >`;
    }
    return html`<span part="badge" class="badge">${content}</span>`;
  }
}

/**
 * A name between first-strong isolates: in another script it keeps its own direction inside the
 * sentence, in the visible-to-screen-readers text and in the tooltip, neither of which can hold <bdi>.
 */
const isolated = (name: string) => `\u2068${name}\u2069`;

async function loadBadge(client: DpgClient, id: string, signal: AbortSignal): Promise<BadgeData> {
  if (!id) return { kind: 'none' };
  try {
    // The client loads its registry once for all its calls: asking for the meta costs nothing.
    const [meta, dpg] = await Promise.all([client.meta({ signal }), client.dpgs.get(id, { signal, detail: 'compact' })]);
    return { kind: 'dpg', dpg, meta };
  } catch (error) {
    if (asDpgError(error).code === 'not-found') return { kind: 'not-found', id };
    throw error;
  }
}
