/**
 * The registry's `otherDeploymentOrganisations`: a free-text answer to "which other
 * organisations deploy it?", read into organisation names.
 *
 * The answer is whatever the applicant typed: lists on lines, bullets or numbers, names with a
 * city or a link after them, a heading ("India:"), placeholders ("N/A", "test"), links alone
 * and whole sentences ("Hundreds of organizations use and have used CommCare"). The web app
 * then split it on commas, so "Mallareddy Institute of Medical Sciences, Hyderabad" arrives as
 * two items. Here the pieces are joined back into the text, cut at line breaks, semicolons and
 * bullets, then at commas outside parentheses; a piece is kept as a name when it reads as one
 * and otherwise reported as a `not-a-name` issue, never kept as a name and never dropped
 * silently. A country after a name ("Tilburg University, The Netherlands") stays with it.
 */
import type { IssueLog } from '../issues.js';
import { toAlpha2 } from '../normalize/country-names.js';
import { cleanName, isPlaceholder } from '../normalize/text.js';
import { LIMITS, note, readLabel } from './values.js';

/** Longest text in characters, and most words outside parentheses, that a name may have. */
const MAX_NAME_CHARS = 120;
const MAX_NAME_WORDS = 10;

/** Answers that stand for nothing, beyond the placeholders every reader knows. */
const NOTHING = new Set(['test', 'tbd', 'na', 'no', 'nothing', 'unknown', 'various', 'many', 'others', 'etc', 'etc.']);

/**
 * Words that make a piece a sentence or a description rather than a name: verbs, pronouns and
 * quantities ("is used by", "we have", "many other NGOs", "over 88 NHS sites").
 */
const SENTENCE_WORDS = new Set([
  'is', 'are', 'was', 'were', 'be', 'been', 'being', 'has', 'have', 'had', 'will', 'would', 'can', 'could', 'may',
  'might', 'must', 'should', 'use', 'uses', 'used', 'using', 'deployed', 'deploy', 'deploying', 'include', 'includes',
  'including', 'we', 'our', 'us', 'they', 'their', 'it', 'its', 'this', 'these', 'those', 'there', 'here', 'many',
  'several', 'various', 'more', 'most', 'over', 'almost', 'nearly', 'currently', 'also', 'not', 'such', 'other',
  'others', 'etc', 'see', 'list', 'examples', 'example', 'among', 'across', 'around', 'who', 'which', 'that', 'where',
  'hundreds', 'thousands', 'millions', 'every', 'any', 'all', 'some', 'like', 'via', 'through', 'working', 'based',
  'globally', 'similar', 'above', 'below', 'january', 'february', 'march', 'april', 'june', 'july', 'august',
  'september', 'october', 'november', 'december',
]);

/** Words a phrase may start with that no name starts with ("In 2025", "For research", "Apart from our customers"). */
const OPENING_WORDS = new Set(['for', 'to', 'in', 'at', 'by', 'with', 'from', 'since', 'as', 'and', 'or', 'but', 'besides', 'apart', 'after', 'before', 'during']);

/** Small words that names hold in lower case ("Partners in Health", "Centre de coopération"). */
const CONNECTORS = new Set([
  'of', 'and', 'the', 'for', 'in', 'on', 'to', 'at', 'a', 'an', 'de', 'des', 'du', 'la', 'le', 'les', 'del', 'di',
  'da', 'do', 'dos', 'das', 'y', 'e', 'et', 'von', 'für', 'und', 'der', 'van', 'en', 'pour',
]);

/** The last word of a label before a colon that names a kind of organisation ("International NGOs: Amnesty International"). */
const CATEGORY_LABEL = /(?:ngos|sites|companies|partners|agencies|banks|groups|organi[sz]ations|universities|institutions|foundations|donors|governments|media)$/i;

