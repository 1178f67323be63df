/**
 * Readers of short lists: labels (aliases, sectors), DPG types and countries. Each returns a
 * fresh array of exactly its length.
 */
import type { IssueLog } from '../issues.js';
import type { DpgType } from '../model.js';
import { toAlpha2 } from '../normalize/country-names.js';
import { cleanName, isPlaceholder, redactEmails, splitList } from '../normalize/text.js';
import { parseDpgType } from '../normalize/types.js';
import { clip, limit, LIMITS, note, readLabel, strings } from './values.js';

/**
 * A list of short labels (aliases, sectors): an array of strings, or, with `split`, one string
 * the source joined with commas. Cleaned, placeholders dropped, duplicates (by case) dropped.
 */
export function readLabels(value: unknown, log: IssueLog, path: string, split = false): string[] {
  return exact(labels(value, log, path, split));
}

function labels(value: unknown, log: IssueLog, path: string, split: boolean): string[] {
  // Plain loops and a short array of seen keys: a Set, closures and arrays per call cost more
  // than the few labels a field holds (and at most LIMITS.list are kept).
  const out: string[] = [];
  const keys: string[] = [];
  if (split && typeof value === 'string') {
    for (const label of splitList(clip(value, LIMITS.text, log, path))) keepLabel(out, keys, limit(redactEmails(label), LIMITS.label, log, path, label));
    return out;
  }
  const items = strings(value, log, path);
  const listed = Array.isArray(value);
  for (let i = 0; i < items.length; i++) keepLabel(out, keys, readLabel(items[i], log, listed ? `${path}[${i}]` : path));
  return out;
}

/** Adds `label` to `out` unless it is missing, a repeat in another case (`keys`: those kept, lower-cased) or one too many. */
function keepLabel(out: string[], keys: string[], label: string | undefined): void {
  if (label === undefined || out.length >= LIMITS.list) return;
  const key = label.toLowerCase();
  if (keys.includes(key)) return;
  keys.push(key);
  out.push(label);
}

/**
 * Country names or codes → sorted, distinct ISO alpha-2 codes. A string that is not a country
 * ("Global", "Africa") is reported as `unknown-country`. An item the source joined with commas
 * ("Kenya, Uganda") is split only when every part is a country, so "Virgin Islands, British"
 * stays one.
 */
export function readCountries(value: unknown, log: IssueLog, path: string): string[] {
  const codes: string[] = [];
  const items = strings(value, log, path);
  for (let i = 0; i < items.length; i++) {
    const clipped = clip(items[i]!, LIMITS.label, log, path);
    const text = cleanName(clipped);
    const code = toAlpha2(text);
    if (code !== null) {
      if (!codes.includes(code)) codes.push(code);
      continue;
    }
    if (isPlaceholder(text)) continue;
    const parts = splitList(clipped).map(toAlpha2);
    if (parts.length > 1 && parts.every((part) => part !== null)) {
      for (const part of parts) if (!codes.includes(part as string)) codes.push(part as string);
      continue;
    }
    note(log, Array.isArray(value) ? `${path}[${i}]` : path, 'unknown-country', text);
  }
  return exact(sortShort(codes, (a, b) => a < b));
}

/**
 * The list itself when empty, else a copy of exactly its length. An array grown by push keeps
 * room for 17 items, and records keep their lists for as long as the page: copied to size,
 * 10,000 records take about a third less memory (and less for the garbage collector to move).
 */
export function exact<T>(list: T[]): T[] {
  return list.length === 0 ? list : list.slice();
}

/**
 * Sorts a short list in place (insertion sort, stable), for the few countries or goals of one
 * record: Array.prototype.sort sets up more than such a list needs. `before(a, b)`: a goes first.
 */
export function sortShort<T>(list: T[], before: (a: T, b: T) => boolean): T[] {
  for (let i = 1; i < list.length; i++) {
    const item = list[i]!;
    let j = i;
    for (; j > 0 && before(item, list[j - 1]!); j--) list[j] = list[j - 1]!;
    list[j] = item;
  }
  return list;
}

/** DPG types from a list or a comma-joined string; unknown ones reported. */
export function readTypes(value: unknown, log: IssueLog, path: string): DpgType[] {
  const types: DpgType[] = [];
  for (const label of labels(value, log, path, true)) {
    const type = parseDpgType(label);
    if (type === null) note(log, path, 'unknown-type', label);
    else if (!types.includes(type)) types.push(type);
  }
  return exact(types);
}
