/**
 * Adds up what each slot of a query found, per record, in flat arrays indexed by record number
 * and reused from one query to the next: at 10,000 records a query can touch thousands of
 * records, and a Map entry or an object for each would cost more than the search itself.
 *
 * A record's rank is its summed score times the square (COORDINATION) of the share of the
 * query's slots it matched. Records found only by forgiving a typo rank after all records
 * found as written.
 */

/** Records that a search found, with their scores, as parallel lists (an id may come twice: its scores add up). */
export interface Hits {
  ids: number[];
  scores: number[];
}

/** How strongly matching more of the query's slots counts: the share of slots matched, to this power. */
const COORDINATION = 2;
/** How many of the best records a costly bonus may reorder. */
const RERANKED = 100;
/** Share of a slot's other hits that adds to its best one. */
const TIE_BREAKER = 0.5;
/** How much a slot matched only through the vocabulary counts, against 1 for the word as typed. */
const VOCABULARY_MATCH = 0.7;

export class Tally {
  #score = new Float64Array(0);
  #slotsMatched = new Float64Array(0);
  #asWritten = new Uint8Array(0);
  #seen = new Uint32Array(0);
  #query = 0;
  #touched: number[] = [];
  #slotScore = new Float64Array(0);
  #slotSeen = new Uint32Array(0);
  #slotBest = new Float64Array(0);
  /** The slot in which each record last matched the word as typed. */
  #slotTyped = new Uint32Array(0);
  #slot = 0;
  #slotTouched: number[] = [];

  /** Starts a query over `size` records. */
  begin(size: number): void {
    if (this.#score.length < size) {
      this.#score = new Float64Array(size);
      this.#slotsMatched = new Float64Array(size);
      this.#slotTyped = new Uint32Array(size);
      this.#slotBest = new Float64Array(size);
      this.#asWritten = new Uint8Array(size);
      this.#seen = new Uint32Array(size);
      this.#slotScore = new Float64Array(size);
      this.#slotSeen = new Uint32Array(size);
      this.#query = this.#slot = 0;
    }
    this.#query++;
    this.#touched = [];
  }

  /** Records the query has found so far. */
  get found(): number {
    return this.#touched.length;
  }

  /** Starts a slot of the query. */
  beginSlot(): void {
    this.#slot++;
    this.#slotTouched = [];
  }

  /** Records found in the current slot so far. */
  get slotSize(): number {
    return this.#slotTouched.length;
  }

  /**
   * Adds a hit to the current slot. A record's hits in one slot do not simply add up: the best
   * counts whole and the others TIE_BREAKER of theirs, so a record with the typed word is not
   * outranked by one that has several of its synonyms. `typed`: it matched the word as typed.
   */
  add(id: number, score: number, typed = false): void {
    if (typed) this.#slotTyped[id] = this.#slot;
    if (this.#slotSeen[id] !== this.#slot) {
      this.#slotSeen[id] = this.#slot;
      this.#slotScore[id] = score;
      this.#slotBest[id] = score;
      this.#slotTouched.push(id);
    } else {
      this.#slotScore[id]! += score;
      if (score > this.#slotBest[id]!) this.#slotBest[id] = score;
    }
  }

  /** Adds every hit of a search to the current slot; `typed`: they matched the word as typed. */
  addAll(hits: Hits, typed = false): void {
    for (let i = 0; i < hits.ids.length; i++) this.add(hits.ids[i]!, hits.scores[i]!, typed);
  }

  /** Multiplies the current slot's score of each record by `factor(id)`. */
  boost(factor: (id: number) => number): void {
    for (const id of this.#slotTouched) this.#slotScore[id]! *= factor(id);
  }

  /** Ends the current slot, adding it to the query; `asWritten` false when its records were found by forgiving a typo. */
  endSlot(asWritten: boolean): void {
    for (const id of this.#slotTouched) {
      if (this.#seen[id] !== this.#query) {
        this.#seen[id] = this.#query;
        this.#score[id] = this.#slotsMatched[id] = this.#asWritten[id] = 0;
        this.#touched.push(id);
      }
      const best = this.#slotBest[id]!;
      this.#score[id]! += best + TIE_BREAKER * (this.#slotScore[id]! - best);
      // A slot matched only through the vocabulary counts less: the visitor's own word is the surer sign.
      this.#slotsMatched[id]! += this.#slotTyped[id] === this.#slot ? 1 : VOCABULARY_MATCH;
      if (asWritten) this.#asWritten[id] = 1;
    }
  }

  /**
   * Every record the query found, best first, leaving out `first` (already placed). The best
   * RERANKED are then multiplied by `bonus(id)` and ordered again: a check too costly for every
   * record (a phrase typed as the record writes it) only reorders the top of the list.
   */
  ranked(slots: number, first: readonly number[], bonus?: (id: number) => number): number[] {
    const rank = this.#slotScore; // the slot arrays are free once the query's slots are done
    for (const id of this.#touched) rank[id] = this.#score[id]! * (this.#slotsMatched[id]! / slots) ** COORDINATION;
    const asWritten = this.#asWritten;
    const order = (a: number, b: number) => asWritten[b]! - asWritten[a]! || rank[b]! - rank[a]! || a - b;
    const ranked = this.#touched.filter((id) => !first.includes(id)).sort(order);
    if (!bonus) return ranked;
    const top = ranked.slice(0, RERANKED);
    for (const id of top) rank[id]! *= bonus(id);
    return [...top.sort(order), ...ranked.slice(RERANKED)];
  }
}