/** Groups of people or kinds of organisation, which name none in particular ("General public", "Researchers"). */
const GENERIC_WORDS = new Set([
  'general', 'public', 'private', 'sector', 'firms', 'firm', 'researchers', 'scientists', 'practitioners', 'academics',
  'academia', 'journalists', 'universities', 'schools', 'ngos', 'ingos', 'ngo', 'companies', 'governments', 'users',
  'communities', 'organizations', 'organisations', 'donors', 'individuals', 'students', 'teachers', 'hospitals',
  'clinics', 'partners', 'customers', 'institutions', 'agencies', 'and', 'or', 'of', 'the', 'in', 'local', 'national',
  'international', 'government', 'non-governmental', 'civil', 'society', 'consultants', 'industry', 'a', 'an',
  'scientific', 'academic', 'global', 'news', 'governmental', 'managers', 'independent', 'professional', 'innovators',
  'policymakers', 'policies', 'projects', 'economists', 'foundations', 'agriculture', 'healthcare', 'banking',
]);

/** Country codes written for a country after a name ("University of Connecticut, USA"); other codes may be acronyms ("DRC"). */
const COUNTRY_CODES_WRITTEN = new Set(['USA', 'US', 'UK', 'UAE']);

const URL_IN_TEXT = /(?:https?:\/\/|www\.)[^\s)\]]*/gi;
const LINE_BREAK = /\r\n|\r|\n|;|•|\t/;
// A list marker at the start of a line: "- ", "* ", "1) ", "2. ", "a) ".
const LIST_MARKER = /^\s*(?:[-*–—]\s*|\(?\d{1,3}[).]\s+|[a-z]\)\s+)/i;
// A number that counts things: "50+ communities", "Over 88 NHS sites", "11 NGOs are …".
const COUNT = /\d\s*\+|^\d[\d,.]*\s+[a-z]/i;
// A year, a long number or a range outside parentheses: a date, a citation or a trial number, not a name.
const NUMBERS = /\b(?:19|20)\d\d\b|\d{5,}|\d+-\d+|\|/;
const SENTENCE_END = /[.!?]$/;
// Abbreviations a name may end with: "Ltd.", "Inc.", "S.A.".
const NAME_ABBREVIATION = /(?:\b(?:ltd|inc|co|corp|llc|plc|bv|gmbh)|\b[A-Z]\.(?:[A-Z]\.)*)\.?$/i;

/** The words of a piece outside parentheses, lower-cased. */
function wordsOutsideParentheses(text: string): string[] {
  return text
    .replace(/\([^)]*\)/g, ' ')
    .toLowerCase()
    .split(/[^\p{L}\p{N}'’-]+/u)
    .filter((word) => word !== '');
}

/** True when a cleaned piece reads as the name of an organisation. */
export function looksLikeName(text: string): boolean {
  if (text === '' || text.length > MAX_NAME_CHARS || isPlaceholder(text) || NOTHING.has(text.toLowerCase())) return false;
  if (text.endsWith(':') || COUNT.test(text) || NUMBERS.test(text.replace(/\([^)]*\)/g, ' '))) return false;
  const words = wordsOutsideParentheses(text);
  if (words.length === 0 || words.length > MAX_NAME_WORDS || OPENING_WORDS.has(words[0]!)) return false;
  // An acronym in capitals is a name even when it spells a word ("WHO").
  const acronyms = new Set(text.split(/[^\p{L}]+/u).filter((word) => word.length > 1 && word === word.toUpperCase()).map((word) => word.toLowerCase()));
  if (words.some((word) => SENTENCE_WORDS.has(word) && !acronyms.has(word))) return false;
  if (words.every((word) => GENERIC_WORDS.has(word))) return false;
  // One lower-case word is a name only with a capital inside ("myAgro", "iKapaData"); more are a phrase.
  if (/^\p{Ll}/u.test(text) && (words.length > 1 || !/\p{Lu}/u.test(text))) return false;
  // Mostly lower-case words that are not connectors: a description ("Clean energy enterprises to identify new market opportunities").
  const lower = text.replace(/\([^)]*\)/g, ' ').split(/\s+/).filter((word) => /^\p{Ll}/u.test(word) && !CONNECTORS.has(word));
  if (lower.length >= 3 && lower.length * 2 > words.length) return false;
  // A full stop ends a sentence, unless it ends an abbreviation or a short list ("Terre des Hommes.").
  if (SENTENCE_END.test(text) && !NAME_ABBREVIATION.test(text) && words.length > 4) return false;
  return true;
}

