/**
 * Full-text search over DPGs through MiniSearch: prefix and typo tolerant, with name weighing
 * more than aliases, and aliases more than the description.
 */
import MiniSearch from 'minisearch';
import type { DigitalPublicGood } from '../model.js';

/** Field weights: a hit in the name outranks the same hit in a description. */
const BOOST = { name: 6, aliases: 3, organizations: 1.5, description: 1 };

interface SearchDocument {
  id: number;
  name: string;
  aliases: string;
  organizations: string;
  description: string;
}

/** Folds accents and case so "Educação" finds "educacao". */
function fold(term: string): string {
  return term.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
}

/** A search index over one list of records; results are indexes into that list. */
export class SearchIndex {
  readonly #index: MiniSearch<SearchDocument>;

  constructor(records: readonly DigitalPublicGood[]) {
    this.#index = new MiniSearch<SearchDocument>({
      fields: ['name', 'aliases', 'organizations', 'description'],
      processTerm: (term) => fold(term),
      searchOptions: {
        boost: BOOST,
        prefix: true,
        // Typos only on longer words: "dhs" should not match every three-letter word.
        fuzzy: (term) => (term.length > 4 ? 0.2 : false),
        combineWith: 'AND',
      },
    });
    this.#index.addAll(
      records.map((record, id) => ({
        id,
        name: record.name,
        aliases: record.aliases.join(' '),
        organizations: record.organizations.map((org) => org.name).join(' '),
        description: record.description,
      })),
    );
  }

  /** Record indexes that match `text` mapped to their score; best first in iteration order. */
  search(text: string): Map<number, number> {
    let hits = this.#index.search(text);
    // All words together first; when that finds nothing, any word will do.
    if (hits.length === 0) hits = this.#index.search(text, { combineWith: 'OR' });
    return new Map(hits.map((hit) => [hit.id as number, hit.score]));
  }
}
