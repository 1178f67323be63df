/**
 * What searches of the text index found, kept between queries: a visitor types a query a letter
 * at a time ("health rec", "health reco", …), and related queries name the same concepts
 * ("santé", "salud", "health" all search the words of SDG 3), so most of a query's searches were
 * already made by an earlier one. At 10,000 records one such search can cost milliseconds.
 */
import type { Hits } from './tally.js';

/** Searches kept: a long visit's worth (the 134 judged queries make 421); the least recently used goes first. */
const MAX_ENTRIES = 512;

export class SearchMemo {
  readonly #entries = new Map<string, Hits>();

  /** The hits kept under `key`, or those `search` finds, kept from now on. */
  get(key: string, search: () => Hits): Hits {
    let hits = this.#entries.get(key);
    if (hits) {
      // Map keeps insertion order: moved to the end, it is the most recently used.
      this.#entries.delete(key);
    } else {
      hits = search();
      if (this.#entries.size >= MAX_ENTRIES) this.#entries.delete(this.#entries.keys().next().value!);
    }
    this.#entries.set(key, hits);
    return hits;
  }

  /** Forgets every search: the index they were made on has changed. */
  clear(): void {
    this.#entries.clear();
  }

  get size(): number {
    return this.#entries.size;
  }
}
