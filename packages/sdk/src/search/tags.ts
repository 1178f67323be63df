/**
 * Sectors as tags: a few words shared by many records ("Health", "Education"). They are kept
 * out of the text index and matched whole, as a list of records per word, because in a large
 * registry one sector can cover half of the records, and scoring each of them through the text
 * index cost ten times what the rest of a search did.
 */
import type { DigitalPublicGood } from '../model.js';
import { lowerTokens, termOf } from './analyze.js';

/** What a sector match is worth, times how rare the sector is (as BM25 weighs a one-word field). */
const SECTOR_WEIGHT = 3;

export class TagIndex {
  readonly #records = new Map<string, number[]>();
  #size = 0;

  /** Adds the sectors of `record`, number `id` (ids are added in increasing order). */
  add(record: DigitalPublicGood, id: number): void {
    this.#size = Math.max(this.#size, id + 1);
    for (const sector of record.sectors) {
      for (const word of lowerTokens(sector)) {
        const term = termOf(word);
        if (!term) continue;
        const ids = this.#records.get(term);
        if (!ids) this.#records.set(term, [id]);
        else if (ids[ids.length - 1] !== id) ids.push(id);
      }
    }
  }

  /** The records tagged with `term`. */
  records(term: string): readonly number[] {
    return this.#records.get(term) ?? [];
  }

  /** The score of a match on `term`: higher for a sector few records have. */
  score(term: string): number {
    const count = this.records(term).length;
    return SECTOR_WEIGHT * Math.log(1 + (this.#size - count + 0.5) / (count + 0.5));
  }
}
