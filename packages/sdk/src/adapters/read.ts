/**
 * Field readers shared by every adapter: each takes a raw value of unknown type, returns a
 * clean value of the model's type, and reports through the record's IssueLog what it could
 * not read. None of them throws, and none writes into an object keyed by data.
 */
import type { IssueLog, IssueProblem } from '../issues.js';
import type { DpgType, License, Link, Organization, Repository, SdgEntry, SdgNumber, Stage } from '../model.js';
import { toAlpha2 } from '../normalize/countries.js';
import { parseLicense } from '../normalize/licenses.js';
import { parseStage } from '../normalize/stage.js';
import { cleanName, cleanText, isPlaceholder, redactEmails, splitList, truncate } from '../normalize/text.js';
import { parseDpgType } from '../normalize/types.js';
import { findLinks, parseLinks } from '../normalize/url.js';

/** A JSON object as read from untrusted data. */
export type RawObject = { readonly [key: string]: unknown };

/** Size limits: a hostile file cannot make the SDK keep megabytes per field. */
export const LIMITS = { name: 200, label: 300, text: 20_000, list: 300 } as const;

/** True for a plain JSON object (not null, not an array). */
export function isObject(value: unknown): value is RawObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * An object's own property, or undefined: never an inherited one, so a record without a
 * `constructor` key does not yield `Object`, and `__proto__` from JSON is just data.
 */
export function field(obj: unknown, key: string): unknown {
  return isObject(obj) && Object.hasOwn(obj, key) ? obj[key] : undefined;
}

/** Logs an issue with its value made safe to keep: e-mail addresses are removed from strings. */
export function note(log: IssueLog, path: string, problem: IssueProblem, value: unknown): void {
  let kept = value;
  if (typeof value === 'string') kept = redactEmails(value);
  else if (Array.isArray(value)) {
    kept = value.every((item) => item === null || typeof item !== 'object') ? value.map((item) => (typeof item === 'string' ? redactEmails(item) : item)) : `[array of ${value.length}]`;
  }
  log.add(path, problem, kept);
}

function clip(raw: string, max: number, log: IssueLog, path: string): string {
  // Decoding and cleaning only shorten text, so twice the limit is plenty to work on.
  return raw.length > max * 2 ? (note(log, path, 'too-long', raw), raw.slice(0, max * 2)) : raw;
}

function limit(text: string, max: number, log: IssueLog, path: string, original: string): string {
  if (text.length <= max) return text;
  if (original.length <= max * 2) note(log, path, 'too-long', original);
  return truncate(text, max);
}

/** Strings of a value that may be one string or an array of them; other items are reported. */
function strings(value: unknown, log: IssueLog, path: string): string[] {
  if (typeof value === 'string') return [value];
  if (!Array.isArray(value)) {
    if (value !== undefined && value !== null) note(log, path, 'wrong-type', value);
    return [];
  }
  const out: string[] = [];
  const count = Math.min(value.length, LIMITS.list);
  if (value.length > LIMITS.list) note(log, path, 'too-many', value.length);
  for (let i = 0; i < count; i++) {
    const item: unknown = value[i];
    if (typeof item === 'string') out.push(item);
    else if (item !== null && item !== undefined) note(log, `${path}[${i}]`, 'wrong-type', item);
  }
  return out;
}

/** A one-line label (name, alias, role): cleaned, placeholders as undefined. */
export function readLabel(value: unknown, log: IssueLog, path: string, max: number = LIMITS.label): string | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'string') {
    note(log, path, 'wrong-type', value);
    return undefined;
  }
  const text = cleanName(clip(value, max, log, path));
  return isPlaceholder(text) ? undefined : limit(text, max, log, path, value);
}

/** A record's name: required, so a missing or empty one is reported. */
export function readName(value: unknown, log: IssueLog, path = 'name'): string | undefined {
  const name = readLabel(value, log, path, LIMITS.name);
  if (name === undefined && (value === undefined || value === null || typeof value === 'string')) {
    note(log, path, value === undefined || value === null ? 'missing' : 'empty', value);
  }
  return name;
}

/**
 * Prose (a description, an answer): one string, or an array of strings joined by new lines.
 * Plain text, e-mail addresses removed; undefined when empty. `required` reports absence.
 */
