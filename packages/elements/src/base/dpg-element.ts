/**
 * The base class of every dpg-kit element: language, theme, and the client in use.
 */
import { consume } from '@lit/context';
import { getDefaultClient, type DpgClient } from '@dpg-kit/sdk';
import { LitElement, isServer } from 'lit';
import { property, state } from 'lit/decorators.js';
import { announceRenderRoot } from './autoload.js';
import { clientContext, ensureContextRoot } from './context.js';
import { emit, type DpgEventDetails } from './events.js';
import { LangController } from './lang.js';
import { themeStyles } from './theme.styles.js';
import { VERSION } from './version.js';

/** A `heading-level` as given, made a whole number from 1 to 6; `fallback` when it is not a number. */
export function clampHeadingLevel(level: number, fallback: number): number {
  return Math.min(Math.max(Math.trunc(level) || fallback, 1), 6);
}

/** `light` or `dark` forces a scheme; `auto` (or no attribute) follows `prefers-color-scheme`. */
export type Theme = 'light' | 'dark' | 'auto';

/**
 * The base of every dpg-kit element.
 *
 * @cssprop --dpg-color-surface - Background of cards, tables and panels.
 * @cssprop --dpg-color-surface-muted - Background of chips and table headers.
 * @cssprop --dpg-color-text - Body text.
 * @cssprop --dpg-color-text-muted - Secondary text (labels, notes); keep 4.5:1 on both surfaces.
 * @cssprop --dpg-color-border - Borders and control outlines (3:1 on the surface).
 * @cssprop --dpg-color-primary - Links, buttons, the focus ring and the badge.
 * @cssprop --dpg-color-on-primary - Text on `--dpg-color-primary`.
 * @cssprop --dpg-color-danger - Error text and unmet indicators.
 * @cssprop --dpg-color-success - "Complete", met indicators, the DPG stage.
 * @cssprop --dpg-color-warning - "In progress".
 * @cssprop --dpg-color-info - "Coming soon".
 * @cssprop --dpg-color-skeleton - The loading placeholders.
 * @cssprop --dpg-font-family - Font of every element (the badge keeps the surrounding text's).
 * @cssprop --dpg-font-size - Base font size (default: 1rem).
 * @cssprop --dpg-radius - Corner radius (default: 0.5rem).
 * @cssprop --dpg-space - The spacing unit; paddings and gaps are multiples of it (default: 0.25rem).
 */
export class DpgElement extends LitElement {
  /** Read by the guarded `define()` to tell two copies of dpg-kit apart. @internal */
  static readonly version = VERSION;

  static override styles = [themeStyles];

  /** Colour scheme: `light`, `dark` or `auto` (the default: follows the reader's system setting). */
  @property({ reflect: true }) theme?: Theme;

  /** The client of the nearest `<dpg-provider>`, when there is one. @internal */
  @consume({ context: clientContext, subscribe: true })
  @state()
  protected providedClient?: DpgClient;

  /** The language in force (own `lang` or the nearest ancestor's) and its strings. @internal */
  readonly i18n = new LangController(this);

  constructor() {
    super();
    // On the server there is no document; server rendering hands the client over itself.
    if (!isServer) ensureContextRoot();
  }

  /** The shadow root, announced so that the CDN's autoloader also finds tags rendered into it. */
  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    const root = super.createRenderRoot();
    announceRenderRoot(root);
    return root;
  }

  /**
   * Moved into another document (an iframe's, say): the shadow root's style sheets belong to
   * the first document, and a browser does not apply them in another, so the element would
   * lose its styles. It gets its own copies, made in the new document's window.
   */
  adoptedCallback(): void {
    const view = this.ownerDocument.defaultView;
    const root = this.renderRoot;
    // Nothing to carry over before the first render. The shadow root keeps the first window's
    // prototype, so it is told by what it has, not by instanceof.
    if (!view || !root || root === this || !('adoptedStyleSheets' in root)) return;
    root.adoptedStyleSheets = (this.constructor as typeof DpgElement).elementStyles.map((style) => {
      const sheet = new view.CSSStyleSheet();
      sheet.replaceSync(style instanceof CSSStyleSheet ? [...style.cssRules].map((rule) => rule.cssText).join('\n') : style.cssText);
      return sheet;
    });
  }

  /** The nearest provider's client, else the embedded default (the registry snapshot). @internal */
  protected get client(): DpgClient {
    return this.providedClient ?? getDefaultClient();
  }

  /** Dispatches a typed `dpg-*` event from this element (bubbling, composed). @internal */
  emit<K extends keyof DpgEventDetails>(name: K, detail: DpgEventDetails[K], options?: { cancelable?: boolean }) {
    return emit(this, name, detail, options);
  }
}
