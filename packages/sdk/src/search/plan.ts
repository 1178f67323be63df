/**
 * Turns what a visitor typed into what to search: one slot per word that carries meaning. A
 * record scores in each slot it matches, and ranks higher the more slots it matches, so every
 * word counts and none is required.
 *
 * A slot searches the typed word first (weight 1; the last word also by prefix, as it may still
 * be being typed) and then the vocabulary's words for it. A typed word that the vocabulary does
 * not know may be read with a typo, but only when it finds nothing as written (search.ts).
 */
import { foldText } from '../normalize/fold.js';
import { lowerTokens, STOPWORDS, termOf } from './analyze.js';
import { isFiller } from './fillers.js';
import type { Alternative, Vocabulary } from './vocabulary.js';

/** Words of a query that are searched: a pasted page of text would otherwise take seconds. */
export const MAX_TERMS = 32;

/** One part of a query: what to search for it. */
export interface Slot {
  /** The typed word as a search term. */
  typed: string;
  /** The typed word folded but not stemmed, to look for words one or two typos away. */
  word: string;
  /** The typed word is the query's last: complete it by prefix. */
  last: boolean;
  /** Whether a typo may be forgiven in `typed` when it finds nothing as written. */
  mayBeTypo: boolean;
  /** The vocabulary's words for this slot, beside `typed`, in groups searched once per query. */
  groups: readonly AlternativeGroup[];
  /** The Sustainable Development Goals the slot's word names ("hunger" → 2): records tagged with one rank higher. */
  goals: readonly number[];
}

/** Words searched together: a concept's, or words typed apart read as one. The key names the group within a query. */
export interface AlternativeGroup {
  key: string;
  alternatives: readonly Alternative[];
}


/** Longest run of typed words tried as one word. */
const MAX_JOINED = 3;

/**
 * Runs of two or three words typed apart, as one word: "open mrs" → "openmrs", "story weaver"
 * → "storyweaver". A record that writes them together matches each word's slot through it.
 */
function joinedWords(kept: ReadonlyArray<{ word: string; index: number }>): Array<{ start: number; end: number; group: AlternativeGroup }> {
  const joins: Array<{ start: number; end: number; group: AlternativeGroup }> = [];
  for (let start = 0; start < kept.length; start++) {
    for (let end = start + 2; end <= Math.min(kept.length, start + MAX_JOINED); end++) {
      if (kept[end - 1]!.index - kept[start]!.index !== end - 1 - start) break; // not adjacent as typed
      const term = termOf(kept.slice(start, end).map(({ word }) => word).join(''));
      if (term) joins.push({ start, end, group: { key: `joined:${term}`, alternatives: [{ terms: [term], weight: 1 }] } });
    }
  }
  return joins;
}

/** The slots of `text`; none when it has no word. */
export function planQuery(text: string, vocabulary: Vocabulary): Slot[] {
  const words = lowerTokens(text).slice(0, MAX_TERMS);
  if (words.length === 0) return [];
  const lastWord = words.length - 1;
  // Stopwords are dropped unless the query is nothing else ("the", "who").
  let kept = words.map((word, index) => ({ word, index })).filter(({ word }) => !STOPWORDS.has(foldText(word)));
  if (kept.length === 0) kept = words.map((word, index) => ({ word, index }));
  const matches = vocabulary.match(kept.map(({ word }) => word));

  const joined = joinedWords(kept);
  const folded = kept.map(({ word }) => foldText(word));
  const inPhrase = (position: number) => matches.some((match) => match.start <= position && position < match.end);
  // Fillers ("how", "ministry", "open source") are left out unless a known phrase holds them or
  // the query is nothing else.
  const filler = folded.map((_, position) => isFiller(folded, position) && !inPhrase(position));
  const dropFillers = filler.includes(false);
  const slots: Slot[] = [];
  kept.forEach(({ word, index }, position) => {
    const typed = termOf(word);
    if (!typed || (dropFillers && filler[position])) return;
    // A phrase of the vocabulary ("medical record") or of words typed apart ("open mrs") is
    // searched in the slot of each of its words: a record matching it matches all of them.
    const covers = (span: { start: number; end: number }) => span.start <= position && position < span.end;
    const named = matches.filter(covers);
    const concepts = named.map((match) => ({ key: match.concept.id, alternatives: match.alternatives }));
    slots.push({
      typed,
      word: foldText(word),
      last: index === lastWord,
      mayBeTypo: named.length === 0,
      groups: [...joined.filter(covers).map((join) => join.group), ...concepts],
      goals: named.flatMap((match) => (match.concept.sdg === undefined ? [] : [match.concept.sdg])),
    });
  });
  return slots;
}
