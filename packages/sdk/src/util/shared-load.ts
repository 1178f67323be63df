/**
 * One load shared by many callers, each with its own AbortSignal: a caller that aborts is
 * rejected at once, and the load itself is aborted only when every caller has gone. Without
 * this, one element leaving the page would cancel the data its neighbours are waiting for.
 */
import { DpgError } from '../errors.js';

export class SharedLoad<T> {
  readonly #run: (signal: AbortSignal) => Promise<T>;
  readonly #keep: boolean;
  #current: { promise: Promise<T>; controller: AbortController; users: number } | undefined;

  /**
   * @param run starts the load; it must honour the signal it gets.
   * @param keep keep a successful result for later callers (else every settled load is forgotten).
   */
  constructor(run: (signal: AbortSignal) => Promise<T>, { keep }: { keep: boolean }) {
    this.#run = run;
    this.#keep = keep;
  }

  /** True while a load runs or a kept result exists. */
  get started(): boolean {
    return this.#current !== undefined;
  }

  /** Joins the running load, or starts one. Rejects with `aborted` when `signal` aborts first. */
  get(signal?: AbortSignal, what = 'the data'): Promise<T> {
    if (signal?.aborted) return Promise.reject(aborted(what, signal.reason));
    if (!this.#current) {
      const controller = new AbortController();
      const current = { promise: this.#run(controller.signal), controller, users: 0 };
      this.#current = current;
      current.promise.then(
        () => {
          if (!this.#keep && this.#current === current) this.#current = undefined;
        },
        () => {
          if (this.#current === current) this.#current = undefined;
        },
      );
    }
    const current = this.#current;
    current.users++;
    if (!signal) return current.promise;
    return new Promise<T>((resolve, reject) => {
      const onAbort = () => {
        reject(aborted(what, signal.reason));
        if (--current.users === 0 && this.#current === current) {
          this.#current = undefined;
          current.controller.abort(signal.reason);
        }
      };
      signal.addEventListener('abort', onAbort, { once: true });
      current.promise.then(
        (value) => {
          signal.removeEventListener('abort', onAbort);
          resolve(value);
        },
        (error: unknown) => {
          signal.removeEventListener('abort', onAbort);
          reject(error);
        },
      );
    });
  }

  /** Forgets a kept result, so the next `get` loads again. */
  reset(): void {
    this.#current = undefined;
  }
}

function aborted(what: string, reason: unknown): DpgError {
  return new DpgError('aborted', `Loading ${what} was aborted.`, { cause: reason });
}
