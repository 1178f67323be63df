/**
 * Plain-text cleanup for values read from registry data.
 *
 * Registry text arrives HTML-escaped (`&nbsp;`, `&#184;`, `&#013;&#010;`), with Windows line
 * ends, stray control characters and placeholders such as `N/A`. Everything here turns it into
 * plain text: entities are decoded to characters, never to markup, so the output is only ever
 * meant to be shown as text (a Lit text binding, `textContent`).
 */

/** Named entities seen in registry data, plus the common typographic ones. */
const NAMED_ENTITIES = new Map<string, string>([
  ['amp', '&'], ['lt', '<'], ['gt', '>'], ['quot', '"'], ['apos', "'"], ['nbsp', '\u00a0'],
  ['ensp', ' '], ['emsp', ' '], ['thinsp', ' '], ['shy', ''], ['zwnj', '\u200c'], ['zwj', '\u200d'],
  ['ndash', '–'], ['mdash', '—'], ['hellip', '…'], ['bull', '•'], ['middot', '·'],
  ['lsquo', '‘'], ['rsquo', '’'], ['sbquo', '‚'], ['ldquo', '“'], ['rdquo', '”'], ['bdquo', '„'],
  ['laquo', '«'], ['raquo', '»'], ['prime', '′'], ['copy', '©'], ['reg', '®'], ['trade', '™'],
  ['deg', '°'], ['plusmn', '±'], ['times', '×'], ['divide', '÷'], ['euro', '€'], ['pound', '£'],
  ['yen', '¥'], ['cent', '¢'], ['sect', '§'], ['para', '¶'], ['cedil', '¸'], ['iexcl', '¡'],
  ['iquest', '¿'], ['ordm', 'º'], ['ordf', 'ª'], ['frac12', '½'], ['frac14', '¼'], ['frac34', '¾'],
  ['aacute', 'á'], ['agrave', 'à'], ['acirc', 'â'], ['atilde', 'ã'], ['auml', 'ä'], ['aring', 'å'],
  ['eacute', 'é'], ['egrave', 'è'], ['ecirc', 'ê'], ['euml', 'ë'], ['iacute', 'í'], ['igrave', 'ì'],
  ['icirc', 'î'], ['iuml', 'ï'], ['oacute', 'ó'], ['ograve', 'ò'], ['ocirc', 'ô'], ['otilde', 'õ'],
  ['ouml', 'ö'], ['oslash', 'ø'], ['uacute', 'ú'], ['ugrave', 'ù'], ['ucirc', 'û'], ['uuml', 'ü'],
  ['ccedil', 'ç'], ['ntilde', 'ñ'], ['szlig', 'ß'], ['aelig', 'æ'], ['yacute', 'ý'],
  ['Aacute', 'Á'], ['Eacute', 'É'], ['Oacute', 'Ó'], ['Uacute', 'Ú'], ['Ccedil', 'Ç'],
  ['Ntilde', 'Ñ'], ['Ouml', 'Ö'], ['Uuml', 'Ü'], ['Auml', 'Ä'],
  // Punctuation names used to hide a scheme from naive filters: "javascript&colon;", "&Tab;".
  ['colon', ':'], ['tab', '\t'], ['newline', '\n'], ['sol', '/'], ['lpar', '('], ['rpar', ')'],
  ['period', '.'], ['comma', ','], ['num', '#'], ['excl', '!'], ['quest', '?'], ['commat', '@'],
  ['lowbar', '_'], ['semi', ';'], ['equals', '='], ['percnt', '%'], ['plus', '+'],
]);

/**
 * HTML maps numeric references 128–159 through Windows-1252 (`&#150;` is an en dash), because
 * that is what the text was typed in; these are the characters for 128…159 in order.
 */
const WINDOWS_1252 = '€\ufffd‚ƒ„…†‡ˆ‰Š‹Œ\ufffdŽ\ufffd\ufffd‘’“”•–—˜™š›œ\ufffdžŸ';

const isDigit = (c: number): boolean => c >= 48 && c <= 57;
const isHexDigit = (c: number): boolean => isDigit(c) || (c >= 97 && c <= 102) || (c >= 65 && c <= 70);
const isLetter = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
const isAlphanumeric = (c: number): boolean => isLetter(c) || isDigit(c);

/** End of a run of `min` to `max` characters that pass `test` from `from`, when a `;` follows it; else -1. */
function runThenSemicolon(text: string, from: number, min: number, max: number, test: (c: number) => boolean): number {
  let end = from;
  while (end - from < max && test(text.charCodeAt(end))) end++;
  return end - from >= min && text.charCodeAt(end) === 59 /* ; */ ? end : -1;
}

/**
 * Where the `;` of the character reference starting at `amp` (an `&`) is, or -1 when none
 * starts there: `&#x` and 1–8 hex digits, `&#` and 1–8 digits, or `&`, a letter and 1–31
 * letters or digits, each closed by `;`.
 */
