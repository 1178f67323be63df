/**
 * The primitives every field reader builds on: reading an untrusted object, the size limits,
 * logging an issue, and one-line labels.
 */
import type { IssueLog, IssueProblem } from '../issues.js';
import { cleanName, isPlaceholder, redactEmails, truncate } from '../normalize/text.js';

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

/** The raw string cut to twice `max` (reported as too long when it was longer). */
export function clip(raw: string, max: number, log: IssueLog, path: string): string {
  // Decoding and cleaning only shorten text, so twice the limit is plenty to work on.
  return raw.length > max * 2 ? (note(log, path, 'too-long', raw), raw.slice(0, max * 2)) : raw;
}

/** `text` truncated to `max` (reported as too long, unless `clip` already did). */
export function limit(text: string, max: number, log: IssueLog, path: string, original: string): string {
  if (text.length <= max) return text;
  if (original.length <= max * 2) note(log, path, 'too-long', original);
  return truncate(text, max);
}

/** Strings of a value that may be one string or an array of them; other items are reported. */
export function strings(value: unknown, log: IssueLog, path: string): string[] {
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
  // A name or label is shown as is: an address in it is as personal as one in a description.
  const text = redactEmails(cleanName(clip(value, max, log, path)));
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
