/**
 * The base class of every element that loads data: what Retry does and how a page (or a test)
 * waits for a load to be shown live here once, not in each element.
 */
import { isServer } from 'lit';
import { DpgElement } from './dpg-element.js';

/** What a data element's controller offers to its host. */
export interface DataSource {
  retry(): Promise<void>;
  settled(): Promise<void>;
  preload(): Promise<unknown>;
}

export abstract class DpgDataElement extends DpgElement {
  /** The element's data controller. @internal */
  protected abstract readonly data: DataSource;

  /** Came with a shadow root from the HTML (server-rendered, declarative shadow DOM). */
  private readonly serverRendered = !isServer && this.shadowRoot !== null;

  /**
   * A server-rendered element loads its data before its first update: that update hydrates
   * the server's HTML, and must render the same result, not a loading state in its place.
   * Meanwhile the server's HTML stays on screen as it is.
   */
  protected override scheduleUpdate(): void | Promise<unknown> {
    if (this.hasUpdated || !this.serverRendered) return super.scheduleUpdate();
    const update = () => super.scheduleUpdate();
    return this.data.preload().then(update, update);
  }

  /** Loads again (what the Retry button does). */
  retry(): Promise<void> {
    return this.data.retry();
  }

  /** Resolves when the current load has settled and its result is rendered. */
  async loadComplete(): Promise<void> {
    // A change made just before the call starts its load in the next update: wait for that
    // update first, or this would resolve with the previous load while the new one runs.
    await this.updateComplete;
    await Promise.all([this.data.settled(), this.i18n.loaded]);
    await this.updateComplete;
  }
}
