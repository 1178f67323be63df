/**
 * Loads an element's data through @lit/task and renders its four states.
 *
 * - loading: the element's skeleton (shaped like the result, so nothing jumps when data
 *   arrives), inside `<slot name="loading">` so a page can put its own;
 * - ready / empty: the element's own views;
 * - error: a short message and a Retry button, inside `<slot name="error">`; a `dpg-error`
 *   event carries the typed `DpgError`.
 *
 * The task's AbortSignal goes to the SDK. When the arguments change while loading, the task
 * aborts the old run and only the last run's result is rendered. When the element leaves the
 * page mid-load the run is aborted too, and started again if the element comes back.
 *
 * When the arguments already hold the value (`ready`, e.g. a card handed its record), it is
 * shown in the update that brings it: no loading state, no second render.
 */
import { Task, TaskStatus, shallowArrayEquals } from '@lit/task';
import { DpgError, isDpgError } from '@dpg-kit/sdk';
import { html, type ReactiveController, type TemplateResult } from 'lit';
import type { DpgElement } from './dpg-element.js';
import { errorKind } from './i18n/index.js';

export type DataState = 'loading' | 'ready' | 'empty' | 'error';

export interface DataOptions<A extends readonly unknown[], T> {
  /** The inputs the data depends on; a change reloads. */
  args: () => A;
  load: (args: A, signal: AbortSignal) => Promise<T>;
  /**
   * The value when the arguments already hold it (undefined: load it). It is shown in the same
   * update, with no loading state between: a list that hands each card its record re-renders
   * each card once per change, not twice (skeleton, then record).
   */
  ready?: (args: A) => T | undefined;
  /** Whether a loaded value counts as empty. */
  isEmpty?: (value: T) => boolean;
  /** Wrap the loading and error states in spans, for an element that sits inside text. */
  inline?: boolean;
}

export interface DataViews<T> {
  loading: () => unknown;
  ready: (value: T) => unknown;
  empty: (value: T) => unknown;
  /** The default error content (inside the `error` slot); a message and Retry when left out. */
  error?: (error: DpgError, retry: () => void) => unknown;
}

/**
 * Any error as a DpgError, so `dpg-error` listeners can always switch on `code`. A DpgError of
 * another copy of the SDK (a client from another bundle) is one already and is kept as it is.
 */
export function asDpgError(error: unknown): DpgError {
  if (isDpgError(error)) return error;
  const message = error instanceof Error ? error.message : String(error);
  return new DpgError('invalid-data', `Loading failed unexpectedly: ${message}`, { cause: error });
}

export class DataController<A extends readonly unknown[], T> implements ReactiveController {
  private readonly task: Task<A, T>;
  /** Set when a run was aborted because the element left the page. */
  private interrupted = false;
  /** The arguments of the last update, to run only when they change. */
  private args: A | undefined;
  /** The value `ready` gave for the current arguments; the task's is ignored meanwhile. */
  private immediate: { value: T } | undefined;
  /** A value loaded ahead of the first update (see `preload`), with the arguments it is for. */
  private preloaded: { args: A; value: T } | undefined;

  constructor(
    private readonly host: DpgElement,
    private readonly options: DataOptions<A, T>,
  ) {
    host.addController(this);
    // The controller decides in hostUpdate() whether to run the task (autoRun off), as the
    // task itself would: when the arguments change, before the update renders.
    this.task = new Task<A, T>(host, {
      args: options.args,
      autoRun: false,
      // Wrapped here, once: the event, the error state and `error` then share one DpgError.
      task: async (args, { signal }) => {
        try {
          // The element's strings load alongside its data when its language is not English:
          // it is ready when both are, so it never shows its data in the wrong language.
          const [value] = await Promise.all([options.load(args, signal), host.i18n.loaded]);
          return value;
        } catch (error) {
          throw asDpgError(error);
        }
      },
      onComplete: (value) => {
        if (!this.immediate) host.emit('dpg-load', { empty: this.isEmpty(value) });
      },
      onError: (error) => {
        const dpgError = error as DpgError;
        if (dpgError.code !== 'aborted' && !this.immediate) host.emit('dpg-error', { error: dpgError });
      },
    });
  }

  hostUpdate(): void {
    const args = this.options.args();
    if (this.args !== undefined && shallowArrayEquals(this.args, args)) return;
    void this.start(args);
  }

  hostConnected(): void {
    if (!this.interrupted) return;
    this.interrupted = false;
    void this.start(this.options.args());
  }