export function readText(value: unknown, log: IssueLog, path: string, required = false): string | undefined {
  const parts: string[] = [];
  for (const raw of strings(value, log, path)) {
    const text = redactEmails(cleanText(clip(raw, LIMITS.text, log, path)));
    if (!isPlaceholder(text)) parts.push(text);
  }
  if (parts.length === 0) {
    if (required) note(log, path, value === undefined || value === null ? 'missing' : 'empty', value);
    return undefined;
  }
  const joined = parts.join('\n');
  return limit(joined, LIMITS.text, log, path, joined);
}

/**
 * A list of short labels (aliases, sectors): an array of strings, or, with `split`, one string
 * the source joined with commas. Cleaned, placeholders dropped, duplicates (by case) dropped.
 */
export function readLabels(value: unknown, log: IssueLog, path: string, split = false): string[] {
  const out: string[] = [];
  const seen = new Set<string>();
  const items = strings(value, log, path);
  items.forEach((raw, i) => {
    const itemPath = Array.isArray(value) ? `${path}[${i}]` : path;
    const labels = split && typeof value === 'string'
      ? splitList(clip(raw, LIMITS.text, log, path)).map((label) => limit(label, LIMITS.label, log, itemPath, label))
      : [readLabel(raw, log, itemPath)];
    for (const label of labels) {
      const key = label?.toLowerCase();
      if (label === undefined || key === undefined || seen.has(key) || out.length >= LIMITS.list) continue;
      seen.add(key);
      out.push(label);
    }
  });
  return out;
}

/**
 * Links in a value: `mode: 'url'` for fields meant to hold URLs (every URL kept, a value that
 * yields none reported), `'prose'` for text that may mention URLs (only real URLs taken).
 */
export function readLinks(value: unknown, log: IssueLog, path: string, mode: 'url' | 'prose' = 'url'): Link[] {
  const links: Link[] = [];
  const seen = new Set<string>();
  for (const raw of strings(value, log, path)) {
    const text = clip(raw, LIMITS.text, log, path);
    const found = mode === 'url' ? parseLinks(text) : findLinks(text);
    for (const rejection of found.rejected) note(log, path, rejection.problem, rejection.value);
    for (const link of found.links) {
      if (seen.has(link.url) || links.length >= LIMITS.list) continue;
      seen.add(link.url);
      links.push(link);
    }
  }
  return links;
}

/** One URL (the first one the value holds); problems with it are reported. */
export function readUrl(value: unknown, log: IssueLog, path: string): string | undefined {
  return readLinks(value, log, path, 'url')[0]?.url;
}

/**
 * Country names or codes → sorted, distinct ISO alpha-2 codes. A string that is not a country
 * ("Global", "Africa") is reported as `unknown-country`. An item the source joined with commas
 * ("Kenya, Uganda") is split only when every part is a country, so "Virgin Islands, British"
 * stays one.
 */
export function readCountries(value: unknown, log: IssueLog, path: string): string[] {
  const codes = new Set<string>();
  const items = strings(value, log, path);
  items.forEach((raw, i) => {
    const clipped = clip(raw, LIMITS.label, log, path);
    const text = cleanName(clipped);
    const code = toAlpha2(text);
    if (code !== null) {
      codes.add(code);
      return;
    }
    if (isPlaceholder(text)) return;
    const parts = splitList(clipped).map(toAlpha2);
    if (parts.length > 1 && parts.every((part) => part !== null)) {
      for (const part of parts) codes.add(part as string);
      return;
    }
    note(log, Array.isArray(value) ? `${path}[${i}]` : path, 'unknown-country', text);
  });
  return [...codes].sort();
}

/** DPG types from a list or a comma-joined string; unknown ones reported. */
export function readTypes(value: unknown, log: IssueLog, path: string): DpgType[] {
  const types: DpgType[] = [];
  for (const label of readLabels(value, log, path, true)) {
    const type = parseDpgType(label);
    if (type === null) note(log, path, 'unknown-type', label);
    else if (!types.includes(type)) types.push(type);
  }
  return types;
}

/** The record's stage; `fallback` (with an issue) when the value is not a known stage. */
export function readStage(value: unknown, log: IssueLog, path: string, fallback: Stage): Stage {
  const text = typeof value === 'string' ? value : '';
  const stage = parseStage(text);
  if (stage !== null) return stage;
  note(log, path, value === undefined ? 'missing' : 'unknown-stage', value);
  return fallback;
}

