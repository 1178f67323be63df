/**
 * Where focus goes in `<dpg-registry>` when what held it goes away or new results come: to the
 * first new result after "Show more", to the chip now in the place of a removed one (else the
 * search box), to the search box after Clear all, and back to a result's name when its full
 * card closes. Each move waits for the render that shows its target.
 */
import type { ReactiveController, ReactiveElement } from 'lit';

export class RegistryFocusController implements ReactiveController {
  /** The index of the result to focus once it is shown ("Show more"). */
  private pendingResult: number | undefined;

  /**
   * @param shownCount How many results are rendered now, or undefined while they load.
   */
  constructor(
    private readonly host: ReactiveElement,
    private readonly shownCount: () => number | undefined,
  ) {
    host.addController(this);
  }

  hostUpdated(): void {
    const shown = this.shownCount();
    if (this.pendingResult === undefined || shown === undefined || shown <= this.pendingResult) return;
    const index = this.pendingResult;
    this.pendingResult = undefined;
    void this.result(index);
  }

  /** Focus goes to result `index` once a render shows it. */
  resultWhenShown(index: number): void {
    this.pendingResult = index;
  }

  /** A new question: no result waits for focus any more. */
  cancel(): void {
    this.pendingResult = undefined;
  }

  /** Moves focus to the name of result `index`: its card's name link, or its row's name. */
  async result(index: number): Promise<void> {
    const result = this.host.renderRoot.querySelector(`.result[data-index="${index}"]`);
    const card = result?.querySelector('dpg-card');
    if (card) {
      await card.loadComplete();
      card.focus();
    } else {
      result?.querySelector<HTMLElement>('.result-name')?.focus();
    }
  }

  /** After a render, focus goes to the search box. */
  async search(): Promise<void> {
    await this.host.updateComplete;
    this.searchBox()?.focus();
  }

  /** After a chip goes, focus moves to the chip now in its place, else to the search box. */
  async afterChipRemoved(index: number): Promise<void> {
    await this.host.updateComplete;
    const chips = this.host.renderRoot.querySelectorAll<HTMLButtonElement>('[part="chip"]');
    (chips[Math.min(index, chips.length - 1)] ?? this.searchBox())?.focus();
  }

  private searchBox(): HTMLInputElement | null {
    return this.host.renderRoot.querySelector<HTMLInputElement>('#search');
  }
}