  /**
   * Loads the value for the current arguments before the first update, which then shows it
   * with no loading state. A server-rendered element does so before it hydrates, so that its
   * first render matches the HTML it took over; server rendering itself loads the same way.
   */
  async preload(): Promise<T> {
    const args = this.options.args();
    const value = await this.options.load(args, new AbortController().signal);
    this.preloaded = { args, value };
    return value;
  }

  /**
   * Server rendering only: makes `value` (from `preload` on the same arguments) the value shown,
   * with no update cycle (a server render has none) and no event.
   */
  adopt(value: T): void {
    this.args = this.options.args();
    this.immediate = { value };
  }

  /** The preloaded value when it is for `args`; used once, so that Retry loads again. */
  private takePreloaded(args: A): T | undefined {
    const preloaded = this.preloaded;
    this.preloaded = undefined;
    return preloaded && shallowArrayEquals(preloaded.args, args) ? preloaded.value : undefined;
  }

  /** Shows the value `ready` gives for `args`, or loads it; either way `args` become the current ones. */
  private start(args: A): Promise<void> {
    this.args = args;
    const value = this.takePreloaded(args) ?? this.options.ready?.(args);
    if (value === undefined) {
      this.immediate = undefined;
      return this.task.run(args);
    }
    this.immediate = { value };
    // Only a pending run needs it; an error is not built for nothing (it records a stack).
    if (this.task.status === TaskStatus.PENDING) this.task.abort(new DpgError('aborted', 'The arguments changed while loading.'));
    // Once the update has rendered the value, as a load's event comes after its render.
    this.host.requestUpdate();
    queueMicrotask(() => {
      if (this.immediate?.value === value) this.host.emit('dpg-load', { empty: this.isEmpty(value) });
    });
    return Promise.resolve();
  }

  hostDisconnected(): void {
    if (this.task.status !== TaskStatus.PENDING) return;
    this.interrupted = true;
    this.task.abort(new DpgError('aborted', 'The element left the page while loading.'));
  }

  get state(): DataState {
    if (this.immediate) return this.isEmpty(this.immediate.value) ? 'empty' : 'ready';
    switch (this.task.status) {
      case TaskStatus.COMPLETE:
        return this.isEmpty(this.task.value as T) ? 'empty' : 'ready';
      case TaskStatus.ERROR:
        // An aborted run is about to be replaced by a new one: keep showing the skeleton.
        return this.error?.code === 'aborted' ? 'loading' : 'error';
      default:
        return 'loading';
    }
  }

  get value(): T | undefined {
    return this.immediate ? this.immediate.value : this.task.value;
  }

  get error(): DpgError | undefined {
    return !this.immediate && this.task.status === TaskStatus.ERROR ? (this.task.error as DpgError) : undefined;
  }

  /** Loads again with the current arguments (what the Retry button does). */
  retry(): Promise<void> {
    return this.start(this.options.args());
  }

  /** Resolves once the current run settles, whatever its outcome. */
  async settled(): Promise<void> {
    if (this.immediate) return;
    await this.task.taskComplete.catch(() => undefined);
  }

  render(views: DataViews<T>): TemplateResult {
    const state = this.state;
    if (state === 'loading') {
      const content = html`<span class="visually-hidden">${this.host.i18n.messages.loading}</span>
        <slot name="loading">${views.loading()}</slot>`;
      return this.options.inline
        ? html`<span part="loading" class="state loading" aria-busy="true">${content}</span>`
        : html`<div part="loading" class="state loading" aria-busy="true">${content}</div>`;
    }
    if (state === 'error') return this.renderError(this.error!, views);
    const value = this.value as T;
    return html`${state === 'empty' ? views.empty(value) : views.ready(value)}`;
  }

  private renderError(error: DpgError, views: DataViews<T>): TemplateResult {
    const { errors, retry } = this.host.i18n.messages;
    const onRetry = () => void this.retry();
    const content =
      views.error?.(error, onRetry) ??
      html`<p class="error-message">${errors[errorKind(error.code)]}</p>
        <button part="retry" class="button" type="button" @click=${onRetry}>${retry}</button>`;
    return this.options.inline
      ? html`<span part="error" class="state error" role="alert"><slot name="error">${content}</slot></span>`
      : html`<div part="error" class="state error" role="alert"><slot name="error">${content}</slot></div>`;
  }

  private isEmpty(value: T): boolean {
    return this.options.isEmpty?.(value) ?? false;
  }
}
