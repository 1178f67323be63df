/**
 * Links: only http and https survive, whatever the source wrote.
 *
 * Registry URL fields hold more than URLs: "Developer documentation - https://…", several URLs
 * joined by commas or new lines, bare `www.example.org`, and in the wild `javascript:` in any
 * case, behind entities or control characters. Everything is decoded and parsed with the
 * WHATWG `URL` class (what a browser would follow), then checked by scheme and host.
 */
import type { Link } from '../model.js';
import { cleanText } from './text.js';

/** Why a value did not become a link. */
export type UrlProblem = 'unsafe-url' | 'invalid-url';

/** The result of reading one URL. */
export type UrlResult = { ok: true; url: string } | { ok: false; problem: UrlProblem };

/** A value that was meant as a URL but could not be kept, with the reason. */
export interface UrlRejection {
  problem: UrlProblem;
  value: string;
}

/** Links found in a text, and the URLs that were refused. */
export interface FoundLinks {
  links: Link[];
  rejected: UrlRejection[];
  /** True when the text has words besides its URLs and their labels: it is prose, not a list. */
  prose: boolean;
}

const MAX_URL_LENGTH = 2048;
// Schemes that run code or read local data when followed. Anything not http(s) is refused, but
// these are worth a louder `unsafe-url` than a plain `invalid-url`.
const UNSAFE_SCHEMES = new Set(['javascript', 'vbscript', 'data', 'file', 'blob', 'filesystem', 'about', 'jar', 'view-source']);
const SCHEME = /^([a-z][a-z0-9+.-]*):/i;
// What a browser ignores in a URL: C0 controls and spaces at the ends, tab/CR/LF anywhere.
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const URL_EDGES = /^[\u0000-\u0020]+|[\u0000-\u0020]+$/g;
const URL_TAB_NEWLINE = /[\t\n\r]/g;
const WHITESPACE = /\s/;
const ALL_WHITESPACE = /\s+/g;
const LETTER = /\p{L}/u;
const TWO_LETTERS = /\p{L}{2}/u;
const SPACES = /\s+/g;
/** A cheap pre-check (native scans, no regex): most text holds no URL at all. */
const mayHoldUrl = (text: string): boolean => text.indexOf(':/') !== -1 || text.indexOf('ww.') !== -1 || text.indexOf('WW.') !== -1;
const BARE_HOST = /^(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z][a-z0-9-]*[a-z0-9](?::\d{1,5})?(?:[/?#]\S*)?$/i;
// Sticky state (lastIndex) is reset before each use; findLinks never re-enters itself.
const URL_TOKEN = /(?:\bhttps?:\/\/|\bwww\.)[^\s<>"`{}|\\^\u201c\u201d\u2018\u2019\u00ab\u00bb]+/gi;
// A text that is a single URL_TOKEN from start to end, with no comma that could join two URLs.
const LONE_URL = /^https?:\/\/[^\s<>"`{}|\\^\u201c\u201d\u2018\u2019\u00ab\u00bb,]+$/i;
// "https://a.org,https://b.org" is two URLs: a comma right before a new scheme splits them.
const JOINED_URLS = /,(?=https?:\/\/|www\.)/i;
const TRAILING_PUNCTUATION = new Set(['.', ',', ';', ':', '!', '?', '*', "'", '’', '>']);
const LEADING_SEPARATORS = /^[\s,;|]+/;
const LIST_MARKER = /^(?:[-*•·▪]+|\(?\d{1,2}[.)]|[a-z][.)])\s+/i;
const LABEL_SEPARATOR = /\s*(?:[-–—:]+|=>|->)\s*$/;
// A prefix ending in one of these is the middle of a sentence, not a label: "found at: url".
const NOT_LABEL_END = new Set(['at', 'in', 'on', 'here', 'from', 'to', 'via', 'see', 'is', 'are', 'under', 'by', 'the', 'of', 'and', 'or', 'with', 'link', 'visit']);
const MAX_LABEL_CHARS = 60;

/**
 * Reads one URL. Accepts `http:`/`https:` URLs and bare hosts (`www.example.org/x`, read as
 * https); refuses `javascript:`, `data:`, `vbscript:` and other schemes (`unsafe-url`), URLs
 * with a user name or password in them (`unsafe-url`: `https://bank.example@evil.example`),
 * and anything that does not parse or has no dotted host (`invalid-url`).
 * Returns the URL as the WHATWG parser serialises it.
 */
export function parseHttpUrl(raw: string): UrlResult {
  return parseCleanUrl(cleanText(raw));
}

/** {@link parseHttpUrl} for text already through `cleanText` (decoding twice would turn `&amp;#106;` into `j`). */
function parseCleanUrl(cleaned: string, scanned = false): UrlResult {
  // A token found by URL_TOKEN holds no whitespace or controls by construction.
  const text = scanned ? cleaned : cleaned.replace(URL_EDGES, '').replace(URL_TAB_NEWLINE, '');
  if (text === '' || text.length > MAX_URL_LENGTH) return { ok: false, problem: 'invalid-url' };
  if (scanned) return checkUrl(text.charCodeAt(0) === 104 || text.charCodeAt(0) === 72 ? text : `https://${text}`);
  const scheme = SCHEME.exec(text)?.[1]?.toLowerCase();
  if (scheme !== undefined && UNSAFE_SCHEMES.has(scheme)) return { ok: false, problem: 'unsafe-url' };
  if (WHITESPACE.test(text)) {
    // "java script:" does not run, but it is someone trying: say so.
    const hidden = SCHEME.exec(text.replace(ALL_WHITESPACE, ''))?.[1]?.toLowerCase();
    return { ok: false, problem: hidden !== undefined && UNSAFE_SCHEMES.has(hidden) ? 'unsafe-url' : 'invalid-url' };
  }
  let candidate: string;
  if (scheme === 'http' || scheme === 'https') candidate = text;
  // mailto:, ftp:, tel: and the like are not pages; "www.example.org:8080" only looks like a scheme.
  else if (scheme !== undefined && !scheme.includes('.')) return { ok: false, problem: 'invalid-url' };
  else if (text.startsWith('//')) candidate = `https:${text}`;
  else if (BARE_HOST.test(text)) candidate = `https://${text}`;
  else return { ok: false, problem: 'invalid-url' };
  return checkUrl(candidate);
}

/** Parses a candidate with an explicit scheme and checks what a safe link needs. */
function checkUrl(candidate: string): UrlResult {
  let href: string;
  try {
    href = new URL(candidate).href;
  } catch {
    return { ok: false, problem: 'invalid-url' };
  }
  // Everything checked is in the serialised URL, read once instead of through four getters
  // that each cut a new string: `scheme://[user[:password]@]host[:port]/path…`. A special
  // (http, https) URL always has `//` and a path starting with `/`, and the parser
  // percent-encodes `@` and `/` in a user name or password, and refuses them in a host.
  const afterScheme = href.startsWith('https:') ? 8 : href.startsWith('http:') ? 7 : -1;
  if (afterScheme === -1) return { ok: false, problem: 'unsafe-url' };
  const slash = href.indexOf('/', afterScheme);
  const authority = href.slice(afterScheme, slash === -1 ? href.length : slash);
  if (authority.includes('@')) return { ok: false, problem: 'unsafe-url' };
  // An IPv6 host is bracketed and holds colons; any other colon starts the port.
  const colon = authority.startsWith('[') ? authority.indexOf(']') + 1 : authority.indexOf(':');
  const host = colon <= 0 ? authority : authority.slice(0, colon);
  if (!host.includes('.') || host.endsWith('.') || host.startsWith('.')) return { ok: false, problem: 'invalid-url' };
  // An already canonical URL keeps the source's string rather than a copy of it.
  return { ok: true, url: href === candidate ? candidate : href };
}

/** True when `token` up to `end` closes more brackets than it opens: the last one is the sentence's. */
function unbalanced(token: string, end: number, open: string, close: string): boolean {
  let depth = 0;
  for (let i = 0; i < end; i++) {
    if (token[i] === open) depth++;
    else if (token[i] === close) depth--;
  }
  return depth < 0;
}

/**
 * Drops sentence punctuation that ended up glued to the end of a URL in prose. A text that is
 * one URL alone keeps a final `?`: no sentence ends there, and it may close a fragment
 * (`…FAQ#What_license_applies?`).
 */
function trimUrlToken(token: string, alone = false): string {
  let end = token.length;
  for (;;) {
    const last = token[end - 1];
    if (last === undefined) break;
    if (TRAILING_PUNCTUATION.has(last) && !(alone && last === '?' && end === token.length)) {
      end -= 1;
      continue;
    }
    if ((last === ')' || last === ']') && unbalanced(token, end, last === ')' ? '(' : '[', last)) {
      end -= 1;
      continue;
    }
    break;
  }
  return token.slice(0, end);
}

/** "Developer documentation - " before a URL is its label; "more details at: " is not. */
function labelFrom(prefix: string): string | undefined {
  // A label is short, so a long prefix is a sentence: skip the regex over it.
  if (prefix.length > MAX_LABEL_CHARS + 16 || !LABEL_SEPARATOR.test(prefix)) return undefined;
  const label = prefix.replace(LABEL_SEPARATOR, '').replace(LEADING_SEPARATORS, '').replace(LIST_MARKER, '').replace(SPACES, ' ').trim();
  if (label === '' || label.length > MAX_LABEL_CHARS || !LETTER.test(label)) return undefined;
  const lastWord = label.slice(label.lastIndexOf(' ') + 1).toLowerCase();
  return NOT_LABEL_END.has(lastWord) ? undefined : label;
}

/**
 * Finds the http(s) and `www.` URLs in a text, with a label when the text names one right
 * before the URL ("API docs - https://…", "Architecture: https://…"). Other words stay text:
 * `javascript:` in prose is just prose and is never turned into a link. Pass `alreadyClean`
 * for text that went through `cleanText`: entities must be decoded once only.
 */
export function findLinks(raw: string, alreadyClean = false): FoundLinks {
  const text = alreadyClean ? raw : cleanText(raw);
  if (!mayHoldUrl(text)) return { links: [], rejected: [], prose: hasWords(text, 0, text.length) };
  // Most URL fields hold one URL and nothing else: one token, no label, no prose around it.
  if (LONE_URL.test(text)) {
    const url = trimUrlToken(text, true);
    const result = parseCleanUrl(url, true);
    return result.ok ? { links: [{ url: result.url }], rejected: [], prose: false } : { links: [], rejected: [{ problem: result.problem, value: url }], prose: false };
  }
  const links: Link[] = [];
  const rejected: UrlRejection[] = [];
  let prose = false;
  let last = 0;
  URL_TOKEN.lastIndex = 0;
  for (let match = URL_TOKEN.exec(text); match !== null; match = URL_TOKEN.exec(text)) {
    const start = match.index;
    const token = match[0];
    // A label is a short prefix on the URL's own line (after any previous URL): look back no further.
    const windowStart = Math.max(last, start - MAX_LABEL_CHARS - 16);
    const before = text.slice(windowStart, start);
    const newline = before.lastIndexOf('\n');
    const lineInWindow = newline !== -1 || windowStart === last || text.charCodeAt(windowStart - 1) === 10;
    const prefix = newline !== -1 ? before.slice(newline + 1) : before;
    const label = lineInWindow ? labelFrom(prefix) : undefined;
    if (!prose && hasWords(text, last, label === undefined ? start : start - prefix.length)) prose = true;
    const parts = token.indexOf(',') === -1 ? [token] : token.split(JOINED_URLS);
    for (const part of parts) {
      const url = trimUrlToken(part);
      const result = parseCleanUrl(url, true);
      if (!result.ok) rejected.push({ problem: result.problem, value: url });
      else if (!links.some((link) => link.url === result.url)) links.push(label === undefined ? { url: result.url } : { url: result.url, label });
    }
    last = start + token.length;
  }
  if (!prose && hasWords(text, last, text.length)) prose = true;
  return { links, rejected, prose };
}

/** True when `text` between `from` and `to` has a word (two letters in a row). */
function hasWords(text: string, from: number, to: number): boolean {
  return to - from >= 2 && TWO_LETTERS.test(from === 0 && to === text.length ? text : text.slice(from, to));
}

/**
 * Reads a value meant to be one or more URLs (a website, a "documentation URL" field): every
 * URL in it becomes a link; a value with no http(s) URL is read as a single URL, so a bare host
 * still works and `javascript:…` is reported. A non-empty value that yields nothing is
 * rejected as `invalid-url`.
 */
export function parseLinks(raw: string): { links: Link[]; rejected: UrlRejection[] } {
  const text = cleanText(raw);
  const found = findLinks(text, true);
  if (found.links.length > 0 || found.rejected.length > 0) return { links: found.links, rejected: found.rejected };
  if (text === '') return { links: [], rejected: [] };
  const single = parseCleanUrl(text);
  if (single.ok) return { links: [{ url: single.url }], rejected: [] };
  return { links: [], rejected: [{ problem: single.problem, value: text }] };
}

/**
 * The URL as a safe http(s) href, or undefined: for code that puts a URL from data into an
 * `href` (elements, examples). Same rules as {@link parseHttpUrl}.
 */
export function safeHttpUrl(raw: unknown): string | undefined {
  if (typeof raw !== 'string') return undefined;
  const result = parseHttpUrl(raw);
  return result.ok ? result.url : undefined;
}