function referenceEnd(text: string, amp: number): number {
  const first = text.charCodeAt(amp + 1);
  if (first === 35 /* # */) {
    const second = text.charCodeAt(amp + 2);
    if (second === 120 || second === 88) return runThenSemicolon(text, amp + 3, 1, 8, isHexDigit);
    return runThenSemicolon(text, amp + 2, 1, 8, isDigit);
  }
  return isLetter(first) ? runThenSemicolon(text, amp + 2, 1, 31, isAlphanumeric) : -1;
}

function decodeReference(match: string, body: string): string {
  if (body.charCodeAt(0) !== 35 /* # */) return NAMED_ENTITIES.get(body) ?? NAMED_ENTITIES.get(body.toLowerCase()) ?? match;
  const hex = body.charCodeAt(1) === 120 || body.charCodeAt(1) === 88;
  const code = Number.parseInt(body.slice(hex ? 2 : 1), hex ? 16 : 10);
  if (code >= 128 && code <= 159) return WINDOWS_1252[code - 128] ?? '\ufffd';
  if (code === 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return '\ufffd';
  return String.fromCodePoint(code);
}

/**
 * Decodes HTML character references (named, decimal and hex) into characters, in one pass, so
 * `&amp;lt;` becomes the text `&lt;` and never `<`. Unknown names are left as they are.
 */
export function decodeEntities(text: string): string {
  // A native search for each `&` and a few character tests at it: much cheaper than a regex
  // scanning every character, and text has few references if any.
  let amp = text.indexOf('&');
  if (amp === -1) return text;
  let out = '';
  let done = 0;
  while (amp !== -1) {
    const end = referenceEnd(text, amp);
    if (end === -1) {
      amp = text.indexOf('&', amp + 1);
      continue;
    }
    out += text.slice(done, amp) + decodeReference(text.slice(amp, end + 1), text.slice(amp + 1, end));
    done = end + 1;
    amp = text.indexOf('&', done);
  }
  return done === 0 ? text : out + text.slice(done);
}

type WellFormed = { isWellFormed?: () => boolean; toWellFormed?: () => string };

/** Replaces lone UTF-16 surrogates with U+FFFD, so the text can be encoded and indexed safely. */
export function toWellFormed(text: string): string {
  const { isWellFormed, toWellFormed: native } = text as unknown as WellFormed;
  // Checking first spares a copy of every (nearly always well-formed) string.
  if (typeof isWellFormed === 'function' && isWellFormed.call(text)) return text;
  if (typeof native === 'function') return native.call(text);
  return text.replace(LONE_SURROGATE, '\ufffd');
}

const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/**
 * Every character cleanText changes, in one class so that clean text (the common case) costs
 * one scan: line separators; C0/C1 controls but tab and newline; U+FFFE/U+FFFF; bidi
 * embeddings, overrides and isolates, which can reorder what a reader sees ("Trojan Source");
 * invisible characters that carry no meaning in prose (ZWJ/ZWNJ stay: scripts need them);
 * U+00B8, which the registry writes where it escaped a comma ("Peace¸ Justice"); odd spaces.
 */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const SPECIAL = /[\r\u2028\u2029\u0085\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u0084\u0086-\u009f\ufffe\uffff\u202a-\u202e\u2066-\u2069\u200b\u2060\ufeff\u00ad\u00b8\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000\t]/;
const SPECIAL_ALL = new RegExp(SPECIAL.source, 'g');
const MAYBE_SPECIAL = /[^\n\x20-\x7e]/;
// Windows line ends are in most registry text: a plain replacement is far cheaper than a callback.
// `&#013; &#010;` in the 2026 data is a line end with a space inside it.
const CRLF = /\r[ \t]*\n/g;
const SPACES_BEFORE_NEWLINE = / +\n/g;
const SPACES_AFTER_NEWLINE = /\n +/g;
const SPACE_RUN = / {2,}/g;
const BLANK_LINES = /\n{3,}/g;
// Names are one line of visible text: no joiners, marks or bidi either.
const NAME_INVISIBLE = /[\u200b-\u200f\u2060-\u2064\ufeff\u00ad\u061c]/g;
const WHITESPACE_RUN = /\s+/g;

function replaceSpecial(char: string): string {
  const code = char.charCodeAt(0);
  if (code === 13 || code === 0x2028 || code === 0x2029 || code === 0x85) return '\n';
  if (code === 0xb8) return ',';
  if (code === 9 || code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x202f || code === 0x205f || code === 0x3000) return ' ';
  return '';
}

/** Everything {@link cleanText} does after decoding: safe to repeat, unlike decoding. */
function tidyText(decoded: string): string {
  let text = decoded.indexOf('\r') === -1 ? decoded : decoded.replace(CRLF, '\n');
  // The small class scans faster than SPECIAL's many ranges and rules out most texts; a
  // replace that finds nothing returns the text as it is.
  if (MAYBE_SPECIAL.test(text)) text = text.replace(SPECIAL_ALL, replaceSpecial);
  if (text.indexOf('  ') !== -1) text = text.replace(SPACE_RUN, ' ');
  // indexOf is a native scan, much cheaper than a regex pass that finds nothing; one line needs none.
  if (text.indexOf('\n') !== -1) {
    if (text.indexOf(' \n') !== -1) text = text.replace(SPACES_BEFORE_NEWLINE, '\n');
    if (text.indexOf('\n ') !== -1) text = text.replace(SPACES_AFTER_NEWLINE, '\n');
    if (text.indexOf('\n\n\n') !== -1) text = text.replace(BLANK_LINES, '\n\n');
  }
  return text.trim();
}

function tidyName(text: string): string {
  // Printable ASCII without double spaces has no invisible characters and no whitespace run.
  if (isPlainAscii(text)) return text.trim();
  return text.replace(NAME_INVISIBLE, '').replace(WHITESPACE_RUN, ' ').trim();
}

/**
 * Turns a raw registry string into clean plain text: well-formed UTF-16, entities decoded,
 * line ends as `\n`, control and bidi-override characters removed, runs of spaces collapsed,
 * at most one blank line in a row, trimmed. Prose keeps its line breaks.
 */
export function cleanText(raw: string): string {
  return isPlainAscii(raw) ? raw.trim() : tidyText(decodeEntities(toWellFormed(raw)));
}

/**
 * Cleans a short label (a name, alias, sector or country): like {@link cleanText}, and also on
 * one line, without zero-width, joiner or direction-mark characters that could make two
 * names look alike or reorder them.
 */
export function cleanName(raw: string): string {
  return isPlainAscii(raw) ? raw.trim() : tidyName(tidyText(decodeEntities(toWellFormed(raw))));
}

// Anything but printable ASCII (so also surrogates, controls, new lines) or `&`.
const NOT_PLAIN_ASCII = /[^\x20-\x25\x27-\x7e]/;

/**
 * True for printable ASCII without `&` or two spaces in a row: most values, and nothing to
 * decode or tidy. Native scans only: an `&` (most often an entity) is found by indexOf long
 * before the regex would get there, and a regex runs as machine code from its second use,
 * while a JavaScript loop over characters stays slow until the optimiser gets to it: with
 * 10,000 records to read once, that is much of the run.
 */
function isPlainAscii(text: string): boolean {
  return text.indexOf('&') === -1 && !NOT_PLAIN_ASCII.test(text) && text.indexOf('  ') === -1;
}

// Words a form gets when it asks for an answer that does not exist ("Aliases: None").
const PLACEHOLDERS = new Set([
  '', '-', '--', '–', '—', '_', '.', 'n/a', 'n.a.', 'n.a', 'none', 'none.', 'nil', 'nan', 'null', 'undefined',
  'not applicable', 'not available', '[]', '[""]', '""', "''",
]);
const LONGEST_PLACEHOLDER = 14;

/** True when a cleaned value only stands in for "nothing" (`""`, `-`, `N/A`, `None`, `null` …). */
export function isPlaceholder(text: string): boolean {
  return text.length <= LONGEST_PLACEHOLDER && PLACEHOLDERS.has(text.trim().toLowerCase());
}

const LIST_SEPARATOR = /\s*[,;\n]\s*/;

/**
 * Splits a string that stands for a list ("Kenya, Uganda", "a; b") into cleaned items,
 * dropping placeholders. Only for fields where the source is known to join a list into one
 * string: never apply it to prose, where commas are just commas.
 */
export function splitList(raw: string): string[] {
  const items: string[] = [];
  // The parts of plain text are plain and trimmed already (the separator takes the spaces around it).
  const plain = isPlainAscii(raw);
  for (const part of (plain ? raw.trim() : cleanText(raw)).split(LIST_SEPARATOR)) {
    const item = plain ? part : tidyName(part);
    if (!isPlaceholder(item)) items.push(item);
  }
  return items;
}

// Not preceded by "/" or ":" so that "medium.com/@user" and "user:pass@host" inside URLs stay.
const EMAIL = /(?<![\w/:.%+-])[\w.%+-]+@[a-z0-9-]+(?:\.[a-z0-9-]+)+/gi;

// The lookbehind above spares `user:pass@host`, so `mailto:` links need their own pattern.
const MAILTO = /\bmailto:[\w.%+-]+@[a-z0-9-]+(?:\.[a-z0-9-]+)+/gi;

/** The text that stands in for a removed e-mail address. */
export const EMAIL_REMOVED = '[e-mail removed]';

/**
 * Removes e-mail addresses from text. dpg-kit never keeps personal contact data, and an address
 * in a free-text answer is as personal as one in a contact field.
 */
export function redactEmails(text: string): string {
  return text.indexOf('@') === -1 ? text : text.replace(MAILTO, EMAIL_REMOVED).replace(EMAIL, EMAIL_REMOVED);
}

/** Shortens text to at most `max` characters, on a word boundary where one is near. */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  let cut = text.slice(0, max - 1);
  // Never leave half of a surrogate pair at the end.
  const last = cut.charCodeAt(cut.length - 1);
  if (last >= 0xd800 && last <= 0xdbff) cut = cut.slice(0, -1);
  const space = cut.lastIndexOf(' ');
  // Words are rarely longer than 40 characters: a space that near the end is a word's end.
  return `${space > 0 && space > max - 40 ? cut.slice(0, space) : cut}…`;
}
