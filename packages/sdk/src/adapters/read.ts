/**
 * Field readers shared by every adapter: each takes a raw value of unknown type, returns a
 * clean value of the model's type, and reports through the record's IssueLog what it could
 * not read. None of them throws, and none writes into an object keyed by data. The primitives
 * (values.ts) and the list readers (lists.ts) live in their own files and are exported from
 * here too.
 */
import type { IssueLog } from '../issues.js';
import type { License, Link, Organization, Repository, SdgEntry, SdgNumber, Stage } from '../model.js';
import { parseLicense } from '../normalize/licenses.js';
import { parseStage } from '../normalize/stage.js';
import { cleanName, cleanText, isPlaceholder, redactEmails, truncate } from '../normalize/text.js';
import { findLinks, parseLinks } from '../normalize/url.js';
import { exact } from './lists.js';
import { clip, field, isObject, limit, LIMITS, note, readLabel, strings } from './values.js';

export { field, isObject, LIMITS, note, readLabel, readName, type RawObject } from './values.js';
export { exact, readCountries, readLabels, readTypes, sortShort } from './lists.js';

/**
 * Prose (a description, an answer): one string, or an array of strings joined by new lines.
 * Plain text, e-mail addresses removed; undefined when empty. `required` reports absence.
 */
export function readText(value: unknown, log: IssueLog, path: string, required = false): string | undefined {
  const parts: string[] = [];
  let clipped = false;
  for (const raw of strings(value, log, path)) {
    const kept = clip(raw, LIMITS.text, log, path);
    if (kept.length < raw.length) clipped = true;
    const text = redactEmails(cleanText(kept));
    if (!isPlaceholder(text)) parts.push(text);
  }
  if (parts.length === 0) {
    if (required) note(log, path, value === undefined || value === null ? 'missing' : 'empty', value);
    return undefined;
  }
  const joined = parts.join('\n');
  if (clipped) return joined.length > LIMITS.text ? truncate(joined, LIMITS.text) : joined;
  return limit(joined, LIMITS.text, log, path, joined);
}

/**
 * Links in a value: `mode: 'url'` for fields meant to hold URLs (every URL kept, a value that
 * yields none reported), `'prose'` for text that may mention URLs (only real URLs taken).
 */
export function readLinks(value: unknown, log: IssueLog, path: string, mode: 'url' | 'prose' = 'url'): Link[] {
  const links: Link[] = [];
  for (const raw of strings(value, log, path)) {
    const text = clip(raw, LIMITS.text, log, path);
    const found = mode === 'url' ? parseLinks(text) : findLinks(text);
    for (const rejection of found.rejected) note(log, path, rejection.problem, rejection.value);
    // Nearly always one link: a scan of the few kept is cheaper than a Set per value.
    for (const link of found.links) {
      if (links.length >= LIMITS.list || links.some((known) => known.url === link.url)) continue;
      links.push(link);
    }
  }
  return links;
}

/**
 * One URL for a field the model keeps one of (a website): the first the value holds. Every
 * further URL is reported as `extra-url`, so none is dropped unsaid; problems are reported too.
 */
export function readUrl(value: unknown, log: IssueLog, path: string): string | undefined {
  const links = readLinks(value, log, path, 'url');
  for (let i = 1; i < links.length; i++) note(log, path, 'extra-url', links[i]!.url);
  return links[0]?.url;
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
 * One licence from its name and evidence URLs (`at` is the entry's path, the keys name its
 * fields for issues); an unknown licence is kept with `spdx: null` and reported. The first
 * evidence URL is `url`; when the source gives several, `links` holds every one of them.
 */
export function readLicense(name: unknown, url: unknown, log: IssueLog, at: string, nameKey: string, urlKey: string): License | undefined {
  const path = nameKey === '' ? at : `${at}.${nameKey}`;
  const label = readLabel(name, log, path);
  if (label === undefined) {
    note(log, path, name === undefined || name === null ? 'missing' : 'empty', name);
    return undefined;
  }
  const { spdx, kind } = parseLicense(label);
  if (spdx === null) note(log, path, 'unknown-license', label);
  const links = readLinks(url, log, `${at}.${urlKey}`, 'url');
  const license: License = { spdx, name: label, kind };
  if (links.length > 0) license.url = links[0]!.url;
  if (links.length > 1) license.links = links;
  return license;
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

/**
 * Repositories from `[{ name, url }]` (or plain URL strings). A URL field holding several URLs
 * ("https://…/a, https://…/b") gives one repository each, named by the label written before
 * its URL ("Backend - https://…") or else by the entry's name. One without a usable URL is
 * dropped with an issue.
 */
export function readRepositories(value: unknown, log: IssueLog, path: string): Repository[] {
  const repos: Repository[] = [];
  for (const [item, i] of arrayItems(value, log, path)) {
    const at = `${path}[${i}]`;
    const rawUrl = isObject(item) ? field(item, 'url') : item;
    if (typeof rawUrl === 'string' && isPlaceholder(cleanName(rawUrl))) {
      note(log, `${at}.url`, 'empty', rawUrl);
      continue;
    }
    const links = readLinks(rawUrl, log, `${at}.url`, 'url');
    const name = isObject(item) ? readLabel(field(item, 'name'), log, `${at}.name`) : undefined;
    for (const link of links) {
      if (repos.length >= LIMITS.list || repos.some((repo) => repo.url === link.url)) continue;
      const label = links.length > 1 ? (link.label ?? name) : name;
      repos.push(label === undefined ? { url: link.url } : { url: link.url, name: label });
    }
  }
  return exact(repos);
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
  return exact(organizations);
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
  const fresh = links.length === 0 ? links : links.filter((link) => !entry.links?.some((known) => known.url === link.url));
  if (fresh.length > 0) entry.links = [...(entry.links ?? []), ...fresh];
  byGoal.set(goal, entry);
}
