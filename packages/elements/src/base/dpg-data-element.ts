/**
 * The base class of every element that loads data: what Retry does and how a page (or a test)
 * waits for a load to be shown live here once, not in each element.
 */
import { DpgElement } from './dpg-element.js';

/** What a data element's controller offers to its host. */
export interface DataSource {
  retry(): Promise<void>;
  settled(): Promise<void>;
}

export abstract class DpgDataElement extends DpgElement {
  /** The element's data controller. @internal */
  protected abstract readonly data: DataSource;

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