/**
 * One licence from its name and evidence URL (`at` is the entry's path, the keys name its
 * fields for issues); an unknown licence is kept with `spdx: null` and reported.
 */
export function readLicense(name: unknown, url: unknown, log: IssueLog, at: string, nameKey: string, urlKey: string): License | undefined {
  const path = `${at}.${nameKey}`;
  const label = readLabel(name, log, path);
  if (label === undefined) {
    note(log, path, name === undefined || name === null ? 'missing' : 'empty', name);
    return undefined;
  }
  const { spdx, kind } = parseLicense(label);
  if (spdx === null) note(log, path, 'unknown-license', label);
  const href = readUrl(url, log, `${at}.${urlKey}`);
  return href === undefined ? { spdx, name: label, kind } : { spdx, name: label, kind, url: href };
}

/** Items of an array (at most LIMITS.list), with their index; anything else is reported. */
export function arrayItems(value: unknown, log: IssueLog, path: string): Array<[unknown, number]> {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) {
    note(log, path, 'wrong-type', value);
    return [];
  }
  if (value.length > LIMITS.list) note(log, path, 'too-many', value.length);
  return value.slice(0, LIMITS.list).map((item: unknown, i): [unknown, number] => [item, i]);
}

/** Repositories from `[{ name, url }]` (or plain URL strings); one without a usable URL is dropped with an issue. */
export function readRepositories(value: unknown, log: IssueLog, path: string): Repository[] {
  const repos: Repository[] = [];
  for (const [item, i] of arrayItems(value, log, path)) {
    const at = `${path}[${i}]`;
    const rawUrl = isObject(item) ? field(item, 'url') : item;
    if (typeof rawUrl === 'string' && isPlaceholder(cleanName(rawUrl))) {
      note(log, `${at}.url`, 'empty', rawUrl);
      continue;
    }
    const url = readUrl(rawUrl, log, `${at}.url`);
    if (url === undefined || repos.some((repo) => repo.url === url)) continue;
    const name = isObject(item) ? readLabel(field(item, 'name'), log, `${at}.name`) : undefined;
    repos.push(name === undefined ? { url } : { url, name });
  }
  return repos;
}

/**
 * Organisations from `[{ name, website, org_type }]`. Only those three keys are read: contact
 * names and e-mail addresses never enter the model.
 */
export function readOrganizations(value: unknown, log: IssueLog, path: string): Organization[] {
  const organizations: Organization[] = [];
  for (const [item, i] of arrayItems(value, log, path)) {
    const at = `${path}[${i}]`;
    if (!isObject(item)) {
      note(log, at, 'wrong-type', item);
      continue;
    }
    const name = readLabel(field(item, 'name'), log, `${at}.name`);
    if (name === undefined) {
      note(log, `${at}.name`, 'missing', field(item, 'name'));
      continue;
    }
    const org: Organization = { name };
    const website = readUrl(field(item, 'website'), log, `${at}.website`);
    if (website !== undefined) org.website = website;
    const role = readLabel(field(item, 'org_type') ?? field(item, 'role'), log, `${at}.org_type`, 40);
    if (role !== undefined) org.role = role.toLowerCase();
    organizations.push(org);
  }
  return organizations;
}

const YES = new Set(['yes', 'y', 'true']);
const NO = new Set(['no', 'n', 'false']);

/** A Yes/No answer as a boolean; null when it is neither (empty, "Partially", missing). */
export function yesNo(value: unknown): boolean | null {
  if (typeof value === 'boolean') return value;
  if (typeof value !== 'string') return null;
  const answer = value.trim().toLowerCase();
  return YES.has(answer) ? true : NO.has(answer) ? false : null;
}

/** Adds a goal's evidence; a goal named twice keeps one entry with both texts and all links. */
export function mergeSdg(byGoal: Map<SdgNumber, SdgEntry>, goal: SdgNumber, evidence: string | undefined, links: readonly Link[] = []): void {
  const entry = byGoal.get(goal) ?? { goal };
  if (evidence !== undefined && entry.evidence !== evidence) entry.evidence = entry.evidence === undefined ? evidence : `${entry.evidence}\n${evidence}`;
  const fresh = links.filter((link) => !entry.links?.some((known) => known.url === link.url));
  if (fresh.length > 0) entry.links = [...(entry.links ?? []), ...fresh];
  byGoal.set(goal, entry);
}
