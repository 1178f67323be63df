/**
 * Full-text search over DPGs through MiniSearch: prefix and typo tolerant, with name weighing
 * more than aliases, and aliases more than the description.
 *
 * A search costs about one unit per (term, field, document) triple MiniSearch scores, so what
 * matters is how far each query term is expanded. Each term is its own sub-query:
 * - only the last term, the one still being typed, is expanded by prefix: "open data platform"
 *   looks up "open" and "data" as they are and completes "platform" alone;
 * - a last term of one or two letters is completed in names and aliases only ("ko" → "Kolibri"):
 *   across descriptions it would expand to a good part of the vocabulary (on 10,000 records,
 *   "s" scored every record in ~90 ms);
 * - typos are forgiven only in words of 5 letters or more, one edit up to 7 letters and at most
 *   two beyond (`maxFuzzy`), so "educaton" and "storyweavr" are found, a short word such as
 *   "dhs" is never read as another word, and a long one does not reach half the vocabulary;
 * - the any-word (OR) search runs only when the all-words (AND) search found nothing and there
 *   is more than one term: for one term both are the same search.
 */
import MiniSearch, { type Query } from 'minisearch';
import type { DigitalPublicGood } from '../model.js';
import { foldText } from '../normalize/fold.js';

/** Field weights: a hit in the name outranks the same hit in a description. */
const BOOST = { name: 6, aliases: 3, organizations: 1.5, description: 1 };
/** Fields where a last term shorter than SHORT_TERM is completed by prefix; elsewhere it must match whole. */
const COMPLETED_FIELDS = ['name', 'aliases'];
const WHOLE_FIELDS = ['organizations', 'description'];
const SHORT_TERM = 3;
/** Shortest word in which a typo is forgiven. */
const MIN_FUZZY_LENGTH = 5;
/**
 * Longest: no word is longer, and the typo search costs the square of a term's length (a
 * pasted 100,000-letter "word" asked MiniSearch for a 10 GB table and threw).
 */
const MAX_FUZZY_LENGTH = 40;
/** Terms of a query that are searched; a pasted page of text would otherwise take seconds. */
const MAX_TERMS = 32;
/** Edits allowed per letter (one for 5 to 7 letters, two from 8) … */
const FUZZY = 0.2;
/** … and never more than this many. */
const MAX_FUZZY = 2;

interface SearchDocument {
  id: number;
  name: string;
  aliases: string;
  organizations: string;
  description: string;
}

const tokenize = MiniSearch.getDefault('tokenize') as (text: string) => string[];

/** The terms MiniSearch makes of `text`: tokenised as it does, folded, empty ones dropped. */
function termsOf(text: string): string[] {
  const terms: string[] = [];
  for (const token of tokenize(text)) {
    const term = foldText(token);
    if (term) terms.push(term);
  }
  return terms;
}

/** The sub-query of one term; `last` for the term being typed. */
function termQuery(term: string, last: boolean): Query {
  if (!last) return { queries: [term], prefix: false };
  if (term.length >= SHORT_TERM) return { queries: [term], prefix: true };
  return {
    combineWith: 'OR',
    queries: [
      { queries: [term], prefix: true, fields: COMPLETED_FIELDS },
      { queries: [term], prefix: false, fields: WHOLE_FIELDS },
    ],
  };
}

/** What MiniSearch indexes of a record; `id` is the record's index in the store's list. */
function documentOf(record: DigitalPublicGood, id: number): SearchDocument {
  return {
    id,
    name: record.name,
    aliases: record.aliases.join(' '),
    organizations: record.organizations.map((org) => org.name).join(' '),
    description: record.description,
  };
}

/** Lets other work run: a macrotask, so input events and rendering get their turn. */
const nextTask = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

/** How a step-by-step build shares the thread. */
export interface BuildOptions {
  /** Longest stretch of indexing before yielding, in milliseconds (default 8: half a frame). */
  budget?: number;
  /** Waits for other work to run (default: a `setTimeout(0)`). */
  pause?: () => Promise<void>;
}

/** A search index over one list of records; results are indexes into that list. */
export class SearchIndex {
  readonly #index: MiniSearch<SearchDocument>;

  /**
   * Builds the index over `records` in small steps, yielding between them, so a page stays
   * responsive while thousands of records are indexed. The result is the same as `new SearchIndex(records)`.
   */
  static async build(records: readonly DigitalPublicGood[], { budget = 8, pause = nextTask }: BuildOptions = {}): Promise<SearchIndex> {
    const built = new SearchIndex([]);
    let next = 0;
    while (next < records.length) {
      await pause();
      const until = performance.now() + budget;
      // At least one record a step, however small the budget: the build always ends.
      do {
        built.#index.add(documentOf(records[next]!, next));
      } while (++next < records.length && performance.now() < until);
    }
    return built;
  }

  constructor(records: readonly DigitalPublicGood[]) {
    this.#index = new MiniSearch<SearchDocument>({
      fields: ['name', 'aliases', 'organizations', 'description'],
      processTerm: foldText,
      searchOptions: {
        boost: BOOST,
        fuzzy: (term) => (term.length >= MIN_FUZZY_LENGTH && term.length <= MAX_FUZZY_LENGTH ? FUZZY : false),
        maxFuzzy: MAX_FUZZY,
      },
    });
    this.#index.addAll(records.map(documentOf));
  }

  /** Indexes of the records that match `text`, best first. */
  search(text: string): number[] {
    const terms = termsOf(text).slice(0, MAX_TERMS);
    if (terms.length === 0) return [];
    const queries = terms.map((term, i) => termQuery(term, i === terms.length - 1));
    let hits = this.#index.search({ combineWith: 'AND', queries });
    // All words together first; when that finds nothing, any word will do. A repeated word
    // counts: "health health" completes only its second "health", so AND and OR differ.
    if (hits.length === 0 && terms.length > 1) hits = this.#index.search({ combineWith: 'OR', queries });
    return hits.map((hit) => hit.id as number);
  }
}
