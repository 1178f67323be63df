/**
 * How text becomes search terms, the same way for records and for queries: MiniSearch's
 * tokeniser, then case and accent folding, then an English Snowball-family stemmer (the
 * registry's records are written in English), so "records", "recording" and "record" meet.
 *
 * Words in other languages are not stemmed here: the vocabulary (vocabulary.ts) reads them
 * with their own language's stemmer and maps them to the English words that records use.
 */
import MiniSearch from 'minisearch';
import { stemmer as stemEnglish } from '@orama/stemmers/english';
import { foldText } from '../normalize/fold.js';

const tokenize = MiniSearch.getDefault('tokenize') as (text: string) => string[];

/**
 * Words that carry no topic in a query, in the five interface languages. They are still
 * indexed (a name such as "if me" must stay findable); a query made only of them keeps them.
 */
export const STOPWORDS: ReadonlySet<string> = new Set(
  (
    'a an and are as at be by can do does for from how i in into is it its me my of on or our that the their this to ' +
    's we what where which who with you your app apps tool tools software ' +
    'au aux avec ce ces d dans de des du en et l la le les ou par pour qui sur un une ' +
    'al como con del el los las lo para por que se su sus y ' +
    'ao aos com da das do dos e em na nas no nos o os um uma ' +
    'في من على إلى عن و'
  ).split(' '),
);

/** Lower-cased tokens of `text` as MiniSearch splits it, accents kept (other languages' stemmers need them). */
export function lowerTokens(text: string): string[] {
  const tokens: string[] = [];
  for (const token of tokenize(text)) {
    const lower = token.toLowerCase();
    if (lower) tokens.push(lower);
  }
  return tokens;
}

/** A word is stemmed only when it is all letters a–z: codes such as "dhis2" or "sdg4" stay whole. */
const PLAIN_WORD = /^[a-z]{3,}$/;
/** Stems seen so far: a registry has a few thousand distinct words and the stemmer builds regular expressions per call. */
const stems = new Map<string, string>();
const MAX_CACHED_STEMS = 50_000;

/** The English stem of one folded word ("literacy" → "literaci"); other words as they are. */
export function stem(word: string): string {
  if (!PLAIN_WORD.test(word)) return word;
  let stemmed = stems.get(word);
  if (stemmed === undefined) {
    if (stems.size >= MAX_CACHED_STEMS) stems.clear();
    stemmed = stemEnglish(word);
    stems.set(word, stemmed);
  }
  return stemmed;
}

/** The search term of one token: folded and stemmed ('' for a token that folds to nothing). */
export function termOf(token: string): string {
  return stem(foldText(token));
}

/** A name or alias as one key, letters and digits only: "Open MRS", "OpenMRS" and "open-mrs" → "openmrs". */
export function compactKey(text: string): string {
  return foldText(text).replace(/[^\p{L}\p{N}]+/gu, '');
}
