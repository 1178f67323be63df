/**
 * Whether a line-clamped block of text hides some of it, for a "Show more" toggle that shows
 * only when there is more to show.
 *
 * Every host on a page shares one ResizeObserver per window. Its callback runs after layout and
 * reads every watched block before any host shows or hides a toggle, so a page of cards costs
 * one layout, where a measurement in each card's update forced one layout per card.
 *
 * The answers reach the hosts at the next frame, not in the callback: a toggle that shows or
 * hides moves what follows it, and hosts whose content the browser skips while off screen
 * (`content-visibility: auto`, as in the registry's results) may then come into view and be
 * laid out for the first time. Measured in the same frame, at the same depth, those would be a
 * ResizeObserver loop; a frame later they are simply the next measurement.
 */
import type { ReactiveController, ReactiveElement } from 'lit';

/** What the host tells the controller. */
export interface ClampOptions {
  /** The clamped block as rendered now, or null when there is none. */
  target: () => Element | null;
  /** The block's text: new text is measured again even when the box keeps its size. */
  content: () => string;
  /** Receives each measurement: whether the clamp hides text. */
  measured: (clamped: boolean) => void;
}

/** What each watched block does with its measurement, shared by every host in the page. */
const answers = new WeakMap<Element, (clamped: boolean) => void>();
const observers = new WeakMap<Window, ResizeObserver>();

function observerIn(view: Window & typeof globalThis): ResizeObserver {
  let observer = observers.get(view);
  if (!observer) {
    observer = new view.ResizeObserver((entries) => {
      const measured = measure(entries.map(({ target }) => target));
      view.requestAnimationFrame(() => answer(measured));
    });
    observers.set(view, observer);
  }
  return observer;
}

function measure(blocks: readonly Element[]): (readonly [Element, boolean])[] {
  return blocks.map((target) => [target, target.scrollHeight > target.clientHeight + 1] as const);
}

function answer(measured: readonly (readonly [Element, boolean])[]): void {
  for (const [target, clamped] of measured) answers.get(target)?.(clamped);
}

/**
 * Blocks to measure at the end of this task, in a document that is hidden: it has no frames, so
 * its observer reports nothing until it shows. All of them are read at once.
 */
let unmeasured: Element[] | undefined;

function measureSoon(block: Element): void {
  if (!unmeasured) {
    unmeasured = [];
    queueMicrotask(() => {
      const batch = unmeasured!;
      unmeasured = undefined;
      answer(measure(batch.filter((target) => target.isConnected)));
    });
  }
  unmeasured.push(block);
}

/**
 * Watches the host's clamped block after each update, and while the host is on the page. In
 * another document (an iframe's) it watches through that document's window: an observer of the
 * first window reports an endless resize loop as an error on the page.
 */
export class ClampController implements ReactiveController {
  private observed?: { target: Element; observer: ResizeObserver; content: string };

  constructor(
    private readonly host: ReactiveElement,
    private readonly options: ClampOptions,
  ) {
    host.addController(this);
  }

  /** Back on the page, or in another document: watch what is rendered again. */
  hostConnected(): void {
    this.unwatch();
    if (this.host.hasUpdated) this.watch();
  }

  hostUpdated(): void {
    this.watch();
  }

  hostDisconnected(): void {
    this.unwatch();
  }

  private watch(): void {
    const target = this.options.target();
    if (!target || !this.host.isConnected) {
      this.unwatch();
      return;
    }
    const content = this.options.content();
    const { observed } = this;
    if (observed?.target === target && observed.content === content) return;
    // A new block, or new text in it: observing it again brings a measurement after the next
    // layout, even when its box keeps its size (three clamped lines for three others).
    this.unwatch();
    const document = this.host.ownerDocument;
    const view = document.defaultView as (Window & typeof globalThis) | null;
    if (!view) return;
    const observer = observerIn(view);
    answers.set(target, this.options.measured);
    observer.observe(target);
    this.observed = { target, observer, content };
    if (document.visibilityState === 'hidden') measureSoon(target);
  }

  private unwatch(): void {
    if (!this.observed) return;
    this.observed.observer.unobserve(this.observed.target);
    answers.delete(this.observed.target);
    this.observed = undefined;
  }
}