/** True when a piece is a country's name, or two joined by "and": a place for the name before it. */
function isPlace(text: string): boolean {
  // Names only: a code such as "DRC" or "IRC" may be an organisation's acronym.
  if (!/^[\p{L}\s.'’-]+$/u.test(text)) return false;
  return text
    .split(/\s+and\s+/)
    .every((part) => (part.length > 3 || COUNTRY_CODES_WRITTEN.has(part)) && toAlpha2(part.replace(/^the\s+/i, '')) !== null);
}

/** Comma pieces of one line, with pieces inside parentheses joined back ("(H3D Centre, University of Cape Town)"). */
function commaPieces(line: string): string[] {
  const pieces: string[] = [];
  let open = '';
  for (const piece of line.split(',')) {
    open = open === '' ? piece : `${open},${piece}`;
    if (count(open, '(') <= count(open, ')')) {
      pieces.push(open);
      open = '';
    }
  }
  // A parenthesis never closed on its line joins nothing: its pieces stay apart.
  if (open !== '') pieces.push(...open.split(','));
  return pieces;
}

/** A name after a label that is a place or a kind of organisation ("Madagascar: Studio Sifaka", "Social media sites: Reddit"). */
function withoutLabel(piece: string): string {
  const colon = piece.indexOf(': ');
  if (colon <= 0) return piece;
  const label = piece.slice(0, colon).replace(/\([^)]*\)/g, ' ').trim();
  return isPlace(label) || CATEGORY_LABEL.test(label) ? piece.slice(colon + 2).trim() : piece;
}

function count(text: string, char: string): number {
  return text.split(char).length - 1;
}

/**
 * Organisation names from the registry's `otherDeploymentOrganisations` (one string, or the
 * web app's array of comma pieces). Every piece that is not a name (a placeholder, a link, a
 * heading, a sentence) is reported as `not-a-name`; a link after a name is reported and the name
 * kept. Undefined when the answer names no organisation.
 */
export function readOtherDeploymentOrganizations(value: unknown, log: IssueLog, path: string): string[] | undefined {
  let text: string;
  if (typeof value === 'string') text = value;
  else if (Array.isArray(value) && value.every((item) => typeof item === 'string')) text = (value as string[]).slice(0, LIMITS.list).join(',');
  else {
    if (value !== undefined && value !== null) note(log, path, 'wrong-type', value);
    return undefined;
  }
  if (text.length > LIMITS.text) {
    note(log, path, 'too-long', text);
    text = text.slice(0, LIMITS.text);
  }
  const names: string[] = [];
  for (const line of text.split(LINE_BREAK)) {
    let afterName = false;
    for (const raw of commaPieces(line.replace(LIST_MARKER, ''))) {
      const links = raw.match(URL_IN_TEXT) ?? [];
      for (const link of links) note(log, path, 'not-a-name', link);
      // What is left once the links are out: "HES-SO: <link>" → "HES-SO", "People in Need (NGO) (<link>)" → "People in Need (NGO)".
      const rest = cleanName(raw.replace(URL_IN_TEXT, ' ').replace(/\(\s*\)/g, ' ').replace(LIST_MARKER, ''))
        .replace(/\s*[-–:]+$/, '')
        .trim();
      const piece = withoutLabel(rest);
      if (piece === '') continue;
      if (afterName && isPlace(piece)) {
        names[names.length - 1] = `${names[names.length - 1]}, ${piece}`;
        continue;
      }
      const name = looksLikeName(piece) && !isPlace(piece) ? readLabel(piece, log, path) : undefined;
      afterName = name !== undefined;
      if (name === undefined) note(log, path, 'not-a-name', piece);
      else if (names.length < LIMITS.list && !names.some((known) => known.toLowerCase() === name.toLowerCase())) names.push(name);
    }
  }
  return names.length === 0 ? undefined : names;
}
