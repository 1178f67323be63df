/** One idea of the search vocabulary: the words for it in the records' language and in the interface languages. */
export interface Concept {
  /** A stable name for tests and reports. */
  id: string;
  /**
   * English words and phrases that mean the same thing: any of them in a query brings in all
   * the others (and `related`). Records are written in English, so these are what is searched.
   */
  terms: readonly string[];
  /** Narrower or nearby English words: searched, at a lower weight, but a query word among them brings in nothing. */
  related?: readonly string[];
  /** The same idea in French, Spanish, Portuguese and Arabic: each brings in `terms` and `related`. */
  fr?: readonly string[];
  es?: readonly string[];
  pt?: readonly string[];
  ar?: readonly string[];
  /** The Sustainable Development Goal this idea is, when it is one: records tagged with it match too. */
  sdg?: number;
}

/** The languages a concept's words are given in. */
export const LANGUAGES = ['en', 'fr', 'es', 'pt', 'ar'] as const;
export type Language = (typeof LANGUAGES)[number];
