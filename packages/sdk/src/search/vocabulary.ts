/**
 * Reads a query against the domain vocabulary: finds the concepts its words and phrases name,
 * in English or in an interface language, and gives the English words to search for each.
 *
 * Words are compared by stem, each language with its own Snowball-family stemmer, so "paiement"
 * and "paiements", "vacunas" and "vacuna" meet; each word is also compared folded and
 * unstemmed, for visitors who type without accents ("vacunacion"). Stopwords are skipped on
 * both sides, so "protection de l'enfance" matches "protection enfance".
 */
import { stemmer as stemFrench } from '@orama/stemmers/french';
import { stemmer as stemSpanish } from '@orama/stemmers/spanish';
import { stemmer as stemPortuguese } from '@orama/stemmers/portuguese';
import { foldText } from '../normalize/fold.js';
import { lowerTokens, STOPWORDS, stem, termOf } from './analyze.js';
import { SDG_CONCEPTS } from './vocabulary-sdgs.js';
import { TOPIC_CONCEPTS } from './vocabulary-topics.js';
import { type Concept, type Language, LANGUAGES } from './vocabulary-types.js';

export type { Concept } from './vocabulary-types.js';

/** Weight of a concept's own terms and its related words, against 1 for what the visitor typed. */
export const WEIGHTS = { term: 0.7, related: 0.5 } as const;

/** One thing to search for: all of `terms` (a phrase, read as all its words), at `weight`. */
export interface Alternative {
  terms: readonly string[];
  weight: number;
}

/** A concept found in a query: over content words `start` (inclusive) to `end` (exclusive). */
export interface ConceptMatch {
  concept: Concept;
  start: number;
  end: number;
  /** What to search for it. */
  alternatives: readonly Alternative[];
}

const STEMMERS: Record<Language, (word: string) => string> = {
  en: (word) => stem(foldText(word)),
  fr: (word) => foldText(stemFrench(word)),
  es: (word) => foldText(stemSpanish(word)),
  pt: (word) => foldText(stemPortuguese(word)),
  ar: foldText,
};

/** Words of a phrase that carry meaning, lower-cased with accents kept. */
function contentWords(text: string): string[] {
  return lowerTokens(text).filter((word) => !STOPWORDS.has(foldText(word)));
}

/** The longest phrase in the vocabulary, in content words: no longer window is ever looked up. */
let longestPhrase = 1;

/**
 * The search terms of an English phrase ("children's books" → ["children", "book"]). A stem
 * that is a stopword ("being" → "be") is dropped: searching it would score nearly every record.
 */
function termsOf(phrase: string): string[] {
  return contentWords(phrase)
    .map(termOf)
    .filter((term) => term && !STOPWORDS.has(term));
}

/** What to search for a concept: its terms and its related words, each once at its highest weight. */
function alternativesOf(concept: Concept): Alternative[] {
  const byKey = new Map<string, Alternative>();
  const add = (phrase: string, weight: number) => {
    const terms = termsOf(phrase);
    const key = terms.join(' ');
    if (terms.length > 0 && (byKey.get(key)?.weight ?? 0) < weight) byKey.set(key, { terms, weight });
  };
  for (const phrase of concept.terms) add(phrase, WEIGHTS.term);
  for (const phrase of concept.related ?? []) add(phrase, WEIGHTS.related);
  return [...byKey.values()];
}

/** The vocabulary, ready to read queries: per language, phrase keys to the concepts they name. */
export class Vocabulary {
  readonly concepts: readonly Concept[];
  readonly #phrases = new Map<Language, Map<string, Concept>>();
  readonly #alternatives = new Map<Concept, Alternative[]>();

  constructor(concepts: readonly Concept[] = [...SDG_CONCEPTS, ...TOPIC_CONCEPTS]) {
    this.concepts = concepts;
    for (const language of LANGUAGES) this.#phrases.set(language, new Map());
    for (const concept of concepts) {
      this.#alternatives.set(concept, alternativesOf(concept));
      for (const language of LANGUAGES) {
        const phrases = language === 'en' ? concept.terms : (concept[language] ?? []);
        for (const phrase of phrases) this.#addPhrase(language, phrase, concept);
      }
    }
  }

  #addPhrase(language: Language, phrase: string, concept: Concept): void {
    const words = contentWords(phrase);
    if (words.length === 0) return;
    longestPhrase = Math.max(longestPhrase, words.length);
    const phrases = this.#phrases.get(language)!;
    // The first concept to claim a phrase keeps it: order in the data decides, not chance.
    for (const key of [words.map(STEMMERS[language]).join(' '), words.map(foldText).join(' ')]) {
      if (!phrases.has(key)) phrases.set(key, concept);
    }
  }

  /** What to search for `concept`. */
  alternatives(concept: Concept): readonly Alternative[] {
    return this.#alternatives.get(concept) ?? [];
  }

  /**
   * The concepts named in `words` (a query's content words, lower-cased, accents kept), each
   * once, at its longest match; in the order they start.
   */
  match(words: readonly string[]): ConceptMatch[] {
    const found = new Map<Concept, ConceptMatch>();
    for (const language of LANGUAGES) {
      const phrases = this.#phrases.get(language)!;
      const readings = [words.map(STEMMERS[language]), words.map(foldText)];
      for (const keys of readings) {
        for (let start = 0; start < keys.length; start++) {
          for (let length = Math.min(longestPhrase, keys.length - start); length >= 1; length--) {
            const concept = phrases.get(keys.slice(start, start + length).join(' '));
            if (!concept) continue;
            const known = found.get(concept);
            if (!known || known.end - known.start < length) {
              found.set(concept, { concept, start, end: start + length, alternatives: this.alternatives(concept) });
            }
            break;
          }
        }
      }
    }
    return [...found.values()].sort((a, b) => a.start - b.start || b.end - a.end);
  }
}
